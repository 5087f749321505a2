import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { graphql, parse, type GraphQLSchema } from 'graphql';
import {
  AccessDeclarationError,
  API_KEY_ROLE,
  describeAccess,
  enforceAccess,
  organizationAccess,
  type AccessRules,
} from './access';
import { errorCodeOf } from './errors';
import { ANONYMOUS, type Identity } from './identity';

const DIRECTIVE = readFileSync(join(__dirname, '__fixtures__', 'echo.graphql'), 'utf8')
  .split('\n')
  .filter((line, index, lines) => index > 0 && lines.indexOf('type Query {') > index)
  .join('\n');

const HEADER = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])\n${DIRECTIVE}`;

interface Shop {
  id: string;
  organizationId: string;
  secret: string;
}

const SHOPS: Shop[] = [
  { id: 'shop-a', organizationId: 'org-a', secret: 'a-secret' },
  { id: 'shop-b', organizationId: 'org-b', secret: 'b-secret' },
];

const SDL = `${HEADER}
type Query {
  hello: String! @access(allow: ["public"])
  adminStats: Int @access(allow: ["role:ADMIN", "role:SUPPORT"])
  shop(id: ID!): Shop @access(allow: ["public"])
  myName: String @access(allow: ["signedIn"])
  slowCheck: String @access(allow: ["slowlyAllowed"])
}

type Mutation {
  renameShop(id: ID!, name: String!): String @access(allow: ["shopManager"])
}

type Shop @key(fields: "id") @access(allow: ["public"]) {
  id: ID!
  secret: String @access(allow: ["shopMember", "role:ADMIN"], nullWhenDenied: true)
  audit: Audit @access(allow: ["role:ADMIN"])
}

type Audit {
  note: String
}
`;

const organizationOfShop = ({ args, parent }: { args: Record<string, unknown>; parent: unknown }) =>
  SHOPS.find((shop) => shop.id === ((args.id as string) ?? (parent as Shop | undefined)?.id))
    ?.organizationId;

const RULES: AccessRules = {
  shopMember: organizationAccess(organizationOfShop, {
    roles: ['OWNER', 'MANAGER', 'STAFF'],
    scopes: ['menus:read'],
  }),
  shopManager: organizationAccess(async (request) => organizationOfShop(request), {
    roles: ['OWNER', 'MANAGER'],
    scopes: ['menus:write'],
  }),
  slowlyAllowed: async ({ identity }) => identity.userId === 'patient',
};

function schemaOf(sdl: string, rules: AccessRules = RULES): GraphQLSchema {
  const resolvers = {
    Query: {
      hello: () => 'hi',
      adminStats: () => 42,
      shop: (_: unknown, { id }: { id: string }) => SHOPS.find((shop) => shop.id === id),
      myName: (_: unknown, __: unknown, { identity }: { identity: Identity }) => identity.userId,
      slowCheck: () => 'waited',
    },
    Mutation: { renameShop: (_: unknown, { name }: { name: string }) => name },
    Shop: {
      __resolveReference: (reference: { id: string }) =>
        SHOPS.find((shop) => shop.id === reference.id),
      audit: () => ({ note: 'checked' }),
    },
  };
  return enforceAccess(buildSubgraphSchema([{ typeDefs: parse(sdl), resolvers }]), rules);
}

const schema = schemaOf(SDL);

const user = (userId: string, extra: Partial<Identity> = {}): Identity => ({
  kind: 'user',
  userId,
  roles: ['CUSTOMER'],
  organizations: [],
  scopes: [],
  ...extra,
});

const apiKey = (organizationId: string, scopes: string[]): Identity => ({
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId, role: API_KEY_ROLE }],
  scopes,
});

async function run(source: string, identity: Identity = ANONYMOUS) {
  const result = await graphql({ schema, source, contextValue: { identity } });
  return {
    data: result.data,
    codes: (result.errors ?? []).map(errorCodeOf),
  };
}

describe('enforceAccess', () => {
  it('lets anyone use a public field', async () => {
    expect(await run('{ hello }')).toEqual({ data: { hello: 'hi' }, codes: [] });
  });

  it('asks anonymous callers to sign in and refuses signed-in callers without the role', async () => {
    expect((await run('{ adminStats }')).codes).toEqual(['UNAUTHENTICATED']);
    expect((await run('{ adminStats }', user('u1'))).codes).toEqual(['FORBIDDEN']);
    expect((await run('{ adminStats }', user('u1', { roles: ['SUPPORT'] }))).data).toEqual({
      adminStats: 42,
    });
  });

  it('admits users only, not API keys, on signedIn', async () => {
    expect((await run('{ myName }', user('u7'))).data).toEqual({ myName: 'u7' });
    expect((await run('{ myName }', apiKey('org-a', ['menus:read']))).codes).toEqual(['FORBIDDEN']);
  });

  it('answers null for a field denied with nullWhenDenied', async () => {
    const query = '{ shop(id: "shop-a") { id secret } }';
    expect((await run(query)).data).toEqual({ shop: { id: 'shop-a', secret: null } });
    const member = user('m', { organizations: [{ organizationId: 'org-a', role: 'STAFF' }] });
    expect((await run(query, member)).data).toEqual({ shop: { id: 'shop-a', secret: 'a-secret' } });
  });

  it('never lets one organisation read or change another one', async () => {
    const memberOfB = user('m', { organizations: [{ organizationId: 'org-b', role: 'OWNER' }] });
    expect((await run('{ shop(id: "shop-a") { secret } }', memberOfB)).data).toEqual({
      shop: { secret: null },
    });
    expect(
      (await run('mutation { renameShop(id: "shop-a", name: "x") }', memberOfB)).codes,
    ).toEqual(['FORBIDDEN']);
    expect(
      (
        await run(
          'mutation { renameShop(id: "shop-a", name: "x") }',
          apiKey('org-b', ['menus:write']),
        )
      ).codes,
    ).toEqual(['FORBIDDEN']);
  });

  it('grants organisation rules by member role and by API key scope', async () => {
    const rename = 'mutation { renameShop(id: "shop-a", name: "New") }';
    const staff = user('s', { organizations: [{ organizationId: 'org-a', role: 'STAFF' }] });
    const manager = user('m', { organizations: [{ organizationId: 'org-a', role: 'MANAGER' }] });
    expect((await run(rename, staff)).codes).toEqual(['FORBIDDEN']);
    expect((await run(rename, manager)).data).toEqual({ renameShop: 'New' });
    expect((await run(rename, apiKey('org-a', ['menus:read']))).codes).toEqual(['FORBIDDEN']);
    expect((await run(rename, apiKey('org-a', ['menus:write']))).data).toEqual({
      renameShop: 'New',
    });
  });

  it('refuses everyone when the organisation cannot be told', async () => {
    const owner = user('o', { organizations: [{ organizationId: 'org-a', role: 'OWNER' }] });
    expect((await run('mutation { renameShop(id: "nope", name: "x") }', owner)).codes).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('waits for asynchronous rules', async () => {
    expect((await run('{ slowCheck }', user('patient'))).data).toEqual({ slowCheck: 'waited' });
    expect((await run('{ slowCheck }', user('hasty'))).codes).toEqual(['FORBIDDEN']);
  });

  it('guards entity fields reached through _entities as through the root fields', async () => {
    const query = `{ _entities(representations: [{ __typename: "Shop", id: "shop-b" }]) {
      ... on Shop { id secret audit { note } } } }`;
    const anonymous = await run(query);
    expect(anonymous.data).toEqual({ _entities: [{ id: 'shop-b', secret: null, audit: null }] });
    expect(anonymous.codes).toEqual(['UNAUTHENTICATED']);
    const admin = await run(query, user('a', { roles: ['ADMIN'] }));
    expect(admin).toEqual({
      data: { _entities: [{ id: 'shop-b', secret: 'b-secret', audit: { note: 'checked' } }] },
      codes: [],
    });
  });

  it('refuses to build when an operation or an entity field has no rule, or names an unknown one', () => {
    const gappy = `${HEADER}
type Query { open: String @access(allow: ["public"]) forgotten: String }
type Mutation { typo: String @access(allow: ["role:ADMIN", "shopManagr"]) }
type Thing @key(fields: "id") { id: ID! @access(allow: ["public"]) name: String }
type Plain { anything: String }
`;
    expect(() => schemaOf(gappy)).toThrow(AccessDeclarationError);
    try {
      schemaOf(gappy);
    } catch (error) {
      expect((error as AccessDeclarationError).problems).toEqual([
        'Query.forgotten: no @access rule',
        'Mutation.typo: unknown access rule "shopManagr"',
        'Thing.name: no @access rule',
      ]);
    }
  });

  it('describes every declared field, with type rules applied to fields without their own', () => {
    const shopFields = describeAccess(schema).filter((access) => access.type === 'Shop');
    expect(shopFields).toEqual([
      { type: 'Shop', field: 'id', allow: ['public'], nullWhenDenied: false },
      {
        type: 'Shop',
        field: 'secret',
        allow: ['shopMember', 'role:ADMIN'],
        nullWhenDenied: true,
      },
      { type: 'Shop', field: 'audit', allow: ['role:ADMIN'], nullWhenDenied: false },
    ]);
  });
});
