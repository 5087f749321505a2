import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANONYMOUS,
  API_KEY_ROLE,
  API_KEY_SCOPES,
  DEMO_ORGANIZATION_IDS,
  DEMO_USER_IDS,
  closeMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity, type GraphQLResult } from '@dabba/subgraph-kit/src/testing';
import { Kind, parse, print, type ObjectTypeDefinitionNode } from 'graphql';
import { createUsersSubgraph } from './index';
import { RecordingNotifier } from './notifications/recording-notifier';

/**
 * Every Query and Mutation field of the users subgraph, and every field of its types that is not
 * public, called as each kind of caller: the expected verdict is in the table below. A field
 * without a row fails the test, so a new operation cannot skip the table.
 *
 * Operations on an organisation target org A (Minh Kitchens), so partnerB (OWNER of Priya
 * Grocers) shows tenant isolation; apiKeyA is a partner API key of org A with every scope, as the
 * gateway forwards one. User fields are read on `subject`, a user who signed up with
 * an email and a phone, set a name and an address and applied to drive; the `self` caller is that
 * user signed in. Variables are chosen so that an admitted call answers a typed result (often an
 * error such as InvalidInput) and changes as little as possible.
 */

const SECRET = 'users-authorization-matrix-secret-32';
const ORG_A = DEMO_ORGANIZATION_IDS.minhKitchens;

const CALLERS = [
  'anonymous',
  'customer',
  'driver',
  'partnerA',
  'partnerB',
  'support',
  'admin',
  'self',
  'apiKeyA',
] as const;
type Caller = (typeof CALLERS)[number];

const EVERYONE: readonly Caller[] = CALLERS;
/** A person signed in: a partner API key acts for its organisation, never as a user. */
const SIGNED_IN = CALLERS.filter((caller) => caller !== 'anonymous' && caller !== 'apiKeyA');
const STAFF: readonly Caller[] = ['support', 'admin'];
const SELF_OR_STAFF: readonly Caller[] = ['self', ...STAFF];
const DRIVERS: readonly Caller[] = ['driver', 'self'];
const OWNER_A: readonly Caller[] = ['partnerA'];
/** An API key of org A, with every scope. */
const KEY_A: readonly Caller[] = ['apiKeyA'];

interface Row {
  /** `Type.field`, as in the schema. */
  field: string;
  document: string;
  variables?: () => Record<string, unknown>;
  allowed: readonly Caller[];
  /** Where the field's value is in `data`, for fields that answer null when denied. */
  nullWhenDenied?: (string | number)[];
}

/** Filled in by beforeAll. */
const ids = { subject: '', invitation: '', apiKey: '' };

const op = (
  field: string,
  document: string,
  allowed: readonly Caller[],
  variables?: () => Record<string, unknown>,
): Row => ({ field, document, allowed, ...(variables ? { variables } : {}) });

const userField = (field: string, selection: string, nullable: boolean): Row => ({
  field: `User.${field}`,
  document: `query ($id: ID!) { user(id: $id) { id ${field} ${selection} } }`,
  variables: () => ({ id: ids.subject }),
  allowed: SELF_OR_STAFF,
  ...(nullable ? { nullWhenDenied: ['user', field] } : {}),
});

const organizationField = (field: string, selection: string, allowed: readonly Caller[]): Row => ({
  field: `Organization.${field}`,
  document: `query ($r: [_Any!]!) { _entities(representations: $r) {
    ... on Organization { id ${field} ${selection} } } }`,
  variables: () => ({ r: [{ __typename: 'Organization', id: ORG_A }] }),
  allowed,
});

const typename = '{ __typename }';
const ROWS: Row[] = [
  // Queries
  op('Query.user', `query ($id: ID!) { user(id: $id) { id displayName } }`, EVERYONE, () => ({
    id: ids.subject,
  })),
  op('Query.me', `{ me { id } }`, EVERYONE),
  op(
    'Query.organization',
    `query ($id: ID!) { organization(id: $id) { id name } }`,
    [...OWNER_A, ...KEY_A, ...STAFF],
    () => ({ id: ORG_A }),
  ),
  op('Query.users', `{ users(first: 2) { edges { cursor node { id } } } }`, STAFF),

  // Accounts and sessions
  op(
    'Mutation.signUp',
    `mutation ($i: SignUpInput!) { signUp(input: $i) ${typename} }`,
    EVERYONE,
    () => ({
      i: { email: 'not-an-email', password: 'x', displayName: 'X' },
    }),
  ),
  op(
    'Mutation.logIn',
    `mutation ($i: LogInInput!) { logIn(input: $i) ${typename} }`,
    EVERYONE,
    () => ({
      i: { email: 'not-an-email', password: 'x' },
    }),
  ),
  op(
    'Mutation.refreshSession',
    `mutation { refreshSession(refreshToken: "no") ${typename} }`,
    EVERYONE,
  ),
  op('Mutation.logOut', `mutation { logOut(refreshToken: "no") ${typename} }`, EVERYONE),
  op(
    'Mutation.changePassword',
    `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) ${typename} }`,
    SIGNED_IN,
    () => ({ i: { currentPassword: 'not the password', newPassword: 'short' } }),
  ),
  op(
    'Mutation.requestPasswordReset',
    `mutation ($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) ${typename} }`,
    EVERYONE,
    () => ({ i: { email: 'not-an-email' } }),
  ),
  op(
    'Mutation.resetPassword',
    `mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) ${typename} }`,
    EVERYONE,
    () => ({ i: { email: 'nobody@example.vn', code: '000000', newPassword: 'short' } }),
  ),

  // Organisations (org A)
  op(
    'Mutation.createOrganization',
    `mutation ($i: CreateOrganizationInput!) { createOrganization(input: $i) ${typename} }`,
    SIGNED_IN,
    () => ({ i: { name: ' ', idempotencyKey: 'matrix' } }),
  ),
  op(
    'Mutation.inviteMember',
    `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) ${typename} }`,
    OWNER_A,
    () => ({ i: { organizationId: ORG_A, email: 'not-an-email', role: 'STAFF' } }),
  ),
  op(
    'Mutation.acceptInvitation',
    `mutation { acceptInvitation(token: "no") ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.revokeInvitation',
    `mutation ($id: ID!) { revokeInvitation(id: $id) ${typename} }`,
    OWNER_A,
    () => ({ id: ids.invitation }),
  ),
  op(
    'Mutation.changeMemberRole',
    `mutation ($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) ${typename} }`,
    OWNER_A,
    () => ({ i: { organizationId: ORG_A, userId: 'usr_not_a_member', role: 'STAFF' } }),
  ),
  op(
    'Mutation.removeMember',
    `mutation ($i: RemoveMemberInput!) { removeMember(input: $i) ${typename} }`,
    OWNER_A,
    () => ({ i: { organizationId: ORG_A, userId: 'usr_not_a_member' } }),
  ),
  op(
    'Mutation.createApiKey',
    `mutation ($i: CreateApiKeyInput!) { createApiKey(input: $i) ${typename} }`,
    OWNER_A,
    () => ({ i: { organizationId: ORG_A, name: 'Matrix', scopes: [] } }),
  ),
  op(
    'Mutation.revokeApiKey',
    `mutation ($id: ID!) { revokeApiKey(id: $id) { id } }`,
    [...OWNER_A, 'admin'],
    () => ({ id: ids.apiKey }),
  ),

  // Profiles
  op(
    'Mutation.updateName',
    `mutation ($i: LocalizedNameInput!) { updateName(input: $i) ${typename} }`,
    SIGNED_IN,
    () => ({ i: { en: { givenName: ' ' } } }),
  ),
  op('Mutation.updateLocale', `mutation { updateLocale(locale: EN) ${typename} }`, SIGNED_IN),
  op(
    'Mutation.addAddress',
    `mutation ($i: AddAddressInput!) { addAddress(input: $i) ${typename} }`,
    SIGNED_IN,
    () => ({
      i: { idempotencyKey: 'matrix', label: ' ', lines: [], location: { lat: 0, lng: 0 } },
    }),
  ),
  op(
    'Mutation.updateAddress',
    `mutation ($i: UpdateAddressInput!) { updateAddress(input: $i) ${typename} }`,
    SIGNED_IN,
    () => ({
      i: { id: 'adr_missing', label: 'Home', lines: ['1 Le Loi'], location: { lat: 10, lng: 106 } },
    }),
  ),
  op(
    'Mutation.removeAddress',
    `mutation { removeAddress(id: "adr_missing") ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.setDefaultAddress',
    `mutation { setDefaultAddress(id: "adr_missing") ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.setDietaryPreferences',
    `mutation { setDietaryPreferences(preferences: []) ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.updateNotificationPreferences',
    `mutation { updateNotificationPreferences(settings: []) ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.addFavouriteStore',
    `mutation { addFavouriteStore(storeId: "sto_matrix") ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.removeFavouriteStore',
    `mutation { removeFavouriteStore(storeId: "sto_matrix") ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.addFavouriteProduct',
    `mutation { addFavouriteProduct(productId: "prd_matrix") ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.removeFavouriteProduct',
    `mutation { removeFavouriteProduct(productId: "prd_matrix") ${typename} }`,
    SIGNED_IN,
  ),

  // Drivers
  op(
    'Mutation.applyAsDriver',
    `mutation ($i: ApplyAsDriverInput!) { applyAsDriver(input: $i) ${typename} }`,
    SIGNED_IN,
    () => ({
      i: { vehicleType: 'MOTORBIKE', maxConcurrentOrders: 2, maxLoadKg: 30, licenceNumber: 'x' },
    }),
  ),
  op(
    'Mutation.updateDriverVehicle',
    `mutation ($i: DriverVehicleInput!) { updateDriverVehicle(input: $i) ${typename} }`,
    DRIVERS,
    () => ({ i: { vehicleType: 'BICYCLE', maxConcurrentOrders: 0, maxLoadKg: 10 } }),
  ),
  op(
    'Mutation.setDriverAvailability',
    `mutation { setDriverAvailability(online: false) ${typename} }`,
    DRIVERS,
  ),
  op(
    'Mutation.reviewDriverLicence',
    `mutation ($i: ReviewDriverLicenceInput!) { reviewDriverLicence(input: $i) ${typename} }`,
    STAFF,
    () => ({ i: { driverId: 'usr_missing', status: 'VERIFIED' } }),
  ),

  // Contact verification
  op(
    'Mutation.requestEmailVerification',
    `mutation { requestEmailVerification ${typename} }`,
    SIGNED_IN,
  ),
  op(
    'Mutation.requestPhoneVerification',
    `mutation { requestPhoneVerification ${typename} }`,
    SIGNED_IN,
  ),
  op('Mutation.verifyEmail', `mutation { verifyEmail(code: "000000") ${typename} }`, SIGNED_IN),
  op('Mutation.verifyPhone', `mutation { verifyPhone(code: "000000") ${typename} }`, SIGNED_IN),

  // Admin
  op(
    'Mutation.grantRole',
    `mutation ($id: ID!) { grantRole(userId: $id, role: CUSTOMER) ${typename} }`,
    ['admin'],
    () => ({ id: ids.subject }),
  ),
  op(
    'Mutation.revokeRole',
    `mutation { revokeRole(userId: "usr_missing", role: SUPPORT) ${typename} }`,
    ['admin'],
  ),

  // Fields that are not public, read on the subject and on org A
  userField('email', '', true),
  userField('phone', '', true),
  userField('roles', '', true),
  userField('memberships', '{ role }', true),
  userField('name', '{ en { givenName } }', true),
  userField('emailVerified', '', true),
  userField('phoneVerified', '', true),
  userField('defaultAddress', '{ id }', true),
  userField('driverProfile', '{ licenceStatus }', true),
  userField('addresses', '{ id }', false),
  userField('dietaryPreferences', '', false),
  userField('favouriteStores', '{ id }', false),
  userField('favouriteProducts', '{ id }', false),
  userField('notificationPreferences', '{ email { orderUpdates } }', false),
  organizationField('members', '{ edges { node { role } } }', [...OWNER_A, ...STAFF]),
  organizationField('invitations', '{ edges { node { id } } }', [...OWNER_A, ...STAFF]),
  organizationField('apiKeys', '{ edges { node { id } } }', [...OWNER_A, ...STAFF]),
];

/** The fields that need a row, read from the schema the subgraph serves. */
function fieldsNeedingRows(): string[] {
  const sdl = readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8');
  const fields: string[] = [];
  for (const definition of parse(sdl).definitions) {
    if (
      definition.kind !== Kind.OBJECT_TYPE_DEFINITION &&
      definition.kind !== Kind.OBJECT_TYPE_EXTENSION
    ) {
      continue;
    }
    const type = definition as ObjectTypeDefinitionNode;
    const root = type.name.value === 'Query' || type.name.value === 'Mutation';
    const typeAccess = type.directives?.find((directive) => directive.name.value === 'access');
    for (const field of type.fields ?? []) {
      const access =
        field.directives?.find((directive) => directive.name.value === 'access') ?? typeAccess;
      const isPublic = access !== undefined && print(access).includes('"public"');
      if (root || (access && !isPublic)) fields.push(`${type.name.value}.${field.name.value}`);
    }
  }
  return fields.sort();
}

const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN'];

/** allowed, denied:<code>, denied:null, or what else happened. */
function verdict(row: Row, result: GraphQLResult): string {
  const codes = (result.errors ?? []).map((error) => String(error.extensions?.code));
  const other = (result.errors ?? []).filter((_, at) => !AUTH_CODES.includes(codes[at]!));
  if (other.length > 0) return `error ${codes.join(',')}: ${other[0]!.message}`;
  if (codes.length > 0) return `denied:${codes[0]}`;
  if (row.nullWhenDenied) {
    const value = row.nullWhenDenied.reduce<unknown>(
      (at, key) => (at as Record<string | number, unknown> | null)?.[key],
      result.data,
    );
    return value === null ? 'denied:null' : 'allowed';
  }
  return 'allowed';
}

function expected(row: Row, caller: Caller): string {
  if (row.allowed.includes(caller)) return 'allowed';
  if (row.nullWhenDenied) return 'denied:null';
  return caller === 'anonymous' ? 'denied:UNAUTHENTICATED' : 'denied:FORBIDDEN';
}

let subgraph: RunningSubgraph;
let query: ReturnType<typeof signedClient>;
let identities: Record<Caller, Identity>;

async function data<T>(document: string, variables: Record<string, unknown>, as?: Identity) {
  const result = await query(document, variables, as);
  expect(result.errors).toBeUndefined();
  return Object.values(result.data ?? {})[0] as T;
}

const owner = (userId: string, organizationId: string): Identity => ({
  ...userIdentity(userId, ['PARTNER']),
  organizations: [{ organizationId, role: 'OWNER' }],
});

/** The subject: a user with every field of the table set, so allowed never reads as null. */
async function makeSubject(): Promise<Identity> {
  const session = await data<{ user: { id: string } }>(
    `mutation ($i: SignUpInput!) { signUp(input: $i) { ... on AuthSession { user { id } } } }`,
    {
      i: {
        email: 'matrix.subject@example.vn',
        phone: '+84987654321',
        password: 'correct horse battery staple 42',
        displayName: 'Matrix Subject',
      },
    },
  );
  ids.subject = session.user.id;
  const self = userIdentity(ids.subject, ['CUSTOMER', 'DRIVER']);
  await data(
    `mutation { updateName(input: { en: { givenName: "Mai", familyName: "Ho" } }) { __typename } }`,
    {},
    self,
  );
  await data(
    `mutation ($i: AddAddressInput!) { addAddress(input: $i) { __typename } }`,
    {
      i: {
        idempotencyKey: 'subject-home',
        label: 'Home',
        lines: ['12 Nguyen Hue, District 1'],
        location: { lat: 10.7743, lng: 106.7038 },
      },
    },
    self,
  );
  await data(
    `mutation ($i: ApplyAsDriverInput!) { applyAsDriver(input: $i) { __typename } }`,
    {
      i: {
        vehicleType: 'MOTORBIKE',
        maxConcurrentOrders: 2,
        maxLoadKg: 30,
        licenceNumber: 'B2 123456',
      },
    },
    self,
  );
  return self;
}

beforeAll(async () => {
  subgraph = await startSubgraph(createUsersSubgraph({ notifier: new RecordingNotifier() }), {
    env: { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' },
    port: 0,
  });
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
  identities = {
    anonymous: ANONYMOUS,
    customer: userIdentity(DEMO_USER_IDS.customer, ['CUSTOMER']),
    driver: userIdentity(DEMO_USER_IDS.driver, ['DRIVER']),
    partnerA: owner(DEMO_USER_IDS.partner, ORG_A),
    partnerB: owner(DEMO_USER_IDS.partnerGrocer, DEMO_ORGANIZATION_IDS.priyaGrocers),
    support: userIdentity(DEMO_USER_IDS.support, ['SUPPORT']),
    admin: userIdentity(DEMO_USER_IDS.admin, ['ADMIN']),
    self: await makeSubject(),
    apiKeyA: {
      kind: 'apiKey',
      userId: null,
      roles: [],
      organizations: [{ organizationId: ORG_A, role: API_KEY_ROLE }],
      scopes: [...API_KEY_SCOPES],
      apiKeyId: 'key_matrix_a',
    },
  };
  const invitation = await data<{ id: string }>(
    `mutation ($i: InviteMemberInput!) { inviteMember(input: $i) { ... on Invitation { id } } }`,
    { i: { organizationId: ORG_A, email: 'matrix.staff@example.vn', role: 'STAFF' } },
    identities.partnerA,
  );
  const key = await data<{ apiKey: { id: string } }>(
    `mutation ($i: CreateApiKeyInput!) {
      createApiKey(input: $i) { ... on CreatedApiKey { apiKey { id } } } }`,
    { i: { organizationId: ORG_A, name: 'Matrix till', scopes: ['orders:read'] } },
    identities.partnerA,
  );
  ids.invitation = invitation.id;
  ids.apiKey = key.apiKey.id;
});

afterAll(async () => {
  await subgraph.close();
  await closeMongo();
});

describe('users authorization matrix', () => {
  it('has a row for every operation and every field that is not public', () => {
    const rows = ROWS.map((row) => row.field).sort();
    expect(new Set(rows).size).toBe(rows.length);
    const needed = fieldsNeedingRows();
    expect({ withoutRow: needed.filter((field) => !rows.includes(field)) }).toEqual({
      withoutRow: [],
    });
    expect({ rowsForUnknownFields: rows.filter((field) => !needed.includes(field)) }).toEqual({
      rowsForUnknownFields: [],
    });
  });

  it('admits and refuses each caller as the table says', async () => {
    const mismatches: string[] = [];
    for (const row of ROWS) {
      const variables = row.variables?.();
      const results = await Promise.all(
        CALLERS.map((caller) => query(row.document, variables, identities[caller])),
      );
      CALLERS.forEach((caller, at) => {
        const actual = verdict(row, results[at]!);
        const wanted = expected(row, caller);
        if (actual !== wanted) {
          mismatches.push(`${row.field} as ${caller}: expected ${wanted}, got ${actual}`);
        }
      });
    }
    expect(mismatches).toEqual([]);
  });
});
