import type { ResolversTypes, ResolversUnionTypes } from '../__generated__/resolvers-types';
import type { InvalidInput } from '../domain/auth-results';
import type {
  AlreadyMember,
  InvalidInvitation,
  InvitationNotForYou,
  LastOwner,
  MemberNotFound,
  RoleNotAllowed,
} from '../domain/organization-results';

type OrganizationFailure =
  | InvalidInput
  | LastOwner
  | RoleNotAllowed
  | MemberNotFound
  | InvalidInvitation
  | InvitationNotForYou
  | AlreadyMember;

/** The error results' `code` and default `message`, part of the API contract. */
const ERRORS: Record<OrganizationFailure['kind'], { code: string; message: string }> = {
  InvalidInput: { code: 'INVALID_INPUT', message: 'Invalid input' },
  LastOwner: {
    code: 'LAST_OWNER',
    message: 'The organisation must keep an owner: make someone else an owner first',
  },
  RoleNotAllowed: { code: 'ROLE_NOT_ALLOWED', message: 'Your role may not grant this role' },
  MemberNotFound: {
    code: 'MEMBER_NOT_FOUND',
    message: 'This user is not a member of the organisation',
  },
  InvalidInvitation: {
    code: 'INVALID_INVITATION',
    message: 'This invitation cannot be accepted; ask for a new one',
  },
  InvitationNotForYou: {
    code: 'INVITATION_NOT_FOR_YOU',
    message: 'This invitation was sent to another email address or phone number',
  },
  AlreadyMember: {
    code: 'ALREADY_MEMBER',
    message: 'You are already a member of this organisation',
  },
};

type Unions = ResolversUnionTypes<ResolversTypes>;

/**
 * A use case's outcome as the result union `Union`: failures (they carry a `kind`) as the error
 * type of that name with its code, anything else as `typename` (unions resolve by __typename).
 */
export function toOrganizationResult<Union extends keyof Unions>(
  outcome: object,
  typename: string,
): Unions[Union] {
  if ('kind' in outcome && (outcome.kind as string) in ERRORS) {
    const { kind, ...fields } = outcome as OrganizationFailure;
    return { __typename: kind, ...ERRORS[kind], ...fields } as Unions[Union];
  }
  return { __typename: typename, ...outcome } as Unions[Union];
}
