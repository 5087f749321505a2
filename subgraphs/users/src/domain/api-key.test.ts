import {
  apiKeyScopesError,
  formatApiKey,
  hashApiKeySecret,
  normalizeScopes,
  parseApiKey,
  secretMatches,
  shouldRecordUse,
} from './api-key';

const keyId = 'key_0123456789abcdef01234567';
const secret = 'S3cr3t-_'.repeat(6).slice(0, 43);

describe('API keys', () => {
  it('formats a key as dabba_<keyId>_<secret> and parses it back', () => {
    const key = formatApiKey(keyId, secret);
    expect(key).toBe(`dabba_${keyId}_${secret}`);
    expect(parseApiKey(key)).toEqual({ keyId, secret });
  });

  it('refuses anything not shaped like a key it issued', () => {
    expect(parseApiKey(`dabba_${keyId}_${secret}x`)).toBeNull();
    expect(parseApiKey(`dabba_key_XYZ_${secret}`)).toBeNull();
    expect(parseApiKey(`other_${keyId}_${secret}`)).toBeNull();
    expect(parseApiKey('')).toBeNull();
  });

  it('matches a secret against its stored hash only', () => {
    const hash = hashApiKeySecret(secret);
    expect(secretMatches(hash, secret)).toBe(true);
    expect(secretMatches(hash, `${secret.slice(0, 42)}A`)).toBe(false);
    expect(secretMatches('short', secret)).toBe(false);
  });

  it('grants at least one known scope, without repeats', () => {
    expect(apiKeyScopesError(['menus:read'])).toBeNull();
    expect(apiKeyScopesError([])).toBe('give at least one scope');
    expect(apiKeyScopesError(['menus:read', 'admin'])).toMatch(/^unknown scope admin; use /);
    expect(normalizeScopes(['orders:read', 'menus:read', 'orders:read'])).toEqual([
      'menus:read',
      'orders:read',
    ]);
  });

  it('records a use at most once a minute', () => {
    const now = new Date('2026-04-01T12:00:00.000Z');
    expect(shouldRecordUse(null, now)).toBe(true);
    expect(shouldRecordUse(new Date(now.getTime() - 59_999), now)).toBe(false);
    expect(shouldRecordUse(new Date(now.getTime() - 60_000), now)).toBe(true);
  });
});
