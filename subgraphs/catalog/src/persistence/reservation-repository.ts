import { Schema, mongo, type ClientSession, type Connection, type Model } from 'mongoose';
import { ConflictError } from '@dabba/subgraph-kit';
import {
  RESERVATION_STATUSES,
  statusesBefore,
  type Reservation,
  type ReservationStatus,
} from '../domain/reservation';

const DUPLICATE_KEY = 11000;

interface ReservationDocument {
  /** The reservation key. */
  _id: string;
  storeId: string;
  lines: { sku: string; quantity: number }[];
  status: ReservationStatus;
  expiresAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

const reservationSchema = new Schema<ReservationDocument>(
  {
    _id: { type: String, required: true },
    storeId: { type: String, required: true },
    lines: {
      type: [
        {
          _id: false,
          sku: { type: String, required: true },
          quantity: { type: Number, required: true },
        },
      ],
      required: true,
    },
    status: { type: String, required: true, enum: RESERVATION_STATUSES },
    expiresAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'reservations', versionKey: false, _id: false },
);
// The expiry sweeper looks for held reservations past their time.
reservationSchema.index({ status: 1, expiresAt: 1 }, { name: 'status_expiry' });

function reservationModel(db: Connection): Model<ReservationDocument> {
  return db.models.Reservation ?? db.model<ReservationDocument>('Reservation', reservationSchema);
}

function toDomain(doc: ReservationDocument): Reservation {
  return {
    key: doc._id,
    storeId: doc.storeId,
    lines: doc.lines.map(({ sku, quantity }) => ({ sku, quantity })),
    status: doc.status,
    expiresAt: doc.expiresAt,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
}

export class ReservationRepository {
  private readonly model: Model<ReservationDocument>;

  constructor(db: Connection) {
    this.model = reservationModel(db);
  }

  async syncIndexes(): Promise<void> {
    await this.model.createCollection();
    await this.model.syncIndexes();
  }

  async find(key: string, session?: ClientSession): Promise<Reservation | null> {
    const doc = await this.model.findById(key, null, { session }).lean<ReservationDocument>();
    return doc ? toDomain(doc) : null;
  }

  async findMany(keys: readonly string[]): Promise<Reservation[]> {
    const docs = await this.model.find({ _id: { $in: keys } }).lean<ReservationDocument[]>();
    return docs.map(toDomain);
  }

  /** Inserts new reservations; a key already used is a ConflictError. */
  async insertMany(reservations: readonly Reservation[], session: ClientSession): Promise<void> {
    try {
      await this.model.insertMany(
        reservations.map(({ key, ...fields }) => ({ _id: key, ...fields })),
        { session, lean: true },
      );
    } catch (error) {
      if (error instanceof mongo.MongoServerError && error.code === DUPLICATE_KEY) {
        throw new ConflictError('Reservation key already used', { field: 'reservationKey' });
      }
      throw error;
    }
  }

  /**
   * Moves the reservation to `to` if its status allows it (and, for EXPIRED, its time is up):
   * the reservation as it was before, or null when another caller moved it first.
   */
  async move(
    key: string,
    to: ReservationStatus,
    now: Date,
    session: ClientSession,
  ): Promise<Reservation | null> {
    const doc = await this.model
      .findOneAndUpdate(
        {
          _id: key,
          status: { $in: statusesBefore(to) },
          ...(to === 'EXPIRED' ? { expiresAt: { $lte: now } } : {}),
        },
        { $set: { status: to, updatedAt: now } },
        { returnDocument: 'before', session },
      )
      .lean<ReservationDocument>();
    return doc ? toDomain(doc) : null;
  }

  /** Keys of held reservations whose time is up, oldest first. */
  async findExpiredKeys(now: Date, limit: number): Promise<string[]> {
    const docs = await this.model
      .find({ status: 'HELD', expiresAt: { $lte: now } }, { _id: 1 })
      .sort({ expiresAt: 1 })
      .limit(limit)
      .lean<Pick<ReservationDocument, '_id'>[]>();
    return docs.map((doc) => doc._id);
  }
}
