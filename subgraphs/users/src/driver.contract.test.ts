import { randomUUID } from 'node:crypto';
import {
  DEMO_USER_IDS,
  closeMongo,
  connectMongo,
  memoryTransport,
  sharedMemoryBroker,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import { decodeJwt } from 'jose';
import type { Connection } from 'mongoose';
import { usersSubgraph } from './index';

const SECRET = 'users-driver-contract-test-secret-32c';
const STATUS_CHANGED = 'test.users_driver_status_changed';
const run = randomUUID().slice(0, 8);
const PASSWORD = 'correct horse battery staple 42';
const ERROR = `... on AuthError { __typename code message }`;
const PROFILE = `vehicleType capacity { maxConcurrentOrders maxLoadKg } licenceNumber licenceStatus online`;
const RESULT = (extra: string) =>
  `__typename ${ERROR} ... on DriverProfileSaved { profile { ${PROFILE} } } ${extra}`;
const APPLY = `mutation ($input: ApplyAsDriverInput!) { applyAsDriver(input: $input) {
  ${RESULT('... on InvalidInput { field } ... on DriverProfileExists { profile { licenceNumber } }')} } }`;
const AVAILABILITY = `mutation ($online: Boolean!) { setDriverAvailability(online: $online) {
  ${RESULT('... on DriverNotVerified { licenceStatus }')} } }`;
const VEHICLE = `mutation ($input: DriverVehicleInput!) { updateDriverVehicle(input: $input) {
  ${RESULT('... on InvalidInput { field }')} } }`;
const REVIEW = `mutation ($input: ReviewDriverLicenceInput!) { reviewDriverLicence(input: $input) {
  ${RESULT('... on InvalidInput { field }')} } }`;
const ROLE_RESULT = `__typename ... on RolesChanged { changed user { id roles } }`;
const GRANT = `mutation ($userId: ID!, $role: PlatformRole!) {
  grantRole(userId: $userId, role: $role) { ${ROLE_RESULT} } }`;
const REVOKE = `mutation ($userId: ID!, $role: PlatformRole!) {
  revokeRole(userId: $userId, role: $role) { ${ROLE_RESULT} } }`;
const DRIVER_ONLINE = `query ($id: ID!) { user(id: $id) { driverProfile { online } } }`;

const support = userIdentity(DEMO_USER_IDS.support, ['SUPPORT']);
const admin = userIdentity(DEMO_USER_IDS.admin, ['ADMIN']);
const application = {
  vehicleType: 'MOTORBIKE',
  maxConcurrentOrders: 3,
  maxLoadKg: 30,
  licenceNumber: '7901 2345 6789',
};

let subgraph: RunningSubgraph;
let db: Connection;
let query: ReturnType<typeof signedClient>;
const listener = memoryTransport(sharedMemoryBroker());
let email: string;
let customer: Identity;
let driver: Identity;

async function mutate(document: string, variables: Record<string, unknown>, identity: Identity) {
  const result = await query<Record<string, Record<string, unknown>>>(
    document,
    variables,
    identity,
  );
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0]!;
}

/** The events published so far (the relay is idle first), read off the test's queue. */
async function drainEvents(): Promise<Record<string, unknown>[]> {
  await subgraph.events.relay.idle();
  const count = await listener.depth(STATUS_CHANGED);
  if (count === 0) return [];
  const received: Record<string, unknown>[] = [];
  let done!: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  const subscription = await listener.consume(
    STATUS_CHANGED,
    { prefetch: 100, concurrency: 1 },
    async (message) => {
      received.push(JSON.parse(message.body.toString()));
      if (received.length === count) done();
    },
  );
  await all;
  await subscription.close();
  return received;
}

beforeAll(async () => {
  await listener.declareConsumer({
    queue: STATUS_CHANGED,
    routingKeys: ['users.driver.status_changed.v1'],
    retryDelaysMs: [],
  });
  subgraph = await startSubgraph(usersSubgraph, {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
  db = await connectMongo({ dbName: 'dabba_users' });
  email = `bao.${run}@example.vn`;
  const signedUp = await query<{ signUp: { user: { id: string } } }>(
    `mutation ($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { user { id } } } }`,
    { input: { email, password: PASSWORD, displayName: 'Bao' } },
  );
  customer = userIdentity(signedUp.data!.signUp.user.id, ['CUSTOMER']);
  driver = userIdentity(customer.userId!, ['CUSTOMER', 'DRIVER']);
  await drainEvents();
});

afterAll(async () => {
  await listener.close();
  await subgraph.close();
  await closeMongo();
});

describe('driver profiles', () => {
  it('applies as a PENDING driver and grants the DRIVER role to later sessions', async () => {
    expect(await mutate(APPLY, { input: application }, customer)).toEqual({
      __typename: 'DriverProfileSaved',
      profile: {
        vehicleType: 'MOTORBIKE',
        capacity: { maxConcurrentOrders: 3, maxLoadKg: 30 },
        licenceNumber: '790123456789',
        licenceStatus: 'PENDING',
        online: false,
      },
    });
    const logIn = await query<{ logIn: { accessToken: string } }>(
      `mutation ($input: LogInInput!) { logIn(input: $input) { ... on AuthSession { accessToken } } }`,
      { input: { email, password: PASSWORD } },
    );
    expect(decodeJwt(logIn.data!.logIn.accessToken).roles).toEqual(['CUSTOMER', 'DRIVER']);
  });

  it('answers a retried application with the profile, a different one with DRIVER_PROFILE_EXISTS', async () => {
    expect(await mutate(APPLY, { input: application }, customer)).toMatchObject({
      __typename: 'DriverProfileSaved',
    });
    expect(
      await mutate(APPLY, { input: { ...application, licenceNumber: 'B2-999999' } }, customer),
    ).toMatchObject({
      __typename: 'DriverProfileExists',
      code: 'DRIVER_PROFILE_EXISTS',
      profile: { licenceNumber: '790123456789' },
    });
  });

  it('refuses capacities beyond the vehicle', async () => {
    const other = userIdentity(DEMO_USER_IDS.partner, ['PARTNER']);
    expect(
      await mutate(
        APPLY,
        { input: { ...application, vehicleType: 'BICYCLE', maxLoadKg: 25 } },
        other,
      ),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'maxLoadKg' });
  });

  it('keeps a driver without a VERIFIED licence offline, and announces nothing', async () => {
    expect(await mutate(AVAILABILITY, { online: true }, driver)).toMatchObject({
      __typename: 'DriverNotVerified',
      code: 'DRIVER_NOT_VERIFIED',
      licenceStatus: 'PENDING',
    });
    expect(await drainEvents()).toEqual([]);
  });

  it('lets only support and admins review licences', async () => {
    const denied = await query(
      REVIEW,
      { input: { driverId: driver.userId, status: 'VERIFIED' } },
      driver,
    );
    expect(denied.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN' });
    expect(
      await mutate(REVIEW, { input: { driverId: driver.userId, status: 'PENDING' } }, support),
    ).toMatchObject({ __typename: 'InvalidInput', field: 'status' });
    expect(
      await mutate(
        REVIEW,
        { input: { driverId: DEMO_USER_IDS.admin, status: 'VERIFIED' } },
        support,
      ),
    ).toMatchObject({ __typename: 'NotADriver', code: 'NOT_A_DRIVER' });
  });

  it('announces each real change of availability, vehicle and licence once', async () => {
    await mutate(REVIEW, { input: { driverId: driver.userId, status: 'VERIFIED' } }, support);
    expect(await mutate(AVAILABILITY, { online: true }, driver)).toMatchObject({
      profile: { online: true, licenceStatus: 'VERIFIED' },
    });
    await mutate(AVAILABILITY, { online: true }, driver);
    await mutate(
      VEHICLE,
      { input: { vehicleType: 'MOTORBIKE', maxConcurrentOrders: 3, maxLoadKg: 30 } },
      driver,
    );
    expect(
      await mutate(
        VEHICLE,
        { input: { vehicleType: 'CAR', maxConcurrentOrders: 5, maxLoadKg: 150 } },
        driver,
      ),
    ).toMatchObject({ profile: { vehicleType: 'CAR', capacity: { maxLoadKg: 150 } } });
    expect(
      await mutate(REVIEW, { input: { driverId: driver.userId, status: 'EXPIRED' } }, support),
    ).toMatchObject({ profile: { licenceStatus: 'EXPIRED', online: false } });

    const events = (await drainEvents()).sort(
      (a, b) => (a.data as { version: number }).version - (b.data as { version: number }).version,
    );
    const base = { driverId: driver.userId, changedAt: expect.any(String) };
    expect(events.map((event) => event.data)).toEqual([
      {
        ...base,
        online: false,
        licenceStatus: 'VERIFIED',
        vehicleType: 'MOTORBIKE',
        maxConcurrentOrders: 3,
        maxLoadKg: 30,
        version: 2,
      },
      {
        ...base,
        online: true,
        licenceStatus: 'VERIFIED',
        vehicleType: 'MOTORBIKE',
        maxConcurrentOrders: 3,
        maxLoadKg: 30,
        version: 3,
      },
      {
        ...base,
        online: true,
        licenceStatus: 'VERIFIED',
        vehicleType: 'CAR',
        maxConcurrentOrders: 5,
        maxLoadKg: 150,
        version: 4,
      },
      {
        ...base,
        online: false,
        licenceStatus: 'EXPIRED',
        vehicleType: 'CAR',
        maxConcurrentOrders: 5,
        maxLoadKg: 150,
        version: 5,
      },
    ]);
    for (const event of events) {
      expect(event).toMatchObject({
        type: 'users.driver.status_changed.v1',
        source: 'users',
        subject: driver.userId,
      });
    }
  });

  it('answers NOT_A_DRIVER to a DRIVER without a profile', async () => {
    const noProfile = userIdentity(DEMO_USER_IDS.partnerGrocer, ['DRIVER']);
    expect(await mutate(AVAILABILITY, { online: false }, noProfile)).toMatchObject({
      __typename: 'NotADriver',
    });
  });

  it('shows the seeded driver VERIFIED to himself and hides it from others', async () => {
    const DRIVER_PROFILE = `query ($id: ID!) { user(id: $id) { driverProfile { licenceStatus online vehicleType } } }`;
    const tuan = userIdentity(DEMO_USER_IDS.driver, ['DRIVER']);
    expect((await query(DRIVER_PROFILE, { id: DEMO_USER_IDS.driver }, tuan)).data).toEqual({
      user: {
        driverProfile: { licenceStatus: 'VERIFIED', online: false, vehicleType: 'MOTORBIKE' },
      },
    });
    expect((await query(DRIVER_PROFILE, { id: DEMO_USER_IDS.driver }, customer)).data).toEqual({
      user: { driverProfile: null },
    });
  });
});

describe('revoking the DRIVER role', () => {
  /** A new user who applied, was verified by support and is online; their token still says DRIVER. */
  async function onlineDriver(name: string): Promise<Identity> {
    const signedUp = await query<{ signUp: { user: { id: string } } }>(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { ... on AuthSession { user { id } } } }`,
      { input: { email: `${name}.${run}@example.vn`, password: PASSWORD, displayName: name } },
    );
    const userId = signedUp.data!.signUp.user.id;
    await mutate(APPLY, { input: application }, userIdentity(userId, ['CUSTOMER']));
    await mutate(REVIEW, { input: { driverId: userId, status: 'VERIFIED' } }, support);
    const stale = userIdentity(userId, ['CUSTOMER', 'DRIVER']);
    expect(await mutate(AVAILABILITY, { online: true }, stale)).toMatchObject({
      profile: { online: true },
    });
    return stale;
  }

  async function isOnline(userId: string): Promise<boolean> {
    const result = await query<{ user: { driverProfile: { online: boolean } } }>(
      DRIVER_ONLINE,
      { id: userId },
      support,
    );
    return result.data!.user.driverProfile.online;
  }

  function outboxEvents(type: string, subject: string) {
    return db.collection('outbox').find({ 'event.type': type, 'event.subject': subject }).toArray();
  }

  afterAll(async () => {
    await drainEvents();
  });

  it('takes an online driver offline, with users.driver.status_changed.v1 in the outbox', async () => {
    const stale = await onlineDriver('kim');
    const userId = stale.userId!;

    expect(await mutate(REVOKE, { userId, role: 'DRIVER' }, admin)).toEqual({
      __typename: 'RolesChanged',
      changed: true,
      user: { id: userId, roles: ['CUSTOMER'] },
    });
    expect(await isOnline(userId)).toBe(false);

    const statuses = await outboxEvents('users.driver.status_changed.v1', userId);
    const byVersion = statuses
      .map((entry) => entry.event as { data: { online: boolean; version: number } })
      .sort((a, b) => a.data.version - b.data.version);
    expect(byVersion.map(({ data }) => [data.version, data.online])).toEqual([
      [2, false], // licence VERIFIED
      [3, true], // online
      [4, false], // DRIVER revoked
    ]);
    expect(byVersion.at(-1)).toMatchObject({
      source: 'users',
      subject: userId,
      data: { driverId: userId, online: false, licenceStatus: 'VERIFIED', version: 4 },
    });
    expect(await outboxEvents('users.user.roles_changed.v1', userId)).toEqual([
      expect.objectContaining({
        event: expect.objectContaining({
          data: { userId, roles: ['CUSTOMER'], changedBy: admin.userId },
        }),
      }),
    ]);

    // Revoking again changes nothing and announces nothing.
    expect(await mutate(REVOKE, { userId, role: 'DRIVER' }, admin)).toMatchObject({
      changed: false,
    });
    expect(await outboxEvents('users.driver.status_changed.v1', userId)).toHaveLength(3);
  });

  it('keeps a driver whose token still says DRIVER from going online, not from going offline', async () => {
    const stale = await onlineDriver('long');
    await mutate(REVOKE, { userId: stale.userId, role: 'DRIVER' }, admin);

    expect(await mutate(AVAILABILITY, { online: true }, stale)).toEqual({
      __typename: 'NotADriver',
      code: 'NOT_A_DRIVER',
      message: 'You no longer have the DRIVER role, so you cannot go online',
    });
    expect(await mutate(AVAILABILITY, { online: false }, stale)).toMatchObject({
      __typename: 'DriverProfileSaved',
      profile: { online: false },
    });
    expect(await isOnline(stale.userId!)).toBe(false);

    await mutate(GRANT, { userId: stale.userId, role: 'DRIVER' }, admin);
    expect(await mutate(AVAILABILITY, { online: true }, stale)).toMatchObject({
      profile: { online: true },
    });
  });

  it('never leaves a driver online without the role when revoking and going online race', async () => {
    const stale = await onlineDriver('hai');
    const userId = stale.userId!;
    for (let round = 0; round < 10; round += 1) {
      await mutate(GRANT, { userId, role: 'DRIVER' }, admin);
      await Promise.all([
        mutate(REVOKE, { userId, role: 'DRIVER' }, admin),
        mutate(AVAILABILITY, { online: true }, stale),
      ]);
      expect(await isOnline(userId)).toBe(false);
    }
  });
});
