import { Schema, type Connection, type Model } from 'mongoose';
import { CODE_PURPOSES, type CodePurpose } from '../domain/one-time-code';

/** The live code of one user for one purpose; `_id` is `<userId>:<purpose>`. */
export interface OneTimeCodeDocument {
  _id: string;
  userId: string;
  purpose: CodePurpose;
  target: string;
  /** SHA-256 of the code with its owner: the code itself is never stored. */
  codeHash: string;
  createdAt: Date;
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

const oneTimeCodeSchema = new Schema<OneTimeCodeDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    purpose: { type: String, required: true, enum: CODE_PURPOSES },
    target: { type: String, required: true },
    codeHash: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    attempts: { type: Number, required: true, min: 0 },
    consumedAt: { type: Date, default: null },
  },
  { collection: 'one_time_codes', versionKey: false },
);

/**
 * Kept a day past expiry, so a late attempt is still told the code expired; expiry itself is
 * checked on every use.
 */
oneTimeCodeSchema.index(
  { expiresAt: 1 },
  { name: 'expires_ttl', expireAfterSeconds: 24 * 60 * 60 },
);

export function oneTimeCodeModel(db: Connection): Model<OneTimeCodeDocument> {
  return db.models.OneTimeCode ?? db.model<OneTimeCodeDocument>('OneTimeCode', oneTimeCodeSchema);
}
