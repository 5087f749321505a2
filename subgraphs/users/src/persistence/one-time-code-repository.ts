import { mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import {
  CODE_RESEND_INTERVAL_MS,
  MAX_CODE_ATTEMPTS,
  type CodePurpose,
  type OneTimeCode,
} from '../domain/one-time-code';
import { oneTimeCodeModel, type OneTimeCodeDocument } from './one-time-code-model';

const DUPLICATE_KEY = 11000;
const keyOf = (userId: string, purpose: CodePurpose): string => `${userId}:${purpose}`;

function toDomain(doc: OneTimeCodeDocument): OneTimeCode {
  return {
    userId: doc.userId,
    purpose: doc.purpose,
    target: doc.target,
    codeHash: doc.codeHash,
    createdAt: doc.createdAt,
    expiresAt: doc.expiresAt,
    attempts: doc.attempts,
    consumedAt: doc.consumedAt ?? null,
  };
}

/**
 * One live code per (user, purpose). Every state change is one conditional write, so two
 * requests racing for the same code cannot both succeed.
 */
export class OneTimeCodeRepository {
  private readonly model: Model<OneTimeCodeDocument>;

  constructor(db: Connection) {
    this.model = oneTimeCodeModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async find(
    userId: string,
    purpose: CodePurpose,
    session?: ClientSession,
  ): Promise<OneTimeCode | null> {
    const doc = await this.model
      .findById(keyOf(userId, purpose))
      .session(session ?? null)
      .lean<OneTimeCodeDocument>();
    return doc ? toDomain(doc) : null;
  }

  /**
   * Stores `code` in place of the user's previous one for the purpose, unless that one was made
   * less than the resend interval ago: false then (the filter misses the recent code, and the
   * upsert collides with it on `_id`).
   */
  async replace(code: OneTimeCode): Promise<boolean> {
    const _id = keyOf(code.userId, code.purpose);
    const resendFrom = new Date(code.createdAt.getTime() - CODE_RESEND_INTERVAL_MS);
    try {
      await this.model.replaceOne({ _id, createdAt: { $lte: resendFrom } }, code, {
        upsert: true,
      });
      return true;
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  /** Forgets this code (e.g. it could not be sent), unless a newer one replaced it. */
  async discard(code: OneTimeCode): Promise<void> {
    await this.model.deleteOne({ _id: keyOf(code.userId, code.purpose), codeHash: code.codeHash });
  }

  /** Counts a wrong attempt against the code if it is still live. */
  async recordWrongAttempt(code: OneTimeCode, now: Date): Promise<void> {
    await this.model.updateOne(
      {
        _id: keyOf(code.userId, code.purpose),
        codeHash: code.codeHash,
        consumedAt: null,
        attempts: { $lt: MAX_CODE_ATTEMPTS },
        expiresAt: { $gt: now },
      },
      { $inc: { attempts: 1 } },
    );
  }

  /** Marks the code used if it is still live; of two concurrent uses exactly one gets true. */
  async consume(code: OneTimeCode, now: Date, session?: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      {
        _id: keyOf(code.userId, code.purpose),
        codeHash: code.codeHash,
        consumedAt: null,
        attempts: { $lt: MAX_CODE_ATTEMPTS },
        expiresAt: { $gt: now },
      },
      { $set: { consumedAt: now } },
      { session },
    );
    return result.modifiedCount === 1;
  }
}
