import { DEMO_ORGANIZATION_IDS, DEMO_STORE_IDS } from '@dabba/subgraph-kit';
import type { NewStore } from './domain/store';
import type { CatalogServices } from './services';

/** Fixed ids and timestamps, owned by the demo partner organisations: seeding twice leaves the same data. */
export const DEMO_STORES: readonly NewStore[] = [
  {
    id: DEMO_STORE_IDS.phoBac,
    name: 'Phở Bắc 1955',
    kind: 'RESTAURANT',
    currency: 'VND',
    organizationId: DEMO_ORGANIZATION_IDS.minhKitchens,
    createdAt: new Date('2026-01-10T02:00:00.000Z'),
  },
  {
    id: DEMO_STORE_IDS.banhMiCorner,
    name: 'Bánh Mì Corner',
    kind: 'RESTAURANT',
    currency: 'VND',
    organizationId: DEMO_ORGANIZATION_IDS.minhKitchens,
    createdAt: new Date('2026-01-12T02:00:00.000Z'),
  },
  {
    id: DEMO_STORE_IDS.freshMart,
    name: 'FreshMart Thảo Điền',
    kind: 'GROCERY',
    currency: 'VND',
    organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers,
    createdAt: new Date('2026-01-11T02:00:00.000Z'),
  },
  {
    id: DEMO_STORE_IDS.spiceBazaar,
    name: 'Spice Bazaar Indiranagar',
    kind: 'GROCERY',
    currency: 'INR',
    organizationId: DEMO_ORGANIZATION_IDS.priyaGrocers,
    createdAt: new Date('2026-01-13T06:30:00.000Z'),
  },
];

export async function seedDemoStores(services: CatalogServices): Promise<void> {
  for (const store of DEMO_STORES) await services.saveStore(store);
}
