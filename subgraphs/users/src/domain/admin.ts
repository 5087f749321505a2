import { BadUserInputError, decodeCursor, encodeCursor } from '@dabba/subgraph-kit';
import { z } from 'zod';
import { normalizeEmail, normalizePhone } from './contact';
import type { TimePosition } from './position';
import type { User } from './user';

/** What a user may do on Dabba as a whole (organisation roles are separate: see membership). */
export const PLATFORM_ROLES = ['CUSTOMER', 'DRIVER', 'PARTNER', 'SUPPORT', 'ADMIN'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export function isPlatformRole(value: string): value is PlatformRole {
  return (PLATFORM_ROLES as readonly string[]).includes(value);
}

/** The user's platform roles, in the order of PLATFORM_ROLES; unknown ones are left out. */
export function platformRoles(user: Pick<User, 'roles'>): PlatformRole[] {
  return PLATFORM_ROLES.filter((role) => user.roles.includes(role));
}

/**
 * How support looks a user up: every user (newest first), by email address (case-insensitive,
 * the address or its beginning, in address order) or by phone number (exact, in E.164).
 */
export type UserSearch =
  { by: 'all' } | { by: 'email'; prefix: string } | { by: 'phone'; phone: string };

/** As long as the longest email address. */
export const USER_SEARCH_MAX_LENGTH = 254;

/** Digits, + and the separators people write phone numbers with. */
const PHONE_LIKE = /^[+\d\s().-]+$/;

/**
 * Reads what support typed: blank is every user; something that reads as a phone number (national
 * Vietnamese or international form) is that number; anything else is the beginning of an email
 * address.
 */
export function parseUserSearch(search: string | null | undefined): UserSearch {
  const text = (search ?? '').trim();
  if (text.length === 0) return { by: 'all' };
  if (text.length > USER_SEARCH_MAX_LENGTH) {
    throw new BadUserInputError(`search must be at most ${USER_SEARCH_MAX_LENGTH} characters`, {
      argument: 'search',
    });
  }
  if (PHONE_LIKE.test(text)) {
    const phone = normalizePhone(text);
    if (phone) return { by: 'phone', phone };
  }
  return { by: 'email', prefix: normalizeEmail(text) };
}

/**
 * The range of strings that begin with `prefix`: [prefix, prefix with its last character
 * advanced by one), so an index on the field answers a prefix search as one range scan.
 */
export function prefixRange(prefix: string): { from: string; before: string } {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { from: prefix, before: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

/** Where a page of users stops: by creation (newest first) or, for email searches, by address. */
export type UserPosition = ({ by: 'created' } & TimePosition) | { by: 'email'; email: string };

const positionSchema = z.union([
  z.object({ c: z.iso.datetime(), i: z.string().min(1) }).strict(),
  z.object({ e: z.string().min(1) }).strict(),
]);

/** The order a search lists users in. */
export function searchOrder(search: UserSearch): UserPosition['by'] {
  return search.by === 'email' ? 'email' : 'created';
}

export function userCursor(search: UserSearch, user: User): string {
  return searchOrder(search) === 'email'
    ? encodeCursor({ e: user.email })
    : encodeCursor({ c: user.createdAt.toISOString(), i: user.id });
}

/** A cursor made by another kind of search (or not by us) is a BAD_USER_INPUT. */
export function parseUserCursor(cursor: string, search: UserSearch): UserPosition {
  const position = decodeCursor(cursor, positionSchema);
  const order = searchOrder(search);
  if ('e' in position && order === 'email') return { by: 'email', email: position.e };
  if ('c' in position && order === 'created') {
    return { by: 'created', at: new Date(position.c), id: position.i };
  }
  throw new BadUserInputError('after belongs to another search', { argument: 'after' });
}

/** A platform role change that went through; `changed` is false when there was nothing to do. */
export interface RolesChanged {
  kind: 'RolesChanged';
  user: User;
  changed: boolean;
}

export interface UserNotFound {
  kind: 'UserNotFound';
  userId: string;
}

/** An admin may not take away their own ADMIN role, so Dabba cannot lose its last admin that way. */
export interface OwnAdminRole {
  kind: 'OwnAdminRole';
}

export function revokeRoleProblem(
  actorId: string,
  userId: string,
  role: PlatformRole,
): OwnAdminRole | null {
  return actorId === userId && role === 'ADMIN' ? { kind: 'OwnAdminRole' } : null;
}
