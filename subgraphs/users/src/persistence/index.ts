import type { Connection } from 'mongoose';
import { ApiKeyRepository } from './api-key-repository';
import { InvitationRepository } from './invitation-repository';
import { MembershipRepository } from './membership-repository';
import { OrganizationRepository } from './organization-repository';
import { openProfilePersistence, type ProfilePersistence } from './profile-persistence';
import { RefreshTokenRepository } from './refresh-token-repository';
import { TokenRevocationRepository } from './token-revocation-repository';
import { UserRepository } from './user-repository';

export { RefreshTokenRepository, TokenRevocationRepository, UserRepository };
export { ApiKeyRepository, InvitationRepository, MembershipRepository, OrganizationRepository };
export { isDuplicateKeyError } from './organization-repository';

export interface UsersPersistence extends ProfilePersistence {
  users: UserRepository;
  refreshTokens: RefreshTokenRepository;
  tokenRevocations: TokenRevocationRepository;
  organizations: OrganizationRepository;
  memberships: MembershipRepository;
  invitations: InvitationRepository;
  apiKeys: ApiKeyRepository;
}

/** Repositories over the users database, with their indexes in place. */
export async function openUsersPersistence(db: Connection): Promise<UsersPersistence> {
  const users = new UserRepository(db);
  const refreshTokens = new RefreshTokenRepository(db);
  const tokenRevocations = new TokenRevocationRepository(db);
  await users.syncIndexes();
  await refreshTokens.syncIndexes();
  await tokenRevocations.syncIndexes();
  const organizations = new OrganizationRepository(db);
  const memberships = new MembershipRepository(db);
  const invitations = new InvitationRepository(db);
  const apiKeys = new ApiKeyRepository(db);
  await organizations.syncIndexes();
  await memberships.syncIndexes();
  await invitations.syncIndexes();
  await apiKeys.syncIndexes();
  return {
    users,
    refreshTokens,
    tokenRevocations,
    organizations,
    memberships,
    invitations,
    apiKeys,
    ...(await openProfilePersistence(db)),
  };
}
