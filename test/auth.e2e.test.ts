import { DEMO_USER_IDS } from '@dabba/subgraph-kit';
import { DEMO_PASSWORD } from '@dabba/users/src/seed';
import { postGraphQL } from './support/http';
import { accessTokenFor, startPlatform, type Platform } from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;
const EMAIL_QUERY = 'query ($id: ID!) { user(id: $id) { id email } }';
const customer = DEMO_USER_IDS.customer;

describe('access tokens through the gateway', () => {
  let platform: Platform;

  beforeAll(async () => {
    platform = await startPlatform();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await platform?.close();
  });

  const readEmail = (headers: Record<string, string> = {}) =>
    postGraphQL(platform.gatewayUrl, EMAIL_QUERY, { variables: { id: customer }, headers });

  it('lets a user read their own email with an access token', async () => {
    const token = await accessTokenFor(customer);

    expect(await readEmail({ authorization: `Bearer ${token}` })).toEqual({
      status: 200,
      body: { data: { user: { id: customer, email: 'lan.customer@demo.dabba.dev' } } },
    });
  });

  it('accepts the access token the users subgraph issues at log-in', async () => {
    const logIn = await postGraphQL(
      platform.gatewayUrl,
      `mutation ($input: LogInInput!) {
        logIn(input: $input) { ... on AuthSession { accessToken } }
      }`,
      { variables: { input: { email: 'lan.customer@demo.dabba.dev', password: DEMO_PASSWORD } } },
    );
    const { accessToken } = (logIn.body.data as { logIn: { accessToken: string } }).logIn;

    expect(await readEmail({ authorization: `Bearer ${accessToken}` })).toEqual({
      status: 200,
      body: { data: { user: { id: customer, email: 'lan.customer@demo.dabba.dev' } } },
    });
  });

  it('hides the email from an anonymous caller', async () => {
    expect(await readEmail()).toEqual({
      status: 200,
      body: { data: { user: { id: customer, email: null } } },
    });
  });

  it('refuses an expired access token with 401 UNAUTHENTICATED', async () => {
    const issuedAt = Math.floor(Date.now() / 1000) - 3600;
    const token = await accessTokenFor(customer, { issuedAt });

    expect(await readEmail({ authorization: `Bearer ${token}` })).toEqual({
      status: 401,
      body: {
        errors: [{ message: 'Access token expired', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
  });
});
