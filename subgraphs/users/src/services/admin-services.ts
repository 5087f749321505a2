import type { UnitOfWork } from '@dabba/subgraph-kit';
import type { UsersPersistence } from '../persistence';
import { makeGrantRole, makeRevokeRole, type GrantRole, type RevokeRole } from './admin-roles';
import { makeSearchUsers, type SearchUsers } from './admin-users';

/** What support and admins do across all users (who may call them is in schema.graphql). */
export interface AdminServices {
  searchUsers: SearchUsers;
  grantRole: GrantRole;
  revokeRole: RevokeRole;
}

export function createAdminServices(
  {
    users,
    drivers,
    tokenRevocations,
  }: Pick<UsersPersistence, 'users' | 'drivers' | 'tokenRevocations'>,
  { unitOfWork }: { unitOfWork: UnitOfWork },
): AdminServices {
  return {
    searchUsers: makeSearchUsers(users),
    grantRole: makeGrantRole({ users, tokenRevocations, unitOfWork }),
    revokeRole: makeRevokeRole({ users, drivers, tokenRevocations, unitOfWork }),
  };
}
