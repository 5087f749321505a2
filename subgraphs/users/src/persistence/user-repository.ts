import { ConflictError } from '@dabba/subgraph-kit';
import { mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { PlatformRole } from '../domain/admin';
import type { LoginIdentifier } from '../domain/credentials';
import type { Locale, User } from '../domain/user';
import { userSearchQuery, type UserSearchQuery } from './admin-user-filter';
import { userModel, type UserDocument } from './user-model';

const DUPLICATE_KEY = 11000;

function toDomain(doc: UserDocument): User {
  return {
    id: doc._id,
    displayName: doc.displayName,
    email: doc.email ?? null,
    phone: doc.phone ?? null,
    roles: doc.roles ?? [],
    locale: doc.locale,
    createdAt: doc.createdAt,
  };
}

/** Which unique field a duplicate-key error is about. */
function duplicateField(error: mongo.MongoServerError): 'email' | 'phone' {
  const keys = { ...error.keyPattern, ...error.keyValue };
  return 'phone' in keys || /phone_unique/.test(error.message) ? 'phone' : 'email';
}

export interface UserCredentials {
  user: User;
  passwordHash: string | null;
}

export class UserRepository {
  private readonly model: Model<UserDocument>;

  constructor(db: Connection) {
    this.model = userModel(db);
  }

  /** Creates the collection and makes its indexes match the schema. */
  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async findByIds(ids: readonly string[]): Promise<User[]> {
    const docs = await this.model.find({ _id: { $in: ids } }).lean<UserDocument[]>();
    return docs.map(toDomain);
  }

  async findCredentials(identifier: LoginIdentifier): Promise<UserCredentials | null> {
    const doc = await this.model.findOne(identifier).lean<UserDocument>();
    return doc ? { user: toDomain(doc), passwordHash: doc.passwordHash ?? null } : null;
  }

  async findCredentialsById(id: string): Promise<UserCredentials | null> {
    const doc = await this.model.findById(id).lean<UserDocument>();
    return doc ? { user: toDomain(doc), passwordHash: doc.passwordHash ?? null } : null;
  }

  /**
   * Inserts the user, or replaces the one with the same id (its password hash too); true when it
   * was inserted. Another user's email or phone is a ConflictError naming the field.
   */
  async save(user: User, session?: ClientSession, passwordHash?: string): Promise<boolean> {
    const { id, ...fields } = user;
    try {
      const result = await this.model.replaceOne(
        { _id: id },
        passwordHash === undefined ? fields : { ...fields, passwordHash },
        { upsert: true, session },
      );
      return result.upsertedCount === 1;
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        const field = duplicateField(error);
        throw new ConflictError(`Another user already has this ${field}`, { field });
      }
      throw error;
    }
  }

  /** False when there is no such user. */
  async setPasswordHash(
    id: string,
    passwordHash: string,
    session?: ClientSession,
  ): Promise<boolean> {
    const result = await this.model.updateOne({ _id: id }, { $set: { passwordHash } }, { session });
    return result.matchedCount === 1;
  }

  /** Grants a platform role (no-op when the user has it); false when there is no such user. */
  async addRole(id: string, role: string, session?: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: id },
      { $addToSet: { roles: role } },
      { session },
    );
    return result.matchedCount === 1;
  }

  /** Whether the user holds the platform role now (false when there is no such user). */
  async hasRole(id: string, role: PlatformRole, session?: ClientSession): Promise<boolean> {
    const found = await this.model.exists({ _id: id, roles: role }).session(session ?? null);
    return found !== null;
  }

  /** Up to `limit` users matching the search, after its position, in the search's order. */
  async search(query: UserSearchQuery, limit: number): Promise<User[]> {
    const { filter, sort } = userSearchQuery(query);
    const docs = await this.model.find(filter).sort(sort).limit(limit).lean<UserDocument[]>();
    return docs.map(toDomain);
  }

  /**
   * Grants or takes away a platform role in one conditional update; `changed` is false when the
   * user already had (or lacked) it. Null when there is no such user.
   */
  async changeRole(
    id: string,
    role: PlatformRole,
    change: 'grant' | 'revoke',
    session?: ClientSession,
  ): Promise<{ user: User; changed: boolean } | null> {
    const updated = await this.model
      .findOneAndUpdate(
        change === 'grant' ? { _id: id, roles: { $ne: role } } : { _id: id, roles: role },
        change === 'grant' ? { $addToSet: { roles: role } } : { $pull: { roles: role } },
        { returnDocument: 'after', session },
      )
      .lean<UserDocument>();
    if (updated) return { user: toDomain(updated), changed: true };
    const current = await this.model.findById(id, null, { session }).lean<UserDocument>();
    return current ? { user: toDomain(current), changed: false } : null;
  }

  /** The user's preferred language; null when there is no such user. */
  async setLocale(id: string, locale: Locale): Promise<User | null> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id }, { $set: { locale } }, { returnDocument: 'after' })
      .lean<UserDocument>();
    return doc ? toDomain(doc) : null;
  }
}
