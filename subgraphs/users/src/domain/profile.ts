import { invalidInput, type InvalidInput } from './auth-results';
import type { Address } from './address';
import type { DietaryPreference, NotificationOverrides } from './preferences';

/** A person's name as written in one language. */
export interface PersonName {
  givenName: string;
  familyName: string | null;
}

/** The name in English (required once a name is given) and, optionally, in Vietnamese. */
export interface LocalizedName {
  en: PersonName;
  vi: PersonName | null;
}

/** What a user tells us about themself beyond their account; kept apart from the account. */
export interface Profile {
  userId: string;
  name: LocalizedName | null;
  addresses: Address[];
  /** Null, or naming a removed address, means the first address is the default. */
  defaultAddressId: string | null;
  dietaryPreferences: DietaryPreference[];
  /** Oldest first. */
  favouriteStoreIds: string[];
  favouriteProductIds: string[];
  notifications: NotificationOverrides;
  /** The email address the user proved they hold; verified while it equals the account's. */
  verifiedEmail: string | null;
  verifiedPhone: string | null;
}

/** The profile of a user who has told us nothing yet. */
export function emptyProfile(userId: string): Profile {
  return {
    userId,
    name: null,
    addresses: [],
    defaultAddressId: null,
    dietaryPreferences: [],
    favouriteStoreIds: [],
    favouriteProductIds: [],
    notifications: {},
    verifiedEmail: null,
    verifiedPhone: null,
  };
}

export const NAME_PART_MAX_LENGTH = 60;
export const MAX_FAVOURITES = 500;
const CONTROL_CHARACTERS = /\p{Cc}/u;
/** Ids of other subgraphs' entities: we cannot check they exist, only that they look like ids. */
const REFERENCE_ID = /^[A-Za-z0-9_-]{1,128}$/;

function normalizeText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function namePartError(value: string): string | null {
  if (value.length === 0) return 'must not be blank';
  if ([...value].length > NAME_PART_MAX_LENGTH) {
    return `must be at most ${NAME_PART_MAX_LENGTH} characters`;
  }
  if (CONTROL_CHARACTERS.test(value)) return 'must not contain control characters';
  return null;
}

export interface PersonNameInput {
  givenName: string;
  familyName?: string | null;
}

function validatePersonName(input: PersonNameInput, path: string): PersonName | InvalidInput {
  const givenName = normalizeText(input.givenName);
  const givenError = namePartError(givenName);
  if (givenError) return invalidInput(`${path}.givenName`, `givenName ${givenError}`);
  if (input.familyName == null) return { givenName, familyName: null };
  const familyName = normalizeText(input.familyName);
  const familyError = namePartError(familyName);
  if (familyError) return invalidInput(`${path}.familyName`, `familyName ${familyError}`);
  return { givenName, familyName };
}

/** Normalizes both names (NFC, collapsed whitespace), or names the first field at fault. */
export function validateLocalizedName(input: {
  en: PersonNameInput;
  vi?: PersonNameInput | null;
}): LocalizedName | InvalidInput {
  const en = validatePersonName(input.en, 'en');
  if ('kind' in en) return en;
  if (input.vi == null) return { en, vi: null };
  const vi = validatePersonName(input.vi, 'vi');
  if ('kind' in vi) return vi;
  return { en, vi };
}

/**
 * The whole name in the order its language writes it: given name first in English ("Lan
 * Nguyen"), family name first in Vietnamese ("Nguyễn Thị Lan").
 */
export function fullName(name: PersonName, language: 'en' | 'vi'): string {
  if (!name.familyName) return name.givenName;
  return language === 'vi'
    ? `${name.familyName} ${name.givenName}`
    : `${name.givenName} ${name.familyName}`;
}

/** Null when `id` may name another subgraph's entity, else why not. */
export function referenceIdError(id: string): string | null {
  return REFERENCE_ID.test(id) ? null : 'must be an id of letters, digits, _ and -';
}

export function isVerified(verified: string | null, current: string | null): boolean {
  return current !== null && verified === current;
}
