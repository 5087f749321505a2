import { Schema, type Connection, type Model } from 'mongoose';
import type { GeoPoint, H3Cells } from '../domain/geo';
import type { OpeningHours } from '../domain/opening-hours';
import { STORE_KINDS, type StoreAddress, type StoreKind } from '../domain/store';
import type { DeliveryArea } from '../domain/zone';

export interface StoreDocument {
  _id: string;
  name: string;
  kind: StoreKind;
  currency: string;
  organizationId: string;
  address: StoreAddress;
  location: GeoPoint;
  h3: H3Cells;
  deliveryArea: DeliveryArea;
  openingHours: OpeningHours;
  cuisines: string[];
  tags: string[];
  prepTimeMinutes: number;
  temporarilyClosed: boolean;
  /** The key the partner created the store with, for replays; null for seeded stores. */
  idempotencyKey: string | null;
  createdAt: Date;
  updatedAt: Date;
}

const point = { lat: { type: Number, required: true }, lng: { type: Number, required: true } };
const range = { open: { type: String, required: true }, close: { type: String, required: true } };

const storeSchema = new Schema<StoreDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    kind: { type: String, required: true, enum: STORE_KINDS },
    currency: { type: String, required: true },
    organizationId: { type: String, required: true },
    address: {
      lines: { type: [String], required: true },
      district: { type: String, default: null },
      city: { type: String, required: true },
      countryCode: { type: String, required: true },
    },
    location: point,
    h3: {
      r7: { type: String, required: true },
      r8: { type: String, required: true },
      r9: { type: String, required: true },
    },
    deliveryArea: {
      kind: { type: String, required: true, enum: ['RADIUS', 'ZONE'] },
      radiusMeters: { type: Number },
      rings: { type: [[new Schema(point, { _id: false })]], default: undefined },
    },
    openingHours: {
      timeZone: { type: String, required: true },
      weekly: [new Schema({ day: { type: String, required: true }, ...range }, { _id: false })],
      exceptions: [
        new Schema(
          {
            date: { type: String, required: true },
            intervals: [new Schema(range, { _id: false })],
          },
          { _id: false },
        ),
      ],
    },
    cuisines: { type: [String], default: [] },
    tags: { type: [String], default: [] },
    prepTimeMinutes: { type: Number, required: true },
    temporarilyClosed: { type: Boolean, required: true },
    idempotencyKey: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'stores', versionKey: false },
);

// Listing order (see domain/store-order), overall and per organisation.
storeSchema.index({ createdAt: 1, _id: 1 }, { name: 'created_order' });
storeSchema.index(
  { organizationId: 1, createdAt: 1, _id: 1 },
  { name: 'organization_created_order' },
);
// Candidate search: the stores in a set of H3 cells, at each stored resolution.
storeSchema.index({ 'h3.r7': 1 }, { name: 'h3_r7' });
storeSchema.index({ 'h3.r8': 1 }, { name: 'h3_r8' });
storeSchema.index({ 'h3.r9': 1 }, { name: 'h3_r9' });
// A createStore replay finds the store its key created.
storeSchema.index(
  { organizationId: 1, idempotencyKey: 1 },
  {
    name: 'organization_idempotency_key',
    unique: true,
    partialFilterExpression: { idempotencyKey: { $type: 'string' } },
  },
);

export function storeModel(db: Connection): Model<StoreDocument> {
  return db.models.Store ?? db.model<StoreDocument>('Store', storeSchema);
}
