import {
  API_KEY_SCOPES,
  closeMongo,
  connectMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import type { Connection } from 'mongoose';
import { createUsersSubgraph } from './index';
import { RecordingNotifier } from './notifications/recording-notifier';

const SECRET = 'users-tenant-isolation-test-secret';
const PASSWORD = 'correct horse battery staple 42';
const notifier = new RecordingNotifier();

let subgraph: RunningSubgraph;
let db: Connection;
let query: ReturnType<typeof signedClient>;

async function data<T>(document: string, variables: Record<string, unknown>, identity?: Identity) {
  const result = await query(document, variables, identity);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

async function signUp(name: string): Promise<{ id: string; email: string }> {
  const email = `${name}.${Date.now()}@example.vn`;
  const session = await data<{ user: { id: string } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { user { id } } } }`,
    { input: { email, password: PASSWORD, displayName: name } },
  );
  return { id: session.user.id, email };
}

const ownerOf = (userId: string, organizationId: string): Identity => ({
  ...userIdentity(userId),
  organizations: [{ organizationId, role: 'OWNER' }],
});

/** Everything the users subgraph keeps about one organisation, straight from its collections. */
async function snapshot(organizationId: string) {
  const of = (collection: string, filter: Record<string, unknown>) =>
    db.collection(collection).find(filter).sort({ _id: 1 }).toArray();
  return {
    organization: await of('organizations', { _id: organizationId }),
    memberships: await of('memberships', { organizationId }),
    invitations: await of('invitations', { organizationId }),
    apiKeys: await of('api_keys', { organizationId }),
  };
}

beforeAll(async () => {
  subgraph = await startSubgraph(createUsersSubgraph({ notifier }), {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  query = signedClient(subgraph.url, SECRET);
  db = await connectMongo({ dbName: 'dabba_users' });
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('tenant isolation between organisations', () => {
  it('refuses an OWNER and an API key of organisation A every operation on organisation B', async () => {
    const [ownerA, ownerB, staffB] = await Promise.all([
      signUp('owner-a'),
      signUp('owner-b'),
      signUp('staff-b'),
    ]);
    const create = (userId: string, name: string) =>
      data<{ id: string }>(
        `mutation ($input: CreateOrganizationInput!) {
          createOrganization(input: $input) { ... on Organization { id } } }`,
        { input: { name, idempotencyKey: name } },
        userIdentity(userId),
      );
    const [{ id: orgA }, { id: orgB }] = await Promise.all([
      create(ownerA.id, 'Org A'),
      create(ownerB.id, 'Org B'),
    ]);
    const asOwnerB = ownerOf(ownerB.id, orgB);

    // Organisation B: a second member, a pending invitation and an API key.
    const INVITE = `mutation ($input: InviteMemberInput!) {
      inviteMember(input: $input) { ... on Invitation { id } } }`;
    await data(
      INVITE,
      { input: { organizationId: orgB, email: staffB.email, role: 'STAFF' } },
      asOwnerB,
    );
    await data(
      `mutation ($token: String!) { acceptInvitation(token: $token) { __typename } }`,
      { token: notifier.lastTo(staffB.email)!.params.token },
      userIdentity(staffB.id),
    );
    const pending = await data<{ id: string }>(
      INVITE,
      { input: { organizationId: orgB, phone: '0987654321', role: 'MANAGER' } },
      asOwnerB,
    );
    const key = await data<{ apiKey: { id: string } }>(
      `mutation ($input: CreateApiKeyInput!) {
        createApiKey(input: $input) { ... on CreatedApiKey { apiKey { id } } } }`,
      { input: { organizationId: orgB, name: 'Till B', scopes: ['orders:read'] } },
      asOwnerB,
    );
    const before = await snapshot(orgB);
    expect(before.memberships).toHaveLength(2);

    const attempts: [string, Record<string, unknown>][] = [
      [`query ($id: ID!) { organization(id: $id) { id name } }`, { id: orgB }],
      [
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
          members { edges { node { role } } } } } }`,
        { r: [{ __typename: 'Organization', id: orgB }] },
      ],
      [
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
          invitations { edges { node { id } } } } } }`,
        { r: [{ __typename: 'Organization', id: orgB }] },
      ],
      [
        `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Organization {
          apiKeys { edges { node { id } } } } } }`,
        { r: [{ __typename: 'Organization', id: orgB }] },
      ],
      [INVITE, { input: { organizationId: orgB, email: 'spy@example.vn', role: 'OWNER' } }],
      [`mutation ($id: ID!) { revokeInvitation(id: $id) { __typename } }`, { id: pending.id }],
      [
        `mutation ($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { __typename } }`,
        { input: { organizationId: orgB, userId: staffB.id, role: 'OWNER' } },
      ],
      [
        `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { __typename } }`,
        { input: { organizationId: orgB, userId: staffB.id } },
      ],
      [
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { __typename } }`,
        { input: { organizationId: orgB, name: 'Spy', scopes: ['orders:write'] } },
      ],
      [`mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: key.apiKey.id }],
    ];
    const callers: Identity[] = [
      ownerOf(ownerA.id, orgA),
      {
        kind: 'apiKey',
        userId: null,
        roles: [],
        organizations: [{ organizationId: orgA, role: 'API_KEY' }],
        scopes: [...API_KEY_SCOPES],
        apiKeyId: 'key_0000000000000000000000aa',
      },
    ];
    for (const caller of callers) {
      for (const [document, variables] of attempts) {
        const result = await query(document, variables, caller);
        expect({
          document,
          caller: caller.kind,
          code: result.errors?.[0]?.extensions?.code,
        }).toEqual({ document, caller: caller.kind, code: 'FORBIDDEN' });
      }
    }
    expect(await snapshot(orgB)).toEqual(before);
  });
});
