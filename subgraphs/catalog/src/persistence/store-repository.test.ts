import { ConflictError, closeMongo, connectMongo } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { createStore, type Store } from '../domain/store';
import { DEMO_STORES } from '../seed';
import { openCatalogPersistence, type StoreRepository } from './index';

let db: Connection;
let stores: StoreRepository;

const sameInstant = new Date('2026-04-01T00:00:00.000Z');
function store(id: string, organizationId: string, createdAt: Date): Store {
  const [base] = DEMO_STORES;
  const result = createStore({ ...base!, id, name: id, organizationId, createdAt });
  if (!result.ok) throw new Error('invalid fixture');
  return result.store;
}
// Three stores share a creation instant, so the id must break the tie.
const all = [
  store('sto_a', 'org_1', new Date('2026-03-31T00:00:00.000Z')),
  store('sto_b', 'org_2', sameInstant),
  store('sto_c', 'org_1', sameInstant),
  store('sto_d', 'org_2', sameInstant),
  store('sto_e', 'org_1', new Date('2026-04-02T00:00:00.000Z')),
];

beforeAll(async () => {
  db = await connectMongo({ dbName: 'catalog_repository_test' });
  ({ stores } = await openCatalogPersistence(db));
  for (const item of [...all].reverse()) await stores.save(item);
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('StoreRepository', () => {
  it('lists in creation order, ids breaking ties, without skipping or repeating', async () => {
    const seen: string[] = [];
    let after: Store | null = null;
    for (;;) {
      const page: Store[] = await stores.listAfter(after, 2);
      if (page.length === 0) break;
      seen.push(...page.map((item) => item.id));
      after = page.at(-1)!;
    }
    expect(seen).toEqual(['sto_a', 'sto_b', 'sto_c', 'sto_d', 'sto_e']);
  });

  it("lists one organisation's stores in listing order", async () => {
    const first = await stores.listAfter(null, 2, 'org_1');
    expect(first.map((item) => item.id)).toEqual(['sto_a', 'sto_c']);
    const rest = await stores.listAfter(first[1]!, 2, 'org_1');
    expect(rest.map((item) => item.id)).toEqual(['sto_e']);
    expect(await stores.listAfter(null, 2, 'org_nobody')).toEqual([]);
  });

  it('returns domain objects and replaces on save', async () => {
    await stores.save({ ...all[0]!, name: 'Renamed' });
    expect(await stores.findByIds(['sto_a'])).toEqual([{ ...all[0], name: 'Renamed' }]);
  });
});

describe('StoreRepository, beyond listing', () => {
  it('round-trips a zone, opening hours with exceptions and the H3 cells', async () => {
    const [withZone] = DEMO_STORES;
    const result = createStore({ ...withZone!, id: 'sto_zone' });
    if (!result.ok) throw new Error('invalid fixture');
    await stores.save(result.store);
    expect(await stores.findByIds(['sto_zone'])).toEqual([result.store]);
    const found = await stores.findInCells(8, [result.store.h3.r8, 'nowhere']);
    expect(found.map((item) => item.id)).toContain('sto_zone');
    expect(await stores.findInCells(9, ['8965b56634bffff'])).toEqual([]);
  });

  it('refuses a second store under the same idempotency key, per organisation', async () => {
    await stores.insert({ ...all[0]!, id: 'sto_key_1' }, 'key-1');
    await expect(stores.insert({ ...all[0]!, id: 'sto_key_2' }, 'key-1')).rejects.toThrow(
      ConflictError,
    );
    await stores.insert({ ...all[0]!, id: 'sto_key_3', organizationId: 'org_2' }, 'key-1');
    expect((await stores.findByIdempotencyKey('org_1', 'key-1'))?.id).toBe('sto_key_1');
    expect((await stores.findByIdempotencyKey('org_2', 'key-1'))?.id).toBe('sto_key_3');
  });
});
