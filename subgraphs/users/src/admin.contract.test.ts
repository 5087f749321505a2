import {
  DEMO_USER_IDS,
  closeMongo,
  memoryTransport,
  sharedMemoryBroker,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { createUsersSubgraph } from './index';
import { RecordingNotifier } from './notifications/recording-notifier';
import { DEMO_USERS } from './seed';

const SECRET = 'users-admin-contract-test-secret-32';
const PASSWORD = 'correct horse battery staple 42';
const ROLES_CHANGED = 'test.users_roles_changed';

const support = userIdentity(DEMO_USER_IDS.support, ['SUPPORT']);
const admin = userIdentity(DEMO_USER_IDS.admin, ['ADMIN']);

const USERS = `query ($first: Int!, $after: String, $search: String, $role: PlatformRole) {
  users(first: $first, after: $after, search: $search, role: $role) {
    edges { cursor node { id email phone roles } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const ROLE_RESULT = `__typename
  ... on RolesChanged { changed user { id roles } }
  ... on AuthError { code }`;
const GRANT = `mutation ($userId: ID!, $role: PlatformRole!) {
  grantRole(userId: $userId, role: $role) { ${ROLE_RESULT} } }`;
const REVOKE = `mutation ($userId: ID!, $role: PlatformRole!) {
  revokeRole(userId: $userId, role: $role) { ${ROLE_RESULT} } }`;

interface UserNode {
  id: string;
  email: string | null;
  phone: string | null;
  roles: string[];
}
interface UsersPage {
  edges: { cursor: string; node: UserNode }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
const listener = memoryTransport(sharedMemoryBroker());

async function data<T>(document: string, variables: Record<string, unknown>, identity?: Identity) {
  const result = await query(document, variables, identity);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

async function errorCode(document: string, variables: Record<string, unknown>, as: Identity) {
  const result = await query(document, variables, as);
  return result.errors?.[0]?.extensions?.code;
}

async function signUp(input: { email?: string; phone?: string; displayName: string }) {
  return data<{ refreshToken: string; user: { id: string } }>(
    `mutation ($input: SignUpInput!) {
      signUp(input: $input) { ... on AuthSession { refreshToken user { id } } } }`,
    { input: { ...input, password: PASSWORD } },
  );
}

/** The roles in the access token a refresh issues now, and the next refresh token. */
async function refreshedRoles(refreshToken: string) {
  const session = await data<{ accessToken: string; refreshToken: string }>(
    `mutation ($token: String!) {
      refreshSession(refreshToken: $token) { ... on AuthSession { accessToken refreshToken } } }`,
    { token: refreshToken },
  );
  const claims = JSON.parse(
    Buffer.from(session.accessToken.split('.')[1]!, 'base64url').toString('utf8'),
  ) as { roles: string[] };
  return { roles: claims.roles, refreshToken: session.refreshToken };
}

async function allPages(variables: Record<string, unknown>, first: number) {
  const nodes: UserNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: UsersPage = await data(USERS, { ...variables, first, after }, support);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  await listener.declareConsumer({
    queue: ROLES_CHANGED,
    routingKeys: ['users.user.roles_changed.v1'],
    retryDelaysMs: [],
  });
  subgraph = await startSubgraph(createUsersSubgraph({ notifier: new RecordingNotifier() }), {
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

describe('users (support and admins)', () => {
  it('lists every user newest first in pages that neither skip nor repeat', async () => {
    const everyone = await allPages({}, 2);
    const demo = everyone.filter((user) => DEMO_USERS.some((seeded) => seeded.id === user.id));
    const newestFirst = [...DEMO_USERS].sort(
      (a, b) => b.createdAt.getTime() - a.createdAt.getTime(),
    );
    expect(demo.map((user) => user.id)).toEqual(newestFirst.map((user) => user.id));
    expect(new Set(everyone.map((user) => user.id)).size).toBe(everyone.length);
    expect(everyone[0]).toEqual(
      expect.objectContaining({ email: expect.any(String), roles: expect.any(Array) }),
    );
  });

  it('finds users by the beginning of their email, regardless of case, and by role', async () => {
    const byEmail = await allPages({ search: '  LAN.Customer@' }, 1);
    expect(byEmail.map((user) => user.id)).toEqual([DEMO_USER_IDS.customer]);

    const demo = await allPages({ search: 'demo.dabba.dev' }, 10);
    expect(demo).toEqual([]);

    const supportStaff = await allPages({ role: 'SUPPORT' }, 10);
    expect(supportStaff.map((user) => user.id)).toContain(DEMO_USER_IDS.support);
    expect(supportStaff.every((user) => user.roles.includes('SUPPORT'))).toBe(true);
    expect(await allPages({ search: 'lan.customer', role: 'ADMIN' }, 10)).toEqual([]);
  });

  it('finds a user by phone number written in national form', async () => {
    const { user } = await signUp({ phone: '+84901234567', displayName: 'Phone Only' });
    const found = await allPages({ search: '0901 234 567' }, 5);
    expect(found).toEqual([
      { id: user.id, email: null, phone: '+84901234567', roles: ['CUSTOMER'] },
    ]);
  });

  it('refuses page sizes outside 1 to 100, and cursors from another search', async () => {
    expect(await errorCode(USERS, { first: 101 }, support)).toBe('BAD_USER_INPUT');
    expect(await errorCode(USERS, { first: 0 }, support)).toBe('BAD_USER_INPUT');
    expect(await errorCode(USERS, { first: 100 }, admin)).toBeUndefined();
    const page = await data<UsersPage>(USERS, { first: 1 }, support);
    const after = page.pageInfo.endCursor;
    expect(await errorCode(USERS, { first: 1, after, search: 'lan' }, support)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await errorCode(USERS, { first: 1, after: 'bm90LWEtY3Vyc29y' }, support)).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('is refused to everyone but support and admins', async () => {
    const customer = userIdentity(DEMO_USER_IDS.customer, ['CUSTOMER']);
    expect(await errorCode(USERS, { first: 5 }, customer)).toBe('FORBIDDEN');
  });
});

describe('grantRole and revokeRole (admins)', () => {
  it('changes roles once, announces each real change, and tokens follow at the next refresh', async () => {
    const email = `helper.${Date.now()}@example.vn`;
    const signedUp = await signUp({ email, displayName: 'New Helper' });
    const userId = signedUp.user.id;

    const granted = await data<object>(GRANT, { userId, role: 'SUPPORT' }, admin);
    expect(granted).toEqual({
      __typename: 'RolesChanged',
      changed: true,
      user: { id: userId, roles: ['CUSTOMER', 'SUPPORT'] },
    });
    expect(await data(GRANT, { userId, role: 'SUPPORT' }, admin)).toEqual({
      ...granted,
      changed: false,
    });
    const afterGrant = await refreshedRoles(signedUp.refreshToken);
    expect(afterGrant.roles).toEqual(['CUSTOMER', 'SUPPORT']);

    expect(await data(REVOKE, { userId, role: 'SUPPORT' }, admin)).toEqual({
      __typename: 'RolesChanged',
      changed: true,
      user: { id: userId, roles: ['CUSTOMER'] },
    });
    expect((await refreshedRoles(afterGrant.refreshToken)).roles).toEqual(['CUSTOMER']);

    await subgraph.events.relay.idle();
    expect(await listener.depth(ROLES_CHANGED)).toBe(2);
    const received: unknown[] = [];
    let both!: () => void;
    const done = new Promise<void>((resolve) => (both = resolve));
    const consumer = await listener.consume(
      ROLES_CHANGED,
      { prefetch: 10, concurrency: 1 },
      async (message) => {
        received.push(JSON.parse(message.body.toString()));
        if (received.length === 2) both();
      },
    );
    await done;
    await consumer.close();
    const changedBy = DEMO_USER_IDS.admin;
    expect(received).toEqual([
      expect.objectContaining({
        type: 'users.user.roles_changed.v1',
        subject: userId,
        data: { userId, roles: ['CUSTOMER', 'SUPPORT'], changedBy },
      }),
      expect.objectContaining({ data: { userId, roles: ['CUSTOMER'], changedBy } }),
    ]);
  });

  it('keeps an admin from taking away their own ADMIN role, not another admin', async () => {
    expect(await data(REVOKE, { userId: DEMO_USER_IDS.admin, role: 'ADMIN' }, admin)).toEqual({
      __typename: 'OwnAdminRole',
      code: 'OWN_ADMIN_ROLE',
    });
    const other = await signUp({ email: `admin.${Date.now()}@example.vn`, displayName: 'Admin 2' });
    await data(GRANT, { userId: other.user.id, role: 'ADMIN' }, admin);
    const otherAdmin = userIdentity(other.user.id, ['CUSTOMER', 'ADMIN']);
    expect(await data(REVOKE, { userId: DEMO_USER_IDS.admin, role: 'ADMIN' }, otherAdmin)).toEqual(
      expect.objectContaining({ changed: true, user: { id: DEMO_USER_IDS.admin, roles: [] } }),
    );
    expect(await data(GRANT, { userId: DEMO_USER_IDS.admin, role: 'ADMIN' }, otherAdmin)).toEqual(
      expect.objectContaining({
        changed: true,
        user: { id: DEMO_USER_IDS.admin, roles: ['ADMIN'] },
      }),
    );
    // Taking away their own other roles is allowed.
    expect(await data(REVOKE, { userId: other.user.id, role: 'CUSTOMER' }, otherAdmin)).toEqual(
      expect.objectContaining({ changed: true, user: { id: other.user.id, roles: ['ADMIN'] } }),
    );
  });

  it('answers UserNotFound for an unknown user', async () => {
    for (const document of [GRANT, REVOKE]) {
      expect(await data(document, { userId: 'usr_missing', role: 'DRIVER' }, admin)).toEqual({
        __typename: 'UserNotFound',
        code: 'USER_NOT_FOUND',
      });
    }
  });

  it('is refused to support, and changes nothing then', async () => {
    const variables = { userId: DEMO_USER_IDS.customer, role: 'ADMIN' };
    expect(await errorCode(GRANT, variables, support)).toBe('FORBIDDEN');
    const [lan] = (await data<UsersPage>(USERS, { first: 1, search: 'lan.customer@' }, support))
      .edges;
    expect(lan?.node.roles).toEqual(['CUSTOMER']);
  });
});
