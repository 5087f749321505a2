import { BadUserInputError, hasRole, type Identity } from '@dabba/subgraph-kit';

export const LOCALES = ['EN', 'VI'] as const;
export type Locale = (typeof LOCALES)[number];

export interface User {
  id: string;
  displayName: string;
  /** Normalized to lower case; unique across users. */
  email: string;
  locale: Locale;
  createdAt: Date;
}

export const DISPLAY_NAME_MAX_LENGTH = 60;
const EMAIL_MAX_LENGTH = 254;
// Deliberately permissive: the only real check of an address is delivering mail to it.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTROL_CHARACTERS = /\p{Cc}/u;

export type FieldErrors = Record<string, string>;

export function displayNameError(displayName: string): string | null {
  const normalized = normalizeDisplayName(displayName);
  if (normalized.length === 0) return 'must not be blank';
  if ([...normalized].length > DISPLAY_NAME_MAX_LENGTH) {
    return `must be at most ${DISPLAY_NAME_MAX_LENGTH} characters`;
  }
  if (CONTROL_CHARACTERS.test(normalized)) return 'must not contain control characters';
  return null;
}

/** Trims and collapses runs of whitespace, so names compare and display consistently. */
export function normalizeDisplayName(displayName: string): string {
  return displayName.normalize('NFC').trim().replace(/\s+/g, ' ');
}

export function emailError(email: string): string | null {
  const normalized = normalizeEmail(email);
  if (normalized.length > EMAIL_MAX_LENGTH) return `must be at most ${EMAIL_MAX_LENGTH} characters`;
  return EMAIL.test(normalized) ? null : 'must be an email address';
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export interface NewUser {
  id: string;
  displayName: string;
  email: string;
  locale: string;
  createdAt: Date;
}

/** Validates and normalizes every field, reporting all invalid ones at once. */
export function createUser(input: NewUser): User {
  const errors: FieldErrors = {};
  const displayName = displayNameError(input.displayName);
  if (displayName) errors.displayName = displayName;
  const email = emailError(input.email);
  if (email) errors.email = email;
  if (!isLocale(input.locale)) errors.locale = `must be one of ${LOCALES.join(', ')}`;
  if (input.id.trim().length === 0) errors.id = 'must not be blank';
  if (Object.keys(errors).length > 0) {
    throw new BadUserInputError('Invalid user', { fields: errors });
  }
  return {
    id: input.id,
    displayName: normalizeDisplayName(input.displayName),
    email: normalizeEmail(input.email),
    locale: input.locale as Locale,
    createdAt: input.createdAt,
  };
}

export const EMAIL_READER_ROLES = ['SUPPORT', 'ADMIN'] as const;

/** An email address is personal data: only its owner and staff who need it may read it. */
export function canReadEmail(viewer: Identity, user: Pick<User, 'id'>): boolean {
  if (viewer.kind === 'user' && viewer.userId === user.id) return true;
  return hasRole(viewer, ...EMAIL_READER_ROLES);
}
