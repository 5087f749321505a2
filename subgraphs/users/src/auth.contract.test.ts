import { generateKeyPairSync, randomUUID } from 'node:crypto';
import {
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { jwtVerify, type KeyLike } from 'jose';
import { usersSubgraph } from './index';
import { DEMO_PASSWORD } from './seed';

const SECRET = 'users-auth-contract-test-secret-32c';
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const PASSWORD = 'correct horse battery staple 42';
/** Unique per run, so counters left in a shared Redis by an earlier run do not interfere. */
const run = randomUUID().slice(0, 8);

const SESSION = `accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt user { id email }`;
const ERROR = `... on AuthError { __typename code message }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) {
  __typename ... on AuthSession { ${SESSION} } ${ERROR}
  ... on InvalidInput { field } ... on WeakPassword { suggestions } ... on AccountExists { field } } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) {
  __typename ... on AuthSession { ${SESSION} } ${ERROR}
  ... on InvalidInput { field } ... on TooManyAttempts { retryAfterSeconds } } }`;
const REFRESH = `mutation ($token: String!) { refreshSession(refreshToken: $token) {
  __typename ... on AuthSession { ${SESSION} } ${ERROR} } }`;
const LOG_OUT = `mutation ($token: String!) { logOut(refreshToken: $token) { ... on LoggedOut { success } } }`;
const CHANGE_PASSWORD = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) {
  __typename ... on PasswordChanged { revokedSessions session { refreshToken } } ${ERROR} } }`;

interface Session {
  __typename: string;
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  user: { id: string; email: string | null };
  code?: string;
  field?: string;
  retryAfterSeconds?: number;
}

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

function from(ip: string): Identity {
  return {
    kind: 'anonymous',
    userId: null,
    roles: [],
    organizations: [],
    scopes: [],
    clientIp: ip,
  };
}

async function mutate(
  document: string,
  variables: Record<string, unknown>,
  identity: Identity = from(`10.0.0.1-${run}`),
): Promise<Session> {
  const result = await query<Record<string, Session>>(document, variables, identity);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0]!;
}

const signUp = (input: Record<string, unknown>) => mutate(SIGN_UP, { input });
const logIn = (input: Record<string, unknown>, ip?: string) =>
  mutate(LOG_IN, { input }, ip ? from(ip) : undefined);
const refresh = (token: string) => mutate(REFRESH, { token });

beforeAll(async () => {
  const env = {
    IDENTITY_SECRET: SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    AUTH_JWT_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    AUTH_JWT_KEY_ID: 'test-key',
    ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
  };
  subgraph = await startSubgraph(usersSubgraph, { env, port: 0 });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('accounts and sessions', () => {
  const email = `mai.${run}@example.vn`;
  let userId: string;

  it('signs a customer up, logs them in and issues an access token the gateway verifies', async () => {
    const created = await signUp({
      email: ` Mai.${run}@Example.VN `,
      password: PASSWORD,
      displayName: 'Mai',
    });
    expect(created).toMatchObject({ __typename: 'AuthSession', user: { email: null } });
    userId = created.user.id;

    const session = await logIn({ email, password: PASSWORD });
    expect(session.__typename).toBe('AuthSession');
    const { payload, protectedHeader } = await jwtVerify(
      session.accessToken,
      publicKey as KeyLike,
      {
        issuer: 'dabba.users',
        audience: 'dabba.gateway',
        algorithms: ['EdDSA'],
      },
    );
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: 'test-key' });
    expect(payload).toMatchObject({ sub: userId, roles: ['CUSTOMER'], orgs: [] });
    expect(payload.sid).toMatch(/^ses_/);
    expect(payload.jti).toEqual(expect.any(String));
    expect(payload.exp! - payload.iat!).toBe(900);
    expect(new Date(session.accessTokenExpiresAt).getTime()).toBe(payload.exp! * 1000);
  });

  it('answers me for the signed-in user and null for anonymous callers', async () => {
    const me = await query('{ me { id email } }', undefined, userIdentity(userId));
    expect(me.data).toEqual({ me: { id: userId, email } });
    expect((await query('{ me { id } }')).data).toEqual({ me: null });
  });

  it('rotates refresh tokens, and revokes the whole session when an old one is reused', async () => {
    const first = await logIn({ email, password: PASSWORD });
    const second = await refresh(first.refreshToken);
    expect(second.__typename).toBe('AuthSession');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    const sid = async (token: string) => (await jwtVerify(token, publicKey as KeyLike)).payload.sid;
    expect(await sid(second.accessToken)).toBe(await sid(first.accessToken));

    expect(await refresh(first.refreshToken)).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    expect(await refresh(second.refreshToken)).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
  });

  it('lets only one of two concurrent refreshes with the same token succeed', async () => {
    const { refreshToken } = await logIn({ email, password: PASSWORD });
    const results = await Promise.all([refresh(refreshToken), refresh(refreshToken)]);
    expect(results.map((result) => result.__typename).sort()).toEqual([
      'AuthSession',
      'InvalidRefreshToken',
    ]);
  });

  it('refuses unknown and malformed refresh tokens', async () => {
    expect(await refresh('not-a-token')).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    expect(await refresh('A'.repeat(43))).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
  });

  it('logs out: the session’s refresh token stops working', async () => {
    const { refreshToken } = await logIn({ email, password: PASSWORD });
    expect(await mutate(LOG_OUT, { token: refreshToken })).toEqual({ success: true });
    expect(await refresh(refreshToken)).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    expect(await mutate(LOG_OUT, { token: refreshToken })).toEqual({ success: true });
  });

  it('changes the password and ends every other session', async () => {
    const other = await logIn({ email, password: PASSWORD });
    const newPassword = 'tamarind chutney on a monsoon night';
    const as = userIdentity(userId);
    const wrong = await mutate(
      CHANGE_PASSWORD,
      { input: { currentPassword: 'nope', newPassword } },
      as,
    );
    expect(wrong).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    const weak = await mutate(
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword: 'password123' } },
      as,
    );
    expect(weak).toMatchObject({ code: 'WEAK_PASSWORD' });

    const changed = await mutate(
      CHANGE_PASSWORD,
      { input: { currentPassword: PASSWORD, newPassword } },
      as,
    );
    expect(changed).toMatchObject({ __typename: 'PasswordChanged' });
    expect(await refresh(other.refreshToken)).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    expect(await logIn({ email, password: PASSWORD })).toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    expect(await logIn({ email, password: newPassword })).toMatchObject({
      __typename: 'AuthSession',
    });
  });

  it('requires a signed-in user to change a password', async () => {
    const result = await query(CHANGE_PASSWORD, {
      input: { currentPassword: PASSWORD, newPassword: PASSWORD },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});

describe('bad input is a typed result', () => {
  it.each([
    [{ email: 'nope', password: PASSWORD, displayName: 'A' }, 'InvalidInput', 'email'],
    [{ phone: '12', password: PASSWORD, displayName: 'A' }, 'InvalidInput', 'phone'],
    [{ password: PASSWORD, displayName: 'A' }, 'InvalidInput', 'email'],
    [
      { email: `a.${run}@b.vn`, password: PASSWORD, displayName: ' ' },
      'InvalidInput',
      'displayName',
    ],
  ])('signUp(%j) is %s on %s', async (input, typename, field) => {
    expect(await signUp(input)).toMatchObject({
      __typename: typename,
      code: 'INVALID_INPUT',
      field,
    });
  });

  it('refuses weak passwords with suggestions', async () => {
    const result = await signUp({
      email: `w.${run}@b.vn`,
      password: 'password1',
      displayName: 'W',
    });
    expect(result).toMatchObject({ __typename: 'WeakPassword', code: 'WEAK_PASSWORD' });
    const guessable = await signUp({
      email: `w.${run}@b.vn`,
      password: 'qwertyuiop',
      displayName: 'W',
    });
    expect(guessable).toMatchObject({ code: 'WEAK_PASSWORD', suggestions: expect.any(Array) });
  });

  it('refuses a second account with the same email or phone', async () => {
    const phone = `+8490${String(Date.now()).slice(-7)}`;
    const first = await signUp({
      phone: phone.replace('+84', '0'),
      password: PASSWORD,
      displayName: 'P',
    });
    expect(first.__typename).toBe('AuthSession');
    expect(await signUp({ phone, password: PASSWORD, displayName: 'Q' })).toMatchObject({
      __typename: 'AccountExists',
      code: 'ACCOUNT_EXISTS',
      field: 'phone',
    });
    expect(await logIn({ phone, password: PASSWORD })).toMatchObject({ __typename: 'AuthSession' });
    const demo = { email: 'lan.customer@demo.dabba.dev', password: PASSWORD, displayName: 'L' };
    expect(await signUp(demo)).toMatchObject({ code: 'ACCOUNT_EXISTS', field: 'email' });
  });

  it('asks for exactly one login identifier', async () => {
    const both = await logIn({ email: 'a@b.vn', phone: '+84901234567', password: 'x' });
    expect(both).toMatchObject({ code: 'INVALID_INPUT', field: 'email' });
  });
});

describe('throttling', () => {
  it('lets demo users log in with the demo password', async () => {
    const session = await logIn({ email: 'quang.admin@demo.dabba.dev', password: DEMO_PASSWORD });
    const { payload } = await jwtVerify(session.accessToken, publicKey as KeyLike);
    expect(payload.roles).toEqual(['ADMIN']);
  });

  it('locks an account out after 5 failures, with retryAfterSeconds', async () => {
    const email = `locked.${run}@example.vn`;
    await signUp({ email, password: PASSWORD, displayName: 'Locked' });
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const ip = `10.1.${attempt}.${run}`;
      expect(await logIn({ email, password: 'wrong' }, ip)).toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    const locked = await logIn({ email, password: PASSWORD }, `10.2.0.${run}`);
    expect(locked).toMatchObject({ __typename: 'TooManyAttempts', code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(900);
  });
});
