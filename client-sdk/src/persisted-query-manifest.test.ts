import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { StoreDocument, StoresDocument } from './__generated__/graphql';
import { createClient } from './client';
import {
  PERSISTED_QUERY_MANIFEST_PATH,
  buildPersistedQueryManifest,
  formatManifest,
} from './persisted-query-manifest';

describe('persisted query manifest', () => {
  it('is checked in as `pnpm sdk` writes it from the operations', () => {
    expect(readFileSync(PERSISTED_QUERY_MANIFEST_PATH, 'utf8')).toBe(
      formatManifest(buildPersistedQueryManifest()),
    );
  });

  it('holds the SHA-256 of exactly the text the client sends', async () => {
    const sent: string[] = [];
    const client = createClient({
      url: 'http://gateway.test/graphql',
      fetch: (async (_url: string, init: RequestInit) => {
        sent.push((JSON.parse(String(init.body)) as { query: string }).query);
        return new Response('{"data":null}', { headers: { 'content-type': 'application/json' } });
      }) as typeof fetch,
    });
    await client.execute(StoreDocument, { id: 'store-1' });
    await client.execute(StoresDocument, { first: 10 });

    const ids = buildPersistedQueryManifest().operations.map((operation) => operation.id);
    const hashes = sent.map((query) => createHash('sha256').update(query).digest('hex'));
    expect(ids).toEqual(expect.arrayContaining(hashes));
  });
});
