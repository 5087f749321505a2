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

type RoleArgs = { userId: string; role: PlatformRole };

/**
 * An admin grants a platform role, or takes one away. Each real change is one conditional update
 * announced with users.user.roles_changed.v1 in the same transaction; asking for the current
 * state changes nothing. Access tokens carry the new roles from the user's next refresh.
 */
export type GrantRole = (actorId: string, args: RoleArgs) => Promise<RolesChanged | UserNotFound>;
export type RevokeRole = (
  actorId: string,
  args: RoleArgs,
) => Promise<RolesChanged | UserNotFound | OwnAdminRole>;

function makeChangeRole(
  users: UserRepository,
  unitOfWork: UnitOfWork,
  change: 'grant' | 'revoke',
): GrantRole {
  return (actorId, { userId, role }) =>
    unitOfWork.run(async (tx): Promise<RolesChanged | UserNotFound> => {
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
}

export function makeGrantRole(users: UserRepository, unitOfWork: UnitOfWork): GrantRole {
  return makeChangeRole(users, unitOfWork, 'grant');
}

/** As grantRole, except that an admin cannot take away their own ADMIN role. */
export function makeRevokeRole(users: UserRepository, unitOfWork: UnitOfWork): RevokeRole {
  const revoke = makeChangeRole(users, unitOfWork, 'revoke');
  return async (actorId, args) =>
    revokeRoleProblem(actorId, args.userId, args.role) ?? revoke(actorId, args);
}
