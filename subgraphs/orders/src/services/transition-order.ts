import { NotFoundError, type Identity, type Transaction } from '@dabba/subgraph-kit';
import { applyEntry, decide, type Decision, type TransitionRequest } from '../domain/lifecycle';
import type { Actor, Order } from '../domain/order';
import { actorsOf } from './actors';
import { publishEntry } from './order-events';
import type { Deps } from './runtime';

export type TransitionResult = { kind: 'Order'; order: Order } | Exclude<Decision, { ok: true }>;

/** A move asked for, without its actor: who asks decides who makes it. */
export type Move = Omit<TransitionRequest, 'actor'>;

/** What the platform sets beside an entry, e.g. the store's deadline when an order is paid. */
export type Amend = (order: Order) => Order;

/** Tries of one move that lost a race with another change of the same order. */
const MAX_ATTEMPTS = 8;

const SYSTEM: Actor[] = [{ kind: 'SYSTEM', id: null }];

class OrderChanged extends Error {
  constructor(orderId: string) {
    super(`order ${orderId} changed while a move was being saved`);
  }
}

/**
 * Applies one move to an order in `tx`: the first of the actors that the transition table allows
 * makes it, the entry is appended and the projection saved only if the order is still at the
 * version decided on, with the entry's event. Throws OrderChanged when another change won.
 */
async function attempt(
  deps: Deps,
  tx: Transaction,
  orderId: string,
  actorsFor: (order: Order) => Actor[],
  move: Move,
  amend: Amend = (order) => order,
  known?: Order,
): Promise<TransitionResult> {
  // The versioned save below catches a `known` order that is no longer current.
  const current = known ?? (await deps.orders.findById(orderId, tx.session));
  const actors = current ? actorsFor(current) : [];
  if (!current || actors.length === 0) throw new NotFoundError(`No order ${orderId}`);
  const now = deps.now();
  let decision: Decision = decide(current, { ...move, actor: actors[0]! }, now);
  for (const actor of actors.slice(1)) {
    if (decision.ok) break;
    decision = decide(current, { ...move, actor }, now);
  }
  if (!decision.ok) return decision;
  const next = amend(applyEntry(current, decision.entry));
  if (!(await deps.orders.save(next, current.version, tx.session))) throw new OrderChanged(orderId);
  publishEntry(tx, next, decision.entry);
  return { kind: 'Order', order: next };
}

export function makeTransitionOrder(deps: Deps) {
  async function withRetries(
    orderId: string,
    actorsFor: (order: Order) => Actor[],
    move: Move,
    amend?: Amend,
    known?: Order,
  ): Promise<TransitionResult> {
    for (let tries = 1; ; tries += 1) {
      const assumed = tries === 1 ? known : undefined;
      try {
        return await deps.unitOfWork.run((tx) =>
          attempt(deps, tx, orderId, actorsFor, move, amend, assumed),
        );
      } catch (error) {
        if (!(error instanceof OrderChanged) || tries === MAX_ATTEMPTS) throw error;
      }
    }
  }

  return {
    /** A caller's move (a mutation), made by the first part they play that may make it. */
    byCaller: (identity: Identity, orderId: string, move: Move) =>
      withRetries(orderId, (order) => actorsOf(identity, order), move),
    /**
     * The platform's own move (a timeout, checkout's payment answer), in its own transaction;
     * `known` is the order as the caller just read or wrote it, tried first without reading.
     */
    bySystem: (orderId: string, move: Move, amend?: Amend, known?: Order) =>
      withRetries(orderId, () => SYSTEM, move, amend, known),
    /**
     * The platform's move in a consumer's transaction, with its inbox record: a lost race throws
     * and the delivery is retried.
     */
    inTransaction: (tx: Transaction, orderId: string, move: Move, amend?: Amend) =>
      attempt(deps, tx, orderId, () => SYSTEM, move, amend),
  };
}

export type TransitionOrder = ReturnType<typeof makeTransitionOrder>;
