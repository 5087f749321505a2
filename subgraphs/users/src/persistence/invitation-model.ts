import { ORGANIZATION_ROLES, type OrganizationRole } from '@dabba/subgraph-kit';
import { Schema, type Connection, type Model } from 'mongoose';

export interface InvitationDocument {
  _id: string;
  organizationId: string;
  email: string | null;
  phone: string | null;
  role: OrganizationRole;
  /** SHA-256 of the token (base64url): the token itself is only in the message sent. */
  tokenHash: string;
  invitedBy: string;
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  acceptedBy: string | null;
  revokedAt: Date | null;
}

const invitationSchema = new Schema<InvitationDocument>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    email: { type: String, default: null },
    phone: { type: String, default: null },
    role: { type: String, required: true, enum: ORGANIZATION_ROLES },
    tokenHash: { type: String, required: true },
    invitedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
    acceptedAt: { type: Date, default: null },
    acceptedBy: { type: String, default: null },
    revokedAt: { type: Date, default: null },
  },
  { collection: 'invitations', versionKey: false },
);

invitationSchema.index({ tokenHash: 1 }, { unique: true, name: 'token_unique' });
/** The organisation's invitations newest first, the id breaking ties, for Organization.invitations. */
invitationSchema.index(
  { organizationId: 1, createdAt: -1, _id: -1 },
  { name: 'organization_newest' },
);
/** Invitations are kept 30 days past their expiry (what happened to them), then removed. */
invitationSchema.index(
  { expiresAt: 1 },
  { name: 'expires_ttl', expireAfterSeconds: 30 * 24 * 60 * 60 },
);

export function invitationModel(db: Connection): Model<InvitationDocument> {
  return db.models.Invitation ?? db.model<InvitationDocument>('Invitation', invitationSchema);
}
