import { Schema, type ClientSession, type Connection, type Model } from 'mongoose';
import { randomUUID } from 'node:crypto';
import { TOKEN_REVOCATION_KEEP_SECONDS } from '@dabba/subgraph-kit';
import type { TokenRevocation, TokenRevocationScope } from '../domain/token-revocation';

interface TokenRevocationDocument {
  _id: string;
  scope: TokenRevocationScope;
  subject: string;
  at: Date;
  /** Past it, every access token it could refuse has expired: MongoDB deletes it. */
  expiresAt: Date;
}

const tokenRevocationSchema = new Schema<TokenRevocationDocument>(
  {
    _id: { type: String, required: true },
    scope: { type: String, required: true, enum: ['session', 'user'] },
    subject: { type: String, required: true },
    at: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { collection: 'token_revocations', versionKey: false },
);
tokenRevocationSchema.index({ expiresAt: 1 }, { name: 'expires_ttl', expireAfterSeconds: 0 });
tokenRevocationSchema.index({ at: 1, _id: 1 }, { name: 'feed' });

function toDomain(doc: TokenRevocationDocument): TokenRevocation {
  return { id: doc._id, scope: doc.scope, subject: doc.subject, at: doc.at };
}

/**
 * Access tokens refused before they expire (collection `token_revocations`): those of a session
 * that ended, or every token of a user issued before their roles, memberships or password
 * changed. The gateway reads them in order, as a feed.
 */
export class TokenRevocationRepository {
  private readonly model: Model<TokenRevocationDocument>;

  constructor(db: Connection) {
    this.model =
      db.models.TokenRevocation ??
      db.model<TokenRevocationDocument>('TokenRevocation', tokenRevocationSchema);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async add(
    revocations: readonly Omit<TokenRevocation, 'id'>[],
    session?: ClientSession,
  ): Promise<void> {
    if (revocations.length === 0) return;
    await this.model.insertMany(
      revocations.map(({ scope, subject, at }) => ({
        _id: randomUUID(),
        scope,
        subject,
        at,
        expiresAt: new Date(at.getTime() + TOKEN_REVOCATION_KEEP_SECONDS * 1000),
      })),
      { session, lean: true },
    );
  }

  /**
   * Up to `limit` revocations from `since` on, oldest first, ties by id; `after` (the last one of
   * a previous page) continues a page. Readers start each poll a little before the newest `at`
   * they saw: a transaction that commits late writes an `at` from before its commit.
   */
  async listSince(
    since: Date,
    limit: number,
    after?: { at: Date; id: string },
  ): Promise<TokenRevocation[]> {
    const filter = after
      ? { $or: [{ at: { $gt: after.at } }, { at: after.at, _id: { $gt: after.id } }] }
      : { at: { $gte: since } };
    const docs = await this.model
      .find(filter)
      .sort({ at: 1, _id: 1 })
      .limit(limit)
      .lean<TokenRevocationDocument[]>();
    return docs.map(toDomain);
  }
}
