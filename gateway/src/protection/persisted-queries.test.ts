import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANONYMOUS, type Identity } from '@dabba/subgraph-kit';
import {
  DEFAULT_PERSISTED_QUERY_MANIFEST,
  createPersistedQueries,
  loadPersistedQueryManifest,
} from './persisted-queries';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest = JSON.parse(readFileSync(DEFAULT_PERSISTED_QUERY_MANIFEST, 'utf8')) as {
  operations: { id: string; name: string; body: string }[];
};
const [sdkOperation] = manifest.operations;
const OTHER = '{ me { id } }';

const customer: Identity = {
  kind: 'user',
  userId: 'usr_1',
  roles: ['customer'],
  organizations: [],
  scopes: [],
};
const partner: Identity = {
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId: 'org_1', role: 'API_KEY' }],
  scopes: ['menus:read'],
  apiKeyId: 'key_1',
};

const byHash = (query: string) => ({
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } },
});

/** What the allow-list plugin decides for one request that resolved to `query`. */
async function pluginAllows(identity: Identity, query: string, liveResolution = false) {
  const [plugin] = createPersistedQueries('allowlist').plugins;
  const listener = await plugin!.requestDidStart!({} as never);
  const context = { queryHash: sha256(query), contextValue: { identity, liveResolution } };
  return listener!.didResolveOperation!(context as never).then(
    () => true,
    (error: { extensions: { code: string } }) => error.extensions.code,
  );
}

describe('loadPersistedQueryManifest', () => {
  it('reads the client SDK’s operations by hash', () => {
    const operations = loadPersistedQueryManifest(DEFAULT_PERSISTED_QUERY_MANIFEST);
    expect(operations.get(sdkOperation!.id)).toBe(sdkOperation!.body);
  });

  it('fails on an operation whose id is not the hash of its body', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'manifest-')), 'manifest.json');
    const tampered = { ...sdkOperation!, body: OTHER };
    writeFileSync(
      path,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [tampered],
      }),
    );
    expect(() => loadPersistedQueryManifest(path)).toThrow(
      `${path}: the id of ${sdkOperation!.name} is not the SHA-256 of its body`,
    );
  });
});

describe('allow-list', () => {
  it('lets the apps run the SDK’s operations only', async () => {
    expect(await pluginAllows(customer, sdkOperation!.body)).toBe(true);
    expect(await pluginAllows(ANONYMOUS, OTHER)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
    expect(await pluginAllows(customer, OTHER)).toBe('PERSISTED_QUERY_NOT_ALLOWED');
  });

  it('leaves partner API keys and the subscription engine’s resolutions alone', async () => {
    expect(await pluginAllows(partner, OTHER)).toBe(true);
    expect(await pluginAllows(customer, OTHER, true)).toBe(true);
  });

  it('resolves a subscription payload by text or hash, refusing what it does not hold', () => {
    const { resolve } = createPersistedQueries('allowlist');
    expect(resolve(customer, { query: sdkOperation!.body })).toBe(sdkOperation!.body);
    expect(resolve(customer, byHash(sdkOperation!.body))).toBe(sdkOperation!.body);
    for (const payload of [{ query: OTHER }, byHash(OTHER), {}]) {
      expect(() => resolve(customer, payload)).toThrow(
        expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' } }),
      );
    }
    expect(resolve(partner, { query: OTHER })).toBe(OTHER);
  });
});

describe('automatic persisted queries', () => {
  it('resolves a subscription payload to its own text, which it must carry', () => {
    const { resolve, apolloOption } = createPersistedQueries('apq');
    expect(apolloOption).toBeUndefined();
    expect(resolve(customer, { query: OTHER })).toBe(OTHER);
    expect(() => resolve(customer, byHash(OTHER))).toThrow(
      expect.objectContaining({ extensions: { code: 'PERSISTED_QUERY_NOT_SUPPORTED' } }),
    );
  });
});
