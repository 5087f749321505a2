import { generateKeyPairSync } from 'node:crypto';
import {
  closeMongo,
  connectMongo,
  signIdentity,
  startSubgraph,
  GATEWAY_SERVICE,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
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
    const pending = await ok<{ invitations: { id: string }[] }>(
      `query ($id: ID!) { organization(id: $id) { invitations { id } } }`,
      { id: organizationId },
      asManager,
    );
    expect(pending.invitations).toEqual([{ id: staff.id }]);
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
      `query ($id: ID!) { organization(id: $id) { invitations { id } } }`,
      { id: organizationId },
      member(byPhone.id, organizationId, 'STAFF'),
    );
    expect(staffRead.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
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

  async function verify(body: unknown, identity: Identity | null = GATEWAY_SERVICE) {
    const response = await fetch(new URL(API_KEY_VERIFY_PATH, subgraph.url), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? signIdentity(identity, SECRET) : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  }

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

    const KEYS = `query ($id: ID!) { organization(id: $id) { apiKeys { id lastUsedAt revokedAt } } }`;
    const listed = await ok<{ apiKeys: { id: string; lastUsedAt: string | null }[] }>(
      KEYS,
      { id: organizationId },
      asOwner,
    );
    expect(listed.apiKeys.find((key) => key.id === created.apiKey.id)?.lastUsedAt).toEqual(
      expect.any(String),
    );

    const REVOKE = `mutation ($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
    const revoked = await ok<{ revokedAt: string }>(REVOKE, { id: created.apiKey.id }, asOwner);
    expect(await ok(REVOKE, { id: created.apiKey.id }, asOwner)).toEqual(revoked);
    expect((await verify({ key: created.key })).status).toBe(401);
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
