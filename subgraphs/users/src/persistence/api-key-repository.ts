import type { Connection, Model } from 'mongoose';
import { LAST_USED_RESOLUTION_MS, type ApiKey } from '../domain/api-key';
import type { TimePosition } from '../domain/position';
import { apiKeyModel, type ApiKeyDocument } from './api-key-model';
import { findInTimeOrder, type TimeOrder } from './time-order';

function toDomain(doc: ApiKeyDocument): ApiKey {
  return {
    id: doc._id,
    organizationId: doc.organizationId,
    name: doc.name,
    scopes: doc.scopes,
    secretHash: doc.secretHash,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt,
    lastUsedAt: doc.lastUsedAt ?? null,
    revokedAt: doc.revokedAt ?? null,
  };
}

/** Newest first. */
const NEWEST_FIRST: TimeOrder<ApiKeyDocument> = { field: 'createdAt', direction: -1 };

export class ApiKeyRepository {
  private readonly model: Model<ApiKeyDocument>;

  constructor(db: Connection) {
    this.model = apiKeyModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  /** Throws a duplicate-key error (isDuplicateKeyError) when the creator reused the key. */
  async insert(apiKey: ApiKey, idempotencyKey: string | null): Promise<void> {
    const { id, ...fields } = apiKey;
    await this.model.create([{ _id: id, ...fields, idempotencyKey }]);
  }

  async findByIdempotencyKey(
    organizationId: string,
    createdBy: string,
    key: string,
  ): Promise<ApiKey | null> {
    const doc = await this.model
      .findOne({ organizationId, createdBy, idempotencyKey: key })
      .lean<ApiKeyDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findByIds(ids: readonly string[]): Promise<ApiKey[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<ApiKeyDocument[]>();
    return docs.map(toDomain);
  }

  /** Up to `limit` of the organisation's keys after `after`, revoked ones included, newest first. */
  async listAfter(
    organizationId: string,
    after: TimePosition | null,
    limit: number,
  ): Promise<ApiKey[]> {
    const docs = await findInTimeOrder(this.model, { organizationId }, NEWEST_FIRST, after, limit);
    return docs.map(toDomain);
  }

  /** Revokes it if it is not already (the first revocation time stays); returns it as it is after. */
  async revoke(id: string, now: Date): Promise<ApiKey | null> {
    await this.model.updateOne({ _id: id, revokedAt: null }, { $set: { revokedAt: now } });
    const [apiKey] = await this.findByIds([id]);
    return apiKey ?? null;
  }

  /**
   * Records a use unless one was recorded in the last minute: one conditional update, so a busy
   * key costs at most one write a minute however many replicas verify it.
   */
  async recordUse(id: string, now: Date): Promise<boolean> {
    const result = await this.model.updateOne(
      {
        _id: id,
        $or: [
          { lastUsedAt: null },
          { lastUsedAt: { $lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } },
        ],
      },
      { $set: { lastUsedAt: now } },
    );
    return result.modifiedCount === 1;
  }
}
