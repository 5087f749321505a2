import type { Connection } from 'mongoose';
import { InventoryRepository } from './inventory-repository';
import { ProductRepository } from './product-repository';
import { PromotionRepository } from './promotion-repository';
import { PromotionUsageRepository } from './promotion-usage-repository';
import { ReservationRepository } from './reservation-repository';

export {
  InventoryRepository,
  ProductRepository,
  PromotionRepository,
  PromotionUsageRepository,
  ReservationRepository,
};

/** Grocery products, their stock and reservations, and promotions. */
export interface ProductPersistence {
  products: ProductRepository;
  inventory: InventoryRepository;
  reservations: ReservationRepository;
  promotions: PromotionRepository;
  promotionUsage: PromotionUsageRepository;
}

export async function openProductPersistence(db: Connection): Promise<ProductPersistence> {
  const persistence: ProductPersistence = {
    products: new ProductRepository(db),
    inventory: new InventoryRepository(db),
    reservations: new ReservationRepository(db),
    promotions: new PromotionRepository(db),
    promotionUsage: new PromotionUsageRepository(db),
  };
  for (const repository of Object.values(persistence)) await repository.syncIndexes();
  return persistence;
}
