import { API_KEY_SCOPES, type ApiKeyScope } from '@dabba/subgraph-kit';
import { Schema, type Connection, type Model } from 'mongoose';

export interface ApiKeyDocument {
  /** The key id, `key_…`: the key names it, so verification is one lookup by _id. */
  _id: string;
  organizationId: string;
  name: string;
  scopes: ApiKeyScope[];
  /** SHA-256 of the secret (base64url); the secret itself is never stored. */
  secretHash: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  idempotencyKey: string | null;
}

const apiKeySchema = new Schema<ApiKeyDocument>(
  {
    _id: { type: String, required: true },
    organizationId: { type: String, required: true },
    name: { type: String, required: true },
    scopes: { type: [{ type: String, enum: API_KEY_SCOPES }], required: true },
    secretHash: { type: String, required: true },
    createdBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
    lastUsedAt: { type: Date, default: null },
    revokedAt: { type: Date, default: null },
    idempotencyKey: { type: String, default: null },
  },
  { collection: 'api_keys', versionKey: false },
);

/** The organisation's keys newest first, the id breaking ties, for Organization.apiKeys. */
apiKeySchema.index({ organizationId: 1, createdAt: -1, _id: -1 }, { name: 'organization_newest' });
apiKeySchema.index(
  { organizationId: 1, createdBy: 1, idempotencyKey: 1 },
  {
    unique: true,
    name: 'creator_idempotency_unique',
    partialFilterExpression: { idempotencyKey: { $type: 'string' } },
  },
);

export function apiKeyModel(db: Connection): Model<ApiKeyDocument> {
  return db.models.ApiKey ?? db.model<ApiKeyDocument>('ApiKey', apiKeySchema);
}
