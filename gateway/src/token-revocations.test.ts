import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_REVOCATIONS_PATH, verifyIdentity } from '@dabba/subgraph-kit';
import pino from 'pino';
import { startTokenRevocationFeed, type TokenRevocationFeed } from './token-revocations';

const SECRET = 'token-revocations-test-secret-32chars';

interface Revocation {
  id: string;
  scope: 'session' | 'user';
  subject: string;
  at: string;
}

/** A stand-in for the users route: pages of `pageSize`, from `since` or after a cursor. */
class UsersStandIn {
  revocations: Revocation[] = [];
  pageSize = 2;
  down = false;
  readonly requests: { since: string; after?: { at: string; id: string } }[] = [];
  readonly callers: string[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        if (this.down || request.url !== TOKEN_REVOCATIONS_PATH) {
          response.writeHead(503).end();
          return;
        }
        this.callers.push(verifyIdentity(request.headers, SECRET).kind);
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        this.requests.push(body);
        const key = (revocation: Revocation) => `${revocation.at}|${revocation.id}`;
        const sorted = [...this.revocations].sort((a, b) => key(a).localeCompare(key(b)));
        const from = body.after
          ? sorted.filter((revocation) => key(revocation) > `${body.after.at}|${body.after.id}`)
          : sorted.filter((revocation) => revocation.at >= body.since);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            revocations: from.slice(0, this.pageSize),
            hasMore: from.length > this.pageSize,
          }),
        );
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('the token revocation feed', () => {
  const T = Date.parse('2026-11-21T10:00:00.000Z');
  let clock = T;
  let users: UsersStandIn;
  let feed: TokenRevocationFeed;

  const at = (ms: number) => new Date(T + ms).toISOString();

  beforeEach(async () => {
    clock = T;
    users = new UsersStandIn();
    await users.start();
    feed = startTokenRevocationFeed({
      usersUrl: users.url,
      identitySecret: SECRET,
      timeoutMs: 2_000,
      // Polled by hand: the loop's own first poll happens at start, then not within a test.
      pollIntervalMs: 60_000,
      logger: pino({ level: 'silent' }),
      now: () => clock,
    });
  });

  afterEach(async () => {
    feed.stop();
    await users.stop();
  });

  it('reads every page as the gateway, and refuses what each revocation covers', async () => {
    users.revocations = [
      { id: 'r1', scope: 'session', subject: 'ses_a', at: at(0) },
      { id: 'r2', scope: 'user', subject: 'usr_b', at: at(5_000) },
      { id: 'r3', scope: 'user', subject: 'usr_c', at: at(5_000) },
    ];
    await feed.poll();

    expect(users.callers.every((kind) => kind === 'service')).toBe(true);
    // Two a page: the second page is asked for after the second revocation.
    expect(users.requests.at(-1)?.after).toEqual({ at: at(5_000), id: 'r2' });
    const issuedBefore = Math.floor((T + 5_000) / 1000) - 1;
    expect(feed.isRevoked('usr_a', 'ses_a', Math.floor(T / 1000) + 100)).toBe(true);
    expect(feed.isRevoked('usr_b', 'ses_other', issuedBefore)).toBe(true);
    // A token issued in the second of the change, or after it, is the refreshed one.
    expect(feed.isRevoked('usr_b', 'ses_other', issuedBefore + 1)).toBe(false);
    expect(feed.isRevoked('usr_d', 'ses_d', issuedBefore)).toBe(false);
  });

  it('reads again from a little before the newest it saw, applying each revocation once', async () => {
    users.revocations = [{ id: 'r1', scope: 'user', subject: 'usr_a', at: at(20_000) }];
    await feed.poll();
    // Committed late: its time is before the newest already read, within the overlap.
    users.revocations.push({ id: 'r0', scope: 'session', subject: 'ses_late', at: at(15_000) });
    await feed.poll();

    expect(users.requests.at(-1)?.since).toBe(at(10_000));
    expect(feed.isRevoked('usr_x', 'ses_late', 0)).toBe(true);
  });

  it('keeps what it read while users is down, and forgets what no token outlives', async () => {
    users.revocations = [{ id: 'r1', scope: 'session', subject: 'ses_a', at: at(0) }];
    await feed.poll();
    users.down = true;
    await expect(feed.poll()).rejects.toThrow('503');
    expect(feed.isRevoked('usr_a', 'ses_a', 0)).toBe(true);

    users.down = false;
    users.revocations = [];
    clock = T + 21 * 60_000;
    await feed.poll();
    expect(feed.isRevoked('usr_a', 'ses_a', 0)).toBe(false);
  });

  it('logs once that it cannot read, from its own loop', async () => {
    users.down = true;
    const outage: string[] = [];
    const looping = startTokenRevocationFeed({
      usersUrl: users.url,
      identitySecret: SECRET,
      timeoutMs: 2_000,
      pollIntervalMs: 10,
      logger: pino(
        { level: 'warn' },
        { write: (line: string) => outage.push(JSON.parse(line).msg) },
      ),
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      looping.stop();
    }
    expect(outage).toEqual([
      'cannot read token revocations from users: the ones already read stay in force',
    ]);
  });
});
