import { z } from 'zod';
import { id, instant } from '../fields';

/**
 * Events the catalog subgraph publishes. The `changed` events carry only ids: the search
 * projection (and any other reader) loads the current state, so a late or repeated event can
 * never index stale data.
 */
export const catalogEvents = {
  'catalog.store.changed.v1': z.object({
    storeId: id,
    organizationId: id,
  }),
  'catalog.product.changed.v1': z.object({
    productId: id,
    storeId: id,
  }),
  'catalog.menu_item.changed.v1': z.object({
    itemId: id,
    storeId: id,
  }),
  /** Available stock fell to or below the SKU's low-stock threshold. */
  'catalog.stock.low.v1': z.object({
    storeId: id,
    sku: z.string().min(1).max(64),
    available: z.number().int().nonnegative(),
    threshold: z.number().int().nonnegative(),
  }),
  /** A perishable product's expiry date came within its store's near-expiry window. */
  'catalog.product.near_expiry.v1': z.object({
    productId: id,
    storeId: id,
    expiresOn: z.iso.date(),
  }),
  /**
   * A rating moved: a review counted in or hidden. Ids only, like the `changed` events: the
   * subject's current rating is read from the catalog.
   */
  'catalog.rating.changed.v1': z.object({
    storeId: id,
    subjectKind: z.enum(['STORE', 'MENU_ITEM', 'PRODUCT']),
    subjectId: id,
  }),
  'catalog.review.submitted.v1': z.object({
    reviewId: id,
    storeId: id,
    customerId: id,
    rating: z.number().int().min(1).max(5),
    submittedAt: instant,
  }),
};
