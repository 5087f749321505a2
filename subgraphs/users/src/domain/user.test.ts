import { ANONYMOUS, BadUserInputError, type Identity } from '@dabba/subgraph-kit';
import { emailError } from './contact';
import { isSelf, createUser, displayNameError, normalizeDisplayName, type NewUser } from './user';

const valid: NewUser = {
  id: 'usr_1',
  displayName: '  Nguyễn   Thị Lan ',
  email: ' Lan.Nguyen@Example.COM ',
  locale: 'VI',
  createdAt: new Date('2026-01-01T00:00:00Z'),
};

function viewer(overrides: Partial<Identity>): Identity {
  return { ...ANONYMOUS, kind: 'user', userId: 'usr_viewer', ...overrides };
}

describe('createUser', () => {
  it('normalizes the display name and email', () => {
    expect(createUser(valid)).toEqual({
      id: 'usr_1',
      displayName: 'Nguyễn Thị Lan',
      email: 'lan.nguyen@example.com',
      phone: null,
      roles: ['CUSTOMER'],
      locale: 'VI',
      createdAt: valid.createdAt,
    });
  });

  it('reports every invalid field at once', () => {
    try {
      createUser({ ...valid, id: ' ', displayName: '   ', email: 'lan@', locale: 'FR' });
      throw new Error('expected a BadUserInputError');
    } catch (error) {
      expect(error).toBeInstanceOf(BadUserInputError);
      expect((error as BadUserInputError).details).toEqual({
        fields: {
          id: 'must not be blank',
          displayName: 'must not be blank',
          email: 'must be an email address',
          locale: 'must be one of EN, VI',
        },
      });
    }
  });
});

describe('display names', () => {
  it('collapses whitespace', () => {
    expect(normalizeDisplayName(' Minh \t Tran\n')).toBe('Minh Tran');
  });

  it('counts characters, not UTF-16 units', () => {
    expect(displayNameError('😀'.repeat(60))).toBeNull();
    expect(displayNameError('😀'.repeat(61))).toBe('must be at most 60 characters');
  });

  it('rejects control characters', () => {
    expect(displayNameError('Minh\u0000Tran')).toBe('must not contain control characters');
  });
});

describe('emails', () => {
  it.each(['a@b.vn', 'first.last+food@example.co.in'])('accepts %s', (email) => {
    expect(emailError(email)).toBeNull();
  });

  it.each(['', 'no-at-sign', 'two@@example.com', 'space in@example.com', 'a@b'])(
    'rejects %j',
    (email) => {
      expect(emailError(email)).toBe('must be an email address');
    },
  );

  it('rejects overlong addresses', () => {
    expect(emailError(`${'a'.repeat(250)}@b.vn`)).toBe('must be at most 254 characters');
  });
});

describe('isSelf', () => {
  const user = { id: 'usr_1' };

  it('is the user signed in as themself', () => {
    expect(isSelf(viewer({ userId: 'usr_1' }), user)).toBe(true);
  });

  it('is nobody else, whatever their roles', () => {
    expect(isSelf(viewer({ userId: 'usr_2', roles: ['ADMIN'] }), user)).toBe(false);
    expect(isSelf(ANONYMOUS, user)).toBe(false);
  });

  it('does not treat an API key as the user it names', () => {
    expect(isSelf(viewer({ kind: 'apiKey', userId: 'usr_1' }), user)).toBe(false);
  });
});
