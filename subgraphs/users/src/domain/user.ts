import { BadUserInputError, type Identity } from '@dabba/subgraph-kit';
import { emailError, normalizeEmail, normalizePhone, phoneError } from './contact';

export const LOCALES = ['EN', 'VI'] as const;
export type Locale = (typeof LOCALES)[number];

/** Everyone who signs up is a customer; other roles are granted by staff. */
export const DEFAULT_ROLES: readonly string[] = ['CUSTOMER'];

export interface User {
  id: string;
  displayName: string;
  /** Normalized to lower case; unique across users. */
  email: string | null;
  /** E.164; unique across users. */
  phone: string | null;
  roles: string[];
  locale: Locale;
  createdAt: Date;
}

export const DISPLAY_NAME_MAX_LENGTH = 60;
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

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** A user signs in with an email address, a phone number, or either when they have both. */
export interface NewUser {
  id: string;
  displayName: string;
  email?: string | null;
  phone?: string | null;
  roles?: readonly string[];
  locale: string;
  createdAt: Date;
}

/** Validates every field in a stable order (the first is the one to report alone). */
export function userFieldErrors(input: Omit<NewUser, 'id' | 'createdAt'>): FieldErrors {
  const errors: FieldErrors = {};
  if (input.email != null) {
    const email = emailError(input.email);
    if (email) errors.email = email;
  }
  if (input.phone != null) {
    const phone = phoneError(input.phone);
    if (phone) errors.phone = phone;
  }
  if (input.email == null && input.phone == null) errors.email = 'give an email or a phone number';
  const displayName = displayNameError(input.displayName);
  if (displayName) errors.displayName = displayName;
  if (!isLocale(input.locale)) errors.locale = `must be one of ${LOCALES.join(', ')}`;
  return errors;
}

/** Validates and normalizes every field, reporting all invalid ones at once. */
export function createUser(input: NewUser): User {
  const errors = userFieldErrors(input);
  if (input.id.trim().length === 0) errors.id = 'must not be blank';
  if (Object.keys(errors).length > 0) {
    throw new BadUserInputError('Invalid user', { fields: errors });
  }
  return {
    id: input.id,
    displayName: normalizeDisplayName(input.displayName),
    email: input.email == null ? null : normalizeEmail(input.email),
    phone: input.phone == null ? null : normalizePhone(input.phone),
    roles: [...(input.roles ?? DEFAULT_ROLES)],
    locale: input.locale as Locale,
    createdAt: input.createdAt,
  };
}

/** Whether the caller is this user signed in (an API key never is, whoever created it). */
export function isSelf(viewer: Identity, user: Pick<User, 'id'>): boolean {
  return viewer.kind === 'user' && viewer.userId !== null && viewer.userId === user.id;
}
