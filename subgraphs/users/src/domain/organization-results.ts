import type { OrganizationRole } from '@dabba/subgraph-kit';
import type { InvitationProblem } from './invitation';

/**
 * Outcomes of the organisation use cases that a client can act on; GraphQL returns them as data
 * (each implements AuthError, like the account outcomes).
 */
export interface LastOwner {
  kind: 'LastOwner';
}

export interface RoleNotAllowed {
  kind: 'RoleNotAllowed';
  role: OrganizationRole;
}

export interface MemberNotFound {
  kind: 'MemberNotFound';
}

export interface InvalidInvitation {
  kind: 'InvalidInvitation';
  reason: InvitationProblem;
}

export interface InvitationNotForYou {
  kind: 'InvitationNotForYou';
}

export interface AlreadyMember {
  kind: 'AlreadyMember';
  organizationId: string;
}
