import { randomUUID } from 'node:crypto';
import { closeMongo, startSubgraph, type RunningSubgraph } from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import { usersSubgraph } from './index';

/**
 * REDIS_URL names a Redis that is not there (as in an outage): the subgraph still starts, and
 * logging in still works and is still throttled, counted in this process's memory.
 */
const SECRET = 'users-no-redis-contract-test-secret';
const PASSWORD = 'correct horse battery staple 42';
const run = randomUUID().slice(0, 8);

const LOG_IN = `mutation ($input: LogInInput!) { logIn(input: $input) {
  __typename ... on AuthError { code } ... on TooManyAttempts { retryAfterSeconds } } }`;

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;

const from = (clientIp: string) => ({
  kind: 'anonymous' as const,
  userId: null,
  roles: [],
  organizations: [],
  scopes: [],
  clientIp,
});

async function logIn(email: string, password: string, clientIp: string) {
  const result = await query<{ logIn: Record<string, unknown> }>(
    LOG_IN,
    { input: { email, password } },
    from(clientIp),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.logIn;
}

beforeAll(async () => {
  const env = {
    IDENTITY_SECRET: SECRET,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    REDIS_URL: 'redis://127.0.0.1:1',
  };
  subgraph = await startSubgraph(usersSubgraph, { env, port: 0 });
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('logging in while Redis is down', () => {
  it('logs in, and locks the account out after 5 failures', async () => {
    const email = `offline.${run}@example.vn`;
    const signedUp = await query<{ signUp: { __typename: string } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { __typename } }`,
      { input: { email, password: PASSWORD, displayName: 'Offline' } },
    );
    expect(signedUp.data?.signUp.__typename).toBe('AuthSession');
    expect(await logIn(email, PASSWORD, `10.3.0.1`)).toEqual({ __typename: 'AuthSession' });

    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await logIn(email, 'wrong', `10.3.1.${attempt}`)).toMatchObject({
        code: 'INVALID_CREDENTIALS',
      });
    }
    const locked = await logIn(email, PASSWORD, '10.3.2.1');
    expect(locked).toMatchObject({ __typename: 'TooManyAttempts', code: 'TOO_MANY_ATTEMPTS' });
    expect(locked.retryAfterSeconds).toBeGreaterThan(0);
  });
});
