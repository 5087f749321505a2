import { ConfigError } from '@dabba/subgraph-kit';
import { generateKeyPairSync } from 'node:crypto';
import { loadGatewayConfig } from './config';
import { DEFAULT_PERSISTED_QUERY_MANIFEST } from './protection/persisted-queries';
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
      subgraphQueryDeduplication: true,
      accessTokenPublicKey: undefined,
      trustProxy: false,
      apiKeyCacheTtlMs: 60_000,
      apiKeyRefusedCacheTtlMs: 10_000,
      tokenRevocationPollMs: 1_000,
      subgraphUrls: {},
      redisUrl: undefined,
      amqpUrl: undefined,
      subscriptionKeepAliveMs: 12_000,
      protection: {
        maxBodyBytes: 1_048_576,
        requestTimeoutMs: 30_000,
        maxOperationDepth: 12,
        cost: { maxCost: 5_000, defaultListSize: 10 },
        rateLimits: {
          anonymous: { capacity: 60, refillPerMinute: 300 },
          user: { capacity: 120, refillPerMinute: 600 },
          apiKey: { capacity: 240, refillPerMinute: 1_200 },
        },
        corsOrigins: [],
        persistedQueries: 'apq',
        persistedQueryManifest: DEFAULT_PERSISTED_QUERY_MANIFEST,
      },
    });
  });

  it('turns subgraph query de-duplication off', () => {
    expect(
      loadGatewayConfig({ IDENTITY_SECRET, SUBGRAPH_QUERY_DEDUPLICATION: 'false' })
        .subgraphQueryDeduplication,
    ).toBe(false);
  });

  it('reads the protection limits', () => {
    const config = loadGatewayConfig({
      IDENTITY_SECRET,
      REDIS_URL: 'redis://cache.internal:6379',
      MAX_BODY_BYTES: '65536',
      REQUEST_TIMEOUT_MS: '5000',
      MAX_OPERATION_DEPTH: '8',
      MAX_OPERATION_COST: '2000',
      OPERATION_COST_LIST_SIZE: '25',
      RATE_LIMIT_ANONYMOUS: '20',
      RATE_LIMIT_USER: '0',
      RATE_LIMIT_USER_BURST: '10',
      RATE_LIMIT_API_KEY: '500',
      RATE_LIMIT_API_KEY_BURST: '1000',
      CORS_ORIGINS: 'https://app.dabba.vn, https://partners.dabba.vn',
      PERSISTED_QUERIES: 'allowlist',
      PERSISTED_QUERY_MANIFEST: '/srv/manifest.json',
    });
    expect({ redisUrl: config.redisUrl, protection: config.protection }).toEqual({
      redisUrl: 'redis://cache.internal:6379',
      protection: {
        maxBodyBytes: 65_536,
        requestTimeoutMs: 5_000,
        maxOperationDepth: 8,
        cost: { maxCost: 2_000, defaultListSize: 25 },
        rateLimits: {
          anonymous: { capacity: 20, refillPerMinute: 20 },
          user: null,
          apiKey: { capacity: 1_000, refillPerMinute: 500 },
        },
        corsOrigins: ['https://app.dabba.vn', 'https://partners.dabba.vn'],
        persistedQueries: 'allowlist',
        persistedQueryManifest: '/srv/manifest.json',
      },
    });
  });

  it('refuses a negative rate limit and a burst under 1', () => {
    expect(() =>
      loadGatewayConfig({
        IDENTITY_SECRET,
        RATE_LIMIT_ANONYMOUS: '-1',
        RATE_LIMIT_USER_BURST: '0',
      }),
    ).toThrow(
      new ConfigError([
        'RATE_LIMIT_ANONYMOUS: Too small: expected number to be >=0',
        'RATE_LIMIT_USER_BURST: Too small: expected number to be >=1',
      ]),
    );
  });

  it('refuses CORS origins that are not exact origins, and unknown persisted query modes', () => {
    expect(() =>
      loadGatewayConfig({
        IDENTITY_SECRET,
        CORS_ORIGINS: 'https://app.dabba.vn/,*',
        PERSISTED_QUERIES: 'sometimes',
        REDIS_URL: 'localhost:6379',
      }),
    ).toThrow(
      new ConfigError([
        'REDIS_URL: must be a redis:// or rediss:// URL',
        'CORS_ORIGINS.0: must be exact origins, e.g. https://app.dabba.vn, comma-separated',
        'CORS_ORIGINS.1: must be exact origins, e.g. https://app.dabba.vn, comma-separated',
        'PERSISTED_QUERIES: Invalid option: expected one of "apq"|"allowlist"|"off"',
      ]),
    );
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
