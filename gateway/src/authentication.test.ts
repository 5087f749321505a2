import { ANONYMOUS, verifyIdentity } from '@dabba/subgraph-kit';
import { SignJWT, UnsecuredJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@dabba/subgraph-kit';
import { startGateway, type RunningGateway } from './index';
import { fakeUsersSubgraph, generateAccessTokenKeys, mintAccessToken } from './testing';

const IDENTITY_SECRET = 'gateway-test-secret-0123456789abcdef';
const USER_QUERY = JSON.stringify({ query: '{ user(id: "user-1") { id displayName } }' });
const USER_DATA = { data: { user: { id: 'user-1', displayName: 'Asha' } } };
const keys = generateAccessTokenKeys();
const otherKeys = generateAccessTokenKeys();

async function post(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: USER_QUERY,
  });
  return { status: response.status, body: await response.json() };
}

function refused(message: string) {
  return { status: 401, body: { errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] } };
}

describe('gateway authentication', () => {
  let users: Awaited<ReturnType<typeof fakeUsersSubgraph>>;
  const gateways: RunningGateway[] = [];

  async function gateway(env: NodeJS.ProcessEnv = {}): Promise<string> {
    const started = await startGateway({
      env: { IDENTITY_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test', ...env },
      port: 0,
      subgraphUrls: { users: users.url },
    });
    gateways.push(started);
    return started.url;
  }

  let url: string;

  beforeAll(async () => {
    users = await fakeUsersSubgraph();
    url = await gateway({ AUTH_JWT_PUBLIC_KEY: keys.publicKey });
  });

  afterAll(async () => {
    await Promise.all(gateways.map((started) => started.close()));
    await new Promise((resolve) => users.server.close(resolve));
  });

  beforeEach(() => {
    users.received.length = 0;
  });

  const forwardedIdentity = () => verifyIdentity(users.received[0] ?? {}, IDENTITY_SECRET);

  it('sends a caller without a token to subgraphs as anonymous, with its address', async () => {
    expect(await post(url)).toEqual({ status: 200, body: USER_DATA });
    expect(forwardedIdentity()).toEqual({ ...ANONYMOUS, clientIp: '127.0.0.1' });
  });

  it('sends the user of a valid access token to subgraphs', async () => {
    const orgs = [{ organizationId: 'org_pho_bac', role: 'owner' }];
    const token = await mintAccessToken(keys.privateKey, 'usr_1', { roles: ['partner'], orgs });

    expect(await post(url, { authorization: `Bearer ${token}` })).toEqual({
      status: 200,
      body: USER_DATA,
    });
    expect(forwardedIdentity()).toEqual({
      kind: 'user',
      userId: 'usr_1',
      roles: ['partner'],
      organizations: orgs,
      scopes: [],
      clientIp: '127.0.0.1',
    });
  });

  it('refuses an expired access token without asking any subgraph', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 16 * 60;
    const token = await mintAccessToken(keys.privateKey, 'usr_1', { issuedAt });

    expect(await post(url, { authorization: `Bearer ${token}` })).toEqual(
      refused('Access token expired'),
    );
    expect(users.received).toEqual([]);
  });

  const invalidTokens: [string, () => Promise<string>][] = [
    ['signed with another key', () => mintAccessToken(otherKeys.privateKey, 'usr_1')],
    ['from another issuer', () => mintAccessToken(keys.privateKey, 'usr_1', { issuer: 'evil' })],
    ['for another audience', () => mintAccessToken(keys.privateKey, 'usr_1', { audience: 'x' })],
    [
      'unsigned (alg none)',
      async () =>
        new UnsecuredJWT({ roles: [], orgs: [] })
          .setSubject('usr_1')
          .setIssuer(ACCESS_TOKEN_ISSUER)
          .setAudience(ACCESS_TOKEN_AUDIENCE)
          .setExpirationTime('15m')
          .encode(),
    ],
    [
      'HMAC-signed with the public key (HS256)',
      () =>
        new SignJWT({ roles: [], orgs: [] })
          .setProtectedHeader({ alg: 'HS256' })
          .setSubject('usr_1')
          .setIssuer(ACCESS_TOKEN_ISSUER)
          .setAudience(ACCESS_TOKEN_AUDIENCE)
          .setExpirationTime('15m')
          .sign(Buffer.from(keys.publicKey)),
    ],
    [
      'without roles',
      () => mintAccessToken(keys.privateKey, 'usr_1', { roles: 'admin' as unknown as string[] }),
    ],
    ['without a subject', () => mintAccessToken(keys.privateKey, '')],
    ['malformed', async () => 'not-a-jwt'],
  ];

  it.each(invalidTokens)('refuses an access token %s', async (_case, token) => {
    expect(await post(url, { authorization: `Bearer ${await token()}` })).toEqual(
      refused('Invalid access token'),
    );
    expect(users.received).toEqual([]);
  });

  it('refuses other authorization schemes and malformed headers', async () => {
    expect(await post(url, { authorization: 'Basic dXNlcjpwYXNz' })).toEqual(
      refused('Unsupported authorization scheme'),
    );
    expect(await post(url, { authorization: 'Bearer' })).toEqual(
      refused('Malformed Authorization header'),
    );
    expect(users.received).toEqual([]);
  });

  it('refuses every access token when no public key is configured', async () => {
    const keyless = await gateway();
    const token = await mintAccessToken(keys.privateKey, 'usr_1');

    expect(await post(keyless, { authorization: `Bearer ${token}` })).toEqual(
      refused('Invalid access token'),
    );
    expect(await post(keyless)).toEqual({ status: 200, body: USER_DATA });
  });

  it('takes the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    const forwarded = { 'x-forwarded-for': '203.0.113.7, 10.0.0.2' };
    await post(url, forwarded);
    expect(forwardedIdentity().clientIp).toBe('127.0.0.1');

    users.received.length = 0;
    await post(await gateway({ TRUST_PROXY: 'true' }), forwarded);
    expect(forwardedIdentity().clientIp).toBe('203.0.113.7');
  });
});
