import { Schema, type Connection, type Model } from 'mongoose';

/** `_id` is `<storeId>/<sku>`; onHand = reserved + available always holds. */
export interface InventoryDocument {
  _id: string;
  storeId: string;
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
  lowStockThreshold: number;
  updatedAt: Date;
}

const inventorySchema = new Schema<InventoryDocument>(
  {
    _id: { type: String, required: true },
    storeId: { type: String, required: true },
    sku: { type: String, required: true },
    onHand: { type: Number, required: true, min: 0 },
    reserved: { type: Number, required: true, min: 0 },
    available: { type: Number, required: true, min: 0 },
    lowStockThreshold: { type: Number, required: true, min: 0 },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'inventory', versionKey: false, _id: false },
);

inventorySchema.index({ storeId: 1, sku: 1 }, { name: 'store_sku_unique', unique: true });

export function inventoryModel(db: Connection): Model<InventoryDocument> {
  return db.models.Inventory ?? db.model<InventoryDocument>('Inventory', inventorySchema);
}

export function inventoryId(storeId: string, sku: string): string {
  return `${storeId}/${sku}`;
}
