import { echoSubgraph } from './__fixtures__/echo-subgraph';
import { runEchoMain } from './__fixtures__/run-main';
import { ConfigError } from './config';
import { signIdentity } from './identity';
import { closeMongo } from './mongo';
import { startSubgraph } from './subgraph';
import { postGraphQL, userIdentity } from './testing';

const SECRET = 'subgraph-lifecycle-secret-32-chars!';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const env = { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' };

afterAll(() => closeMongo());

describe('startSubgraph', () => {
  it('fails fast on bad configuration, listing every problem', async () => {
    const error = await startSubgraph(echoSubgraph, { env: { PORT: 'x' } }).catch((e) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).issues.map((issue) => issue.split(':')[0])).toEqual([
      'PORT',
      'IDENTITY_SECRET',
    ]);
  });

  it('requires a port when the definition has no default', async () => {
    await expect(startSubgraph(echoSubgraph, { env })).rejects.toThrow('PORT: is required');
  });

  it('serves the subgraph with the verified identity in context', async () => {
    const subgraph = await startSubgraph(echoSubgraph, { env, port: 0 });
    try {
      expect(subgraph.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/graphql$/);
      const result = await postGraphQL(
        subgraph.url,
        { query: '{ whoami _service { sdl } }' },
        // What a gateway sends when it wants a federated trace: no subgraph computes one.
        {
          ...signIdentity(userIdentity('usr_1'), SECRET),
          'apollo-federation-include-trace': 'ftv1',
        },
      );
      expect(result.data).toMatchObject({ whoami: 'usr_1', _service: { sdl: expect.any(String) } });
      expect(result.extensions).toBeUndefined();
      expect((await fetch(subgraph.url.replace('/graphql', '/ready'))).status).toBe(200);
    } finally {
      await subgraph.close();
    }
  });

  it('fails to start on a port in use, releasing what it opened', async () => {
    const first = await startSubgraph(echoSubgraph, { env, port: 0 });
    try {
      const port = Number(new URL(first.url).port);
      await expect(startSubgraph(echoSubgraph, { env, port })).rejects.toThrow('EADDRINUSE');
      expect((await fetch(first.url.replace('/graphql', '/ready'))).status).toBe(200);
    } finally {
      await first.close();
    }
  });
});

describe('runSubgraphMain', () => {
  it('exits non-zero after logging every configuration problem', async () => {
    const main = runEchoMain({ IDENTITY_SECRET: 'short', PORT: '-1' });
    expect(await main.exited).toBe(1);
    expect(main.lines).toContainEqual(
      expect.objectContaining({
        level: 'fatal',
        msg: 'invalid configuration',
        issues: [expect.stringMatching(/^PORT: /), expect.stringMatching(/^IDENTITY_SECRET: /)],
      }),
    );
  });

  it('drains in-flight requests on SIGTERM, then exits cleanly', async () => {
    const main = runEchoMain({ IDENTITY_SECRET: SECRET, PORT: '0' });
    const { url } = (await main.logged('listening')) as { url: string };
    const started = main.logged('slow request started');
    const inFlight = postGraphQL(
      url,
      { query: '{ slow(ms: 300) }' },
      {
        ...signIdentity(userIdentity('usr_1'), SECRET),
        'x-request-id': 'req-slow',
        traceparent: `00-${TRACE_ID}-00f067aa0ba902b7-01`,
      },
    );
    expect(await started).toMatchObject({ requestId: 'req-slow', traceId: TRACE_ID });
    main.child.kill('SIGTERM');
    expect(await inFlight).toEqual({ status: 200, data: { slow: 'done' } });
    expect(await main.exited).toBe(0);
    expect(main.lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['shutting down', 'stopped']),
    );
  });

  it('stops cleanly on a SIGTERM that arrives while it is starting', async () => {
    const main = runEchoMain({ IDENTITY_SECRET: SECRET, PORT: '0' });
    await main.logged('MONGODB_URL is not set: started the embedded MongoDB');

    main.child.kill('SIGTERM');

    expect(await main.exited).toBe(0);
    expect(main.lines.map((line) => line.msg)).toEqual(
      expect.arrayContaining(['shutting down', 'stopped']),
    );
  });
});
