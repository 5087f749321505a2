import {
  DEMO_USER_IDS,
  IDENTITY_HEADER,
  closeMongo,
  memoryTransport,
  sharedMemoryBroker,
  signIdentity,
  startSubgraph,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { postGraphQL, signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { usersSubgraph } from './index';
import { DEMO_USERS } from './seed';

const SECRET = 'users-contract-test-secret-32-chars';
const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on User { id displayName email locale createdAt } }
}`;

const REGISTERED = 'test.users_registered';

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
/** Another subgraph's view of the events: a queue on the process's in-process broker. */
const listener = memoryTransport(sharedMemoryBroker());

beforeAll(async () => {
  await listener.declareConsumer({
    queue: REGISTERED,
    routingKeys: ['users.user.registered.v1'],
    retryDelaysMs: [],
  });
  subgraph = await startSubgraph(usersSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await listener.close();
  await subgraph.close();
  await closeMongo();
});

describe('users events', () => {
  it('announces each new user once with users.user.registered.v1, not again on a re-save', async () => {
    await subgraph.seed();
    await subgraph.events.relay.idle();
    expect(await listener.depth(REGISTERED)).toBe(DEMO_USERS.length);

    const received: Record<string, unknown>[] = [];
    let allReceived!: () => void;
    const done = new Promise<void>((resolve) => (allReceived = resolve));
    const subscription = await listener.consume(
      REGISTERED,
      { prefetch: 100, concurrency: 1 },
      async (message) => {
        received.push(JSON.parse(message.body.toString()));
        if (received.length === DEMO_USERS.length) allReceived();
      },
    );
    await done;
    await subscription.close();
    expect(received).toEqual(
      expect.arrayContaining(
        DEMO_USERS.map((user) =>
          expect.objectContaining({
            type: 'users.user.registered.v1',
            source: 'users',
            subject: user.id,
            data: { userId: user.id, locale: user.locale },
          }),
        ),
      ),
    );
  });
});

describe('users subgraph', () => {
  it('resolves User entities in the order asked, null for unknown ids', async () => {
    const result = await query(ENTITIES, {
      representations: [
        { __typename: 'User', id: DEMO_USER_IDS.partnerGrocer },
        { __typename: 'User', id: 'usr_missing' },
        { __typename: 'User', id: DEMO_USER_IDS.customer },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      _entities: [
        {
          id: DEMO_USER_IDS.partnerGrocer,
          displayName: 'Priya Sharma',
          email: null,
          locale: 'EN',
          createdAt: '2026-01-03T08:00:00.000Z',
        },
        null,
        {
          id: DEMO_USER_IDS.customer,
          displayName: 'Lan Nguyen',
          email: null,
          locale: 'VI',
          createdAt: '2026-01-05T08:00:00.000Z',
        },
      ],
    });
  });

  it('answers user(id), or null when there is none', async () => {
    const result = await query('query ($id: ID!) { user(id: $id) { id displayName } }', {
      id: DEMO_USER_IDS.driver,
    });
    expect(result.data).toEqual({ user: { id: DEMO_USER_IDS.driver, displayName: 'Tuan Le' } });
    const missing = await query('{ user(id: "usr_missing") { id } }');
    expect(missing).toEqual({ status: 200, data: { user: null } });
  });

  describe('email', () => {
    const EMAIL = 'query ($id: ID!) { user(id: $id) { email } }';
    const variables = { id: DEMO_USER_IDS.customer };

    it('is readable by the user themself', async () => {
      const result = await query(EMAIL, variables, userIdentity(DEMO_USER_IDS.customer));
      expect(result.data).toEqual({ user: { email: 'lan.customer@demo.dabba.dev' } });
    });

    it.each(['SUPPORT', 'ADMIN'])('is readable by %s', async (role) => {
      const result = await query(EMAIL, variables, userIdentity(DEMO_USER_IDS.support, [role]));
      expect(result.data).toEqual({ user: { email: 'lan.customer@demo.dabba.dev' } });
    });

    it('is null for anyone else', async () => {
      const result = await query(
        EMAIL,
        variables,
        userIdentity(DEMO_USER_IDS.partner, ['PARTNER']),
      );
      expect(result.data).toEqual({ user: { email: null } });
    });
  });

  it('seeds idempotently', async () => {
    await subgraph.seed();
    const result = await query(ENTITIES, {
      representations: Object.values(DEMO_USER_IDS).map((id) => ({ __typename: 'User', id })),
    });
    const entities = (result.data as { _entities: ({ id: string } | null)[] })._entities;
    expect(entities.map((user) => user?.id)).toEqual(Object.values(DEMO_USER_IDS));
  });

  describe('identity', () => {
    const request = { query: '{ user(id: "usr_demo_customer_lan") { id } }' };

    it('rejects a request without identity headers before execution', async () => {
      const result = await postGraphQL(subgraph.url, request);
      expect(result.status).toBe(401);
      expect(result.data).toBeUndefined();
      expect(result.errors).toEqual([
        { message: 'Missing caller identity', extensions: { code: 'UNAUTHENTICATED' } },
      ]);
    });

    it('rejects a forged identity', async () => {
      const headers = signIdentity(userIdentity(DEMO_USER_IDS.customer), SECRET);
      const forged = Buffer.from(
        JSON.stringify(userIdentity(DEMO_USER_IDS.customer, ['ADMIN'])),
      ).toString('base64url');
      const result = await postGraphQL(subgraph.url, request, {
        ...headers,
        [IDENTITY_HEADER]: forged,
      });
      expect(result.status).toBe(401);
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    });

    it('rejects an identity signed with another secret', async () => {
      const headers = signIdentity(userIdentity(DEMO_USER_IDS.admin, ['ADMIN']), 'z'.repeat(32));
      expect((await postGraphQL(subgraph.url, request, headers)).status).toBe(401);
    });

    it('rejects a replayed, stale identity', async () => {
      const headers = signIdentity(
        userIdentity(DEMO_USER_IDS.customer),
        SECRET,
        Date.now() - 120_000,
      );
      const result = await postGraphQL(subgraph.url, request, headers);
      expect(result.errors?.[0]?.message).toBe('Stale identity signature');
    });
  });

  it('serves health, readiness and metrics', async () => {
    const base = subgraph.url.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('graphql_requests_total{');
    expect(metrics).toContain('service="users"');
  });
});
