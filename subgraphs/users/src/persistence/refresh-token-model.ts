import { Schema, type Connection, type Model } from 'mongoose';

export interface RefreshTokenDocument {
  /** SHA-256 of the token (base64url): the token itself is never stored. */
  _id: string;
  userId: string;
  familyId: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

const refreshTokenSchema = new Schema<RefreshTokenDocument>(
  {
    _id: { type: String, required: true },
    userId: { type: String, required: true },
    familyId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    usedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'refresh_tokens', versionKey: false },
);

/** MongoDB deletes expired tokens itself; expiry is still checked on use, as the sweep lags. */
refreshTokenSchema.index({ expiresAt: 1 }, { name: 'expires_ttl', expireAfterSeconds: 0 });
refreshTokenSchema.index({ familyId: 1 }, { name: 'family' });
refreshTokenSchema.index({ userId: 1 }, { name: 'user' });

export function refreshTokenModel(db: Connection): Model<RefreshTokenDocument> {
  return (
    db.models.RefreshToken ?? db.model<RefreshTokenDocument>('RefreshToken', refreshTokenSchema)
  );
}
