import { addDays } from '../domain/product';
import type { ProductDeps } from './product-context';

/**
 * Publishes catalog.product.near_expiry.v1 for each live perishable whose expiry date came
 * within the near-expiry window, once per product and expiry date: the date is recorded on the
 * product in the same transaction, with a conditional update, so replicas running the check at
 * once announce each product once. Returns how many it announced.
 */
export type AnnounceNearExpiry = (limit?: number) => Promise<number>;

export function makeAnnounceNearExpiry(deps: ProductDeps): AnnounceNearExpiry {
  return async (limit = 500) => {
    // UTC dates: a store's local date differs by at most a day, well inside the window.
    const today = deps.now().toISOString().slice(0, 10);
    const due = await deps.products.findUnannouncedNearExpiry(
      today,
      addDays(today, deps.nearExpiryDays),
      limit,
    );
    let announced = 0;
    for (const product of due) {
      const store = await deps.findStore(product.storeId);
      const expiresOn = product.expiresOn!;
      const done = await deps.unitOfWork.run(async (tx) => {
        if (!(await deps.products.markNearExpiryAnnounced(product.id, expiresOn, tx.session))) {
          return false;
        }
        tx.publish({
          type: 'catalog.product.near_expiry.v1',
          subject: product.id,
          data: { productId: product.id, storeId: product.storeId, expiresOn },
          ...(store ? { tenant: store.organizationId } : {}),
        });
        return true;
      });
      if (done) announced++;
    }
    return announced;
  };
}
