import type { Transaction } from '@dabba/subgraph-kit';
import type { ProductDeps } from './product-context';

/**
 * Counts the promotions an order used (orders.order.placed.v1), in the handler's transaction:
 * one conditional increment per limit, so neither a global nor a per-customer limit is ever
 * exceeded. An order that arrives when a limit is already reached is recorded as not counted
 * (and logged): it was priced before the last use was taken.
 */
export type RecordPromotionUsage = (
  order: { orderId: string; customerId: string; promotionIds: readonly string[] },
  tx: Transaction,
) => Promise<void>;

/** Gives back the uses a cancelled, rejected or failed order took. */
export type ReturnPromotionUsage = (orderId: string, tx: Transaction) => Promise<void>;

export function makeRecordPromotionUsage(deps: ProductDeps): RecordPromotionUsage {
  return async ({ orderId, customerId, promotionIds }, tx) => {
    const unique = [...new Set(promotionIds)].sort();
    const promotions = await deps.promotions.findByIds(unique, tx.session);
    for (const promotion of promotions) {
      let counted = await deps.promotions.redeem(promotion.id, tx.session);
      if (counted) {
        counted = await deps.promotionUsage.use(
          promotion.id,
          customerId,
          promotion.perCustomerLimit,
          tx.session,
        );
        if (!counted) await deps.promotions.unredeem(promotion.id, tx.session);
      }
      if (!counted) {
        deps.logger.warn({ orderId, promotionId: promotion.id }, 'promotion limit already reached');
      }
      await deps.promotionUsage.recordRedemption(
        { orderId, promotionId: promotion.id, customerId, counted, returned: false },
        tx.session,
      );
    }
  };
}

export function makeReturnPromotionUsage(deps: ProductDeps): ReturnPromotionUsage {
  return async (orderId, tx) => {
    for (const redemption of await deps.promotionUsage.takeBack(orderId, tx.session)) {
      await deps.promotions.unredeem(redemption.promotionId, tx.session);
      await deps.promotionUsage.giveBack(redemption.promotionId, redemption.customerId, tx.session);
    }
  };
}
