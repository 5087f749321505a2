import type { ClientSession, Connection, Model } from 'mongoose';
import type { RefreshTokenRecord } from '../domain/session';
import { refreshTokenModel, type RefreshTokenDocument } from './refresh-token-model';

function toDomain(doc: RefreshTokenDocument): RefreshTokenRecord {
  return {
    tokenHash: doc._id,
    userId: doc.userId,
    familyId: doc.familyId,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    usedAt: doc.usedAt ?? null,
    revokedAt: doc.revokedAt ?? null,
  };
}

export class RefreshTokenRepository {
  private readonly model: Model<RefreshTokenDocument>;

  constructor(db: Connection) {
    this.model = refreshTokenModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async insert(record: RefreshTokenRecord, session?: ClientSession): Promise<void> {
    const { tokenHash, ...fields } = record;
    await this.model.create([{ _id: tokenHash, ...fields }], { session });
  }

  async findByHash(tokenHash: string, session?: ClientSession): Promise<RefreshTokenRecord | null> {
    const doc = await this.model
      .findById(tokenHash)
      .session(session ?? null)
      .lean<RefreshTokenDocument>();
    return doc ? toDomain(doc) : null;
  }

  /**
   * Marks the token used if it is still live, in one conditional update: of two requests
   * presenting the same token, exactly one gets true.
   */
  async markUsed(tokenHash: string, now: Date, session?: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: tokenHash, usedAt: null, revokedAt: null, expiresAt: { $gt: now } },
      { $set: { usedAt: now } },
      { session },
    );
    return result.modifiedCount === 1;
  }

  /** Revokes every token of the session, the newest included. */
  async revokeFamily(familyId: string, now: Date, session?: ClientSession): Promise<void> {
    await this.model.updateMany(
      { familyId, revokedAt: null },
      { $set: { revokedAt: now } },
      { session },
    );
  }

  /** Revokes every session of the user; returns how many were still live. */
  async revokeUserFamilies(userId: string, now: Date, session?: ClientSession): Promise<number> {
    const live = await this.model
      .distinct('familyId', { userId, usedAt: null, revokedAt: null, expiresAt: { $gt: now } })
      .session(session ?? null);
    await this.model.updateMany(
      { userId, revokedAt: null },
      { $set: { revokedAt: now } },
      { session },
    );
    return live.length;
  }
}
