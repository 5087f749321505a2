import { z } from 'zod';
import { ConfigError, parseConfig, subgraphEnvSchema } from './config';

const SECRET = 'a'.repeat(32);

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig with the subgraph schema', () => {
  it('applies defaults and coerces the port', () => {
    expect(parseConfig(subgraphEnvSchema, { IDENTITY_SECRET: SECRET, PORT: '4001' })).toEqual({
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      PORT: 4001,
      MONGODB_URL: undefined,
      IDENTITY_SECRET: SECRET,
      SEED_DEMO_DATA: false,
      AMQP_URL: undefined,
      EVENT_RETENTION_DAYS: 7,
      EVENT_MAX_ATTEMPTS: 5,
      EVENT_RETRY_INITIAL_MS: 1_000,
      EVENT_RETRY_MAX_MS: 60_000,
    });
  });

  it('takes RabbitMQ and the event settings from the environment', () => {
    const config = parseConfig(subgraphEnvSchema, {
      IDENTITY_SECRET: SECRET,
      AMQP_URL: 'amqps://dabba:secret@mq.internal:5671/prod',
      EVENT_RETENTION_DAYS: '30',
      EVENT_MAX_ATTEMPTS: '8',
    });
    expect(config).toMatchObject({
      AMQP_URL: 'amqps://dabba:secret@mq.internal:5671/prod',
      EVENT_RETENTION_DAYS: 30,
      EVENT_MAX_ATTEMPTS: 8,
    });
  });

  it('refuses a broker URL that is not AMQP and event settings that are not positive integers', () => {
    const error = configError(() =>
      parseConfig(subgraphEnvSchema, {
        IDENTITY_SECRET: SECRET,
        AMQP_URL: 'http://127.0.0.1:15672',
        EVENT_MAX_ATTEMPTS: '0',
        EVENT_RETRY_INITIAL_MS: 'soon',
      }),
    );
    expect(error.issues).toEqual([
      'AMQP_URL: must be an amqp:// or amqps:// URL',
      expect.stringMatching(/^EVENT_MAX_ATTEMPTS: /),
      expect.stringMatching(/^EVENT_RETRY_INITIAL_MS: /),
    ]);
  });

  it('accepts a full production environment', () => {
    const config = parseConfig(subgraphEnvSchema, {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      MONGODB_URL: 'mongodb://db-0,db-1/?replicaSet=rs0',
      IDENTITY_SECRET: SECRET,
      SEED_DEMO_DATA: 'true',
    });
    expect(config).toMatchObject({
      NODE_ENV: 'production',
      PORT: 0,
      MONGODB_URL: 'mongodb://db-0,db-1/?replicaSet=rs0',
      SEED_DEMO_DATA: true,
    });
  });

  it('treats empty variables as unset', () => {
    const config = parseConfig(subgraphEnvSchema, {
      IDENTITY_SECRET: SECRET,
      MONGODB_URL: '',
      NODE_ENV: '',
    });
    expect(config.MONGODB_URL).toBeUndefined();
    expect(config.NODE_ENV).toBe('development');
  });

  it('lists every bad variable at once', () => {
    const error = configError(() =>
      parseConfig(subgraphEnvSchema, {
        NODE_ENV: 'staging',
        LOG_LEVEL: 'loud',
        PORT: 'eighty',
        MONGODB_URL: 'postgres://localhost/db',
        IDENTITY_SECRET: 'short',
        SEED_DEMO_DATA: 'maybe',
      }),
    );
    expect(error.issues.map((issue) => issue.split(':')[0]).sort()).toEqual([
      'IDENTITY_SECRET',
      'LOG_LEVEL',
      'MONGODB_URL',
      'NODE_ENV',
      'PORT',
      'SEED_DEMO_DATA',
    ]);
    expect(error.message).toContain('IDENTITY_SECRET: must be at least 32 characters');
    expect(error.message).toContain('MONGODB_URL: must be a mongodb:// or mongodb+srv:// URL');
  });

  it('reports a missing secret and an out-of-range port', () => {
    const error = configError(() => parseConfig(subgraphEnvSchema, { PORT: '70000' }));
    expect(error.issues).toHaveLength(2);
    expect(error.issues[0]).toMatch(/^PORT: /);
    expect(error.issues[1]).toBe('IDENTITY_SECRET: is required');
  });
});

describe('parseConfig with a service schema', () => {
  it('extends the subgraph schema', () => {
    const schema = subgraphEnvSchema.extend({ AMQP_URL: z.string().startsWith('amqp://') });
    const error = configError(() => parseConfig(schema, { IDENTITY_SECRET: SECRET }));
    expect(error.issues).toEqual([expect.stringMatching(/^AMQP_URL: /)]);
  });

  it('reads process.env by default', () => {
    const previous = process.env.DABBA_CONFIG_TEST;
    process.env.DABBA_CONFIG_TEST = 'from-process';
    try {
      expect(parseConfig(z.object({ DABBA_CONFIG_TEST: z.string() }))).toEqual({
        DABBA_CONFIG_TEST: 'from-process',
      });
    } finally {
      if (previous === undefined) delete process.env.DABBA_CONFIG_TEST;
      else process.env.DABBA_CONFIG_TEST = previous;
    }
  });
});
