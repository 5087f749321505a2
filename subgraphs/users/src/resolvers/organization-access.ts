import {
  API_KEY_SCOPES,
  organizationAccess,
  type AccessRequest,
  type AccessRules,
  type OrganizationRole,
} from '@dabba/subgraph-kit';
import type { UsersContext } from '../context';
import type { Organization } from '../domain/organization';

type Request = AccessRequest<UsersContext>;

const OWNER: readonly OrganizationRole[] = ['OWNER'];
const MANAGERS: readonly OrganizationRole[] = ['OWNER', 'MANAGER'];
const MEMBERS: readonly OrganizationRole[] = ['OWNER', 'MANAGER', 'STAFF'];

/** On Organization's fields the organisation itself; on Query.organization its `id` argument. */
const theOrganization = ({ parent, args }: Request): string | undefined =>
  parent ? (parent as Organization).id : (args.id as string | undefined);

/** Mutations naming the organisation in `input.organizationId`. */
const inputOrganization = ({ args }: Request): string | undefined =>
  (args.input as { organizationId?: string } | undefined)?.organizationId;

/** The organisation of the invitation `id` names: nobody is admitted when there is none. */
const invitationOrganization = async ({ args, context }: Request) =>
  (await context.loaders.invitationById.load(args.id as string))?.organizationId;

const apiKeyOrganization = async ({ args, context }: Request) =>
  (await context.loaders.apiKeyById.load(args.id as string))?.organizationId;

/**
 * Who may act on an organisation, by where the field finds it. Users are admitted by the roles in
 * their access token (at most 15 minutes old); API keys by their organisation and scopes.
 */
export const organizationAccessRules: AccessRules = {
  orgMember: organizationAccess(theOrganization, { roles: MEMBERS }),
  orgManager: organizationAccess(theOrganization, { roles: MANAGERS }),
  orgOwner: organizationAccess(theOrganization, { roles: OWNER }),
  /** An API key of the organisation, whatever its scopes: it may read the organisation itself. */
  orgApiKey: organizationAccess(theOrganization, { scopes: API_KEY_SCOPES }),
  orgManagerOfInput: organizationAccess(inputOrganization, { roles: MANAGERS }),
  orgOwnerOfInput: organizationAccess(inputOrganization, { roles: OWNER }),
  invitationOrgManager: organizationAccess(invitationOrganization, { roles: MANAGERS }),
  apiKeyOrgOwner: organizationAccess(apiKeyOrganization, { roles: OWNER }),
};
