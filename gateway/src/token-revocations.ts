import { TOKEN_REVOCATIONS_PATH, TOKEN_REVOCATION_KEEP_SECONDS } from '@dabba/subgraph-kit';
import type pino from 'pino';
import { z } from 'zod';
import { postAsGateway } from './users-internal';

/** How often the gateway asks users for new revocations, by default. */
export const DEFAULT_TOKEN_REVOCATION_POLL_MS = 1_000;
/**
 * Each poll starts this long before the newest revocation already read: a transaction that
 * commits late writes an `at` from before its commit. Revocations already read are skipped by id.
 */
const OVERLAP_MS = 10_000;
const KEEP_MS = TOKEN_REVOCATION_KEEP_SECONDS * 1000;

const pageSchema = z.object({
  revocations: z.array(
    z.object({
      id: z.string().min(1),
      scope: z.enum(['session', 'user']),
      subject: z.string().min(1),
      at: z.iso.datetime(),
    }),
  ),
  hasMore: z.boolean(),
});

/** What the access token verifier asks of the feed. */
export interface RevokedTokens {
  /**
   * Whether a token of `userId` in session `sessionId`, issued at `issuedAtSeconds` (its `iat`),
   * was revoked: its session ended, or the user's roles, memberships or password changed in a
   * later second than the one it was issued in.
   */
  isRevoked(userId: string, sessionId: string, issuedAtSeconds: number): boolean;
}

export interface TokenRevocationFeed extends RevokedTokens {
  /** Reads what is new now (the loop does it every poll interval); rejects if users fails. */
  poll(): Promise<void>;
  stop(): void;
}

export interface TokenRevocationFeedOptions {
  /** The users subgraph's GraphQL URL, as the gateway routes to it. */
  usersUrl: string;
  identitySecret: string;
  /** Limit of one request to users. */
  timeoutMs: number;
  pollIntervalMs: number;
  logger: pino.Logger;
  now?: () => number;
}

/**
 * The access tokens revoked before they expire, read from the users subgraph
 * (`/internal/token-revocations`) every `pollIntervalMs` and kept in memory for as long as a
 * token they refuse can live, so checking a token costs two map lookups. While users cannot be
 * asked, what was read stays in force and the outage is logged once: tokens are then refused
 * only as of the last successful poll.
 */
export function startTokenRevocationFeed(options: TokenRevocationFeedOptions): TokenRevocationFeed {
  const now = options.now ?? Date.now;
  const url = new URL(TOKEN_REVOCATIONS_PATH, options.usersUrl).toString();
  const logger = options.logger.child({ component: 'token-revocations' });
  /** Newest `at` (ms) by session id and by user id. */
  const sessions = new Map<string, number>();
  const users = new Map<string, number>();
  /** Revocations already applied, by id, with their `at` (ms), for the overlap. */
  const seen = new Map<string, number>();
  let newestAt: number | null = null;
  let failing = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function page(since: number, after?: { at: string; id: string }) {
    const response = await postAsGateway(
      url,
      { since: new Date(since).toISOString(), ...(after ? { after } : {}) },
      options,
    );
    if (!response.ok) throw new Error(`users answered ${response.status} to ${url}`);
    return pageSchema.parse(await response.json());
  }

  function remember(map: Map<string, number>, key: string, at: number): void {
    if ((map.get(key) ?? -Infinity) < at) map.set(key, at);
  }

  function forgetExpired(): void {
    const horizon = now() - KEEP_MS;
    for (const map of [sessions, users, seen]) {
      for (const [key, at] of map) if (at < horizon) map.delete(key);
    }
  }

  async function poll(): Promise<void> {
    const since = newestAt === null ? now() - KEEP_MS : newestAt - OVERLAP_MS;
    let after: { at: string; id: string } | undefined;
    for (;;) {
      const { revocations, hasMore } = await page(since, after);
      for (const revocation of revocations) {
        if (seen.has(revocation.id)) continue;
        const at = Date.parse(revocation.at);
        seen.set(revocation.id, at);
        remember(revocation.scope === 'session' ? sessions : users, revocation.subject, at);
        newestAt = Math.max(newestAt ?? at, at);
      }
      const last = revocations.at(-1);
      if (!hasMore || !last) break;
      after = { at: last.at, id: last.id };
    }
    forgetExpired();
  }

  async function loop(): Promise<void> {
    try {
      await poll();
      if (failing) logger.info('token revocations are read again');
      failing = false;
    } catch (error) {
      if (!failing) {
        logger.warn(
          { err: error },
          'cannot read token revocations from users: the ones already read stay in force',
        );
      }
      failing = true;
    }
    if (!stopped) timer = setTimeout(() => void loop(), options.pollIntervalMs);
  }

  void loop();

  return {
    poll,
    isRevoked(userId, sessionId, issuedAtSeconds) {
      if (sessions.has(sessionId)) return true;
      const userAt = users.get(userId);
      return userAt !== undefined && issuedAtSeconds < Math.floor(userAt / 1000);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
