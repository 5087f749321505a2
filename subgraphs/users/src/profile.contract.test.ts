import { randomUUID } from 'node:crypto';
import {
  DEMO_STORE_IDS,
  DEMO_USER_IDS,
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { MAX_ADDRESSES } from './domain/address';
import { usersSubgraph } from './index';

const SECRET = 'users-profile-contract-test-secret-32';
const run = randomUUID().slice(0, 8);
const ERROR = `... on AuthError { __typename code message }`;
const ADDRESS = `id label lines notes location { lat lng }`;
const ADDRESS_RESULT = `__typename ${ERROR}
  ... on AddressSaved { address { ${ADDRESS} } user { addresses { id } defaultAddress { id } } }
  ... on InvalidInput { field } ... on LimitReached { field limit } ... on AddressNotFound { id }`;
const PROFILE_RESULT = (fields: string) =>
  `__typename ${ERROR} ... on InvalidInput { field } ... on ProfileUpdated { user { ${fields} } }`;

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
let lan: Identity;

async function mutate(document: string, variables: Record<string, unknown>, identity = lan) {
  const result = await query<Record<string, Record<string, unknown>>>(
    document,
    variables,
    identity,
  );
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0]!;
}

async function signUpCustomer(name: string): Promise<Identity> {
  const result = await query<{ signUp: { user: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { user { id } } } }`,
    {
      input: {
        email: `${name}.${run}@example.vn`,
        password: 'correct horse battery staple 42',
        displayName: name,
      },
    },
  );
  return userIdentity(result.data!.signUp.user.id, ['CUSTOMER']);
}

const home = {
  label: 'Home',
  lines: ['12 Nguyễn Huệ', 'Quận 1'],
  notes: 'Ring twice',
  location: { lat: 10.7769, lng: 106.7009 },
};

const addAddress = (input: Record<string, unknown>, identity?: Identity) =>
  mutate(
    `mutation ($input: AddAddressInput!) { addAddress(input: $input) { ${ADDRESS_RESULT} } }`,
    { input },
    identity,
  );

beforeAll(async () => {
  subgraph = await startSubgraph(usersSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
  lan = await signUpCustomer('lan');
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('names and language', () => {
  const UPDATE_NAME = `mutation ($input: LocalizedNameInput!) { updateName(input: $input) {
    ${PROFILE_RESULT('name { en { givenName familyName fullName } vi { fullName } }')} } }`;

  it('stores the name in English and Vietnamese, each written in its own order', async () => {
    const result = await mutate(UPDATE_NAME, {
      input: {
        en: { givenName: ' Lan ', familyName: 'Nguyen' },
        vi: { givenName: 'Thị Lan', familyName: 'Nguyễn' },
      },
    });
    expect(result).toEqual({
      __typename: 'ProfileUpdated',
      user: {
        name: {
          en: { givenName: 'Lan', familyName: 'Nguyen', fullName: 'Lan Nguyen' },
          vi: { fullName: 'Nguyễn Thị Lan' },
        },
      },
    });
  });

  it('names the field at fault', async () => {
    expect(await mutate(UPDATE_NAME, { input: { en: { givenName: '  ' } } })).toMatchObject({
      __typename: 'InvalidInput',
      code: 'INVALID_INPUT',
      field: 'en.givenName',
    });
  });

  it('changes the preferred language', async () => {
    const result = await mutate(
      `mutation { updateLocale(locale: VI) { ${PROFILE_RESULT('locale')} } }`,
      {},
    );
    expect(result).toEqual({ __typename: 'ProfileUpdated', user: { locale: 'VI' } });
  });
});

describe('addresses', () => {
  it('adds an address once per idempotency key, and makes the first the default', async () => {
    const first = await addAddress({ ...home, idempotencyKey: 'home-1' });
    expect(first).toMatchObject({
      __typename: 'AddressSaved',
      address: { label: 'Home', lines: ['12 Nguyễn Huệ', 'Quận 1'], notes: 'Ring twice' },
    });
    const replay = await addAddress({ ...home, idempotencyKey: 'home-1' });
    expect(replay).toEqual(first);
    const id = (first.address as { id: string }).id;
    expect(replay.user).toEqual({ addresses: [{ id }], defaultAddress: { id } });
  });

  it('refuses points off the globe and blank labels', async () => {
    expect(
      await addAddress({ ...home, idempotencyKey: 'bad', location: { lat: 91, lng: 0 } }),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'location.lat' });
    expect(
      await addAddress({ ...home, idempotencyKey: 'bad', location: { lat: 0, lng: 181 } }),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'location.lng' });
    expect(await addAddress({ ...home, idempotencyKey: 'bad', label: ' ' })).toMatchObject({
      field: 'label',
    });
  });

  it('updates, picks the default and removes addresses', async () => {
    const user = await signUpCustomer('minh');
    const a = await addAddress({ ...home, idempotencyKey: 'a' }, user);
    const b = await addAddress({ ...home, label: 'Work', idempotencyKey: 'b' }, user);
    const idA = (a.address as { id: string }).id;
    const idB = (b.address as { id: string }).id;

    const updated = await mutate(
      `mutation ($input: UpdateAddressInput!) { updateAddress(input: $input) { ${ADDRESS_RESULT} } }`,
      { input: { ...home, id: idB, label: 'Office', notes: null } },
      user,
    );
    expect(updated).toMatchObject({ address: { id: idB, label: 'Office', notes: null } });

    const defaulted = await mutate(
      `mutation ($id: ID!) { setDefaultAddress(id: $id) { ${ADDRESS_RESULT} } }`,
      { id: idB },
      user,
    );
    expect(defaulted).toMatchObject({ user: { defaultAddress: { id: idB } } });
    expect(
      await mutate(
        `mutation ($id: ID!) { setDefaultAddress(id: $id) { ${ADDRESS_RESULT} } }`,
        { id: 'adr_unknown' },
        user,
      ),
    ).toMatchObject({ __typename: 'AddressNotFound', code: 'ADDRESS_NOT_FOUND' });

    const REMOVE = `mutation ($id: ID!) { removeAddress(id: $id) {
      ${PROFILE_RESULT('addresses { id } defaultAddress { id }')} } }`;
    const removed = await mutate(REMOVE, { id: idB }, user);
    expect(removed).toEqual({
      __typename: 'ProfileUpdated',
      user: { addresses: [{ id: idA }], defaultAddress: { id: idA } },
    });
    expect(await mutate(REMOVE, { id: idB }, user)).toEqual(removed);
  });

  it(`holds at most ${MAX_ADDRESSES} addresses`, async () => {
    const user = await signUpCustomer('hoa');
    for (let index = 0; index < MAX_ADDRESSES; index += 1) {
      await addAddress({ ...home, idempotencyKey: `k${index}` }, user);
    }
    expect(await addAddress({ ...home, idempotencyKey: 'one-too-many' }, user)).toEqual({
      __typename: 'LimitReached',
      code: 'LIMIT_REACHED',
      message: expect.any(String),
      field: 'addresses',
      limit: MAX_ADDRESSES,
    });
  });
});

describe('preferences and favourites', () => {
  it('keeps dietary preferences as a set', async () => {
    const result = await mutate(
      `mutation { setDietaryPreferences(preferences: [VEGAN, HALAL, VEGAN]) {
        ${PROFILE_RESULT('dietaryPreferences')} } }`,
      {},
    );
    expect(result).toEqual({
      __typename: 'ProfileUpdated',
      user: { dietaryPreferences: ['VEGAN', 'HALAL'] },
    });
  });

  it('switches notification topics per channel, never account security off', async () => {
    const UPDATE = `mutation ($settings: [NotificationSettingInput!]!) {
      updateNotificationPreferences(settings: $settings) {
        ${PROFILE_RESULT('notificationPreferences { email { orderUpdates promotions accountSecurity } sms { orderUpdates } }')} } }`;
    const result = await mutate(UPDATE, {
      settings: [
        { channel: 'EMAIL', topic: 'PROMOTIONS', enabled: true },
        { channel: 'SMS', topic: 'ORDER_UPDATES', enabled: true },
      ],
    });
    expect(result).toEqual({
      __typename: 'ProfileUpdated',
      user: {
        notificationPreferences: {
          email: { orderUpdates: true, promotions: true, accountSecurity: true },
          sms: { orderUpdates: true },
        },
      },
    });
    expect(
      await mutate(UPDATE, {
        settings: [{ channel: 'PUSH', topic: 'ACCOUNT_SECURITY', enabled: false }],
      }),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'settings' });
  });

  it('adds and removes favourites idempotently, as references for the catalog', async () => {
    const ADD = `mutation ($id: ID!) { addFavouriteStore(storeId: $id) {
      ${PROFILE_RESULT('favouriteStores { __typename id }')} } }`;
    await mutate(ADD, { id: DEMO_STORE_IDS.phoBac });
    const again = await mutate(ADD, { id: DEMO_STORE_IDS.phoBac });
    expect(again).toEqual({
      __typename: 'ProfileUpdated',
      user: { favouriteStores: [{ __typename: 'Store', id: DEMO_STORE_IDS.phoBac }] },
    });
    const product = await mutate(
      `mutation { addFavouriteProduct(productId: "prd_1") {
        ${PROFILE_RESULT('favouriteProducts { id }')} } }`,
      {},
    );
    expect(product).toMatchObject({ user: { favouriteProducts: [{ id: 'prd_1' }] } });
    const removed = await mutate(
      `mutation ($id: ID!) { removeFavouriteStore(storeId: $id) {
        ${PROFILE_RESULT('favouriteStores { id }')} } }`,
      { id: DEMO_STORE_IDS.phoBac },
    );
    expect(removed).toMatchObject({ user: { favouriteStores: [] } });
    expect(await mutate(ADD, { id: 'not an id' })).toMatchObject({
      __typename: 'InvalidInput',
      field: 'storeId',
    });
  });
});

describe('who sees a profile', () => {
  const PRIVATE = `query ($id: ID!) { user(id: $id) { id name { en { givenName } } emailVerified defaultAddress { id } driverProfile { online } } }`;

  it('shows the private fields to the user, support and admins only', async () => {
    const id = DEMO_USER_IDS.customer;
    const self = await query(PRIVATE, { id }, userIdentity(id, ['CUSTOMER']));
    expect(self.data).toEqual({
      user: {
        id,
        name: { en: { givenName: 'Lan' } },
        emailVerified: true,
        defaultAddress: { id: 'adr_demo_lan_home' },
        driverProfile: null,
      },
    });
    const support = await query(PRIVATE, { id }, userIdentity(DEMO_USER_IDS.support, ['SUPPORT']));
    expect(support.data).toEqual(self.data);

    const other = await query(PRIVATE, { id }, lan);
    expect(other.data).toEqual({
      user: { id, name: null, emailVerified: null, defaultAddress: null, driverProfile: null },
    });
    const lists = await query(
      'query ($id: ID!) { user(id: $id) { addresses { id } } }',
      { id },
      lan,
    );
    expect(lists.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
  });

  it('asks anonymous callers to sign in before changing a profile', async () => {
    const result = await query('mutation { removeAddress(id: "adr_x") { __typename } }');
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });
});
