import { Schema, type Connection, type Model } from 'mongoose';
import { LOCALES } from '../domain/user';

export interface UserDocument {
  _id: string;
  displayName: string;
  email: string;
  locale: (typeof LOCALES)[number];
  createdAt: Date;
}

const userSchema = new Schema<UserDocument>(
  {
    _id: { type: String, required: true },
    displayName: { type: String, required: true },
    email: { type: String, required: true },
    locale: { type: String, required: true, enum: LOCALES },
    createdAt: { type: Date, required: true },
  },
  { collection: 'users', versionKey: false },
);

userSchema.index({ email: 1 }, { unique: true, name: 'email_unique' });

export function userModel(db: Connection): Model<UserDocument> {
  return db.models.User ?? db.model<UserDocument>('User', userSchema);
}
