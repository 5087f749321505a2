import type { Logger, UnitOfWork } from '@dabba/subgraph-kit';
import type { AccessTokenSigner } from '../auth/access-token-signer';
import type { LoginThrottle } from '../auth/login-throttle';
import type { PasswordHasher } from '../auth/password-hasher';
import type { Notifier } from '../notifications/notifier';
import type { UsersPersistence } from '../persistence';
import type { TokenRevocationRepository } from '../persistence/token-revocation-repository';
import { createAdminServices, type AdminServices } from './admin-services';
import { makeChangePassword, type ChangePassword } from './change-password';
import { makeGetUsersByIds, type GetUsersByIds } from './get-users-by-ids';
import { makeIssueSession } from './issue-session';
import { makeLogIn, type LogIn } from './log-in';
import { makeLogOut, type LogOut } from './log-out';
import { createOrganizationServices, type OrganizationServices } from './organization-services';
import { createProfileServices, type ProfileServices } from './profile-services';
import { makeRefreshSession, type RefreshSession } from './refresh-session';
import { makeSaveUser, type SaveUser } from './save-user';
import { makeSignUp, type SignUp } from './sign-up';

export interface UsersServices extends OrganizationServices, ProfileServices, AdminServices {
  getUsersByIds: GetUsersByIds;
  saveUser: SaveUser;
  hashPassword: PasswordHasher['hash'];
  signUp: SignUp;
  logIn: LogIn;
  refreshSession: RefreshSession;
  logOut: LogOut;
  changePassword: ChangePassword;
  /** The access tokens revoked since a time, for the gateway (TokenRevocationRepository.listSince). */
  listTokenRevocations: TokenRevocationRepository['listSince'];
}

/** What the account use cases need besides the database. */
export interface UsersRuntime {
  unitOfWork: UnitOfWork;
  logger: Logger;
  signer: AccessTokenSigner;
  hasher: PasswordHasher;
  throttle: LoginThrottle;
  /** Password reset requests per identifier and per client address. */
  passwordResetThrottle: LoginThrottle;
  notifier: Notifier;
  /** The kit's IDENTITY_SECRET, to check who calls the internal routes. */
  identitySecret: string;
}

export function createUsersServices(
  persistence: UsersPersistence,
  runtime: UsersRuntime,
): UsersServices {
  const { users, refreshTokens, tokenRevocations, memberships } = persistence;
  const { unitOfWork, logger, signer, hasher, throttle } = runtime;
  const saveUser = makeSaveUser(users, unitOfWork);
  const issueSession = makeIssueSession(refreshTokens, signer, memberships);
  return {
    ...createOrganizationServices(persistence, runtime),
    ...createAdminServices(persistence, runtime),
    ...createProfileServices(persistence, { ...runtime, loginThrottle: throttle }),
    getUsersByIds: makeGetUsersByIds(users),
    saveUser,
    hashPassword: (password) => hasher.hash(password),
    signUp: makeSignUp({ saveUser, hasher, issueSession }),
    logIn: makeLogIn({ users, hasher, throttle, issueSession }),
    refreshSession: makeRefreshSession({
      users,
      refreshTokens,
      tokenRevocations,
      issueSession,
      logger,
    }),
    logOut: makeLogOut(refreshTokens, tokenRevocations),
    listTokenRevocations: (since, limit, after) => tokenRevocations.listSince(since, limit, after),
    changePassword: makeChangePassword({
      users,
      refreshTokens,
      tokenRevocations,
      hasher,
      throttle,
      issueSession,
      unitOfWork,
    }),
  };
}
