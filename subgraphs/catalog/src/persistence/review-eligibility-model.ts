import { Schema, type Connection, type Model } from 'mongoose';
import { REVIEWED_ITEM_KINDS, type ReviewedItemKind } from '../domain/review';

/** An order the catalog heard was delivered: who received it, from which store, with what. */
export interface DeliveredOrderDocument {
  /** The order id. */
  _id: string;
  customerId: string;
  storeId: string;
  items: { kind: ReviewedItemKind; itemId: string }[];
  deliveredAt: Date;
}

const itemSchema = new Schema(
  {
    kind: { type: String, required: true, enum: REVIEWED_ITEM_KINDS },
    itemId: { type: String, required: true },
  },
  { _id: false },
);

const deliveredOrderSchema = new Schema<DeliveredOrderDocument>(
  {
    _id: { type: String, required: true },
    customerId: { type: String, required: true },
    storeId: { type: String, required: true },
    items: { type: [itemSchema], required: true },
    deliveredAt: { type: Date, required: true },
  },
  { collection: 'delivered_orders', versionKey: false },
);

export function deliveredOrderModel(db: Connection): Model<DeliveredOrderDocument> {
  return (
    db.models.DeliveredOrder ??
    db.model<DeliveredOrderDocument>('DeliveredOrder', deliveredOrderSchema)
  );
}
