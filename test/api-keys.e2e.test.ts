import { startGateway, type RunningGateway } from '@dabba/gateway';
import { DEMO_ORGANIZATION_IDS } from '@dabba/subgraph-kit';
import { DEMO_PASSWORD } from '@dabba/users/src/seed';
import { postGraphQL } from './support/http';
import {
  ACCESS_TOKEN_KEYS,
  IDENTITY_SECRET,
  startPlatform,
  type Platform,
} from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;
const minhKitchens = DEMO_ORGANIZATION_IDS.minhKitchens;
const ORGANIZATION = 'query ($id: ID!) { organization(id: $id) { id name } }';

describe('partner API keys through the gateway', () => {
  let platform: Platform;
  /** A second gateway over the same subgraphs that remembers no key, so revocation shows at once. */
  let uncached: RunningGateway;
  let ownerToken: string;

  beforeAll(async () => {
    platform = await startPlatform();
    uncached = await startGateway({
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        IDENTITY_SECRET,
        AUTH_JWT_PUBLIC_KEY: ACCESS_TOKEN_KEYS.publicKey,
        API_KEY_CACHE_TTL_MS: '0',
        API_KEY_REFUSED_CACHE_TTL_MS: '0',
      },
      port: 0,
      subgraphUrls: Object.fromEntries(platform.subgraphs.map((s) => [s.name, s.url])),
    });
    const logIn = await postGraphQL(
      platform.gatewayUrl,
      `mutation ($input: LogInInput!) { logIn(input: $input) { ... on AuthSession { accessToken } } }`,
      { variables: { input: { email: 'minh.partner@demo.dabba.dev', password: DEMO_PASSWORD } } },
    );
    ownerToken = (logIn.body.data as { logIn: { accessToken: string } }).logIn.accessToken;
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await uncached?.close();
    await platform?.close();
  });

  const asOwner = (query: string, variables: Record<string, unknown>) =>
    postGraphQL(platform.gatewayUrl, query, {
      variables,
      headers: { authorization: `Bearer ${ownerToken}` },
    });
  const withKey = (url: string, key: string, id: string = minhKitchens) =>
    postGraphQL(url, ORGANIZATION, {
      variables: { id },
      headers: { authorization: `ApiKey ${key}` },
    });
  const refused = {
    status: 401,
    body: { errors: [{ message: 'Invalid API key', extensions: { code: 'UNAUTHENTICATED' } }] },
  };

  it('lets an OWNER create a key that acts for their organisation only, until revoked', async () => {
    const created = await asOwner(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) {
        __typename ... on CreatedApiKey { key apiKey { id scopes } } } }`,
      { input: { organizationId: minhKitchens, name: 'Till', scopes: ['menus:read'] } },
    );
    const { key, apiKey } = (
      created.body.data as { createApiKey: { key: string; apiKey: { id: string } } }
    ).createApiKey;
    expect(key).toMatch(/^dabba_key_[0-9a-f]{24}_[A-Za-z0-9_-]{43}$/);

    // The key's organisation and scopes reach the users subgraph, whose rule admits exactly them.
    expect(await withKey(platform.gatewayUrl, key)).toEqual({
      status: 200,
      body: { data: { organization: { id: minhKitchens, name: 'Minh Kitchens' } } },
    });
    const other = await withKey(platform.gatewayUrl, key, DEMO_ORGANIZATION_IDS.priyaGrocers);
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const forged = `${key.slice(0, -1)}${key.endsWith('A') ? 'B' : 'A'}`;
    expect(await withKey(platform.gatewayUrl, forged)).toEqual(refused);

    await asOwner(`mutation ($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: apiKey.id });
    expect(await withKey(uncached.url, key)).toEqual(refused);
    // The default gateway trusts what it verified for up to 60 s: revocation reaches it by then.
    expect((await withKey(platform.gatewayUrl, key)).status).toBe(200);
  });
});
