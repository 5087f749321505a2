import { UnauthenticatedError, type UnitOfWork } from '@dabba/subgraph-kit';
import { invalidInput, type InvalidInput } from '../domain/auth-results';
import {
  idempotencyKeyError,
  normalizeOrganizationName,
  organizationNameError,
  PARTNER_ROLE,
  type Organization,
} from '../domain/organization';
import {
  isDuplicateKeyError,
  type MembershipRepository,
  type OrganizationRepository,
  type UserRepository,
} from '../persistence';
import { newMembershipId, newOrganizationId } from './organization-ids';

/**
 * Creates an organisation with the user as its first OWNER, and makes them a PARTNER. The same
 * idempotency key from the same user returns the organisation it first created.
 */
export type CreateOrganization = (
  userId: string,
  input: { name: string; idempotencyKey: string },
) => Promise<Organization | InvalidInput>;

export function makeCreateOrganization(deps: {
  organizations: OrganizationRepository;
  memberships: MembershipRepository;
  users: UserRepository;
  unitOfWork: UnitOfWork;
}): CreateOrganization {
  const { organizations } = deps;
  return async (userId, { name, idempotencyKey }) => {
    const nameError = organizationNameError(name);
    if (nameError) return invalidInput('name', `name ${nameError}`);
    const keyError = idempotencyKeyError(idempotencyKey);
    if (keyError) return invalidInput('idempotencyKey', `idempotencyKey ${keyError}`);
    const first = await organizations.findByIdempotencyKey(userId, idempotencyKey);
    if (first) return first;

    const now = new Date();
    const organization: Organization = {
      id: newOrganizationId(),
      name: normalizeOrganizationName(name),
      createdBy: userId,
      createdAt: now,
    };
    try {
      await deps.unitOfWork.run(async (tx) => {
        await organizations.insert(organization, idempotencyKey, tx.session);
        const membership = {
          id: newMembershipId(),
          organizationId: organization.id,
          userId,
          role: 'OWNER' as const,
          joinedAt: now,
        };
        await deps.memberships.insert(membership, tx.session);
        if (!(await deps.users.addRole(userId, PARTNER_ROLE, tx.session))) {
          throw new UnauthenticatedError('Unknown user');
        }
        const tenant = organization.id;
        tx.publish({
          type: 'users.organization.created.v1',
          subject: organization.id,
          tenant,
          data: { organizationId: organization.id, createdBy: userId },
        });
        tx.publish({
          type: 'users.organization.member_added.v1',
          subject: organization.id,
          tenant,
          data: { organizationId: organization.id, userId, role: 'OWNER' },
        });
      });
    } catch (error) {
      // A concurrent request with the same key won the insert: answer with its organisation.
      const winner = isDuplicateKeyError(error)
        ? await organizations.findByIdempotencyKey(userId, idempotencyKey)
        : null;
      if (winner) return winner;
      throw error;
    }
    return organization;
  };
}
