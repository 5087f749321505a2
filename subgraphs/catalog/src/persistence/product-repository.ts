import { ConflictError } from '@dabba/subgraph-kit';
import {
  mongo,
  type AnyBulkWriteOperation,
  type ClientSession,
  type Connection,
  type Model,
  type QueryFilter,
} from 'mongoose';
import {
  categoryAncestors,
  type DietaryTag,
  type Product,
  type UnitOfMeasure,
} from '../domain/product';
import { productModel, type ProductDocument } from './product-model';

const DUPLICATE_KEY = 11000;

function toDomain(doc: ProductDocument): Product {
  return {
    id: doc._id,
    storeId: doc.storeId,
    sku: doc.sku,
    name: { en: doc.name.en, vi: doc.name.vi ?? null },
    brand: doc.brand ?? null,
    unit: doc.unit as UnitOfMeasure,
    unitSize: doc.unitSize,
    price: { amount: doc.price.amount, currency: doc.price.currency },
    categories: doc.categories,
    dietaryTags: doc.dietaryTags as DietaryTag[],
    imageUrls: doc.imageUrls,
    perishable: doc.perishable,
    expiresOn: doc.expiresOn ?? null,
    archived: doc.archived,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

function toDocument(product: Product): Omit<ProductDocument, 'nearExpiryNotifiedFor'> {
  const { id, ...fields } = product;
  return { _id: id, ...fields, categoryPaths: categoryAncestors(product.categories) };
}

export class ProductRepository {
  private readonly model: Model<ProductDocument>;

  constructor(db: Connection) {
    this.model = productModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async findByIds(ids: readonly string[]): Promise<Product[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<ProductDocument[]>();
    return docs.map(toDomain);
  }

  /** Live (not archived) products of a store with these SKUs. */
  async findLiveBySkus(storeId: string, skus: readonly string[]): Promise<Product[]> {
    const docs = await this.model
      .find({ storeId, sku: { $in: skus }, archived: false })
      .lean<ProductDocument[]>();
    return docs.map(toDomain);
  }

  async findBySku(storeId: string, sku: string): Promise<Product | null> {
    const doc = await this.model.findOne({ storeId, sku }).lean<ProductDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** Up to `limit` live products of the store after SKU `after`, in SKU order. */
  async listLive(args: {
    storeId: string;
    category: string | null;
    after: string | null;
    limit: number;
  }): Promise<Product[]> {
    const filter: QueryFilter<ProductDocument> = { storeId: args.storeId, archived: false };
    if (args.category !== null) filter.categoryPaths = args.category;
    if (args.after !== null) filter.sku = { $gt: args.after };
    const docs = await this.model
      .find(filter)
      .sort({ sku: 1 })
      .limit(args.limit)
      .lean<ProductDocument[]>();
    return docs.map(toDomain);
  }

  /** Inserts a new product; a taken SKU in the store, or a taken id, is a ConflictError. */
  async insert(product: Product, session?: ClientSession): Promise<void> {
    try {
      await this.model.insertMany([{ ...toDocument(product), nearExpiryNotifiedFor: null }], {
        session,
        lean: true,
      });
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        const onId = /_id_/.test(error.message) || '_id' in (error.keyPattern ?? {});
        throw new ConflictError(onId ? 'Product id taken' : 'SKU taken', {
          field: onId ? 'id' : 'sku',
        });
      }
      throw error;
    }
  }

  /** Replaces the product's fields (keeping its near-expiry bookkeeping); false when missing. */
  async update(product: Product, session?: ClientSession): Promise<boolean> {
    const { _id, ...fields } = toDocument(product);
    try {
      const result = await this.model.updateOne({ _id }, { $set: fields }, { session });
      return result.matchedCount === 1;
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        throw new ConflictError('SKU taken', { field: 'sku' });
      }
      throw error;
    }
  }

  /** Writes many products by id, inserting or replacing each (for the demo seed). */
  async upsertMany(products: readonly Product[]): Promise<void> {
    if (products.length === 0) return;
    const operations: AnyBulkWriteOperation<ProductDocument>[] = products.map((product) => {
      const { _id, ...fields } = toDocument(product);
      return {
        updateOne: {
          filter: { _id },
          update: { $set: fields, $setOnInsert: { nearExpiryNotifiedFor: null } },
          upsert: true,
        },
      };
    });
    await this.model.bulkWrite(operations, { ordered: false });
  }

  async countInStore(storeId: string): Promise<number> {
    return this.model.countDocuments({ storeId });
  }

  /**
   * Live perishables expiring on or before `until` (and not before `from`) whose current expiry
   * date has not been announced yet, oldest expiry first.
   */
  async findUnannouncedNearExpiry(from: string, until: string, limit: number): Promise<Product[]> {
    const docs = await this.model
      .find({
        perishable: true,
        expiresOn: { $gte: from, $lte: until },
        archived: false,
        $expr: { $ne: ['$nearExpiryNotifiedFor', '$expiresOn'] },
      })
      .sort({ expiresOn: 1, _id: 1 })
      .limit(limit)
      .lean<ProductDocument[]>();
    return docs.map(toDomain);
  }

  /** Marks the expiry date as announced; false when another replica did it first (or it changed). */
  async markNearExpiryAnnounced(
    productId: string,
    expiresOn: string,
    session: ClientSession,
  ): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: productId, expiresOn, nearExpiryNotifiedFor: { $ne: expiresOn } },
      { $set: { nearExpiryNotifiedFor: expiresOn } },
      { session },
    );
    return result.modifiedCount === 1;
  }

  /** Every product, store by store in SKU order, in batches: for projections such as search. */
  async *streamAll(batchSize = 1000): AsyncGenerator<Product[]> {
    const storeIds = ((await this.model.distinct('storeId')) as string[]).sort();
    for (const storeId of storeIds) {
      let after: string | null = null;
      for (;;) {
        const filter: QueryFilter<ProductDocument> =
          after === null ? { storeId } : { storeId, sku: { $gt: after } };
        const docs = await this.model
          .find(filter)
          .sort({ sku: 1 })
          .limit(batchSize)
          .lean<ProductDocument[]>();
        if (docs.length === 0) break;
        yield docs.map(toDomain);
        after = docs.at(-1)!.sku;
      }
    }
  }
}
