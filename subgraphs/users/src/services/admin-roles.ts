import type { UnitOfWork } from '@dabba/subgraph-kit';
import {
  platformRoles,
  revokeRoleProblem,
  type OwnAdminRole,
  type PlatformRole,
  type RolesChanged,
  type UserNotFound,
} from '../domain/admin';
import type { UserRepository } from '../persistence/user-repository';

/**
 * An admin grants a platform role, or takes one away. Each real change is one conditional update
 * announced with users.user.roles_changed.v1 in the same transaction; asking for the current
 * state changes nothing. Access tokens carry the new roles from the user's next refresh.
 */
export type ChangeUserRole = (
  actorId: string,
  args: { userId: string; role: PlatformRole },
) => Promise<RolesChanged | UserNotFound | OwnAdminRole>;

function makeChangeUserRole(
  users: UserRepository,
  unitOfWork: UnitOfWork,
  change: 'grant' | 'revoke',
): ChangeUserRole {
  return async (actorId, { userId, role }) => {
    const problem = change === 'revoke' ? revokeRoleProblem(actorId, userId, role) : null;
    if (problem) return problem;
    return unitOfWork.run(async (tx): Promise<RolesChanged | UserNotFound> => {
      const result = await users.changeRole(userId, role, change, tx.session);
      if (!result) return { kind: 'UserNotFound', userId };
      if (result.changed) {
        tx.publish({
          type: 'users.user.roles_changed.v1',
          subject: userId,
          data: { userId, roles: platformRoles(result.user), changedBy: actorId },
        });
      }
      return { kind: 'RolesChanged', ...result };
    });
  };
}

export const makeGrantRole = (users: UserRepository, unitOfWork: UnitOfWork): ChangeUserRole =>
  makeChangeUserRole(users, unitOfWork, 'grant');

export const makeRevokeRole = (users: UserRepository, unitOfWork: UnitOfWork): ChangeUserRole =>
  makeChangeUserRole(users, unitOfWork, 'revoke');
