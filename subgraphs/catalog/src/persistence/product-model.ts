import { Schema, type Connection, type Model } from 'mongoose';
import { DIETARY_TAGS, UNITS_OF_MEASURE } from '../domain/product';

export interface ProductDocument {
  _id: string;
  storeId: string;
  sku: string;
  name: { en: string; vi: string | null };
  brand: string | null;
  unit: string;
  unitSize: number;
  price: { amount: number; currency: string };
  categories: string[];
  /** Every category and its ancestors, for the category filter. */
  categoryPaths: string[];
  dietaryTags: string[];
  imageUrls: string[];
  perishable: boolean;
  expiresOn: string | null;
  /** The expiry date catalog.product.near_expiry.v1 was last published for. */
  nearExpiryNotifiedFor: string | null;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
}

const productSchema = new Schema<ProductDocument>(
  {
    _id: { type: String, required: true },
    storeId: { type: String, required: true },
    sku: { type: String, required: true },
    name: {
      en: { type: String, required: true },
      vi: { type: String, default: null },
    },
    brand: { type: String, default: null },
    unit: { type: String, required: true, enum: UNITS_OF_MEASURE },
    unitSize: { type: Number, required: true },
    price: {
      amount: { type: Number, required: true },
      currency: { type: String, required: true },
    },
    categories: { type: [String], default: [] },
    categoryPaths: { type: [String], default: [] },
    dietaryTags: { type: [String], default: [], enum: DIETARY_TAGS },
    imageUrls: { type: [String], default: [] },
    perishable: { type: Boolean, required: true },
    expiresOn: { type: String, default: null },
    nearExpiryNotifiedFor: { type: String, default: null },
    archived: { type: Boolean, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'products', versionKey: false, _id: false },
);

productSchema.index({ storeId: 1, sku: 1 }, { name: 'store_sku_unique', unique: true });
// Store.products: a store's live products in SKU order, optionally within a category.
productSchema.index({ storeId: 1, archived: 1, sku: 1 }, { name: 'store_listing' });
productSchema.index(
  { storeId: 1, categoryPaths: 1, archived: 1, sku: 1 },
  { name: 'store_category_listing' },
);
// The near-expiry check scans perishables by expiry date.
productSchema.index({ perishable: 1, expiresOn: 1 }, { name: 'perishable_expiry' });

export function productModel(db: Connection): Model<ProductDocument> {
  return db.models.Product ?? db.model<ProductDocument>('Product', productSchema);
}
