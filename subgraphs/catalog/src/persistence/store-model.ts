import { Schema, type Connection, type Model } from 'mongoose';
import { STORE_KINDS, type StoreKind } from '../domain/store';

export interface StoreDocument {
  _id: string;
  name: string;
  kind: StoreKind;
  currency: string;
  organizationId: string;
  createdAt: Date;
}

const storeSchema = new Schema<StoreDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true, enum: STORE_KINDS },
    currency: { type: String, required: true },
    organizationId: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'stores', versionKey: false },
);

// Listing order (see domain/store-order), overall and per organisation.
storeSchema.index({ createdAt: 1, _id: 1 }, { name: 'created_order' });
storeSchema.index(
  { organizationId: 1, createdAt: 1, _id: 1 },
  { name: 'organization_created_order' },
);

export function storeModel(db: Connection): Model<StoreDocument> {
  return db.models.Store ?? db.model<StoreDocument>('Store', storeSchema);
}
