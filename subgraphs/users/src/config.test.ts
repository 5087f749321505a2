import { generateKeyPairSync } from 'node:crypto';
import { ConfigError } from '@dabba/subgraph-kit';
import { parseUsersConfig } from './config';

const pem = (type: 'ed25519' | 'rsa') =>
  (type === 'rsa'
    ? generateKeyPairSync('rsa', { modulusLength: 2048 })
    : generateKeyPairSync('ed25519')
  ).privateKey
    .export({ type: 'pkcs8', format: 'pem' })
    .toString();

function issues(env: NodeJS.ProcessEnv): string[] {
  try {
    parseUsersConfig(env);
    return [];
  } catch (error) {
    return (error as ConfigError).issues;
  }
}

describe('users config', () => {
  it('requires the signing key in production', () => {
    expect(issues({ NODE_ENV: 'production' })).toEqual([
      'AUTH_JWT_PRIVATE_KEY: is required in production',
    ]);
  });

  it('makes it optional in development and tests', () => {
    expect(parseUsersConfig({ NODE_ENV: 'test' })).toEqual({
      NODE_ENV: 'test',
      AUTH_JWT_KEY_ID: 'dabba-1',
    });
  });

  it('accepts an Ed25519 PKCS8 PEM, also written on one line with \\n escapes', () => {
    const key = pem('ed25519');
    const oneLine = key.replace(/\n/g, '\\n');
    const config = parseUsersConfig({ NODE_ENV: 'production', AUTH_JWT_PRIVATE_KEY: oneLine });
    expect(config.AUTH_JWT_PRIVATE_KEY).toBe(key);
  });

  it('lists every bad variable', () => {
    expect(
      issues({
        AUTH_JWT_PRIVATE_KEY: pem('rsa'),
        REDIS_URL: 'localhost:6379',
        AUTH_JWT_KEY_ID: 'x'.repeat(65),
      }),
    ).toEqual([
      'AUTH_JWT_PRIVATE_KEY: must be an Ed25519 private key in PKCS8 PEM',
      expect.stringMatching(/^AUTH_JWT_KEY_ID: /),
      'REDIS_URL: must be a redis:// or rediss:// URL',
    ]);
  });
});
