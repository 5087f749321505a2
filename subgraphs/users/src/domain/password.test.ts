import { judgePassword, PASSWORD_MAX_LENGTH } from './password';

describe('judgePassword', () => {
  it('accepts a long, unguessable passphrase', () => {
    expect(judgePassword('tamarind chutney on a monsoon night')).toEqual({ ok: true });
  });

  it('refuses fewer than 10 characters, however random', () => {
    expect(judgePassword('x7#Qp!2z')).toMatchObject({
      ok: false,
      message: 'Use at least 10 characters.',
    });
  });

  it.each(['password123', 'qwertyuiop', '1234567890', 'iloveyou2026'])(
    'refuses the guessable %s with suggestions',
    (password) => {
      const verdict = judgePassword(password);
      expect(verdict.ok).toBe(false);
      expect(verdict.ok || verdict.suggestions.length).toBeGreaterThan(0);
    },
  );

  it('counts what others know about the user as guessable', () => {
    const password = 'mai.nguyen.example';
    expect(judgePassword(password, ['mai.nguyen.example', 'Mai Nguyen']).ok).toBe(false);
  });

  it('refuses overlong passwords before estimating them', () => {
    expect(judgePassword('a'.repeat(PASSWORD_MAX_LENGTH + 1))).toMatchObject({
      ok: false,
      tooLong: true,
    });
  });
});
