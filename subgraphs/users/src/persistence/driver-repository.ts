import { ConflictError } from '@dabba/subgraph-kit';
import { mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import type { DriverProfile } from '../domain/driver';
import { driverModel, type DriverDocument } from './driver-model';

const DUPLICATE_KEY = 11000;

function toDomain(doc: DriverDocument): DriverProfile {
  return {
    driverId: doc._id,
    vehicleType: doc.vehicleType,
    capacity: { maxConcurrentOrders: doc.maxConcurrentOrders, maxLoadKg: doc.maxLoadKg },
    licenceNumber: doc.licenceNumber,
    licenceStatus: doc.licenceStatus,
    licenceReviewedAt: doc.licenceReviewedAt ?? null,
    licenceReviewedBy: doc.licenceReviewedBy ?? null,
    online: doc.online,
    appliedAt: doc.appliedAt,
    statusChangedAt: doc.statusChangedAt,
    version: doc.version,
  };
}

function toDocument(profile: DriverProfile): DriverDocument {
  const { driverId, capacity, ...fields } = profile;
  return { _id: driverId, ...capacity, ...fields };
}

/**
 * Driver profiles. The use cases read and write them inside a transaction, so two concurrent
 * changes of one driver conflict and one is retried on the other's result.
 */
export class DriverRepository {
  private readonly model: Model<DriverDocument>;

  constructor(db: Connection) {
    this.model = driverModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async findByIds(driverIds: readonly string[]): Promise<DriverProfile[]> {
    const docs = await this.model.find({ _id: { $in: driverIds } }).lean<DriverDocument[]>();
    return docs.map(toDomain);
  }

  async get(driverId: string, session?: ClientSession): Promise<DriverProfile | null> {
    const doc = await this.model
      .findById(driverId)
      .session(session ?? null)
      .lean<DriverDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** A user has at most one driver profile: inserting a second is a ConflictError. */
  async insert(profile: DriverProfile, session?: ClientSession): Promise<void> {
    try {
      await this.model.create([toDocument(profile)], { session });
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        throw new ConflictError('This user already has a driver profile');
      }
      throw error;
    }
  }

  /**
   * Inserts the profile, or overwrites every field of the one with the same driver id (keeping
   * what only the repository records, such as driverRoleRevokedAt).
   */
  async save(profile: DriverProfile, session?: ClientSession): Promise<void> {
    const { _id, ...fields } = toDocument(profile);
    await this.model.updateOne({ _id }, { $set: fields }, { upsert: true, session });
  }

  /** Records that the DRIVER role was taken away; false when the user has no driver profile. */
  async markRoleRevoked(driverId: string, at: Date, session?: ClientSession): Promise<boolean> {
    const result = await this.model.updateOne(
      { _id: driverId },
      { $set: { driverRoleRevokedAt: at } },
      { session },
    );
    return result.matchedCount === 1;
  }
}
