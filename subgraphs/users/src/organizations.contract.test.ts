import { generateKeyPairSync } from 'node:crypto';
import {
  closeMongo,
  connectMongo,
  startSubgraph,
  SERVICE_IDENTITY,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { postRoute, signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { decodeJwt } from 'jose';
import type { Connection } from 'mongoose';
import { createUsersSubgraph } from './index';
import { RecordingNotifier } from './notifications/recording-notifier';
import { API_KEY_VERIFY_PATH } from './routes/api-key-verify';

const SECRET = 'users-organizations-contract-secret';
const PASSWORD = 'correct horse battery staple 42';
const notifier = new RecordingNotifier();
const ERROR = `... on AuthError { __typename code message }`;

let subgraph: RunningSubgraph;
let db: Connection;
let query: ReturnType<typeof signedClient>;

async function ok<T = Record<string, unknown>>(
  document: string,
  variables: Record<string, unknown>,
  identity?: Identity,
): Promise<T> {
  const result = await query(document, variables, identity);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

interface Account {
  id: string;
  email: string;
  refreshToken: string;
}

async function signUp(name: string): Promise<Account> {
  const email = `${name}.${Date.now()}@example.vn`;
  const session = await ok<{ user: { id: string }; refreshToken: string }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) {
      ... on AuthSession { refreshToken user { id } } } }`,
    { input: { email, password: PASSWORD, displayName: name } },
  );
  return { id: session.user.id, email, refreshToken: session.refreshToken };
}

const member = (userId: string, organizationId: string, role: string): Identity => ({
  ...userIdentity(userId),
  organizations: [{ organizationId, role }],
});

const CREATE = `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) {
  __typename ... on Organization { id name createdAt } ${ERROR} ... on InvalidInput { field } } }`;
const INVITE = `mutation ($input: InviteMemberInput!) { inviteMember(input: $input) {
  __typename ... on Invitation { id email role status organization { name } invitedBy { id } }
  ${ERROR} ... on RoleNotAllowed { role } } }`;
const ACCEPT = `mutation ($token: String!) { acceptInvitation(token: $token) {
  __typename ... on Membership { role organization { id } user { id } } ${ERROR}
  ... on InvalidInvitation { reason } } }`;
const CHANGE_ROLE = `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) {
  __typename ... on Membership { role } ${ERROR} } }`;
const REMOVE = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) {
  __typename ... on MemberRemoved { userId organization { id } } ${ERROR} } }`;
const MEMBERS = `query ($id: ID!, $after: String) { organization(id: $id) {
  members(first: 1, after: $after) { edges { node { role user { id } } } pageInfo { hasNextPage endCursor } } } }`;
const CREATE_KEY = `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
  __typename ... on CreatedApiKey { key apiKey { id name scopes revokedAt createdBy { id } } }
  ${ERROR} ... on InvalidInput { field } } }`;

interface ListedPage {
  edges: { cursor: string; node: { id: string; createdAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const listQuery = (field: 'members' | 'invitations' | 'apiKeys', node = 'id createdAt') =>
  `query ($id: ID!, $first: Int!, $after: String) { organization(id: $id) {
    ${field}(first: $first, after: $after) { edges { cursor node { ${node} } }
      pageInfo { hasNextPage endCursor } } } }`;

/** Every page of an organisation's invitations or API keys, `first` at a time (at most 10 pages). */
async function allPages(
  field: 'invitations' | 'apiKeys',
  organizationId: string,
  first: number,
  identity: Identity,
): Promise<ListedPage[]> {
  const pages: ListedPage[] = [];
  let after: string | null = null;
  do {
    const organization: Record<string, ListedPage> = await ok(
      listQuery(field),
      { id: organizationId, first, after },
      identity,
    );
    pages.push(organization[field]!);
    after = organization[field]!.pageInfo.endCursor;
  } while (pages.at(-1)!.pageInfo.hasNextPage && pages.length < 10);
  return pages;
}

/** What a correct listing holds: newest first, the id breaking ties. */
function newestFirst(nodes: { id: string; createdAt: string }[]): string[] {
  return [...nodes]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || (a.id < b.id ? 1 : -1))
    .map((node) => node.id);
}

/** Each page ends at its last edge, and only the last page says that none follows. */
function expectChained(pages: ListedPage[], sizes: number[]): void {
  expect(pages.map((page) => page.edges.length)).toEqual(sizes);
  expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual(
    sizes.map((_, at) => at < sizes.length - 1),
  );
  for (const page of pages) expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
}

/** The error a page request is refused with. */
async function refusal(
  field: 'members' | 'invitations' | 'apiKeys',
  variables: Record<string, unknown>,
  identity: Identity,
) {
  const node = field === 'members' ? 'role' : 'id';
  const result = await query(listQuery(field, node), variables, identity);
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, message: error?.message };
}

function outboxEvents(type: string) {
  return db.collection('outbox').find({ 'event.type': type }).toArray();
}

beforeAll(async () => {
  subgraph = await startSubgraph(createUsersSubgraph({ notifier }), {
    env: {
      IDENTITY_SECRET: SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      AUTH_JWT_PRIVATE_KEY: generateKeyPairSync('ed25519')
        .privateKey.export({ type: 'pkcs8', format: 'pem' })
        .toString(),
    },
    port: 0,
  });
  query = signedClient(subgraph.url, SECRET);
  db = await connectMongo({ dbName: 'dabba_users' });
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('organisations, members and invitations', () => {
  let owner: Account;
  let manager: Account;
  let organizationId: string;

  beforeAll(async () => {
    [owner, manager] = await Promise.all([signUp('owner'), signUp('manager')]);
  });

  it('creates an organisation with its creator as OWNER, once per idempotency key', async () => {
    const input = { name: '  Phở   Bắc  Group ', idempotencyKey: 'create-1' };
    const created = await ok<{ id: string; name: string }>(
      CREATE,
      { input },
      userIdentity(owner.id),
    );
    expect(created).toMatchObject({ __typename: 'Organization', name: 'Phở Bắc Group' });
    organizationId = created.id;
    expect(organizationId).toMatch(/^org_/);
    const replay = await ok(CREATE, { input: { ...input, name: 'Other' } }, userIdentity(owner.id));
    expect(replay).toEqual(created);
    const events = await outboxEvents('users.organization.member_added.v1');
    expect(events.map((entry) => entry.event)).toContainEqual(
      expect.objectContaining({
        subject: organizationId,
        tenant: organizationId,
        data: { organizationId, userId: owner.id, role: 'OWNER' },
      }),
    );
  });

  it('refuses bad names as data and anonymous callers', async () => {
    const bad = await ok(
      CREATE,
      { input: { name: ' ', idempotencyKey: 'create-2' } },
      userIdentity(owner.id),
    );
    expect(bad).toMatchObject({ __typename: 'InvalidInput', code: 'INVALID_INPUT', field: 'name' });
    const anonymous = await query(CREATE, { input: { name: 'X', idempotencyKey: 'k' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('signs the membership and the PARTNER role into the next access token', async () => {
    const refreshed = await ok<{ accessToken: string; refreshToken: string }>(
      `mutation ($token: String!) { refreshSession(refreshToken: $token) {
        ... on AuthSession { accessToken refreshToken } } }`,
      { token: owner.refreshToken },
    );
    owner.refreshToken = refreshed.refreshToken;
    expect(decodeJwt(refreshed.accessToken)).toMatchObject({
      roles: ['CUSTOMER', 'PARTNER'],
      orgs: [{ organizationId, role: 'OWNER' }],
    });
  });

  it('invites by email with a hashed token, and only the invitee can accept it, once', async () => {
    const invitation = await ok<{ id: string }>(
      INVITE,
      { input: { organizationId, email: manager.email.toUpperCase(), role: 'MANAGER' } },
      member(owner.id, organizationId, 'OWNER'),
    );
    expect(invitation).toMatchObject({
      __typename: 'Invitation',
      email: manager.email,
      role: 'MANAGER',
      status: 'PENDING',
      organization: { name: 'Phở Bắc Group' },
      invitedBy: { id: owner.id },
    });
    const sent = notifier.lastTo(manager.email)!;
    expect(sent).toMatchObject({
      channel: 'EMAIL',
      template: 'organization_invitation',
      params: { organizationName: 'Phở Bắc Group', role: 'MANAGER' },
    });
    const stored = await db.collection('invitations').findOne({ _id: invitation.id as never });
    expect(JSON.stringify(stored)).not.toContain(sent.params.token);

    const stranger = await signUp('stranger');
    const token = sent.params.token;
    expect(await ok(ACCEPT, { token }, userIdentity(stranger.id))).toMatchObject({
      __typename: 'InvitationNotForYou',
      code: 'INVITATION_NOT_FOR_YOU',
    });
    const accepted = await Promise.all([
      query(ACCEPT, { token }, userIdentity(manager.id)),
      query(ACCEPT, { token }, userIdentity(manager.id)),
    ]);
    const typenames = accepted.map(
      (result) => (result.data?.acceptInvitation as { __typename: string }).__typename,
    );
    // The loser sees the invitation used, or (when it read it before the winner committed) the
    // membership the winner added.
    expect(typenames.filter((typename) => typename === 'Membership')).toHaveLength(1);
    expect(typenames.filter((typename) => typename !== 'Membership')).toEqual([
      expect.stringMatching(/^(InvalidInvitation|AlreadyMember)$/),
    ]);
    expect(await ok(ACCEPT, { token }, userIdentity(manager.id))).toMatchObject({
      __typename: 'InvalidInvitation',
      reason: 'USED',
    });
    expect(await ok(ACCEPT, { token: 'x'.repeat(43) }, userIdentity(manager.id))).toMatchObject({
      reason: 'UNKNOWN',
    });
    const added = await outboxEvents('users.organization.member_added.v1');
    expect(added.filter((entry) => entry.event.data.userId === manager.id)).toHaveLength(1);
  });

  it('lets a MANAGER invite STAFF only, and revoke what they could send', async () => {
    const asManager = member(manager.id, organizationId, 'MANAGER');
    const tooHigh = await ok(
      INVITE,
      { input: { organizationId, phone: '0912345678', role: 'MANAGER' } },
      asManager,
    );
    expect(tooHigh).toMatchObject({ __typename: 'RoleNotAllowed', role: 'MANAGER' });
    const staff = await ok<{ id: string }>(
      INVITE,
      { input: { organizationId, phone: '0912345678', role: 'STAFF' } },
      asManager,
    );
    const token = notifier.lastTo('+84912345678')!.params.token;
    const pending = await ok(
      `query ($id: ID!) { organization(id: $id) { invitations { edges { node { id } } } } }`,
      { id: organizationId },
      asManager,
    );
    expect(pending).toEqual({ invitations: { edges: [{ node: { id: staff.id } }] } });
    const revoked = await ok(
      `mutation ($id: ID!) { revokeInvitation(id: $id) { ... on Invitation { status } } }`,
      { id: staff.id },
      asManager,
    );
    expect(revoked).toEqual({ status: 'REVOKED' });
    const byPhone = await signUp('staff');
    expect(await ok(ACCEPT, { token }, userIdentity(byPhone.id))).toMatchObject({
      __typename: 'InvalidInvitation',
      reason: 'REVOKED',
    });
    const staffRead = await query(
      `query ($id: ID!) { organization(id: $id) { invitations { edges { node { id } } } } }`,
      { id: organizationId },
      member(byPhone.id, organizationId, 'STAFF'),
    );
    expect(staffRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('pages pending invitations newest first, with cursors that newer invitations do not shift', async () => {
    const asOwner = member(owner.id, organizationId, 'OWNER');
    const invite = async (name: string) => {
      const email = `${name}.${Date.now()}@example.vn`;
      const invitation = await ok<{ id: string }>(
        INVITE,
        { input: { organizationId, email, role: 'STAFF' } },
        asOwner,
      );
      return invitation.id;
    };
    const invited = [await invite('one'), await invite('two'), await invite('three')];
    const pages = await allPages('invitations', organizationId, 2, asOwner);
    expectChained(pages, [2, 1]);
    const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    // The pending ones only: the accepted and the revoked invitations are left out.
    expect(nodes.map((node) => node.id).sort()).toEqual([...invited].sort());
    expect(nodes.map((node) => node.id)).toEqual(newestFirst(nodes));
    const asManager = member(manager.id, organizationId, 'MANAGER');
    expect(await allPages('invitations', organizationId, 2, asManager)).toEqual(pages);

    await invite('four');
    const next = await ok(
      listQuery('invitations'),
      { id: organizationId, first: 2, after: pages[0]!.pageInfo.endCursor },
      asOwner,
    );
    expect(next).toEqual({ invitations: pages[1] });
  });

  it('refuses pages of more than 100 or fewer than 1, and cursors it did not make', async () => {
    const asOwner = member(owner.id, organizationId, 'OWNER');
    for (const field of ['members', 'invitations', 'apiKeys'] as const) {
      for (const first of [101, 0]) {
        expect(await refusal(field, { id: organizationId, first }, asOwner)).toEqual({
          code: 'BAD_USER_INPUT',
          message: 'first must be between 1 and 100',
        });
      }
      expect(
        await refusal(field, { id: organizationId, first: 1, after: 'not-a-cursor' }, asOwner),
      ).toEqual({ code: 'BAD_USER_INPUT', message: 'after is not a valid cursor' });
      expect(await refusal(field, { id: organizationId, first: 100 }, asOwner)).toEqual({
        code: undefined,
        message: undefined,
      });
    }
  });

  it('pages members, and shows a user’s memberships to themself only', async () => {
    const asOwner = member(owner.id, organizationId, 'OWNER');
    const first = await ok<{ members: { edges: unknown[]; pageInfo: { endCursor: string } } }>(
      MEMBERS,
      { id: organizationId },
      asOwner,
    );
    expect(first.members).toMatchObject({
      edges: [{ node: { role: 'OWNER', user: { id: owner.id } } }],
      pageInfo: { hasNextPage: true },
    });
    const second = await ok(
      MEMBERS,
      { id: organizationId, after: first.members.pageInfo.endCursor },
      asOwner,
    );
    expect(second).toMatchObject({
      members: {
        edges: [{ node: { role: 'MANAGER', user: { id: manager.id } } }],
        pageInfo: { hasNextPage: false },
      },
    });
    const MEMBERSHIPS = `query ($id: ID!) { user(id: $id) { memberships { role organization { id } } } }`;
    expect(await ok(MEMBERSHIPS, { id: manager.id }, userIdentity(manager.id))).toEqual({
      memberships: [{ role: 'MANAGER', organization: { id: organizationId } }],
    });
    expect(await ok(MEMBERSHIPS, { id: manager.id }, userIdentity(owner.id))).toEqual({
      memberships: null,
    });
  });

  it('never leaves an organisation without an OWNER', async () => {
    const asOwner = member(owner.id, organizationId, 'OWNER');
    const demoteSelf = { organizationId, userId: owner.id, role: 'MANAGER' };
    expect(await ok(CHANGE_ROLE, { input: demoteSelf }, asOwner)).toMatchObject({
      __typename: 'LastOwner',
      code: 'LAST_OWNER',
    });
    expect(
      await ok(REMOVE, { input: { organizationId, userId: owner.id } }, asOwner),
    ).toMatchObject({ __typename: 'LastOwner' });
    const promote = { organizationId, userId: manager.id, role: 'OWNER' };
    expect(await ok(CHANGE_ROLE, { input: promote }, asOwner)).toEqual({
      __typename: 'Membership',
      role: 'OWNER',
    });
    expect(await ok(CHANGE_ROLE, { input: demoteSelf }, asOwner)).toMatchObject({
      role: 'MANAGER',
    });
    const asNewOwner = member(manager.id, organizationId, 'OWNER');
    expect(await ok(REMOVE, { input: { organizationId, userId: owner.id } }, asNewOwner)).toEqual({
      __typename: 'MemberRemoved',
      userId: owner.id,
      organization: { id: organizationId },
    });
    expect(
      await ok(REMOVE, { input: { organizationId, userId: owner.id } }, asNewOwner),
    ).toMatchObject({ __typename: 'MemberNotFound', code: 'MEMBER_NOT_FOUND' });
    const refreshed = await ok<{ accessToken: string }>(
      `mutation ($token: String!) { refreshSession(refreshToken: $token) {
        ... on AuthSession { accessToken } } }`,
      { token: owner.refreshToken },
    );
    expect(decodeJwt(refreshed.accessToken).orgs).toEqual([]);
    expect(await outboxEvents('users.organization.member_removed.v1')).toHaveLength(1);
  });
});

describe('API keys', () => {
  let owner: Account;
  let organizationId: string;
  let asOwner: Identity;

  beforeAll(async () => {
    owner = await signUp('keyowner');
    const created = await ok<{ id: string }>(
      CREATE,
      { input: { name: 'Keys Inc', idempotencyKey: 'keys' } },
      userIdentity(owner.id),
    );
    organizationId = created.id;
    asOwner = member(owner.id, organizationId, 'OWNER');
  });

  const verify = (body: unknown, identity: Identity | null = SERVICE_IDENTITY) =>
    postRoute(subgraph.url, API_KEY_VERIFY_PATH, body, SECRET, identity);

  it('shows the secret once, stores only its hash, and replays without it', async () => {
    const input = {
      organizationId,
      name: 'Till',
      scopes: ['orders:read', 'menus:read'],
      idempotencyKey: 'till',
    };
    const created = await ok<{ key: string; apiKey: { id: string } }>(
      CREATE_KEY,
      { input },
      asOwner,
    );
    expect(created).toMatchObject({
      __typename: 'CreatedApiKey',
      apiKey: { name: 'Till', scopes: ['menus:read', 'orders:read'], createdBy: { id: owner.id } },
    });
    expect(created.key).toMatch(new RegExp(`^dabba_${created.apiKey.id}_[A-Za-z0-9_-]{43}$`));
    const secret = created.key.slice(-43);
    const stored = await db.collection('api_keys').findOne({ _id: created.apiKey.id as never });
    expect(JSON.stringify(stored)).not.toContain(secret);
    const replay = await ok<{ key: string | null; apiKey: { id: string } }>(
      CREATE_KEY,
      { input },
      asOwner,
    );
    expect(replay).toMatchObject({ key: null, apiKey: { id: created.apiKey.id } });
  });

  it('refuses unknown scopes and no scopes as data, and non-owners', async () => {
    const unknown = await ok(
      CREATE_KEY,
      { input: { organizationId, name: 'X', scopes: ['menus:read', 'payments:write'] } },
      asOwner,
    );
    expect(unknown).toMatchObject({ __typename: 'InvalidInput', field: 'scopes' });
    const none = await ok(
      CREATE_KEY,
      { input: { organizationId, name: 'X', scopes: [] } },
      asOwner,
    );
    expect(none).toMatchObject({ field: 'scopes' });
    const asManager = member(owner.id, organizationId, 'MANAGER');
    const refused = await query(
      CREATE_KEY,
      { input: { organizationId, name: 'X', scopes: ['menus:read'] } },
      asManager,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('verifies keys for the gateway only, records their use and refuses revoked ones', async () => {
    const created = await ok<{ key: string; apiKey: { id: string } }>(
      CREATE_KEY,
      { input: { organizationId, name: 'Inventory', scopes: ['menus:write'] } },
      asOwner,
    );
    const expected = {
      organizationId,
      scopes: ['menus:write'],
      apiKeyId: created.apiKey.id,
    };
    expect(await verify({ key: created.key })).toEqual({ status: 200, body: expected });
    expect((await verify({ key: created.key }, null)).status).toBe(401);
    expect((await verify({ key: created.key }, userIdentity(owner.id))).status).toBe(403);
    expect((await verify({ nope: true })).status).toBe(400);
    const forged = `${created.key.slice(0, -1)}${created.key.endsWith('A') ? 'B' : 'A'}`;
    expect(await verify({ key: forged })).toEqual({
      status: 401,
      body: { error: 'Invalid API key' },
    });
    expect((await verify({ key: 'dabba_nonsense' })).status).toBe(401);

    const KEYS = `query ($id: ID!) { organization(id: $id) {
      apiKeys { edges { node { id lastUsedAt revokedAt } } } } }`;
    const listed = await ok<{
      apiKeys: { edges: { node: { id: string; lastUsedAt: string | null } }[] };
    }>(KEYS, { id: organizationId }, asOwner);
    const used = listed.apiKeys.edges.find((edge) => edge.node.id === created.apiKey.id);
    expect(used?.node.lastUsedAt).toEqual(expect.any(String));

    const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
    const revoked = await ok<{ revokedAt: string }>(REVOKE, { id: created.apiKey.id }, asOwner);
    expect(await ok(REVOKE, { id: created.apiKey.id }, asOwner)).toEqual(revoked);
    expect((await verify({ key: created.key })).status).toBe(401);
  });

  it('pages API keys newest first, revoked ones included', async () => {
    for (const name of ['POS 1', 'POS 2', 'POS 3']) {
      await ok(CREATE_KEY, { input: { organizationId, name, scopes: ['orders:read'] } }, asOwner);
    }
    const stored = await db.collection('api_keys').find({ organizationId }).toArray();
    expect(stored).toHaveLength(5);
    expect(stored.filter((key) => key.revokedAt)).toHaveLength(1);
    const pages = await allPages('apiKeys', organizationId, 2, asOwner);
    expectChained(pages, [2, 2, 1]);
    const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    expect(nodes.map((node) => node.id).sort()).toEqual(stored.map((key) => key._id).sort());
    expect(nodes.map((node) => node.id)).toEqual(newestFirst(nodes));
  });

  it('lets a key read its own organisation and nothing it has no rule for', async () => {
    const asKey: Identity = {
      kind: 'apiKey',
      userId: null,
      roles: [],
      organizations: [{ organizationId, role: 'API_KEY' }],
      scopes: ['orders:read'],
      apiKeyId: 'key_000000000000000000000000',
    };
    const read = await ok(
      `query ($id: ID!) { organization(id: $id) { id name } }`,
      { id: organizationId },
      asKey,
    );
    expect(read).toEqual({ id: organizationId, name: 'Keys Inc' });
    const members = await query(MEMBERS, { id: organizationId }, asKey);
    expect(members.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
