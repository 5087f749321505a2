import { ConfigError } from '@dabba/subgraph-kit/src/config';
import { loadStartConfig } from './start-config';

const SUBGRAPHS = [
  { name: 'users', defaultPort: 4001 },
  { name: 'catalog', defaultPort: 4002 },
];
const RUN = {
  mongoUrl: 'mongodb://127.0.0.1:27017',
  identitySecret: 's'.repeat(32),
  accessTokenKeys: { privateKey: 'PRIVATE PEM', publicKey: 'PUBLIC PEM' },
};

describe('loadStartConfig', () => {
  it('generates the access token keys when neither half is set', () => {
    expect(loadStartConfig({}, SUBGRAPHS).accessTokenKeys).toBeUndefined();
  });

  it('uses a key pair given in the environment', () => {
    const env = { AUTH_JWT_PRIVATE_KEY: 'PRIVATE PEM', AUTH_JWT_PUBLIC_KEY: 'PUBLIC PEM' };
    expect(loadStartConfig(env, SUBGRAPHS).accessTokenKeys).toEqual(RUN.accessTokenKeys);
  });

  it('refuses one half of the key pair without the other, with every other bad variable', () => {
    expect(() => loadStartConfig({ AUTH_JWT_PRIVATE_KEY: 'PEM' }, SUBGRAPHS)).toThrow(
      new ConfigError(['AUTH_JWT_PUBLIC_KEY: is required when AUTH_JWT_PRIVATE_KEY is set']),
    );
    expect(() =>
      loadStartConfig({ AUTH_JWT_PUBLIC_KEY: 'PEM', GATEWAY_PORT: 'x' }, SUBGRAPHS),
    ).toThrow(
      new ConfigError([
        'GATEWAY_PORT: Invalid input: expected number, received NaN',
        'AUTH_JWT_PRIVATE_KEY: is required when AUTH_JWT_PUBLIC_KEY is set',
      ]),
    );
  });

  it('with AMQP_URL, gives the private key to the subgraphs only and the public key to the gateway only', () => {
    const env = { AUTH_JWT_PRIVATE_KEY: 'PRIVATE PEM', AUTH_JWT_PUBLIC_KEY: 'PUBLIC PEM' };
    const { subgraphs, gateway } = loadStartConfig(
      { ...env, AMQP_URL: 'amqp://127.0.0.1' },
      SUBGRAPHS,
    ).plan(RUN);

    expect(subgraphs.length).toBeGreaterThan(1);
    for (const subgraph of subgraphs) {
      expect(subgraph.env).toMatchObject({ AUTH_JWT_PRIVATE_KEY: 'PRIVATE PEM' });
      expect(subgraph.env).not.toHaveProperty('AUTH_JWT_PUBLIC_KEY');
    }
    expect(gateway?.env).toMatchObject({ AUTH_JWT_PUBLIC_KEY: 'PUBLIC PEM' });
    expect(gateway?.env).not.toHaveProperty('AUTH_JWT_PRIVATE_KEY');
  });

  it('without AMQP_URL, runs the gateway in the subgraphs’ process, where the in-process broker is', () => {
    const env = { AUTH_JWT_PRIVATE_KEY: 'PRIVATE PEM', AUTH_JWT_PUBLIC_KEY: 'PUBLIC PEM' };
    const config = loadStartConfig({ ...env, GATEWAY_PORT: '4100' }, SUBGRAPHS);
    const { subgraphs, gateway } = config.plan(RUN);

    expect(gateway).toBeUndefined();
    expect(subgraphs).toHaveLength(1);
    expect(subgraphs[0]!.env).toMatchObject({
      GATEWAY_IN_PROCESS: 'true',
      PORT: '4100',
      AUTH_JWT_PUBLIC_KEY: 'PUBLIC PEM',
    });
    expect(subgraphs[0]!.readyUrls).toContain('http://127.0.0.1:4100/ready');
    expect(config.entries).toEqual([subgraphs[0]!.entry]);
  });
});
