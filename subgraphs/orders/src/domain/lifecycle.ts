import type { Fulfilment } from './cart';
import {
  FINAL_STATUSES,
  OPEN_STATUSES,
  ORDER_STATUSES,
  type Actor,
  type Order,
  type OrderAction,
  type OrderLine,
  type OrderLineState,
  type OrderStatus,
  type ProposedSubstitute,
  type TimelineEntry,
} from './order';
import { finalGoodsTotal } from './settlement';
import { checkReason, checkSubstitute, invalid } from './transition-input';

/** The order as checkout fixed it, lines ORDERED: what the timeline is folded onto. */
export type OrderSeed = Omit<
  Order,
  | 'status'
  | 'driverId'
  | 'timeline'
  | 'storeResponseDeadline'
  | 'endReason'
  | 'updatedAt'
  | 'version'
  | 'finalGoodsTotal'
>;

/** Who an actor is to one order: the table grants actions to these, not to bare actor kinds. */
export type Role =
  'OWN_CUSTOMER' | 'STORE' | 'PICKUP_STORE' | 'ASSIGNED_DRIVER' | 'SUPPORT' | 'SYSTEM';

export type TransitionAction = Exclude<OrderAction, 'PLACE'>;

export interface Transition {
  action: TransitionAction;
  /** Per role, the statuses it may take the action from. */
  by: Partial<Record<Role, readonly OrderStatus[]>>;
  /** The status after the action; SAME leaves it. */
  to: OrderStatus | 'SAME';
  /** Only orders of this fulfilment take the action. */
  fulfilment?: Fulfilment;
  /** The input the action cannot go without, besides the line of a line action. */
  needs?: 'reason' | 'driverId' | 'substitute';
  /** Line actions: the state a grocery line must be in, and the state it moves to. */
  line?: { from: OrderLineState; to: OrderLineState };
  /** Why the order may not take the action now despite its status; null when it may. */
  blockedBy?: (order: Order) => string | null;
}

export interface TransitionRequest {
  action: OrderAction;
  /** Already verified by the use case, e.g. that a STORE actor is staff of this order's store. */
  actor: Actor;
  /** Required for CANCEL and REJECT. */
  reason?: string | null;
  driverId?: string;
  lineId?: string;
  substitute?: ProposedSubstitute;
}

export type Decision =
  | { ok: true; entry: TimelineEntry }
  | {
      ok: false;
      code: 'INVALID_TRANSITION';
      status: OrderStatus;
      action: OrderAction;
      message: string;
    }
  | { ok: false; code: 'INVALID_INPUT'; field: string; message: string }
  | { ok: false; code: 'UNKNOWN_LINE'; message: string };

const NOT_FINAL = ORDER_STATUSES.filter((status) => !FINAL_STATUSES.has(status));

function pendingProposals(order: Order): string | null {
  const waiting = order.lines.filter((line) => line.state === 'SUBSTITUTION_PROPOSED');
  return waiting.length === 0
    ? null
    : `lines ${waiting.map((line) => line.id).join(', ')} still wait for the customer's answer`;
}

export const TRANSITIONS: readonly Transition[] = [
  { action: 'PAYMENT_AUTHORIZED', by: { SYSTEM: ['PENDING_PAYMENT'] }, to: 'PLACED' },
  { action: 'PAYMENT_FAILED', by: { SYSTEM: ['PENDING_PAYMENT'] }, to: 'FAILED' },
  { action: 'ACCEPT', by: { STORE: ['PLACED'] }, to: 'ACCEPTED' },
  { action: 'START_PREPARING', by: { STORE: ['ACCEPTED'] }, to: 'PREPARING' },
  {
    action: 'MARK_READY',
    by: { STORE: ['PREPARING'] },
    to: 'READY_FOR_PICKUP',
    blockedBy: pendingProposals,
  },
  {
    action: 'ASSIGN_DRIVER',
    by: { SUPPORT: OPEN_STATUSES, SYSTEM: OPEN_STATUSES },
    to: 'SAME',
    fulfilment: 'DELIVERY',
    needs: 'driverId',
  },
  {
    action: 'PICK_UP',
    by: { ASSIGNED_DRIVER: ['READY_FOR_PICKUP'], PICKUP_STORE: ['READY_FOR_PICKUP'] },
    to: 'PICKED_UP',
  },
  {
    action: 'DELIVER',
    by: { ASSIGNED_DRIVER: ['PICKED_UP'], PICKUP_STORE: ['PICKED_UP'] },
    to: 'DELIVERED',
  },
  {
    action: 'CANCEL',
    // SYSTEM cancels a PLACED order its store did not answer in time.
    by: {
      OWN_CUSTOMER: ['PENDING_PAYMENT', 'PLACED'],
      STORE: OPEN_STATUSES,
      SUPPORT: NOT_FINAL,
      SYSTEM: ['PLACED'],
    },
    to: 'CANCELLED',
    needs: 'reason',
  },
  { action: 'REJECT', by: { STORE: ['PLACED'] }, to: 'REJECTED', needs: 'reason' },
  {
    action: 'MARK_UNAVAILABLE',
    by: { STORE: ['PREPARING'] },
    to: 'SAME',
    line: { from: 'ORDERED', to: 'REMOVED' },
  },
  {
    action: 'PROPOSE_SUBSTITUTE',
    by: { STORE: ['PREPARING'] },
    to: 'SAME',
    needs: 'substitute',
    line: { from: 'ORDERED', to: 'SUBSTITUTION_PROPOSED' },
  },
  {
    action: 'ACCEPT_SUBSTITUTE',
    // SYSTEM answers for a silent customer by applying the line's stated preference.
    by: { OWN_CUSTOMER: ['PREPARING'], SYSTEM: ['PREPARING'] },
    to: 'SAME',
    line: { from: 'SUBSTITUTION_PROPOSED', to: 'SUBSTITUTED' },
  },
  {
    action: 'DECLINE_SUBSTITUTE',
    by: { OWN_CUSTOMER: ['PREPARING'], SYSTEM: ['PREPARING'] },
    to: 'SAME',
    line: { from: 'SUBSTITUTION_PROPOSED', to: 'REMOVED' },
  },
];

const ROLE_NAMES: Record<Role, string> = {
  OWN_CUSTOMER: "the order's customer",
  STORE: 'the store',
  PICKUP_STORE: 'the store of a pickup order',
  ASSIGNED_DRIVER: "the order's driver",
  SUPPORT: 'support',
  SYSTEM: 'the system',
};

/** Actions that end the order with the entry's reason. */
const ENDING: ReadonlySet<OrderAction> = new Set(['CANCEL', 'REJECT', 'PAYMENT_FAILED']);

function rowOf(action: OrderAction): Transition | undefined {
  return TRANSITIONS.find((row) => row.action === action);
}

function rolesOf(order: Order, actor: Actor): Role[] {
  switch (actor.kind) {
    case 'CUSTOMER':
      return actor.id !== null && actor.id === order.customerId ? ['OWN_CUSTOMER'] : [];
    case 'STORE':
      return order.fulfilment === 'PICKUP' ? ['STORE', 'PICKUP_STORE'] : ['STORE'];
    case 'DRIVER':
      return order.fulfilment === 'DELIVERY' && actor.id !== null && actor.id === order.driverId
        ? ['ASSIGNED_DRIVER']
        : [];
    case 'SUPPORT':
      return ['SUPPORT'];
    case 'SYSTEM':
      return ['SYSTEM'];
  }
}

/** Why the actor may not take the row's action on the order now; null when it may. */
function whyRefused(row: Transition, order: Order, actor: Actor): string | null {
  if (FINAL_STATUSES.has(order.status)) return 'the order is final';
  if (row.fulfilment && row.fulfilment !== order.fulfilment) {
    return `only ${row.fulfilment} orders take it, and this one is ${order.fulfilment}`;
  }
  const granted = Object.keys(row.by) as Role[];
  const roles = rolesOf(order, actor).filter((role) => granted.includes(role));
  if (roles.length === 0) {
    const who = granted.map((role) => ROLE_NAMES[role]).join(' or ');
    return `this ${actor.kind.toLowerCase()} may not; only ${who} may`;
  }
  const from = [...new Set(roles.flatMap((role) => row.by[role] ?? []))];
  if (!from.includes(order.status)) {
    const who = roles.map((role) => ROLE_NAMES[role]).join(' or ');
    return `${who} may only from ${from.join(', ')}`;
  }
  return row.blockedBy?.(order) ?? null;
}

/** The line a line action works on, when the line is a grocery product in the state it needs. */
function findLine(order: Order, row: Transition, lineId: string): OrderLine | string {
  const line = order.lines.find((candidate) => candidate.id === lineId);
  if (!line) return `The order has no line ${lineId}.`;
  if (line.kind !== 'PRODUCT') return `Line ${lineId} is a menu item; only grocery lines change.`;
  if (line.state !== row.line?.from) {
    return `Line ${lineId} is ${line.state}; ${row.action} needs it ${row.line?.from}.`;
  }
  return line;
}

/** Whether the actor may take the action on the order now, and if so the entry that records it. */
export function decide(order: Order, request: TransitionRequest, now: Date): Decision {
  const { action, actor } = request;
  const row = rowOf(action);
  const why = row ? whyRefused(row, order, actor) : 'an order is placed only by checkout';
  if (!row || why !== null) {
    const message = `${action} is not allowed on a ${order.status} order: ${why}.`;
    return { ok: false, code: 'INVALID_TRANSITION', status: order.status, action, message };
  }
  const reason = checkReason(request.reason, row.needs === 'reason');
  if (!reason.ok) return reason;
  const driverId = request.driverId?.trim() ?? '';
  if (row.needs === 'driverId' && driverId === '') {
    return invalid('driverId', 'A driver is required.');
  }
  // The line first: a substitute for a line that cannot have one is UNKNOWN_LINE.
  const lineId = request.lineId?.trim() ?? '';
  if (row.line) {
    if (lineId === '') return invalid('lineId', 'A line is required.');
    const line = findLine(order, row, lineId);
    if (typeof line === 'string') return { ok: false, code: 'UNKNOWN_LINE', message: line };
  }
  const substitute = row.needs === 'substitute' ? checkSubstitute(request.substitute, now) : null;
  if (substitute && !substitute.ok) return substitute;
  const entry: TimelineEntry = {
    sequence: (order.timeline[order.timeline.length - 1]?.sequence ?? 0) + 1,
    at: now,
    action,
    actor: { kind: actor.kind, id: actor.id },
    status: row.to === 'SAME' ? order.status : row.to,
    reason: reason.value,
    ...(row.needs === 'driverId' && { driverId }),
    ...(row.line && { lineId }),
    ...(substitute && { substitute: substitute.value }),
  };
  return { ok: true, entry };
}

function changeLine(line: OrderLine, state: OrderLineState, entry: TimelineEntry): OrderLine {
  // An accepted substitute stays on the line: it is what was delivered and charged.
  const proposedSubstitute =
    state === 'SUBSTITUTION_PROPOSED'
      ? (entry.substitute ?? null)
      : state === 'SUBSTITUTED'
        ? line.proposedSubstitute
        : null;
  return { ...line, state, proposedSubstitute };
}

/**
 * The order after one entry: a pure projection step, with no checks (decide made them). The store's
 * response deadline is not projected (see withStoreDeadline), only cleared once the order leaves
 * PLACED. The version counts the entries.
 */
export function applyEntry(order: Order, entry: TimelineEntry): Order {
  const change = rowOf(entry.action)?.line;
  const lines = change
    ? order.lines.map((line) =>
        line.id === entry.lineId ? changeLine(line, change.to, entry) : line,
      )
    : order.lines;
  return {
    ...order,
    status: entry.status,
    driverId: entry.action === 'ASSIGN_DRIVER' ? (entry.driverId ?? null) : order.driverId,
    lines,
    finalGoodsTotal: finalGoodsTotal(order.pricing, lines),
    storeResponseDeadline: entry.status === 'PLACED' ? order.storeResponseDeadline : null,
    endReason: ENDING.has(entry.action) ? entry.reason : order.endReason,
    timeline: [...order.timeline, entry],
    updatedAt: entry.at,
    version: order.version + 1,
  };
}

/**
 * The time the store has to answer a PLACED order, chosen by the use case when the payment is
 * authorised. It lives outside the timeline: projecting the timeline again leaves it null.
 */
export function withStoreDeadline(order: Order, deadline: Date): Order {
  if (order.status !== 'PLACED') {
    throw new Error(
      `Only a PLACED order waits for its store; order ${order.id} is ${order.status}.`,
    );
  }
  return { ...order, storeResponseDeadline: deadline };
}

function blank(seed: OrderSeed): Order {
  return {
    ...seed,
    status: 'PENDING_PAYMENT',
    driverId: null,
    timeline: [],
    storeResponseDeadline: null,
    endReason: null,
    finalGoodsTotal: finalGoodsTotal(seed.pricing, seed.lines),
    updatedAt: seed.placedAt,
    version: 0,
  };
}

/** A new order: its first entry is PLACE, by the customer at checkout, into PENDING_PAYMENT. */
export function startOrder(seed: OrderSeed, actor: Actor, at: Date): Order {
  const entry: TimelineEntry = {
    sequence: 1,
    at,
    action: 'PLACE',
    actor: { kind: actor.kind, id: actor.id },
    status: 'PENDING_PAYMENT',
    reason: null,
  };
  return applyEntry(blank(seed), entry);
}

/** The order its timeline makes of the seed: equal to the order built entry by entry. */
export function project(seed: OrderSeed, timeline: readonly TimelineEntry[]): Order {
  if (timeline[0]?.action !== 'PLACE') {
    throw new Error(`The timeline of order ${seed.id} does not start with PLACE.`);
  }
  return timeline.reduce(applyEntry, blank(seed));
}
