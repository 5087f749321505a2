import {
  CODE_RESEND_INTERVAL_MS,
  CODE_TTL_MS,
  MAX_CODE_ATTEMPTS,
  checkCode,
  codeFailureOf,
  generateCode,
  hashCode,
  isWellFormedCode,
  newOneTimeCode,
  resendWaitSeconds,
  type CodeOwner,
  type OneTimeCode,
} from './one-time-code';

const owner: CodeOwner = { userId: 'usr_1', purpose: 'EMAIL_VERIFICATION', target: 'a@b.co' };
const now = new Date('2026-03-01T10:00:00.000Z');
const at = (ms: number) => new Date(now.getTime() + ms);

function stored(overrides: Partial<OneTimeCode> = {}): OneTimeCode {
  return { ...newOneTimeCode(owner, '123456', now), ...overrides };
}

describe('generateCode', () => {
  it('gives six digits, leading zeros kept, and not always the same', () => {
    const codes = Array.from({ length: 200 }, generateCode);
    for (const code of codes) expect(code).toMatch(/^\d{6}$/);
    expect(new Set(codes).size).toBeGreaterThan(190);
  });
});

describe('isWellFormedCode', () => {
  it('accepts exactly six digits', () => {
    expect(isWellFormedCode('012345')).toBe(true);
    expect(isWellFormedCode('12345')).toBe(false);
    expect(isWellFormedCode('1234567')).toBe(false);
    expect(isWellFormedCode('12345a')).toBe(false);
    expect(isWellFormedCode(' 123456')).toBe(false);
  });
});

describe('hashCode', () => {
  it('is bound to the user, the purpose and the target, and never holds the code', () => {
    const hash = hashCode(owner, '123456');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('123456');
    expect(hashCode(owner, '123456')).toBe(hash);
    expect(hashCode({ ...owner, userId: 'usr_2' }, '123456')).not.toBe(hash);
    expect(hashCode({ ...owner, purpose: 'PASSWORD_RESET' }, '123456')).not.toBe(hash);
    expect(hashCode({ ...owner, target: 'c@d.co' }, '123456')).not.toBe(hash);
  });
});

describe('newOneTimeCode', () => {
  it('expires ten minutes after it is made, with no attempts and unused', () => {
    expect(stored()).toEqual({
      ...owner,
      codeHash: hashCode(owner, '123456'),
      createdAt: now,
      expiresAt: at(CODE_TTL_MS),
      attempts: 0,
      consumedAt: null,
    });
  });
});

describe('resendWaitSeconds', () => {
  it('asks to wait until a minute after the last code, rounding up', () => {
    expect(resendWaitSeconds(null, now)).toBe(0);
    expect(resendWaitSeconds(stored(), now)).toBe(60);
    expect(resendWaitSeconds(stored(), at(59_001))).toBe(1);
    expect(resendWaitSeconds(stored(), at(CODE_RESEND_INTERVAL_MS))).toBe(0);
  });
});

describe('checkCode', () => {
  it('matches the right code while it is live', () => {
    expect(checkCode(stored(), owner, '123456', at(CODE_TTL_MS - 1))).toEqual({ kind: 'MATCH' });
  });

  it('counts a wrong code against a live code only', () => {
    expect(checkCode(stored(), owner, '654321', now)).toEqual({
      kind: 'MISMATCH',
      countAttempt: true,
    });
    expect(checkCode(stored({ attempts: MAX_CODE_ATTEMPTS }), owner, '654321', now)).toEqual({
      kind: 'MISMATCH',
      countAttempt: false,
    });
    expect(checkCode(stored(), owner, '654321', at(CODE_TTL_MS))).toEqual({
      kind: 'MISMATCH',
      countAttempt: false,
    });
  });

  it('treats a missing code, a malformed one and a used one as a mismatch', () => {
    expect(checkCode(null, owner, '123456', now)).toEqual({
      kind: 'MISMATCH',
      countAttempt: false,
    });
    expect(checkCode(stored(), owner, '12345', now)).toEqual({
      kind: 'MISMATCH',
      countAttempt: false,
    });
    expect(checkCode(stored({ consumedAt: now }), owner, '123456', now)).toEqual({
      kind: 'MISMATCH',
      countAttempt: false,
    });
  });

  it('does not match a code sent to another address or for another purpose', () => {
    expect(checkCode(stored(), { ...owner, target: 'new@b.co' }, '123456', now).kind).toBe(
      'MISMATCH',
    );
    expect(checkCode(stored(), { ...owner, purpose: 'PASSWORD_RESET' }, '123456', now).kind).toBe(
      'MISMATCH',
    );
  });

  it('tells the holder of the right code that it expired or is dead', () => {
    expect(checkCode(stored(), owner, '123456', at(CODE_TTL_MS))).toEqual({ kind: 'EXPIRED' });
    expect(checkCode(stored({ attempts: MAX_CODE_ATTEMPTS }), owner, '123456', now)).toEqual({
      kind: 'EXHAUSTED',
    });
    expect(checkCode(stored({ attempts: MAX_CODE_ATTEMPTS - 1 }), owner, '123456', now)).toEqual({
      kind: 'MATCH',
    });
  });
});

describe('codeFailureOf', () => {
  it('maps each failed check to its result code', () => {
    expect(codeFailureOf({ kind: 'MISMATCH', countAttempt: true })).toBe('INVALID_CODE');
    expect(codeFailureOf({ kind: 'EXPIRED' })).toBe('CODE_EXPIRED');
    expect(codeFailureOf({ kind: 'EXHAUSTED' })).toBe('TOO_MANY_ATTEMPTS');
  });
});
