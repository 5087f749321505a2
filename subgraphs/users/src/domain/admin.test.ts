import { DomainError } from '@dabba/subgraph-kit';
import {
  parseUserCursor,
  parseUserSearch,
  platformRoles,
  prefixRange,
  revokeRoleProblem,
  userCursor,
  USER_SEARCH_MAX_LENGTH,
} from './admin';
import type { User } from './user';

const user: User = {
  id: 'usr_1',
  displayName: 'Lan',
  email: 'lan@example.vn',
  phone: '+84901234567',
  roles: ['CUSTOMER'],
  locale: 'VI',
  createdAt: new Date('2026-03-01T10:00:00.000Z'),
};

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof DomainError ? error.code : 'not a DomainError';
  }
  return undefined;
}

describe('user search', () => {
  it.each([
    [null, { by: 'all' }],
    ['   ', { by: 'all' }],
    ['0901 234 567', { by: 'phone', phone: '+84901234567' }],
    ['(+84) 90-123-4567', { by: 'phone', phone: '+84901234567' }],
    ['+1 415 555 2671', { by: 'phone', phone: '+14155552671' }],
    ['  Lan.Customer@Demo.dabba.dev ', { by: 'email', prefix: 'lan.customer@demo.dabba.dev' }],
    ['LAN', { by: 'email', prefix: 'lan' }],
    // Too short to be a phone number: the beginning of an address such as 0901abc@example.vn.
    ['0901', { by: 'email', prefix: '0901' }],
  ])('reads %j as %j', (search, expected) => {
    expect(parseUserSearch(search)).toEqual(expected);
  });

  it('refuses a search longer than an email address can be', () => {
    expect(codeOf(() => parseUserSearch('a'.repeat(USER_SEARCH_MAX_LENGTH)))).toBeUndefined();
    expect(codeOf(() => parseUserSearch('a'.repeat(USER_SEARCH_MAX_LENGTH + 1)))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('turns a prefix into the range of the strings that begin with it', () => {
    const { from, before } = prefixRange('lan.c');
    const inRange = (value: string) => value >= from && value < before;
    expect(before).toBe('lan.d');
    expect(['lan.c', 'lan.c@x.vn', 'lan.customer@demo.dabba.dev'].every(inRange)).toBe(true);
    expect(['lan.b@x.vn', 'lan.d', 'lan', 'lan.d@x.vn'].some(inRange)).toBe(false);
  });
});

describe('user cursors', () => {
  it('round-trips a position by creation for lists and phone searches', () => {
    for (const search of [parseUserSearch(null), parseUserSearch('0901234567')]) {
      expect(parseUserCursor(userCursor(search, user), search)).toEqual({
        by: 'created',
        at: user.createdAt,
        id: user.id,
      });
    }
  });

  it('round-trips a position by address for email searches', () => {
    const search = parseUserSearch('lan');
    expect(parseUserCursor(userCursor(search, user), search)).toEqual({
      by: 'email',
      email: 'lan@example.vn',
    });
  });

  it('refuses a cursor from another kind of search, or one it did not make', () => {
    const byEmail = userCursor(parseUserSearch('lan'), user);
    const byCreation = userCursor(parseUserSearch(null), user);
    expect(codeOf(() => parseUserCursor(byEmail, parseUserSearch(null)))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => parseUserCursor(byCreation, parseUserSearch('lan')))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(() => parseUserCursor('not-a-cursor', parseUserSearch(null)))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('platform roles', () => {
  it('lists known roles in a fixed order and leaves out unknown ones', () => {
    expect(platformRoles({ roles: ['ADMIN', 'LEGACY', 'CUSTOMER'] })).toEqual([
      'CUSTOMER',
      'ADMIN',
    ]);
  });

  it('lets an admin take any role from others but not ADMIN from themself', () => {
    expect(revokeRoleProblem('usr_admin', 'usr_admin', 'ADMIN')).toEqual({ kind: 'OwnAdminRole' });
    expect(revokeRoleProblem('usr_admin', 'usr_admin', 'SUPPORT')).toBeNull();
    expect(revokeRoleProblem('usr_admin', 'usr_other', 'ADMIN')).toBeNull();
  });
});
