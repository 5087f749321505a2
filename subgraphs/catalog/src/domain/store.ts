import { BadUserInputError } from '@dabba/subgraph-kit';

export const STORE_KINDS = ['RESTAURANT', 'GROCERY'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export interface Store {
  id: string;
  name: string;
  kind: StoreKind;
  /** ISO 4217 code of every price in the store. */
  currency: string;
  /** The partner user who owns the store; a users-subgraph id. */
  ownerId: string;
  createdAt: Date;
}

/** A User as the catalog knows it: only the key, resolved by the users subgraph. */
export interface UserReference {
  __typename?: 'User';
  id: string;
}

export const STORE_NAME_MAX_LENGTH = 80;

// ICU's list of ISO 4217 codes, so the check follows the runtime's currency data.
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isCurrency(code: string): boolean {
  return CURRENCIES.has(code);
}

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
  ownerId: string;
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
  if (input.ownerId.trim().length === 0) errors.ownerId = 'must not be blank';
  if (Object.keys(errors).length > 0) {
    throw new BadUserInputError('Invalid store', { fields: errors });
  }
  return {
    id: input.id,
    name,
    kind: input.kind as StoreKind,
    currency: input.currency,
    ownerId: input.ownerId,
    createdAt: input.createdAt,
  };
}

/** The owner as a federation reference, for the gateway to resolve through the users subgraph. */
export function ownerReference(store: Pick<Store, 'ownerId'>): Required<UserReference> {
  return { __typename: 'User', id: store.ownerId };
}
