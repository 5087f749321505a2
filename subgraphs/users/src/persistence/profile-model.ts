import { Schema, type Connection, type Model } from 'mongoose';
import { DIETARY_PREFERENCES, type NotificationOverrides } from '../domain/preferences';

export interface AddressDocument {
  id: string;
  label: string;
  lines: string[];
  notes: string | null;
  location: { lat: number; lng: number };
}

export interface PersonNameDocument {
  givenName: string;
  familyName: string | null;
}

/** One per user who has told us anything beyond their account; `_id` is the user's id. */
export interface ProfileDocument {
  _id: string;
  name: { en: PersonNameDocument; vi: PersonNameDocument | null } | null;
  addresses: AddressDocument[];
  defaultAddressId: string | null;
  dietaryPreferences: string[];
  favouriteStoreIds: string[];
  favouriteProductIds: string[];
  notifications: NotificationOverrides;
  verifiedEmail: string | null;
  verifiedPhone: string | null;
  updatedAt: Date;
}

const personNameSchema = new Schema<PersonNameDocument>(
  { givenName: { type: String, required: true }, familyName: { type: String, default: null } },
  { _id: false },
);

const addressSchema = new Schema<AddressDocument>(
  {
    id: { type: String, required: true },
    label: { type: String, required: true },
    lines: { type: [String], required: true },
    notes: { type: String, default: null },
    location: {
      lat: { type: Number, required: true, min: -90, max: 90 },
      lng: { type: Number, required: true, min: -180, max: 180 },
    },
  },
  { _id: false },
);

const channelSchema = new Schema(
  { ORDER_UPDATES: { type: Boolean }, PROMOTIONS: { type: Boolean } },
  { _id: false },
);

const profileSchema = new Schema<ProfileDocument>(
  {
    _id: { type: String, required: true },
    name: {
      type: new Schema(
        { en: { type: personNameSchema, required: true }, vi: { type: personNameSchema } },
        { _id: false },
      ),
      default: null,
    },
    addresses: { type: [addressSchema], default: [] },
    defaultAddressId: { type: String, default: null },
    dietaryPreferences: { type: [String], enum: DIETARY_PREFERENCES, default: [] },
    favouriteStoreIds: { type: [String], default: [] },
    favouriteProductIds: { type: [String], default: [] },
    notifications: {
      type: new Schema(
        {
          EMAIL: { type: channelSchema },
          SMS: { type: channelSchema },
          PUSH: { type: channelSchema },
        },
        { _id: false },
      ),
      default: {},
    },
    verifiedEmail: { type: String, default: null },
    verifiedPhone: { type: String, default: null },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'profiles', versionKey: false },
);

export function profileModel(db: Connection): Model<ProfileDocument> {
  return db.models.Profile ?? db.model<ProfileDocument>('Profile', profileSchema);
}
