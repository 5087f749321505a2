import type { DeliveryAddress, Fulfilment } from './cart';
import type { PriceBreakdown } from './pricing';

/** A server-computed price of one cart version, which checkout charges exactly or refuses. */
export interface Quote {
  id: string;
  customerId: string;
  cartId: string;
  cartVersion: number;
  storeId: string;
  /** The organisation running the store, as the catalog said when pricing. */
  organizationId: string | null;
  fulfilment: Fulfilment;
  deliveryAddress: DeliveryAddress | null;
  price: PriceBreakdown;
  /** The catalog promotions the price applied, whose usage the order consumes. */
  promotionIds: string[];
  createdAt: Date;
  expiresAt: Date;
}
