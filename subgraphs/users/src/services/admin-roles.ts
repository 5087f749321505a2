import type { Transaction, UnitOfWork } from '@dabba/subgraph-kit';
import {
  platformRoles,
  revokeRoleProblem,
  type OwnAdminRole,
  type PlatformRole,
  type RolesChanged,
  type UserNotFound,
} from '../domain/admin';
import { userRevocation } from '../domain/token-revocation';
import type { DriverRepository } from '../persistence/driver-repository';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import type { UserRepository } from '../persistence/user-repository';
import { DRIVER_ROLE } from './driver-apply';
import { endDriving } from './driver-availability';

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

/** What else a real change of this role means, done in the same transaction. */
type RoleConsequences = (tx: Transaction, userId: string, role: PlatformRole) => Promise<void>;

interface RoleDeps {
  users: UserRepository;
  tokenRevocations: TokenRevocationRepository;
  unitOfWork: UnitOfWork;
}

/**
 * A real change also revokes the user's access tokens at the gateway, in the same transaction:
 * a role taken away stops working at once, and the next refresh carries the new roles.
 */
function makeChangeRole(
  { users, tokenRevocations, unitOfWork }: RoleDeps,
  change: 'grant' | 'revoke',
  consequences?: RoleConsequences,
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
        await tokenRevocations.add([userRevocation(userId, new Date())], tx.session);
        await consequences?.(tx, userId, role);
      }
      return { kind: 'RolesChanged', ...result };
    });
}

export function makeGrantRole(deps: RoleDeps): GrantRole {
  return makeChangeRole(deps, 'grant');
}

/**
 * As grantRole, except that an admin cannot take away their own ADMIN role. A driver who loses
 * DRIVER goes offline in the same transaction, so dispatch stops offering them orders at once
 * rather than when support reviews their profile.
 */
export function makeRevokeRole(deps: RoleDeps & { drivers: DriverRepository }): RevokeRole {
  const revoke = makeChangeRole(deps, 'revoke', async (tx, userId, role) => {
    if (role === DRIVER_ROLE) await endDriving(deps.drivers, tx, userId);
  });
  return async (actorId, args) =>
    revokeRoleProblem(actorId, args.userId, args.role) ?? revoke(actorId, args);
}
