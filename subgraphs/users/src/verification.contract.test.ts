import { randomUUID } from 'node:crypto';
import {
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { MAX_CODE_ATTEMPTS } from './domain/one-time-code';
import { createUsersSubgraph } from './index';
import { RecordingNotifier } from './notifications/recording-notifier';

const SECRET = 'users-verification-contract-secret-32';
const run = randomUUID().slice(0, 8);
const PASSWORD = 'correct horse battery staple 42';
const NEW_PASSWORD = 'purple elephants juggle 7 lanterns';
const ERROR = `... on AuthError { __typename code message }`;
const REQUEST = (field: string) => `mutation { ${field} { __typename ${ERROR}
  ... on VerificationCodeSent { expiresAt resendAfterSeconds }
  ... on TooManyAttempts { retryAfterSeconds } ... on InvalidInput { field } } }`;
const VERIFY = (field: string) => `mutation ($code: String!) { ${field}(code: $code) {
  __typename ${ERROR} ... on ContactVerified { user { emailVerified phoneVerified } }
  ... on TooManyAttempts { retryAfterSeconds } } }`;
const REQUEST_RESET = `mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) {
  __typename ${ERROR} ... on PasswordResetRequested { success } ... on TooManyAttempts { retryAfterSeconds }
  ... on InvalidInput { field } } }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) {
  __typename ${ERROR} ... on PasswordReset { revokedSessions } } }`;
const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) {
  __typename ... on AuthSession { refreshToken } } }`;

const notifier = new RecordingNotifier();
let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

const anonymousFrom = (ip: string): Identity => ({
  kind: 'anonymous',
  userId: null,
  roles: [],
  organizations: [],
  scopes: [],
  clientIp: ip,
});

async function mutate(
  document: string,
  variables: Record<string, unknown> = {},
  identity: Identity = anonymousFrom(`10.9.0.1-${run}`),
) {
  const result = await query<Record<string, Record<string, unknown>>>(
    document,
    variables,
    identity,
  );
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0]!;
}

async function signUp(input: { email?: string; phone?: string }): Promise<Identity> {
  const result = await mutate(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { user { id } } } }`,
    { input: { ...input, password: PASSWORD, displayName: 'Thu' } },
  );
  return userIdentity((result.user as { id: string }).id, ['CUSTOMER']);
}

const codeSentTo = (to: string): string => {
  const code = notifier.lastTo(to)?.params.code;
  if (!code) throw new Error(`no code was sent to ${to}`);
  return code;
};
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

beforeAll(async () => {
  subgraph = await startSubgraph(createUsersSubgraph({ notifier }), {
    env: {
      IDENTITY_SECRET: SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
    },
    port: 0,
  });
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('email and phone verification', () => {
  it('verifies the email with the code sent to it, once', async () => {
    const email = `thu.${run}@example.vn`;
    const thu = await signUp({ email });
    expect(await mutate(REQUEST('requestEmailVerification'), {}, thu)).toEqual({
      __typename: 'VerificationCodeSent',
      expiresAt: expect.any(String),
      resendAfterSeconds: 60,
    });
    const sent = notifier.lastTo(email)!;
    expect(sent).toMatchObject({
      channel: 'EMAIL',
      template: 'email_verification',
      locale: 'EN',
      params: { code: expect.stringMatching(/^\d{6}$/), expiresInMinutes: '10' },
    });
    expect(await mutate(REQUEST('requestEmailVerification'), {}, thu)).toMatchObject({
      __typename: 'TooManyAttempts',
      retryAfterSeconds: expect.any(Number),
    });
    expect(notifier.sent.filter((n) => n.to === email)).toHaveLength(1);

    const code = codeSentTo(email);
    expect(await mutate(VERIFY('verifyEmail'), { code: wrong(code) }, thu)).toMatchObject({
      __typename: 'InvalidCode',
      code: 'INVALID_CODE',
    });
    expect(await mutate(VERIFY('verifyEmail'), { code }, thu)).toEqual({
      __typename: 'ContactVerified',
      user: { emailVerified: true, phoneVerified: false },
    });
    expect(await mutate(VERIFY('verifyEmail'), { code }, thu)).toMatchObject({
      code: 'INVALID_CODE',
    });
    expect(await mutate(REQUEST('requestEmailVerification'), {}, thu)).toMatchObject({
      __typename: 'InvalidInput',
      field: 'email',
    });
  });

  it(`kills a code after ${MAX_CODE_ATTEMPTS} wrong attempts`, async () => {
    const phone = `+8490${String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0')}`;
    const user = await signUp({ phone });
    await mutate(REQUEST('requestPhoneVerification'), {}, user);
    const code = codeSentTo(phone);
    expect(notifier.lastTo(phone)).toMatchObject({
      channel: 'SMS',
      template: 'phone_verification',
    });
    for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt += 1) {
      expect(await mutate(VERIFY('verifyPhone'), { code: wrong(code) }, user)).toMatchObject({
        code: 'INVALID_CODE',
      });
    }
    expect(await mutate(VERIFY('verifyPhone'), { code }, user)).toMatchObject({
      __typename: 'TooManyAttempts',
      code: 'TOO_MANY_ATTEMPTS',
    });
  });

  it('needs an email on the account to verify one', async () => {
    const user = await signUp({
      phone: `+8491${String(Date.now() % 10_000_000).padStart(7, '0')}`,
    });
    expect(await mutate(REQUEST('requestEmailVerification'), {}, user)).toMatchObject({
      __typename: 'InvalidInput',
      field: 'email',
    });
  });
});

describe('password reset', () => {
  it('answers the same whether or not the account exists', async () => {
    const unknown = await mutate(REQUEST_RESET, { input: { email: `nobody.${run}@example.vn` } });
    expect(unknown).toEqual({ __typename: 'PasswordResetRequested', success: true });
    expect(notifier.lastTo(`nobody.${run}@example.vn`)).toBeUndefined();
    expect(
      await mutate(RESET, {
        input: { email: `nobody.${run}@example.vn`, code: '123456', newPassword: NEW_PASSWORD },
      }),
    ).toMatchObject({ __typename: 'InvalidCode' });
  });

  it('resets the password with the code, once, and ends every session', async () => {
    const email = `an.${run}@example.vn`;
    await signUp({ email });
    const session = await mutate(LOG_IN, { input: { email, password: PASSWORD } });
    expect(await mutate(REQUEST_RESET, { input: { email } })).toEqual({
      __typename: 'PasswordResetRequested',
      success: true,
    });
    expect(notifier.lastTo(email)).toMatchObject({ template: 'password_reset', channel: 'EMAIL' });
    const code = codeSentTo(email);

    expect(
      await mutate(RESET, { input: { email, code: wrong(code), newPassword: NEW_PASSWORD } }),
    ).toMatchObject({ code: 'INVALID_CODE' });
    expect(
      await mutate(RESET, { input: { email, code, newPassword: 'password123' } }),
    ).toMatchObject({ __typename: 'WeakPassword', code: 'WEAK_PASSWORD' });

    const [first, second] = await Promise.all([
      mutate(RESET, { input: { email, code, newPassword: NEW_PASSWORD } }),
      mutate(RESET, { input: { email, code, newPassword: NEW_PASSWORD } }),
    ]);
    expect([first!.__typename, second!.__typename].sort()).toEqual([
      'InvalidCode',
      'PasswordReset',
    ]);
    expect([first, second]).toContainEqual({ __typename: 'PasswordReset', revokedSessions: 2 });

    const refreshed = await mutate(
      `mutation ($token: String!) { refreshSession(refreshToken: $token) { __typename } }`,
      { token: session.refreshToken },
    );
    expect(refreshed).toEqual({ __typename: 'InvalidRefreshToken' });
    expect(await mutate(LOG_IN, { input: { email, password: PASSWORD } })).toEqual({
      __typename: 'InvalidCredentials',
    });
    expect(await mutate(LOG_IN, { input: { email, password: NEW_PASSWORD } })).toMatchObject({
      __typename: 'AuthSession',
    });
  });

  it('limits requests per identifier, whether or not the account exists', async () => {
    const input = { email: `flood.${run}@example.vn` };
    for (let request = 0; request < 5; request += 1) {
      expect(
        await mutate(REQUEST_RESET, { input }, anonymousFrom(`10.9.1.${request}-${run}`)),
      ).toMatchObject({ __typename: 'PasswordResetRequested' });
    }
    expect(await mutate(REQUEST_RESET, { input }, anonymousFrom(`10.9.2.1-${run}`))).toMatchObject({
      __typename: 'TooManyAttempts',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('refuses a malformed identifier', async () => {
    expect(await mutate(REQUEST_RESET, { input: { email: 'not-an-email' } })).toMatchObject({
      __typename: 'InvalidInput',
      field: 'email',
    });
  });
});
