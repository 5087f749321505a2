/** The products model and the measured operations, shared by the benchmark and its client processes. */
import { Schema, Types, type Connection } from 'mongoose';

export interface Product {
  _id: Types.ObjectId;
  sku: string;
  name: string;
  stock: number;
  price: number;
}

const productSchema = new Schema<Product>({
  sku: { type: String, required: true, unique: true },
  name: { type: String, required: true },
  stock: { type: Number, required: true, min: 0 },
  price: { type: Number, required: true },
});

export const OPERATIONS = [
  'create',
  'findById',
  'findOne (indexed sku)',
  'conditional findOneAndUpdate',
] as const;
export type OperationName = (typeof OPERATIONS)[number];

export function productsOf(conn: Connection) {
  return conn.model('Product', productSchema);
}

/**
 * One round trip per call for each operation, over the seeded `ids` (product i has sku `SKU-i`).
 * Created skus carry the process id so several client processes never collide.
 */
export function operationsFor(
  conn: Connection,
  ids: Types.ObjectId[],
): Record<OperationName, () => Promise<unknown>> {
  const Products = productsOf(conn);
  const pick = (): number => Math.floor(Math.random() * ids.length);
  const idOf = (): Types.ObjectId => ids[pick()] ?? new Types.ObjectId();
  let created = 0;
  return {
    create: () =>
      Products.create({
        sku: `NEW-${process.pid}-${(created += 1)}`,
        name: 'new',
        stock: 5,
        price: 1,
      }),
    findById: () => Products.findById(idOf()).lean(),
    'findOne (indexed sku)': () => Products.findOne({ sku: `SKU-${pick()}` }).lean(),
    'conditional findOneAndUpdate': () =>
      Products.findOneAndUpdate(
        { _id: idOf(), stock: { $gte: 1 } },
        { $inc: { stock: -1 } },
      ).lean(),
  };
}
