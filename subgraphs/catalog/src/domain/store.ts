import { BadUserInputError, isCurrency } from '@dabba/subgraph-kit';

export const STORE_KINDS = ['RESTAURANT', 'GROCERY'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface Store {
  id: string;
  name: string;
  kind: StoreKind;
  /** ISO 4217 code of every price in the store. */
  currency: string;
  /** The partner organisation that owns the store; a users-subgraph id (`org_…`). */
  organizationId: string;
  createdAt: Date;
}

/** An Organization as the catalog knows it: only the key, resolved by the users subgraph. */
export interface OrganizationReference {
  __typename?: 'Organization';
  id: string;
}

export const STORE_NAME_MAX_LENGTH = 80;

export function isStoreKind(value: string): value is StoreKind {
  return (STORE_KINDS as readonly string[]).includes(value);
}

export function normalizeStoreName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export interface NewStore {
  id: string;
  name: string;
  kind: string;
  currency: string;
  organizationId: string;
  createdAt: Date;
}

/** Validates and normalizes every field, reporting all invalid ones at once. */
export function createStore(input: NewStore): Store {
  const errors: Record<string, string> = {};
  const name = normalizeStoreName(input.name);
  if (name.length === 0) errors.name = 'must not be blank';
  else if ([...name].length > STORE_NAME_MAX_LENGTH) {
    errors.name = `must be at most ${STORE_NAME_MAX_LENGTH} characters`;
  }
  if (!isStoreKind(input.kind)) errors.kind = `must be one of ${STORE_KINDS.join(', ')}`;
  if (!isCurrency(input.currency)) errors.currency = 'must be an ISO 4217 currency code';
  if (input.id.trim().length === 0) errors.id = 'must not be blank';
  if (input.organizationId.trim().length === 0) errors.organizationId = 'must not be blank';
  if (Object.keys(errors).length > 0) {
    throw new BadUserInputError('Invalid store', { fields: errors });
  }
  return {
    id: input.id,
    name,
    kind: input.kind as StoreKind,
    currency: input.currency,
    organizationId: input.organizationId,
    createdAt: input.createdAt,
  };
}

/** The owning organisation as a federation reference (resolved by the users subgraph). */
export function organizationReference(
  store: Pick<Store, 'organizationId'>,
): Required<OrganizationReference> {
  return { __typename: 'Organization', id: store.organizationId };
}
