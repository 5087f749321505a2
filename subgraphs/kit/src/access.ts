import {
  defaultFieldResolver,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ConstDirectiveNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { Identity } from './identity';

/**
 * Declarative authorization: the subgraph that owns the data says in its schema who may read each
 * field or call each operation, and the kit enforces it before the resolver runs.
 *
 *   directive @access(allow: [String!]!, nullWhenDenied: Boolean = false) on OBJECT | FIELD_DEFINITION
 *
 * Any one rule of `allow` admits the caller. A rule on a type applies to each of its fields that
 * has none of its own. Rules are built in (`public`, `authenticated`, `signedIn`, `role:<ROLE>`,
 * `scope:<scope>`) or named by the subgraph (`accessRules` of its definition).
 */
export const ACCESS_DIRECTIVE = 'access';

/** What a rule sees: the verified caller and the field being resolved. */
export interface AccessRequest<Context = unknown> {
  identity: Identity;
  /** The object the field belongs to (for root fields, undefined). */
  parent: unknown;
  args: Record<string, unknown>;
  context: Context;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- rules are written against each subgraph's own context
export type AccessRule<Context = any> = (
  request: AccessRequest<Context>,
) => boolean | Promise<boolean>;

export type AccessRules = Readonly<Record<string, AccessRule>>;

/** A member's role within a partner organisation. */
export const ORGANIZATION_ROLES = ['OWNER', 'MANAGER', 'STAFF'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/**
 * What a partner API key may be allowed to do. `menus:*` covers the organisation's whole catalog
 * (stores, menus, products, stock, promotions); `orders:*` its orders.
 */
export const API_KEY_SCOPES = ['menus:read', 'menus:write', 'orders:read', 'orders:write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** The role an API key holds in the organisation it belongs to, beside its scopes. */
export const API_KEY_ROLE = 'API_KEY';

const BUILT_IN: AccessRules = {
  public: () => true,
  authenticated: ({ identity }) => identity.kind !== 'anonymous',
  signedIn: ({ identity }) => identity.kind === 'user' && identity.userId !== null,
};

function builtIn(name: string): AccessRule | undefined {
  if (Object.hasOwn(BUILT_IN, name)) return BUILT_IN[name];
  const [kind, value] = splitOnce(name, ':');
  if (!value) return undefined;
  if (kind === 'role') {
    return ({ identity }) => identity.kind === 'user' && identity.roles.includes(value);
  }
  if (kind === 'scope') {
    return ({ identity }) => identity.kind === 'apiKey' && identity.scopes.includes(value);
  }
  return undefined;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/**
 * A rule that admits members of the organisation `organizationOf` names: users holding one of
 * `roles` in it, and API keys of that organisation holding one of `scopes`. Nobody is admitted
 * when the organisation cannot be told (e.g. the store does not exist).
 */
export function organizationAccess<Context = unknown>(
  organizationOf: (
    request: AccessRequest<Context>,
  ) => string | null | undefined | Promise<string | null | undefined>,
  grant: { roles?: readonly OrganizationRole[]; scopes?: readonly string[] },
): AccessRule<Context> {
  const admits = (identity: Identity, organizationId: string | null | undefined): boolean => {
    if (!organizationId) return false;
    if (identity.kind === 'apiKey') {
      return (
        identity.organizations.some((member) => member.organizationId === organizationId) &&
        (grant.scopes ?? []).some((scope) => identity.scopes.includes(scope))
      );
    }
    return identity.organizations.some(
      (member) =>
        member.organizationId === organizationId &&
        (grant.roles ?? []).includes(member.role as OrganizationRole),
    );
  };
  return (request) => {
    const { identity } = request;
    if (identity.kind === 'anonymous' || identity.organizations.length === 0) return false;
    const organizationId = organizationOf(request);
    return organizationId instanceof Promise
      ? organizationId.then((id) => admits(identity, id))
      : admits(identity, organizationId);
  };
}

/** A field's declared access. */
export interface FieldAccess {
  type: string;
  field: string;
  allow: readonly string[];
  nullWhenDenied: boolean;
}

export class AccessDeclarationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`access rules are incomplete or wrong:\n  ${problems.join('\n  ')}`);
    this.name = 'AccessDeclarationError';
  }
}

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];

function readDirective(
  directives: readonly ConstDirectiveNode[] | undefined,
): { allow: string[]; nullWhenDenied: boolean } | undefined {
  const node = directives?.find((directive) => directive.name.value === ACCESS_DIRECTIVE);
  if (!node) return undefined;
  const args = Object.fromEntries(
    (node.arguments ?? []).map((argument) => [
      argument.name.value,
      argument.value.kind === Kind.NULL ? null : valueFromASTUntyped(argument.value),
    ]),
  );
  return {
    allow: Array.isArray(args.allow) ? args.allow.map(String) : [],
    nullWhenDenied: args.nullWhenDenied === true,
  };
}

function typeDirectives(type: GraphQLObjectType): ConstDirectiveNode[] {
  return [type.astNode, ...type.extensionASTNodes].flatMap((node) => node?.directives ?? []);
}

function isEntity(type: GraphQLObjectType): boolean {
  return typeDirectives(type).some((directive) => {
    if (directive.name.value !== 'key') return false;
    const resolvable = directive.arguments?.find(
      (argument) => argument.name.value === 'resolvable',
    );
    return !(resolvable?.value.kind === Kind.BOOLEAN && resolvable.value.value === false);
  });
}

/** Every field's declared access, read from the schema's @access directives. */
export function describeAccess(schema: GraphQLSchema): FieldAccess[] {
  const described: FieldAccess[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const onType = readDirective(typeDirectives(type));
    for (const field of Object.values(type.getFields())) {
      const declared = readDirective(field.astNode?.directives) ?? onType;
      if (declared) described.push({ type: type.name, field: field.name, ...declared });
    }
  }
  return described;
}

/** Fields that must say who may use them: operations, and every field of a resolvable entity. */
function mustDeclare(type: GraphQLObjectType, field: GraphQLField<unknown, unknown>): boolean {
  if (field.name.startsWith('_')) return false;
  return ROOT_TYPES.includes(type.name) || isEntity(type);
}

function deny(identity: Identity, type: string, field: string): never {
  if (identity.kind === 'anonymous') {
    throw new UnauthenticatedError(`Sign in to use ${type}.${field}`);
  }
  throw new ForbiddenError(`Not allowed to use ${type}.${field}`);
}

/**
 * Wraps each field's resolver (in place) with the check its @access declares. Throws an
 * AccessDeclarationError listing every operation or entity field without a rule and every rule
 * name the subgraph does not define, so a subgraph cannot start with a gap.
 */
export function enforceAccess(schema: GraphQLSchema, rules: AccessRules = {}): GraphQLSchema {
  const problems: string[] = [];
  const resolveRule = (name: string, where: string): AccessRule | undefined => {
    const rule = (Object.hasOwn(rules, name) ? rules[name] : undefined) ?? builtIn(name);
    if (!rule) problems.push(`${where}: unknown access rule "${name}"`);
    return rule;
  };

  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const onType = readDirective(typeDirectives(type));
    for (const field of Object.values(type.getFields())) {
      const where = `${type.name}.${field.name}`;
      const declared = readDirective(field.astNode?.directives) ?? onType;
      if (!declared) {
        if (mustDeclare(type, field)) problems.push(`${where}: no @access rule`);
        continue;
      }
      if (declared.allow.length === 0) problems.push(`${where}: @access allows no rule`);
      const checks = declared.allow
        .map((name) => resolveRule(name, where))
        .filter((rule): rule is AccessRule => rule !== undefined);
      if (declared.allow.includes('public')) continue;
      wrap(field, type.name, checks, declared.nullWhenDenied);
    }
  }
  if (problems.length > 0) throw new AccessDeclarationError(problems);
  return schema;
}

function wrap(
  field: GraphQLField<unknown, unknown>,
  typeName: string,
  checks: readonly AccessRule[],
  nullWhenDenied: boolean,
): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (parent, args, context, info) => {
    const identity = (context as { identity: Identity }).identity;
    const request: AccessRequest = { identity, parent, args, context };
    const proceed = (allowed: boolean) => {
      if (allowed) return resolve(parent, args, context, info);
      if (nullWhenDenied) return null;
      return deny(identity, typeName, field.name);
    };
    const pending: Promise<boolean>[] = [];
    for (const check of checks) {
      const verdict = check(request);
      if (verdict === true) return resolve(parent, args, context, info);
      if (verdict instanceof Promise) pending.push(verdict);
    }
    if (pending.length === 0) return proceed(false);
    return Promise.all(pending).then((verdicts) => proceed(verdicts.includes(true)));
  };
}
