/**
 * A partner organisation: the restaurant group or grocer whose stores, menus and orders it owns.
 * None of these facts ever changes once it is created (and it is never deleted), so a reader may
 * keep it as long as it likes (see organization-reads.ts). How many OWNERs it has changes, and is
 * the persistence's alone (OrganizationRepository's owner count).
 */
export interface Organization {
  /** `org_…` */
  id: string;
  name: string;
  /** The user who created it, its first OWNER. */
  createdBy: string;
  createdAt: Date;
}

export const ORGANIZATION_NAME_MAX_LENGTH = 80;
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** Trims and collapses runs of whitespace (NFC), so names compare and display consistently. */
export function normalizeOrganizationName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** Why this name cannot be an organisation's, or null when it can. */
export function organizationNameError(name: string): string | null {
  const normalized = normalizeOrganizationName(name);
  if (normalized.length === 0) return 'must not be blank';
  if ([...normalized].length > ORGANIZATION_NAME_MAX_LENGTH) {
    return `must be at most ${ORGANIZATION_NAME_MAX_LENGTH} characters`;
  }
  if (CONTROL_CHARACTERS.test(normalized)) return 'must not contain control characters';
  return null;
}

/** Idempotency keys are chosen by clients (a UUID is typical); bounded so they stay index keys. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 128;

export function idempotencyKeyError(key: string): string | null {
  if (key.trim().length === 0) return 'must not be blank';
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) {
    return `must be at most ${IDEMPOTENCY_KEY_MAX_LENGTH} characters`;
  }
  return null;
}

/** The platform role every organisation member holds beside their organisation role. */
export const PARTNER_ROLE = 'PARTNER';
