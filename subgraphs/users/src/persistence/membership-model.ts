import { ORGANIZATION_ROLES, type OrganizationRole } from '@dabba/subgraph-kit';
import { Schema, type Connection, type Model } from 'mongoose';

export interface MembershipDocument {
  _id: string;
  organizationId: string;
  userId: string;
  role: OrganizationRole;
  joinedAt: Date;
}

const membershipSchema = new Schema<MembershipDocument>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    userId: { type: String, required: true },
    role: { type: String, required: true, enum: ORGANIZATION_ROLES },
    joinedAt: { type: Date, required: true },
  },
  { collection: 'memberships', versionKey: false },
);

/** One membership per person and organisation: a second acceptance cannot add them twice. */
membershipSchema.index(
  { organizationId: 1, userId: 1 },
  { unique: true, name: 'organization_user_unique' },
);
/** Members in the order they joined, for Organization.members. */
membershipSchema.index({ organizationId: 1, joinedAt: 1, _id: 1 }, { name: 'organization_joined' });
/** A user's memberships, read on every session issue. */
membershipSchema.index({ userId: 1 }, { name: 'user' });

export function membershipModel(db: Connection): Model<MembershipDocument> {
  return db.models.Membership ?? db.model<MembershipDocument>('Membership', membershipSchema);
}
