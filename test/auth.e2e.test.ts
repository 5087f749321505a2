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

  const gql = (query: string, variables: Record<string, unknown>, token?: string) =>
    postGraphQL(platform.gatewayUrl, query, {
      variables,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  const SESSION = 'accessToken refreshToken user { id }';
  const ME = '{ me { id } }';
  const REVOKED = {
    status: 401,
    body: {
      errors: [
        {
          message: 'Access token revoked: refresh the session',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    },
  };

  /** The gateway reads revocations every second: the refusal comes within a few polls. */
  async function refusedSoon(token: string): Promise<void> {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const answer = await gql(ME, {}, token);
      if (answer.status === 401 || Date.now() > deadline) {
        expect(answer).toEqual(REVOKED);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('refuses the access token of a session that logged out, not of the others', async () => {
    const logIn = () =>
      gql(
        `mutation ($input: LogInInput!) { logIn(input: $input) { ... on AuthSession { ${SESSION} } } }`,
        { input: { email: 'lan.customer@demo.dabba.dev', password: DEMO_PASSWORD } },
      ).then(
        (answer) =>
          (answer.body.data as { logIn: { accessToken: string; refreshToken: string } }).logIn,
      );
    const [phone, laptop] = [await logIn(), await logIn()];
    expect((await gql(ME, {}, phone.accessToken)).status).toBe(200);

    await gql('mutation ($t: String!) { logOut(refreshToken: $t) { __typename } }', {
      t: phone.refreshToken,
    });

    await refusedSoon(phone.accessToken);
    expect(await gql(ME, {}, laptop.accessToken)).toEqual({
      status: 200,
      body: { data: { me: { id: customer } } },
    });
  });

  it('refuses every older access token after a password change, and accepts the new session', async () => {
    const password = 'a long and unusual passphrase 7';
    const signUp = await gql(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { ${SESSION} } } }`,
      { input: { email: 'revoked.tokens@example.vn', password, displayName: 'Revoked Tokens' } },
    );
    const first = (signUp.body.data as { signUp: { accessToken: string } }).signUp;
    // Issued in an earlier second than the change, as every real older token is.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const changed = await gql(
      `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) {
        ... on PasswordChanged { session { accessToken } } } }`,
      { input: { currentPassword: password, newPassword: 'another long passphrase 8' } },
      first.accessToken,
    );
    const { session } = (
      changed.body.data as { changePassword: { session: { accessToken: string } } }
    ).changePassword;

    await refusedSoon(first.accessToken);
    expect((await gql(ME, {}, session.accessToken)).status).toBe(200);
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
