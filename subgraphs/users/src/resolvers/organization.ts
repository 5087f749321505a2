import type { Resolvers } from '../__generated__/resolvers-types';
import type { UsersContext } from '../context';
import { invitationStatus } from '../domain/invitation';
import type { Organization } from '../domain/organization';
import type { User } from '../domain/user';

/**
 * Rows only refer to organisations and users that exist (neither is ever deleted); a missing
 * one is a broken invariant, reported as an internal error.
 */
async function present<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (!found) throw new Error(`${what} does not exist`);
  return found;
}

const organizationOf = (
  row: { organizationId: string },
  _args: unknown,
  { loaders }: UsersContext,
): Promise<Organization> =>
  present(loaders.organizationById.load(row.organizationId), `organization ${row.organizationId}`);

const userOf =
  <Row>(idOf: (row: Row) => string) =>
  (row: Row, _args: unknown, { loaders }: UsersContext): Promise<User> =>
    present(loaders.userById.load(idOf(row)), `user ${idOf(row)}`);

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_parent, { id }, { loaders }) => loaders.organizationById.load(id),
  },
  Organization: {
    __resolveReference: (reference, { loaders }) => loaders.organizationById.load(reference.id),
    members: (organization, args, { services }) => services.listMembers(organization.id, args),
    invitations: (organization, args, { services }) =>
      services.listPendingInvitations(organization.id, args),
    apiKeys: (organization, args, { services }) => services.listApiKeys(organization.id, args),
  },
  User: {
    memberships: (user, _args, { loaders }) => loaders.membershipsByUser.load(user.id),
  },
  Membership: {
    organization: organizationOf,
    user: userOf((membership) => membership.userId),
  },
  Invitation: {
    organization: organizationOf,
    status: (invitation) => invitationStatus(invitation, new Date()),
    invitedBy: userOf((invitation) => invitation.invitedBy),
  },
  ApiKey: {
    organization: organizationOf,
    createdBy: userOf((apiKey) => apiKey.createdBy),
  },
  MemberRemoved: { organization: organizationOf },
  AlreadyMember: { organization: organizationOf },
};
