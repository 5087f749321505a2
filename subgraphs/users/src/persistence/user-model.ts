import { Schema, type Connection, type Model } from 'mongoose';
import { LOCALES } from '../domain/user';

export interface UserDocument {
  _id: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  roles: string[];
  locale: (typeof LOCALES)[number];
  /** argon2id (PHC string); absent for a user who cannot log in with a password. */
  passwordHash?: string;
  createdAt: Date;
}

const userSchema = new Schema<UserDocument>(
  {
    _id: { type: String, required: true },
    displayName: { type: String, required: true },
    email: { type: String, default: null },
    phone: { type: String, default: null },
    roles: { type: [String], default: [] },
    locale: { type: String, required: true, enum: LOCALES },
    passwordHash: { type: String },
    createdAt: { type: Date, required: true },
  },
  { collection: 'users', versionKey: false },
);

// Partial, so that the users without an email (or a phone) do not collide on null.
userSchema.index(
  { email: 1 },
  { unique: true, name: 'email_unique', partialFilterExpression: { email: { $type: 'string' } } },
);
userSchema.index(
  { phone: 1 },
  { unique: true, name: 'phone_unique', partialFilterExpression: { phone: { $type: 'string' } } },
);

// Support's user lists, newest first, all users or those holding a role (see admin-user-filter).
userSchema.index({ createdAt: -1, _id: -1 }, { name: 'created_newest' });
userSchema.index({ roles: 1, createdAt: -1, _id: -1 }, { name: 'role_created_newest' });

export function userModel(db: Connection): Model<UserDocument> {
  return db.models.User ?? db.model<UserDocument>('User', userSchema);
}
