import { Schema, type Connection, type Model } from 'mongoose';

export interface OrganizationDocument {
  _id: string;
  name: string;
  createdBy: string;
  createdAt: Date;
  /**
   * How many of its members are OWNERs. Kept on the organisation so that demoting or removing an
   * owner is one conditional update (`ownerCount > 1`): two owners demoting each other at once
   * cannot leave it without one.
   */
  ownerCount: number;
  /** The creator's idempotency key: a replay of createOrganization finds the organisation by it. */
  idempotencyKey: string | null;
}

const organizationSchema = new Schema<OrganizationDocument>(
  {
    _id: { type: String, required: true },
    name: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    ownerCount: { type: Number, required: true, min: 0 },
    idempotencyKey: { type: String, default: null },
  },
  { collection: 'organizations', versionKey: false },
);

organizationSchema.index(
  { createdBy: 1, idempotencyKey: 1 },
  {
    unique: true,
    name: 'creator_idempotency_unique',
    partialFilterExpression: { idempotencyKey: { $type: 'string' } },
  },
);

export function organizationModel(db: Connection): Model<OrganizationDocument> {
  return (
    db.models.Organization ?? db.model<OrganizationDocument>('Organization', organizationSchema)
  );
}
