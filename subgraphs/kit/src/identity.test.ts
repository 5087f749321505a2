import { createHmac } from 'node:crypto';
import { UnauthenticatedError } from './errors';
import {
  ANONYMOUS,
  IDENTITY_HEADER,
  IDENTITY_SIGNATURE_HEADER,
  MAX_IDENTITY_AGE_MS,
  signIdentity,
  verifyIdentity,
  type Identity,
} from './identity';

const SECRET = 'identity-test-secret-of-32-chars!';
const NOW = Date.UTC(2026, 10, 21, 9, 30);
const customer: Identity = {
  kind: 'user',
  userId: 'user-1',
  roles: ['CUSTOMER'],
  organizations: [{ organizationId: 'org-1', role: 'OWNER' }],
  scopes: [],
};

function rejection(run: () => unknown): UnauthenticatedError {
  try {
    run();
  } catch (error) {
    if (error instanceof UnauthenticatedError) return error;
    throw error;
  }
  throw new Error('expected an UnauthenticatedError');
}

describe('identity headers', () => {
  it('round-trips a signed identity', () => {
    const headers = signIdentity(customer, SECRET, NOW);
    expect(Object.keys(headers).sort()).toEqual([IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER]);
    expect(headers[IDENTITY_SIGNATURE_HEADER]).toMatch(new RegExp(`^t=${NOW},v1=[0-9a-f]{64}$`));
    expect(verifyIdentity(headers, SECRET, NOW + 1_000)).toEqual(customer);
  });

  it('round-trips the anonymous identity', () => {
    expect(verifyIdentity(signIdentity(ANONYMOUS, SECRET, NOW), SECRET, NOW)).toEqual(ANONYMOUS);
  });

  it('rejects missing headers', () => {
    const headers = signIdentity(customer, SECRET, NOW);
    expect(rejection(() => verifyIdentity({}, SECRET, NOW)).message).toBe(
      'Missing caller identity',
    );
    expect(() =>
      verifyIdentity({ [IDENTITY_HEADER]: headers[IDENTITY_HEADER] }, SECRET, NOW),
    ).toThrow(UnauthenticatedError);
    expect(() =>
      verifyIdentity(
        { [IDENTITY_SIGNATURE_HEADER]: headers[IDENTITY_SIGNATURE_HEADER] },
        SECRET,
        NOW,
      ),
    ).toThrow(UnauthenticatedError);
  });

  it('rejects a payload altered after signing', () => {
    const headers = signIdentity(customer, SECRET, NOW);
    const escalated = Buffer.from(JSON.stringify({ ...customer, roles: ['ADMIN'] })).toString(
      'base64url',
    );
    const error = rejection(() =>
      verifyIdentity({ ...headers, [IDENTITY_HEADER]: escalated }, SECRET, NOW),
    );
    expect(error.message).toBe('Invalid identity signature');
  });

  it('rejects a signature made with another secret', () => {
    const headers = signIdentity(customer, 'another-secret-that-is-32-chars!!', NOW);
    expect(rejection(() => verifyIdentity(headers, SECRET, NOW)).message).toBe(
      'Invalid identity signature',
    );
  });

  it('rejects a timestamp moved after signing', () => {
    const headers = signIdentity(customer, SECRET, NOW - 10 * MAX_IDENTITY_AGE_MS);
    const moved = headers[IDENTITY_SIGNATURE_HEADER]!.replace(/^t=\d+/, `t=${NOW}`);
    expect(
      rejection(() =>
        verifyIdentity({ ...headers, [IDENTITY_SIGNATURE_HEADER]: moved }, SECRET, NOW),
      ).message,
    ).toBe('Invalid identity signature');
  });

  it('rejects malformed signatures', () => {
    const headers = signIdentity(customer, SECRET, NOW);
    for (const signature of ['v1=abc', `t=${NOW},v1=xyz`, `t=${NOW}`, 'garbage']) {
      expect(
        rejection(() =>
          verifyIdentity({ ...headers, [IDENTITY_SIGNATURE_HEADER]: signature }, SECRET, NOW),
        ).message,
      ).toBe('Malformed identity signature');
    }
  });

  it('accepts signatures up to the maximum age and rejects older or future ones', () => {
    const headers = signIdentity(customer, SECRET, NOW);
    expect(verifyIdentity(headers, SECRET, NOW + MAX_IDENTITY_AGE_MS)).toEqual(customer);
    expect(
      rejection(() => verifyIdentity(headers, SECRET, NOW + MAX_IDENTITY_AGE_MS + 1)).message,
    ).toBe('Stale identity signature');
    expect(() => verifyIdentity(headers, SECRET, NOW - MAX_IDENTITY_AGE_MS - 1)).toThrow(
      'Stale identity signature',
    );
  });

  it('rejects a correctly signed payload that is not an identity', () => {
    const payload = Buffer.from(JSON.stringify({ kind: 'root' })).toString('base64url');
    const hmac = createHmac('sha256', SECRET).update(`${NOW}.${payload}`).digest('hex');
    const headers = {
      [IDENTITY_HEADER]: payload,
      [IDENTITY_SIGNATURE_HEADER]: `t=${NOW},v1=${hmac}`,
    };
    expect(rejection(() => verifyIdentity(headers, SECRET, NOW)).message).toBe(
      'Malformed identity',
    );
  });

  it('refuses to sign an invalid identity', () => {
    expect(() => signIdentity({ ...customer, roles: 'ADMIN' } as never, SECRET, NOW)).toThrow();
  });
});
