import { isSku, type InputProblem, type Validated } from './product';
import type { Inventory } from './inventory';
import type { InsufficientStock, UnknownSkus } from './product-results';

/**
 * Stock held for a checkout. HELD until the payment is authorised (COMMITTED: the units leave
 * on-hand stock), the order is cancelled, rejected or failed (RELEASED), or `expiresAt` passes
 * (EXPIRED).
 * A committed reservation can still be released when its order is cancelled: the units go back
 * on the shelf.
 */
export const RESERVATION_STATUSES = ['HELD', 'COMMITTED', 'RELEASED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

export interface ReservationLine {
  sku: string;
  quantity: number;
}

export interface Reservation {
  /** Chosen by the caller (orders uses the order id): a retry with the same key is a replay. */
  key: string;
  storeId: string;
  /** One per SKU, sorted by SKU. */
  lines: ReservationLine[];
  status: ReservationStatus;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

/** Which statuses each status may move to; anything else is refused. */
const TRANSITIONS: Record<ReservationStatus, readonly ReservationStatus[]> = {
  HELD: ['COMMITTED', 'RELEASED', 'EXPIRED'],
  COMMITTED: ['RELEASED'],
  RELEASED: [],
  EXPIRED: [],
};

export function canMove(from: ReservationStatus, to: ReservationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** The statuses a reservation may be in to move to `to`: the condition of the update. */
export function statusesBefore(to: ReservationStatus): ReservationStatus[] {
  return RESERVATION_STATUSES.filter((from) => canMove(from, to));
}

export const DEFAULT_RESERVATION_TTL_SECONDS = 15 * 60;
export const MIN_RESERVATION_TTL_SECONDS = 30;
export const MAX_RESERVATION_TTL_SECONDS = 2 * 60 * 60;
export const MAX_RESERVATION_LINES = 200;
export const MAX_LINE_QUANTITY = 10_000;
const KEY_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export interface ReserveStockInput {
  storeId: string;
  reservationKey: string;
  lines: readonly ReservationLine[];
  ttlSeconds?: number | null;
}

export interface ReservationRequest {
  storeId: string;
  key: string;
  lines: ReservationLine[];
  ttlSeconds: number;
}

/**
 * Checks a reservation request and merges lines of the same SKU, so each SKU is decremented
 * once; lines come out sorted by SKU, the order every reservation takes its stock in.
 */
export function validateReservation(input: ReserveStockInput): Validated<ReservationRequest> {
  const problems: InputProblem[] = [];
  const invalid = (field: string, message: string) =>
    problems.push({ field, code: 'INVALID_INPUT', message });
  if (!KEY_PATTERN.test(input.reservationKey)) {
    invalid('reservationKey', 'must be 1–128 letters, digits, dots, colons, dashes or underscores');
  }
  if (input.lines.length === 0 || input.lines.length > MAX_RESERVATION_LINES) {
    invalid('lines', `give 1 to ${MAX_RESERVATION_LINES} lines`);
  }
  const merged = new Map<string, number>();
  for (const line of input.lines) {
    if (!isSku(line.sku)) invalid('lines.sku', `"${line.sku.slice(0, 64)}" is not a valid SKU`);
    if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      invalid('lines.quantity', 'must be a positive whole number');
    }
    merged.set(line.sku, (merged.get(line.sku) ?? 0) + line.quantity);
  }
  for (const [sku, quantity] of merged) {
    if (quantity > MAX_LINE_QUANTITY) {
      invalid('lines.quantity', `${sku}: at most ${MAX_LINE_QUANTITY} units`);
    }
  }
  const ttlSeconds = input.ttlSeconds ?? DEFAULT_RESERVATION_TTL_SECONDS;
  if (
    !Number.isInteger(ttlSeconds) ||
    ttlSeconds < MIN_RESERVATION_TTL_SECONDS ||
    ttlSeconds > MAX_RESERVATION_TTL_SECONDS
  ) {
    invalid(
      'ttlSeconds',
      `must be from ${MIN_RESERVATION_TTL_SECONDS} to ${MAX_RESERVATION_TTL_SECONDS} seconds`,
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  const lines = [...merged]
    .map(([sku, quantity]) => ({ sku, quantity }))
    .sort((a, b) => (a.sku < b.sku ? -1 : a.sku > b.sku ? 1 : 0));
  return {
    ok: true,
    value: { storeId: input.storeId, key: input.reservationKey, lines, ttlSeconds },
  };
}

/** Whether a replayed request asks for the same thing as the reservation its key made. */
export function sameRequest(reservation: Reservation, request: ReservationRequest): boolean {
  return (
    reservation.storeId === request.storeId &&
    reservation.lines.length === request.lines.length &&
    reservation.lines.every(
      (line, at) =>
        line.sku === request.lines[at]!.sku && line.quantity === request.lines[at]!.quantity,
    )
  );
}

/** A request's share of an allocation: held, or refused with the reason. */
export type Allotment =
  { kind: 'Reservation'; reservation: Reservation } | InsufficientStock | UnknownSkus;

/** What an allocation takes from one stock record: the record before, and the units it moves. */
export interface StockTake {
  before: Inventory;
  quantity: number;
}

export interface Allocation {
  /** One per request, in the order of the requests. */
  allotments: Allotment[];
  /** One per stock record anything was taken from, its units summed over every held request. */
  takes: StockTake[];
}

export function stockKey(storeId: string, sku: string): string {
  return `${storeId}\u0000${sku}`;
}

/**
 * Shares out stock between reservation requests, first come first served, each all lines or
 * none: a request is held if every line fits in what the requests before it left, refused as
 * short otherwise (with what was left), or as unknown when a SKU has no stock record. Pure: the
 * caller reads the records and writes the outcome in one transaction.
 */
export function allocateReservations(
  requests: readonly ReservationRequest[],
  stock: ReadonlyMap<string, Inventory>,
  now: Date,
): Allocation {
  const left = new Map<string, number>();
  const taken = new Map<string, StockTake>();
  const availableOf = (key: string) => left.get(key) ?? stock.get(key)!.available;
  const allotments = requests.map((request): Allotment => {
    const keys = request.lines.map((line) => stockKey(request.storeId, line.sku));
    const unknown = request.lines.filter((_, at) => !stock.has(keys[at]!)).map((line) => line.sku);
    if (unknown.length > 0) return { kind: 'UnknownSkus', skus: unknown };
    const short = request.lines
      .map((line, at) => ({
        sku: line.sku,
        requested: line.quantity,
        available: availableOf(keys[at]!),
      }))
      .filter((line) => line.available < line.requested);
    if (short.length > 0) return { kind: 'InsufficientStock', lines: short };
    request.lines.forEach((line, at) => {
      const key = keys[at]!;
      left.set(key, availableOf(key) - line.quantity);
      const take = taken.get(key) ?? { before: stock.get(key)!, quantity: 0 };
      take.quantity += line.quantity;
      taken.set(key, take);
    });
    return {
      kind: 'Reservation',
      reservation: {
        key: request.key,
        storeId: request.storeId,
        lines: request.lines,
        status: 'HELD',
        expiresAt: new Date(now.getTime() + request.ttlSeconds * 1000),
        createdAt: now,
        updatedAt: now,
      },
    };
  });
  return { allotments, takes: [...taken.values()] };
}
