import type { IncomingHttpHeaders } from 'node:http';
import { verifyIdentity, type Identity, type Logger, type UnitOfWork } from '@dabba/subgraph-kit';
import type { Notifier } from '../notifications/notifier';
import type { UsersPersistence } from '../persistence';
import { makeCreateApiKey, type CreateApiKey } from './api-key-create';
import { makeRevokeApiKey, type RevokeApiKey } from './api-key-revoke';
import { makeVerifyApiKey, type VerifyApiKey } from './api-key-verify';
import { makeAcceptInvitation, type AcceptInvitation } from './invitation-accept';
import { makeRevokeInvitation, type RevokeInvitation } from './invitation-revoke';
import { makeInviteMember, type InviteMember } from './invitation-send';
import { makeChangeMemberRole, type ChangeMemberRole } from './membership-change-role';
import { makeRemoveMember, type RemoveMember } from './membership-remove';
import { makeCreateOrganization, type CreateOrganization } from './organization-create';
import { makeOrganizationReads, type OrganizationReads } from './organization-reads';
import { makeSeedOrganization, type SeedOrganization } from './organization-seed';

/** Partner organisations, their members, invitations and API keys. */
export interface OrganizationServices extends OrganizationReads {
  createOrganization: CreateOrganization;
  seedOrganization: SeedOrganization;
  inviteMember: InviteMember;
  acceptInvitation: AcceptInvitation;
  revokeInvitation: RevokeInvitation;
  changeMemberRole: ChangeMemberRole;
  removeMember: RemoveMember;
  createApiKey: CreateApiKey;
  revokeApiKey: RevokeApiKey;
  verifyApiKey: VerifyApiKey;
  /**
   * The caller of an internal HTTP route, from the identity the gateway signed (the kit's
   * IDENTITY_SECRET); throws UnauthenticatedError when it is missing, forged or stale.
   */
  verifyInternalCaller(headers: IncomingHttpHeaders): Identity;
}

export function createOrganizationServices(
  persistence: UsersPersistence,
  runtime: { unitOfWork: UnitOfWork; logger: Logger; notifier: Notifier; identitySecret: string },
): OrganizationServices {
  const { unitOfWork } = runtime;
  return {
    ...makeOrganizationReads(persistence),
    createOrganization: makeCreateOrganization({ ...persistence, unitOfWork }),
    seedOrganization: makeSeedOrganization(persistence),
    inviteMember: makeInviteMember(persistence, runtime),
    acceptInvitation: makeAcceptInvitation(persistence, unitOfWork),
    revokeInvitation: makeRevokeInvitation(persistence),
    changeMemberRole: makeChangeMemberRole(persistence, unitOfWork),
    removeMember: makeRemoveMember(persistence, unitOfWork),
    createApiKey: makeCreateApiKey(persistence.apiKeys),
    revokeApiKey: makeRevokeApiKey(persistence.apiKeys),
    verifyApiKey: makeVerifyApiKey(persistence.apiKeys, runtime.logger),
    verifyInternalCaller: (headers) => verifyIdentity(headers, runtime.identitySecret),
  };
}
