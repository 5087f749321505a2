import { ConfigError } from '@dabba/subgraph-kit';
import { loadGatewayConfig } from './config';

const IDENTITY_SECRET = 'x'.repeat(32);

describe('loadGatewayConfig', () => {
  it('defaults to port 4000, Sandbox on outside production and the supergraph URLs', () => {
    expect(loadGatewayConfig({ IDENTITY_SECRET })).toEqual({
      nodeEnv: 'development',
      logLevel: 'info',
      port: 4000,
      host: undefined,
      identitySecret: IDENTITY_SECRET,
      sandboxEnabled: true,
      subgraphTimeoutMs: 10_000,
      subgraphUrls: {},
    });
  });

  it('turns Sandbox off in production unless asked for', () => {
    expect(loadGatewayConfig({ IDENTITY_SECRET, NODE_ENV: 'production' }).sandboxEnabled).toBe(
      false,
    );
    expect(
      loadGatewayConfig({ IDENTITY_SECRET, NODE_ENV: 'production', SANDBOX_ENABLED: 'true' })
        .sandboxEnabled,
    ).toBe(true);
  });

  it('reads a routing URL override per subgraph', () => {
    const config = loadGatewayConfig({
      IDENTITY_SECRET,
      USERS_SUBGRAPH_URL: 'http://users.internal:8080/graphql',
    });
    expect(config.subgraphUrls).toEqual({ users: 'http://users.internal:8080/graphql' });
  });

  it('lists every invalid variable at once', () => {
    let thrown: unknown;
    try {
      loadGatewayConfig({
        PORT: 'eighty',
        USERS_SUBGRAPH_URL: 'not a url',
        SUBGRAPH_TIMEOUT_MS: '0',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const issues = (thrown as ConfigError).issues.map((issue) => issue.split(':')[0]);
    expect(issues.sort()).toEqual([
      'IDENTITY_SECRET',
      'PORT',
      'SUBGRAPH_TIMEOUT_MS',
      'USERS_SUBGRAPH_URL',
    ]);
  });
});
