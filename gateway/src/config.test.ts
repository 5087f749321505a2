import { ConfigError } from '@dabba/subgraph-kit';
import { generateKeyPairSync } from 'node:crypto';
import { loadGatewayConfig } from './config';
import { generateAccessTokenKeys } from './testing';

const IDENTITY_SECRET = 'x'.repeat(32);
const AUTH_JWT_PUBLIC_KEY = generateAccessTokenKeys().publicKey;

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
      accessTokenPublicKey: undefined,
      trustProxy: false,
      apiKeyCacheTtlMs: 60_000,
      apiKeyRefusedCacheTtlMs: 10_000,
      tokenRevocationPollMs: 1_000,
      subgraphUrls: {},
    });
  });

  it('turns Sandbox off in production unless asked for', () => {
    const production = { IDENTITY_SECRET, AUTH_JWT_PUBLIC_KEY, NODE_ENV: 'production' };
    expect(loadGatewayConfig(production).sandboxEnabled).toBe(false);
    expect(loadGatewayConfig({ ...production, SANDBOX_ENABLED: 'true' }).sandboxEnabled).toBe(true);
  });

  it('reads the access token public key and whether to trust X-Forwarded-For', () => {
    const config = loadGatewayConfig({ IDENTITY_SECRET, AUTH_JWT_PUBLIC_KEY, TRUST_PROXY: 'true' });
    expect(config).toMatchObject({ accessTokenPublicKey: AUTH_JWT_PUBLIC_KEY, trustProxy: true });
  });

  it('reads a public key written on one line with literal \\n', () => {
    const oneLine = AUTH_JWT_PUBLIC_KEY.replace(/\n/g, '\\n');
    const config = loadGatewayConfig({ IDENTITY_SECRET, AUTH_JWT_PUBLIC_KEY: oneLine });
    expect(config.accessTokenPublicKey).toBe(AUTH_JWT_PUBLIC_KEY);
  });

  it('requires the access token public key in production', () => {
    expect(() => loadGatewayConfig({ IDENTITY_SECRET, NODE_ENV: 'production' })).toThrow(
      new ConfigError(['AUTH_JWT_PUBLIC_KEY: is required in production']),
    );
  });

  it('accepts only an Ed25519 public key in SPKI PEM', () => {
    const rsa = generateKeyPairSync('rsa', {
      modulusLength: 1024,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
    const ed25519 = generateAccessTokenKeys();
    for (const key of [rsa.publicKey, ed25519.privateKey, 'not a key']) {
      expect(() => loadGatewayConfig({ IDENTITY_SECRET, AUTH_JWT_PUBLIC_KEY: key })).toThrow(
        new ConfigError(['AUTH_JWT_PUBLIC_KEY: must be an Ed25519 public key in SPKI PEM']),
      );
    }
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
        NODE_ENV: 'production',
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    const issues = (thrown as ConfigError).issues.map((issue) => issue.split(':')[0]);
    expect(issues.sort()).toEqual([
      'AUTH_JWT_PUBLIC_KEY',
      'IDENTITY_SECRET',
      'PORT',
      'SUBGRAPH_TIMEOUT_MS',
      'USERS_SUBGRAPH_URL',
    ]);
  });
});
