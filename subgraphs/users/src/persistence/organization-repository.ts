import { mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { Organization } from '../domain/organization';
import { organizationModel, type OrganizationDocument } from './organization-model';

const DUPLICATE_KEY = 11000;

export function isDuplicateKeyError(error: unknown): boolean {
  return error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY;
}

function toDomain(doc: OrganizationDocument): Organization {
  return {
    id: doc._id,
    name: doc.name,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt,
  };
}

export class OrganizationRepository {
  private readonly model: Model<OrganizationDocument>;

  constructor(db: Connection) {
    this.model = organizationModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /**
   * A new organisation, its creator its one OWNER. Throws a duplicate-key error
   * (isDuplicateKeyError) when the creator reused the key.
   */
  async insert(
    organization: Organization,
    idempotencyKey: string | null,
    session?: ClientSession,
  ): Promise<void> {
    const { id, ...fields } = organization;
    await this.model.create([{ _id: id, ...fields, ownerCount: 1, idempotencyKey }], { session });
  }

  /** Inserts or replaces by id, with `ownerCount` OWNERs, for demo data. */
  async upsert(
    organization: Organization,
    ownerCount: number,
    session?: ClientSession,
  ): Promise<void> {
    const { id, ...fields } = organization;
    await this.model.replaceOne(
      { _id: id },
      { ...fields, ownerCount, idempotencyKey: null },
      { upsert: true, session },
    );
  }

  async findByIds(ids: readonly string[]): Promise<Organization[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<OrganizationDocument[]>();
    return docs.map(toDomain);
  }

  async findByIdempotencyKey(createdBy: string, key: string): Promise<Organization | null> {
    const doc = await this.model
      .findOne({ createdBy, idempotencyKey: key })
      .lean<OrganizationDocument>();
    return doc ? toDomain(doc) : null;
  }

  async addOwner(id: string, session?: ClientSession): Promise<void> {
    await this.model.updateOne({ _id: id }, { $inc: { ownerCount: 1 } }, { session });
  }

  /**
   * Takes one owner away unless it is the last: one conditional update, so concurrent demotions
   * cannot both pass. False when it is the last owner (or no such organisation).
   */
  async removeOwnerUnlessLast(id: string, session?: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id, ownerCount: { $gt: 1 } },
      { $inc: { ownerCount: -1 } },
      { session },
    );
    return result.modifiedCount === 1;
  }
}
