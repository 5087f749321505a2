import { signedInUserId } from '@dabba/subgraph-kit';
import type { Resolvers } from '../__generated__/resolvers-types';
import {
  platformRoles,
  type OwnAdminRole,
  type RolesChanged,
  type UserNotFound,
} from '../domain/admin';

/** The error results' `code` and default `message`, part of the API contract. */
const ERRORS = {
  UserNotFound: { code: 'USER_NOT_FOUND', message: 'No user has this id' },
  OwnAdminRole: {
    code: 'OWN_ADMIN_ROLE',
    message: 'You cannot take away your own ADMIN role: ask another admin',
  },
} as const;

type Outcome = RolesChanged | UserNotFound | OwnAdminRole;

/** The outcome as the GraphQL object of the same name; errors carry their code and message. */
type Result<T extends Outcome> = T extends RolesChanged
  ? Omit<T, 'kind'> & { __typename: 'RolesChanged' }
  : Omit<T, 'kind'> & { __typename: T['kind']; code: string; message: string };

function toResult<T extends Outcome>(outcome: T): Result<T> {
  const { kind, ...fields } = outcome;
  const error = kind === 'RolesChanged' ? {} : ERRORS[kind];
  return { __typename: kind, ...error, ...fields } as Result<T>;
}

/** Support's user search and admins' role management, for merging into the resolver map. */
export const adminSection = {
  query: {
    users: (_parent, args, { services }) => services.searchUsers(args),
  },
  mutations: {
    grantRole: async (_parent, args, { identity, services }) =>
      toResult(await services.grantRole(signedInUserId(identity), args)),
    revokeRole: async (_parent, args, { identity, services }) =>
      toResult(await services.revokeRole(signedInUserId(identity), args)),
  },
  user: {
    roles: (user) => platformRoles(user),
  },
} satisfies {
  query: Resolvers['Query'];
  mutations: Resolvers['Mutation'];
  user: Resolvers['User'];
};
