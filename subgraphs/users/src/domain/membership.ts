import { ORGANIZATION_ROLES, type OrganizationRole } from '@dabba/subgraph-kit';

/** A user's place in an organisation; one per (organisation, user). */
export interface Membership {
  /** `mem_…` */
  id: string;
  organizationId: string;
  userId: string;
  role: OrganizationRole;
  joinedAt: Date;
}

/** An organisation membership as an access token's `orgs` claim carries it. */
export interface OrganizationClaim {
  organizationId: string;
  role: OrganizationRole;
}

export function isOrganizationRole(value: string): value is OrganizationRole {
  return (ORGANIZATION_ROLES as readonly string[]).includes(value);
}

/**
 * The roles a member may invite others with: an OWNER any role, a MANAGER only STAFF, STAFF
 * nobody.
 */
export function mayGrant(granter: OrganizationRole, role: OrganizationRole): boolean {
  if (granter === 'OWNER') return true;
  return granter === 'MANAGER' && role === 'STAFF';
}

/** Whether changing `member` to `role` (null: removing them) takes an OWNER away. */
export function takesAwayOwner(member: Membership, role: OrganizationRole | null): boolean {
  return member.role === 'OWNER' && role !== 'OWNER';
}

/** Whether changing `member` to `role` makes them an OWNER they were not. */
export function addsOwner(
  member: Pick<Membership, 'role'> | null,
  role: OrganizationRole,
): boolean {
  return role === 'OWNER' && member?.role !== 'OWNER';
}

export function toClaims(memberships: readonly Membership[]): OrganizationClaim[] {
  return memberships.map(({ organizationId, role }) => ({ organizationId, role }));
}
