import DataLoader from 'dataloader';
import { ConflictError, NotFoundError } from '@dabba/subgraph-kit';
import {
  allocateReservations,
  sameRequest,
  stockKey,
  validateReservation,
  type Reservation,
  type ReservationRequest,
  type ReserveStockInput,
} from '../domain/reservation';
import {
  invalidInput,
  type InsufficientStock,
  type InvalidCatalogInput,
  type ReservationKeyReused,
  type UnknownSkus,
} from '../domain/product-results';
import type { Store } from '../domain/store';
import { publishIfLow, type ProductDeps } from './product-context';

export type ReserveStockResult =
  | { kind: 'Reservation'; reservation: Reservation }
  | InvalidCatalogInput
  | UnknownSkus
  | InsufficientStock
  | ReservationKeyReused;

/**
 * Holds stock for a checkout, all lines or none, until it is committed, released or expires. The
 * reservation key makes it idempotent: the same request again returns the first reservation.
 */
export type ReserveStock = (input: ReserveStockInput) => Promise<ReserveStockResult>;

/** A request's outcome, or the error that failed it alone. */
type Outcome = ReserveStockResult | Error;

/** The most requests one transaction takes stock for. */
const MAX_BATCH = 256;
/** Tries of one round that lost a race with another process (a key or the stock moved). */
const MAX_ROUND_ATTEMPTS = 5;

/** Thrown inside the transaction when a record no longer has what its snapshot showed. */
class StockMoved extends Error {
  constructor() {
    super('stock changed while the reservations were being written');
  }
}

function replay(existing: Reservation, request: ReservationRequest): ReserveStockResult {
  return sameRequest(existing, request)
    ? { kind: 'Reservation', reservation: existing }
    : { kind: 'ReservationKeyReused', reservationKey: request.key };
}

/**
 * Reservations are written in groups ("group commit"): the requests that arrive while one
 * transaction runs wait for it, then all go in the next one, which reads their stock records,
 * shares them out in arrival order (allocateReservations) and writes every reservation and stock
 * change at once. A burst on one popular SKU thus costs a few round trips per transaction instead
 * of a transaction per request, and requests of one process never conflict with each other.
 * Between processes, the snapshot transaction and the conditional updates keep stock exact.
 */
export function makeReserveStock(deps: ProductDeps): ReserveStock {
  // Batches wait here in order, so one runs at a time even when a burst fills several at once.
  const waiting: (() => void)[] = [];
  let running = false;
  const next = (): void => {
    const dispatch = waiting.shift();
    running = dispatch !== undefined;
    if (dispatch) setImmediate(dispatch);
  };
  const loader = new DataLoader<ReservationRequest, ReserveStockResult>(
    (requests) => reserveBatch(deps, requests).finally(next),
    {
      cache: false,
      maxBatchSize: MAX_BATCH,
      batchScheduleFn: (dispatch) => {
        waiting.push(dispatch);
        if (!running) next();
      },
    },
  );
  return async (input) => {
    const valid = validateReservation(input);
    if (!valid.ok) return invalidInput(valid.problems);
    return loader.load(valid.value);
  };
}

/** A batch in rounds of distinct keys: a key seen twice waits a round, to be a replay of the first. */
async function reserveBatch(
  deps: ProductDeps,
  requests: readonly ReservationRequest[],
): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let pending = requests.map((request, index) => ({ request, index }));
  while (pending.length > 0) {
    const keys = new Set<string>();
    const round: typeof pending = [];
    const later: typeof pending = [];
    for (const entry of pending) {
      (keys.has(entry.request.key) ? later : round).push(entry);
      keys.add(entry.request.key);
    }
    const results = await reserveRound(
      deps,
      round.map((entry) => entry.request),
    );
    round.forEach((entry, at) => (outcomes[entry.index] = results[at]!));
    pending = later;
  }
  return outcomes;
}

async function reserveRound(
  deps: ProductDeps,
  requests: readonly ReservationRequest[],
): Promise<Outcome[]> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await attemptRound(deps, requests);
    } catch (error) {
      const lostRace = error instanceof StockMoved || error instanceof ConflictError;
      if (!lostRace || attempt >= MAX_ROUND_ATTEMPTS) throw error;
    }
  }
}

/** Requests with distinct keys: replays answered, unknown stores and SKUs refused, the rest held or short. */
async function attemptRound(
  deps: ProductDeps,
  requests: readonly ReservationRequest[],
): Promise<Outcome[]> {
  const skusByStore = new Map<string, Set<string>>();
  for (const request of requests) {
    const skus = skusByStore.get(request.storeId) ?? new Set<string>();
    for (const line of request.lines) skus.add(line.sku);
    skusByStore.set(request.storeId, skus);
  }
  const stores = new Map<string, { store: Store | null; live: Set<string> }>();
  const [existing] = await Promise.all([
    deps.reservations.findMany(requests.map((request) => request.key)),
    ...[...skusByStore].map(async ([storeId, skus]) => {
      const [store, live] = await Promise.all([
        deps.findStore(storeId),
        deps.products.findLiveBySkus(storeId, [...skus]),
      ]);
      stores.set(storeId, { store, live: new Set(live.map((product) => product.sku)) });
    }),
  ]);
  const replays = new Map(existing.map((found) => [found.key, found]));

  const outcomes: Outcome[] = [];
  const candidates: { request: ReservationRequest; at: number; store: Store }[] = [];
  requests.forEach((request, at) => {
    const replayed = replays.get(request.key);
    if (replayed) {
      outcomes[at] = replay(replayed, request);
      return;
    }
    const { store, live } = stores.get(request.storeId)!;
    if (!store) {
      outcomes[at] = new NotFoundError(`No store ${request.storeId}`, { storeId: request.storeId });
      return;
    }
    const unsold = request.lines.filter((line) => !live.has(line.sku)).map((line) => line.sku);
    if (unsold.length > 0) outcomes[at] = { kind: 'UnknownSkus', skus: unsold };
    else candidates.push({ request, at, store });
  });
  if (candidates.length === 0) return outcomes;

  const allotments = await deps.unitOfWork.run(async (tx) => {
    const now = deps.now();
    const records = await deps.inventory.findByIds(
      candidates.flatMap(({ request }) =>
        request.lines.map((line) => ({ storeId: request.storeId, sku: line.sku })),
      ),
      tx.session,
    );
    const stock = new Map(records.map((record) => [stockKey(record.storeId, record.sku), record]));
    const allocation = allocateReservations(
      candidates.map((candidate) => candidate.request),
      stock,
      now,
    );
    const held = allocation.allotments.flatMap((allotment) =>
      allotment.kind === 'Reservation' ? [allotment.reservation] : [],
    );
    if (held.length === 0) return allocation.allotments;
    await deps.reservations.insertMany(held, tx.session);
    if (!(await deps.inventory.reserveAll(allocation.takes, now, tx.session))) {
      throw new StockMoved();
    }
    const organizationOf = new Map(candidates.map(({ store }) => [store.id, store.organizationId]));
    for (const { before, quantity } of allocation.takes) {
      const after = {
        ...before,
        available: before.available - quantity,
        reserved: before.reserved + quantity,
        updatedAt: now,
      };
      publishIfLow(
        tx,
        { after, availableBefore: before.available },
        organizationOf.get(before.storeId)!,
      );
    }
    return allocation.allotments;
  });

  allotments.forEach((allotment, index) => (outcomes[candidates[index]!.at] = allotment));
  return outcomes;
}
