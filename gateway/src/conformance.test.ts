import { serverAudits } from 'graphql-http';
import { startGateway, type RunningGateway } from './index';
import { fakeUsersSubgraph } from './testing';

/**
 * GraphQL over HTTP conformance: graphql-http's server audits against a running gateway with its
 * default protection. Every MUST passes; the SHOULD and MAY audits it does not pass are listed
 * here on purpose, with why (docs/gateway.md, Protection).
 */
const IDENTITY_SECRET = 'gateway-test-secret-0123456789abcdef';

/**
 * Apollo Server answers request errors (parse, validation, variable coercion) with 400 for
 * `application/json` too, and refuses GET requests that carry no CSRF-proof header (CSRF
 * prevention), which the audits' GETs do not send.
 */
const KNOWN_DEVIATIONS = [
  'MAY accept application/x-www-form-urlencoded formatted GET requests',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json',
  'SHOULD use 200 status code on document parsing failure when accepting application/json',
  'SHOULD use 200 status code on document validation failure when accepting application/json',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json',
];

let url = '';
const audits = serverAudits({ url: () => url });
const must = audits.filter((audit) => audit.name.startsWith('MUST'));
const recommended = audits.filter((audit) => !audit.name.startsWith('MUST'));

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let gateway: RunningGateway;
  let users: Awaited<ReturnType<typeof fakeUsersSubgraph>>;

  beforeAll(async () => {
    users = await fakeUsersSubgraph();
    gateway = await startGateway({
      env: { IDENTITY_SECRET, LOG_LEVEL: 'silent', NODE_ENV: 'test' },
      port: 0,
      subgraphUrls: { users: users.url },
    });
    url = gateway.url;
  });

  afterAll(async () => {
    await gateway.close();
    await new Promise((resolve) => users.server.close(resolve));
  });

  it('has MUST audits to run', () => {
    expect(must.length).toBeGreaterThan(10);
  });

  it.each(must.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status === 'ok' ? 'ok' : `${result.status}: ${result.reason}`).toBe('ok');
  });

  it('passes every SHOULD and MAY audit but the known deviations', async () => {
    const failed: string[] = [];
    for (const audit of recommended) {
      if ((await audit.fn()).status !== 'ok') failed.push(audit.name);
    }
    expect(failed.sort()).toEqual([...KNOWN_DEVIATIONS].sort());
  });
});
