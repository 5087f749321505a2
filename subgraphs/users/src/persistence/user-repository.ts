import { ConflictError } from '@dabba/subgraph-kit';
import { mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { User } from '../domain/user';
import { userModel, type UserDocument } from './user-model';

const DUPLICATE_KEY = 11000;

function toDomain(doc: UserDocument): User {
  return {
    id: doc._id,
    displayName: doc.displayName,
    email: doc.email,
    locale: doc.locale,
    createdAt: doc.createdAt,
  };
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

  /** Inserts the user, or replaces the one with the same id; true when it was inserted. */
  async save(user: User, session?: ClientSession): Promise<boolean> {
    const { id, ...fields } = user;
    try {
      const result = await this.model.replaceOne({ _id: id }, fields, { upsert: true, session });
      return result.upsertedCount === 1;
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        throw new ConflictError('Another user already has this email', { field: 'email' });
      }
      throw error;
    }
  }
}
