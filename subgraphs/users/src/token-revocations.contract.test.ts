import {
  DEMO_ORGANIZATION_IDS,
  DEMO_USER_IDS,
  SERVICE_IDENTITY,
  TOKEN_REVOCATIONS_PATH,
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { postRoute, signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { createUsersSubgraph } from './index';
import { RecordingNotifier } from './notifications/recording-notifier';
import { DEMO_PASSWORD } from './seed';

const SECRET = 'users-token-revocations-contract-secret';
const ORG = DEMO_ORGANIZATION_IDS.minhKitchens;
const OWNER: Identity = {
  ...userIdentity(DEMO_USER_IDS.partner, ['PARTNER']),
  organizations: [{ organizationId: ORG, role: 'OWNER' }],
};
const ADMIN = userIdentity(DEMO_USER_IDS.admin, ['ADMIN']);

const notifier = new RecordingNotifier();
let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
const startedAt = new Date();

interface Revocation {
  id: string;
  scope: string;
  subject: string;
  at: string;
}

const read = (body: unknown, identity: Identity | null = SERVICE_IDENTITY) =>
  postRoute(subgraph.url, TOKEN_REVOCATIONS_PATH, body, SECRET, identity);

async function revocations(): Promise<Revocation[]> {
  const answer = await read({ since: startedAt.toISOString() });
  expect(answer.status).toBe(200);
  return (answer.body as { revocations: Revocation[] }).revocations;
}

async function ok(document: string, variables: Record<string, unknown>, identity?: Identity) {
  const result = await query(document, variables, identity);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as Record<string, unknown>;
}

beforeAll(async () => {
  subgraph = await startSubgraph(createUsersSubgraph({ notifier }), {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('revoked access tokens, for the gateway', () => {
  it('answers only the gateway, and only a well-formed request', async () => {
    const since = startedAt.toISOString();
    expect((await read({ since }, null)).status).toBe(401);
    expect(await read({ since }, ADMIN)).toEqual({
      status: 403,
      body: { error: 'Only the gateway may read token revocations' },
    });
    expect((await read({ since: 'yesterday' })).status).toBe(400);
    expect(await read({ since })).toEqual({
      status: 200,
      body: { revocations: [], hasMore: false },
    });
  });

  it('revokes the session that logs out, and every token of a user whose access changed', async () => {
    const session = (await ok(
      `mutation ($i: LogInInput!) { logIn(input: $i) { ... on AuthSession { refreshToken } } }`,
      { i: { email: 'lan.customer@demo.dabba.dev', password: DEMO_PASSWORD } },
    )) as { refreshToken: string };
    await ok(`mutation ($t: String!) { logOut(refreshToken: $t) { __typename } }`, {
      t: session.refreshToken,
    });
    // The customer joins Minh Kitchens (no revocation: access only grows), is promoted, removed.
    await ok(
      `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { __typename } }`,
      { i: { organizationId: ORG, email: 'lan.customer@demo.dabba.dev', role: 'STAFF' } },
      OWNER,
    );
    const token = notifier.lastTo('lan.customer@demo.dabba.dev')!.params.token!;
    const customer = userIdentity(DEMO_USER_IDS.customer, ['CUSTOMER']);
    await ok(
      `mutation ($t: String!) { acceptInvitation(token: $t) { __typename } }`,
      { t: token },
      customer,
    );
    const member = { organizationId: ORG, userId: DEMO_USER_IDS.customer };
    await ok(
      `mutation ($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { __typename } }`,
      { i: { ...member, role: 'MANAGER' } },
      OWNER,
    );
    await ok(
      `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) { __typename } }`,
      { i: member },
      OWNER,
    );
    await ok(
      `mutation ($u: ID!) { grantRole(userId: $u, role: SUPPORT) { __typename } }`,
      { u: DEMO_USER_IDS.driver },
      ADMIN,
    );

    const read = await revocations();
    expect(read.map(({ scope, subject }) => ({ scope, subject }))).toEqual([
      { scope: 'session', subject: expect.stringMatching(/^ses_/) },
      { scope: 'user', subject: DEMO_USER_IDS.customer },
      { scope: 'user', subject: DEMO_USER_IDS.customer },
      { scope: 'user', subject: DEMO_USER_IDS.driver },
    ]);
  });
});
