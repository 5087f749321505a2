import {
  DEMO_ORGANIZATION_IDS,
  DEMO_STORE_IDS,
  closeMongo,
  connectMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient } from '@dabba/subgraph-kit/src/testing';
import type { Connection } from 'mongoose';
import { catalogSubgraph } from './index';

const SECRET = 'catalog-stores-contract-secret-32ch';
const ORG_A = DEMO_ORGANIZATION_IDS.minhKitchens;
const ORG_B = DEMO_ORGANIZATION_IDS.priyaGrocers;

const member = (organizationId: string, role: string): Identity => ({
  kind: 'user',
  userId: `usr_${role.toLowerCase()}`,
  roles: ['PARTNER'],
  organizations: [{ organizationId, role }],
  scopes: [],
});
const apiKey = (organizationId: string, scopes: string[]): Identity => ({
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId, role: 'API_KEY' }],
  scopes,
  apiKeyId: 'key_1',
});

const CREATE = `mutation ($input: CreateStoreInput!) {
  createStore(input: $input) {
    __typename
    ... on StorePayload { store { id name organization { id } openingHours { timeZone } } }
    ... on CatalogError { code message }
    ... on InvalidCatalogInput { field }
    ... on InvalidOpeningHours { problems { code path } }
  }
}`;
const UPDATE = `mutation ($storeId: ID!, $input: UpdateStoreInput!) {
  updateStore(storeId: $storeId, input: $input) {
    __typename
    ... on StorePayload { store { id temporarilyClosed openNow prepTimeMinutes } }
    ... on CatalogError { code }
  }
}`;

const newStore = (idempotencyKey: string, changes: Record<string, unknown> = {}) => ({
  organizationId: ORG_A,
  idempotencyKey,
  name: 'Cơm Tấm Ba Ghiền',
  kind: 'RESTAURANT',
  currency: 'VND',
  address: {
    lines: ['84 Đặng Văn Ngữ'],
    district: 'Phú Nhuận',
    city: 'Hồ Chí Minh',
    countryCode: 'VN',
  },
  location: { lat: 10.7942, lng: 106.6712 },
  deliveryArea: { radiusMeters: 3500 },
  openingHours: {
    timeZone: 'Asia/Ho_Chi_Minh',
    weekly: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].map(
      (day) => ({ day, open: '00:00', close: '24:00' }),
    ),
  },
  cuisines: ['vietnamese'],
  prepTimeMinutes: 15,
  ...changes,
});

let subgraph: RunningSubgraph;
let db: Connection;
let query: ReturnType<typeof signedClient>;

beforeAll(async () => {
  subgraph = await startSubgraph(catalogSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  db = await connectMongo({ dbName: 'dabba_catalog' });
  query = signedClient(subgraph.url, SECRET);
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

async function storeEvents(storeId: string) {
  return db
    .collection('outbox')
    .find({ 'event.type': 'catalog.store.changed.v1', 'event.subject': storeId })
    .toArray();
}

describe('createStore', () => {
  it('lets an OWNER open a store for the organisation, once per idempotency key', async () => {
    const owner = member(ORG_A, 'OWNER');
    const first = await query(CREATE, { input: newStore('open-com-tam') }, owner);
    expect(first.data?.createStore).toMatchObject({
      __typename: 'StorePayload',
      store: { name: 'Cơm Tấm Ba Ghiền', organization: { id: ORG_A } },
    });
    const { id } = (first.data?.createStore as { store: { id: string } }).store;
    expect(id).toMatch(/^sto_/);

    const replay = await query(
      CREATE,
      { input: newStore('open-com-tam', { name: 'Other' }) },
      owner,
    );
    expect(replay.data?.createStore).toEqual(first.data?.createStore);
    const events = await storeEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]?.event).toMatchObject({
      tenant: ORG_A,
      data: { storeId: id, organizationId: ORG_A },
    });
  });

  it('lets an API key of the organisation with menus:write open one', async () => {
    const result = await query(
      CREATE,
      { input: newStore('by-api-key') },
      apiKey(ORG_A, ['menus:write']),
    );
    expect(result.data?.createStore).toMatchObject({ __typename: 'StorePayload' });
  });

  it.each([
    ['a STAFF member', member(ORG_A, 'STAFF'), 'FORBIDDEN'],
    ['an OWNER of another organisation', member(ORG_B, 'OWNER'), 'FORBIDDEN'],
    ['an API key of another organisation', apiKey(ORG_B, ['menus:write']), 'FORBIDDEN'],
    ['an API key with menus:read only', apiKey(ORG_A, ['menus:read']), 'FORBIDDEN'],
    [
      'an anonymous caller',
      { kind: 'anonymous', userId: null, roles: [], organizations: [], scopes: [] } as Identity,
      'UNAUTHENTICATED',
    ],
  ])('refuses %s', async (_who, identity, code) => {
    const result = await query(CREATE, { input: newStore(`refused-${code}`) }, identity);
    expect(result.errors?.[0]?.extensions?.code).toBe(code);
  });

  it('answers bad input with typed results', async () => {
    const owner = member(ORG_A, 'MANAGER');
    const zone = await query(
      CREATE,
      { input: newStore('bad-zone', { deliveryArea: { zone: [[{ lat: 10.8, lng: 106.7 }]] } }) },
      owner,
    );
    expect(zone.data?.createStore).toMatchObject({
      __typename: 'InvalidCatalogInput',
      code: 'INVALID_INPUT',
      field: 'deliveryArea',
    });
    const both = await query(
      CREATE,
      { input: newStore('both-areas', { deliveryArea: { radiusMeters: 10, zone: [] } }) },
      owner,
    );
    expect(both.data?.createStore).toMatchObject({ code: 'INVALID_INPUT', field: 'deliveryArea' });
    const hours = await query(
      CREATE,
      {
        input: newStore('bad-hours', {
          openingHours: {
            timeZone: 'Asia/Ho_Chi_Minh',
            weekly: [
              { day: 'MONDAY', open: '10:00', close: '14:00' },
              { day: 'MONDAY', open: '13:00', close: '13:00' },
            ],
          },
        }),
      },
      owner,
    );
    expect(hours.data?.createStore).toEqual({
      __typename: 'InvalidOpeningHours',
      code: 'INVALID_OPENING_HOURS',
      message: expect.any(String),
      problems: [{ code: 'CLOSE_EQUALS_OPEN', path: 'weekly[1]' }],
    });
  });
});

describe('updateStore', () => {
  it('lets a MANAGER close the store for now, which stops it being open', async () => {
    const manager = member(ORG_A, 'MANAGER');
    const closed = await query(
      UPDATE,
      {
        storeId: DEMO_STORE_IDS.banhMiCorner,
        input: { temporarilyClosed: true, prepTimeMinutes: 25 },
      },
      manager,
    );
    expect(closed.data?.updateStore).toEqual({
      __typename: 'StorePayload',
      store: {
        id: DEMO_STORE_IDS.banhMiCorner,
        temporarilyClosed: true,
        openNow: false,
        prepTimeMinutes: 25,
      },
    });
    expect((await storeEvents(DEMO_STORE_IDS.banhMiCorner)).length).toBeGreaterThan(0);
    await query(
      UPDATE,
      { storeId: DEMO_STORE_IDS.banhMiCorner, input: { temporarilyClosed: false } },
      manager,
    );
  });

  it.each([
    ['an OWNER of another organisation', member(ORG_B, 'OWNER')],
    ['an API key of another organisation', apiKey(ORG_B, ['menus:write'])],
  ])('refuses %s and leaves the store unchanged', async (_who, identity) => {
    const result = await query(
      UPDATE,
      { storeId: DEMO_STORE_IDS.phoBac, input: { name: 'Taken over' } },
      identity,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const store = await query('{ store(id: "sto_demo_pho_bac") { name } }');
    expect(store.data).toEqual({ store: { name: 'Phở Bắc 1955' } });
  });

  it('refuses everyone for a store that does not exist', async () => {
    const result = await query(
      UPDATE,
      { storeId: 'sto_missing', input: { name: 'x' } },
      member(ORG_A, 'OWNER'),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('store queries', () => {
  it('answer location, zone, hours and whether the store is open at an instant', async () => {
    const result = await query(
      `{ store(id: "${DEMO_STORE_IDS.banhMiCorner}") {
          address { city countryCode }
          location { lat lng }
          deliveryArea { radiusMeters zone { lat } }
          near: deliversTo(lat: 10.7797, lng: 106.6998)
          far: deliversTo(lat: 10.8500, lng: 106.7700)
          openingHours { timeZone weekly { day open close } }
          lateFriday: isOpen(at: "2026-03-06T18:30:00.000Z")
          fridayMorning: isOpen(at: "2026-03-06T03:00:00.000Z")
        } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.store).toMatchObject({
      address: { city: 'Hồ Chí Minh', countryCode: 'VN' },
      location: { lat: 10.7752, lng: 106.6894 },
      deliveryArea: { radiusMeters: 4000, zone: null },
      near: true,
      far: false,
      openingHours: { timeZone: 'Asia/Ho_Chi_Minh' },
      lateFriday: true,
      fridayMorning: false,
    });
  });
});
