import { startGateway, type RunningGateway } from '@dabba/gateway';
import { postGraphQL } from './support/http';
import { freePorts } from './support/ports';
import { IDENTITY_SECRET, startPlatform, type Platform } from './support/platform';

const STARTUP_TIMEOUT_MS = 120_000;
const PARTNER_USER = '{ user(id: "usr_demo_partner_minh") { displayName } }';
const UNAVAILABLE = {
  status: 200,
  body: {
    data: { user: null },
    errors: [
      {
        message: 'A service this operation depends on is unavailable. Try again later.',
        extensions: { code: 'INTERNAL' },
      },
    ],
  },
};

describe('errors through the gateway', () => {
  let platform: Platform;
  const gateways: RunningGateway[] = [];

  /** A second gateway over the same subgraphs, with a different secret or routing. */
  async function gatewayWith(options: { secret: string; usersUrl: string }): Promise<string> {
    const gateway = await startGateway({
      env: { NODE_ENV: 'test', LOG_LEVEL: 'silent', IDENTITY_SECRET: options.secret },
      port: 0,
      subgraphUrls: { users: options.usersUrl, catalog: platform.subgraph('catalog').url },
    });
    gateways.push(gateway);
    return gateway.url;
  }

  beforeAll(async () => {
    platform = await startPlatform();
  }, STARTUP_TIMEOUT_MS);

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await platform?.close();
  });

  it('passes a subgraph’s error code and message to the client unchanged', async () => {
    const response = await postGraphQL(
      platform.gatewayUrl,
      '{ stores(first: 0) { edges { node { id } } } }',
    );

    expect(response).toEqual({
      status: 200,
      body: {
        data: null,
        errors: [
          {
            message: 'first must be between 1 and 100',
            path: ['stores'],
            extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
          },
        ],
      },
    });
  });

  it('answers a clear error without internals when a subgraph is down', async () => {
    const [closedPort] = await freePorts(1);
    const url = await gatewayWith({
      secret: IDENTITY_SECRET,
      usersUrl: `http://127.0.0.1:${closedPort}/graphql`,
    });

    const response = await postGraphQL(url, PARTNER_USER);

    expect(response).toEqual(UNAVAILABLE);
  });

  it('does not blame the caller when a subgraph refuses the gateway’s identity', async () => {
    const url = await gatewayWith({
      secret: 'a-secret-the-subgraphs-do-not-share-0123',
      usersUrl: platform.subgraph('users').url,
    });

    const response = await postGraphQL(url, PARTNER_USER);

    expect(response).toEqual(UNAVAILABLE);
  });
});
