import { SERVICE_IDENTITY, type Identity } from '@dabba/subgraph-kit';
import { invalidInput } from '../domain/results';
import { actorsOf } from './actors';
import type { Deps } from './runtime';
import type { TransitionOrder, TransitionResult } from './transition-order';

export type SubstitutionResult = TransitionResult | ReturnType<typeof invalidInput>;

/**
 * Grocery substitutions while an order is PREPARING. Staff report a line unavailable and either
 * propose a substitute, priced now by the catalog for the line's quantity, or remove it. The
 * customer accepts or declines before `respondBy`; after it, their stated preference applies
 * (see sweeps). What the order costs in the end (finalGoodsTotal) follows each answer, and
 * payments captures that at delivery: the difference is settled there.
 */
export function makeSubstitutions(deps: Deps, transition: TransitionOrder) {
  return {
    reportUnavailableLine: async (
      identity: Identity,
      orderId: string,
      lineId: string,
      substituteSku: string | null,
    ): Promise<SubstitutionResult> => {
      if (substituteSku === null) {
        return transition.byCaller(identity, orderId, { action: 'MARK_UNAVAILABLE', lineId });
      }
      const order = await deps.orders.findById(orderId);
      const line = order?.lines.find((candidate) => candidate.id === lineId);
      // Only a caller with a part in the order, on a grocery line, gets the substitute priced;
      // anyone else gets the table's answer (NOT_FOUND, UNKNOWN_LINE, INVALID_TRANSITION).
      if (!order || line?.kind !== 'PRODUCT' || actorsOf(identity, order).length === 0) {
        return transition.byCaller(identity, orderId, { action: 'PROPOSE_SUBSTITUTE', lineId });
      }
      const view = await deps.catalog.checkout(SERVICE_IDENTITY, {
        storeId: order.storeId,
        lines: [
          {
            id: lineId,
            kind: 'PRODUCT',
            sku: substituteSku,
            itemId: null,
            modifiers: [],
            quantity: line.quantity,
            substitution: null,
          },
        ],
        couponCode: null,
        deliverTo: null,
      });
      const priced = view.basket?.ok ? view.basket.lines[0] : undefined;
      if (!priced || view.basket?.ok !== true || view.basket.currency !== order.currency) {
        return invalidInput('substituteSku', `The store does not sell ${substituteSku}`);
      }
      return transition.byCaller(identity, orderId, {
        action: 'PROPOSE_SUBSTITUTE',
        lineId,
        substitute: {
          sku: substituteSku,
          quantity: priced.quantity,
          unitPrice: priced.unitPrice,
          total: priced.total - priced.discount,
          respondBy: new Date(deps.now().getTime() + deps.settings.substitutionResponseMs),
        },
      });
    },

    respondToSubstitution: (identity: Identity, orderId: string, lineId: string, accept: boolean) =>
      transition.byCaller(identity, orderId, {
        action: accept ? 'ACCEPT_SUBSTITUTE' : 'DECLINE_SUBSTITUTE',
        lineId,
      }),
  };
}
