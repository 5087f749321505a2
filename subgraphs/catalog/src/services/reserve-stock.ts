import { ConflictError } from '@dabba/subgraph-kit';
import {
  sameRequest,
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
  type StockShortage,
  type UnknownSkus,
} from '../domain/product-results';
import { publishIfLow, requireStore, type ProductDeps } from './product-context';

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

/** Thrown inside the transaction to undo the lines already taken. */
class OutOfStock extends Error {
  constructor(readonly sku: string) {
    super(`not enough ${sku}`);
  }
}

export function makeReserveStock(deps: ProductDeps): ReserveStock {
  const replay = (existing: Reservation, request: ReservationRequest): ReserveStockResult =>
    sameRequest(existing, request)
      ? { kind: 'Reservation', reservation: existing }
      : { kind: 'ReservationKeyReused', reservationKey: request.key };

  const shortages = async (request: ReservationRequest): Promise<StockShortage[]> => {
    const stock = await deps.inventory.find(
      request.storeId,
      request.lines.map((line) => line.sku),
    );
    const available = new Map(stock.map((record) => [record.sku, record.available]));
    return request.lines
      .map(({ sku, quantity }) => ({
        sku,
        requested: quantity,
        available: available.get(sku) ?? 0,
      }))
      .filter((line) => line.available < line.requested);
  };

  const take = async (
    request: ReservationRequest,
    storeId: string,
    organizationId: string,
  ): Promise<ReserveStockResult> => {
    // Refuse cheaply what cannot succeed; the conditional updates below decide the rest.
    const short = await shortages(request);
    if (short.length > 0) return { kind: 'InsufficientStock', lines: short };
    const now = deps.now();
    const reservation: Reservation = {
      key: request.key,
      storeId,
      lines: request.lines,
      status: 'HELD',
      expiresAt: new Date(now.getTime() + request.ttlSeconds * 1000),
      createdAt: now,
      updatedAt: now,
    };
    try {
      await deps.unitOfWork.run(async (tx) => {
        await deps.reservations.insert(reservation, tx.session);
        // Lines in SKU order, the same in every reservation.
        for (const { sku, quantity } of reservation.lines) {
          const change = await deps.inventory.reserve(storeId, sku, quantity, tx.session);
          if (!change) throw new OutOfStock(sku);
          publishIfLow(tx, change, organizationId);
        }
      });
      return { kind: 'Reservation', reservation };
    } catch (error) {
      if (error instanceof OutOfStock) {
        // Others took the stock between the check and the update.
        const lines = await shortages(request);
        const requested = request.lines.find((line) => line.sku === error.sku)!.quantity;
        return {
          kind: 'InsufficientStock',
          lines: lines.length > 0 ? lines : [{ sku: error.sku, requested, available: 0 }],
        };
      }
      if (error instanceof ConflictError) {
        // A concurrent request with the same key won.
        const winner = await deps.reservations.find(request.key);
        if (winner) return replay(winner, request);
      }
      throw error;
    }
  };

  return async (input) => {
    const valid = validateReservation(input);
    if (!valid.ok) return invalidInput(valid.problems);
    const request = valid.value;
    const existing = await deps.reservations.find(request.key);
    if (existing) return replay(existing, request);

    const store = await requireStore(deps, request.storeId);
    const skus = request.lines.map((line) => line.sku);
    const [stock, live] = await Promise.all([
      deps.inventory.find(store.id, skus),
      deps.products.findLiveBySkus(store.id, skus),
    ]);
    const known = new Set(stock.map((record) => record.sku));
    const sellable = new Set(live.map((product) => product.sku));
    const unknown = skus.filter((sku) => !known.has(sku) || !sellable.has(sku));
    if (unknown.length > 0) return { kind: 'UnknownSkus', skus: unknown };
    const lockKeys = skus.map((sku) => `${store.id}/${sku}`);
    return deps.stockLock.run(lockKeys, () => take(request, store.id, store.organizationId));
  };
}
