import { signedInUserId } from '@dabba/subgraph-kit';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { toOrganizationResult as result } from './organization-results';

export const organizationMutations: MutationResolvers = {
  createOrganization: async (_parent, { input }, { identity, services }) =>
    result<'CreateOrganizationResult'>(
      await services.createOrganization(signedInUserId(identity), input),
      'Organization',
    ),
  inviteMember: async (_parent, { input }, { identity, services }) =>
    result<'InviteMemberResult'>(
      await services.inviteMember(signedInUserId(identity), input),
      'Invitation',
    ),
  acceptInvitation: async (_parent, { token }, { identity, services }) =>
    result<'AcceptInvitationResult'>(
      await services.acceptInvitation(signedInUserId(identity), token),
      'Membership',
    ),
  revokeInvitation: async (_parent, { id }, { identity, services }) =>
    result<'RevokeInvitationResult'>(
      await services.revokeInvitation(signedInUserId(identity), id),
      'Invitation',
    ),
  changeMemberRole: async (_parent, { input }, { services }) =>
    result<'ChangeMemberRoleResult'>(await services.changeMemberRole(input), 'Membership'),
  removeMember: async (_parent, { input }, { services }) =>
    result<'RemoveMemberResult'>(await services.removeMember(input), 'MemberRemoved'),
  createApiKey: async (_parent, { input }, { identity, services }) =>
    result<'CreateApiKeyResult'>(
      await services.createApiKey(signedInUserId(identity), input),
      'CreatedApiKey',
    ),
  revokeApiKey: (_parent, { id }, { services }) => services.revokeApiKey(id),
};
