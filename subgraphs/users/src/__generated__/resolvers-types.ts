import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel } from '../domain/user';
import type { Organization as OrganizationModel } from '../domain/organization';
import type { Membership as MembershipModel } from '../domain/membership';
import type { Invitation as InvitationModel } from '../domain/invitation';
import type { ApiKey as ApiKeyModel } from '../domain/api-key';
import type { CreatedApiKey as CreatedApiKeyModel } from '../services/api-key-create';
import type { MemberRemoved as MemberRemovedModel } from '../services/membership-remove';
import type { AlreadyMember as AlreadyMemberModel } from '../domain/organization-results';
import type { UsersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 instant in UTC, e.g. 2026-11-21T09:30:00.000Z. */
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcceptInvitationResult = AlreadyMember | InvalidInvitation | InvitationNotForYou | Membership;

/** An account already uses this email address or phone number. Code: ACCOUNT_EXISTS. */
export type AccountExists = AuthError & {
  __typename?: 'AccountExists';
  code: Scalars['String']['output'];
  /** email or phone. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The user already belongs to this organisation. Code: ALREADY_MEMBER. */
export type AlreadyMember = AuthError & {
  __typename?: 'AlreadyMember';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  organization: Organization;
};

/**
 * A credential for a partner's own systems (a till, an inventory tool): sent to the gateway as
 * `Authorization: ApiKey <key>`, it acts for the organisation within its scopes.
 */
export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  /** Stable identifier (key_…); also part of the key itself. */
  id: Scalars['ID']['output'];
  /** When it was last used, to the minute; null when never. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, e.g. Till at Pho Bac. */
  name: Scalars['String']['output'];
  organization: Organization;
  /** When it was revoked; a revoked key is refused (by the gateway within 60 seconds). */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key may do: menus:read, menus:write, orders:read, orders:write. */
  scopes: Array<Scalars['String']['output']>;
};

/** Something every error result carries. */
export type AuthError = {
  /** Stable, machine-readable reason, e.g. INVALID_CREDENTIALS. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** A signed-in session: present the access token to the gateway, keep the refresh token secret. */
export type AuthSession = {
  __typename?: 'AuthSession';
  /** A JWT for the Authorization header (Bearer), valid for 15 minutes. */
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque; trade it with refreshSession before the access token expires. Valid for 30 days. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  /**
   * The signed-in user. Fields are visible as to the caller of this mutation, who is not signed
   * in yet: query `me` with the access token to read the user's email and phone.
   */
  user: User;
};

export type ChangeMemberRoleInput = {
  organizationId: Scalars['ID']['input'];
  role: OrganizationRole;
  userId: Scalars['ID']['input'];
};

export type ChangeMemberRoleResult = LastOwner | MemberNotFound | Membership;

/** The current password proves it is the user, not someone holding their unlocked phone. */
export type ChangePasswordInput = {
  /** The password the user logs in with now. */
  currentPassword: Scalars['String']['input'];
  /** The same rules as at sign-up apply. */
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordResult = InvalidCredentials | InvalidInput | PasswordChanged | TooManyAttempts | WeakPassword;

export type CreateApiKeyInput = {
  /** Optional; sending the same one again returns the first key (without its secret). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** What the key is for, 1 to 80 characters. */
  name: Scalars['String']['input'];
  organizationId: Scalars['ID']['input'];
  /** At least one of menus:read, menus:write, orders:read, orders:write. */
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyResult = CreatedApiKey | InvalidInput;

export type CreateOrganizationInput = {
  /** Chosen by the client, e.g. a UUID: sending the same one again returns the first organisation. */
  idempotencyKey: Scalars['String']['input'];
  /** 1 to 80 characters; surrounding and repeated spaces are dropped. */
  name: Scalars['String']['input'];
};

export type CreateOrganizationResult = InvalidInput | Organization;

/** A new API key: the only time its secret is shown. */
export type CreatedApiKey = {
  __typename?: 'CreatedApiKey';
  apiKey: ApiKey;
  /**
   * The key to send as `Authorization: ApiKey <key>`: dabba_<id>_<secret>. Store it safely now:
   * Dabba keeps only a hash. Null when this answers a replay of the same idempotency key; if the
   * key was lost, revoke it and create another.
   */
  key?: Maybe<Scalars['String']['output']>;
};

/**
 * No account matches this identifier and password; which of the two is wrong is not revealed.
 * Code: INVALID_CREDENTIALS.
 */
export type InvalidCredentials = AuthError & {
  __typename?: 'InvalidCredentials';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A field of the input is malformed. Code: INVALID_INPUT. */
export type InvalidInput = AuthError & {
  __typename?: 'InvalidInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. email. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * The invitation cannot be accepted. Code: INVALID_INVITATION; `reason` says why: UNKNOWN (no
 * invitation has this token), EXPIRED, REVOKED or USED.
 */
export type InvalidInvitation = AuthError & {
  __typename?: 'InvalidInvitation';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  reason: Scalars['String']['output'];
};

/**
 * The refresh token cannot be used: unknown, expired, ended by logOut or a password change, or
 * already used (which ends its whole session). Log in again. Code: INVALID_REFRESH_TOKEN.
 */
export type InvalidRefreshToken = AuthError & {
  __typename?: 'InvalidRefreshToken';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * An offer to join an organisation with a role, sent by email or SMS with a secret token that
 * only the message holds. Exactly one of email and phone is set.
 */
export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email?: Maybe<Scalars['String']['output']>;
  /** 7 days after it was sent. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier (inv_…). */
  id: Scalars['ID']['output'];
  invitedBy: User;
  organization: Organization;
  /** E.164. */
  phone?: Maybe<Scalars['String']['output']>;
  role: OrganizationRole;
  status: InvitationStatus;
};

/**
 * The invitation was sent to another email address or phone number than the signed-in user's.
 * Code: INVITATION_NOT_FOR_YOU.
 */
export type InvitationNotForYou = AuthError & {
  __typename?: 'InvitationNotForYou';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Where an invitation stands. */
export type InvitationStatus =
  | 'ACCEPTED'
  /** Not accepted within 7 days. */
  | 'EXPIRED'
  /** Sent and not answered; it can be accepted. */
  | 'PENDING'
  /** Withdrawn, or replaced by a newer invitation to the same person. */
  | 'REVOKED';

/** Give exactly one of email and phone. */
export type InviteMemberInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  organizationId: Scalars['ID']['input'];
  /** International form (+84…), or national form for a Vietnamese number. */
  phone?: InputMaybe<Scalars['String']['input']>;
  role: OrganizationRole;
};

export type InviteMemberResult = InvalidInput | Invitation | RoleNotAllowed;

/** The organisation must keep an OWNER: the last one can be neither demoted nor removed. Code: LAST_OWNER. */
export type LastOwner = AuthError & {
  __typename?: 'LastOwner';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A language Dabba speaks. */
export type Locale =
  /** English */
  | 'EN'
  /** Vietnamese */
  | 'VI';

/** Give exactly one of email and phone. */
export type LogInInput = {
  /** As given at sign-up; compared without regard to case. */
  email?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  /** In international form (+84…), or national form for a Vietnamese number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type LogInResult = AuthSession | InvalidCredentials | InvalidInput | TooManyAttempts;

export type LogOutResult = LoggedOut;

/** The session has ended (or never existed). */
export type LoggedOut = {
  __typename?: 'LoggedOut';
  /** Always true. */
  success: Scalars['Boolean']['output'];
};

/** This user is not a member of the organisation. Code: MEMBER_NOT_FOUND. */
export type MemberNotFound = AuthError & {
  __typename?: 'MemberNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A member was removed from the organisation. */
export type MemberRemoved = {
  __typename?: 'MemberRemoved';
  organization: Organization;
  /** The user who is no longer a member. */
  userId: Scalars['ID']['output'];
};

/** A user's place in an organisation. */
export type Membership = {
  __typename?: 'Membership';
  /** When they joined (accepted the invitation, or created the organisation). */
  joinedAt: Scalars['DateTime']['output'];
  organization: Organization;
  role: OrganizationRole;
  user: User;
};

/** One page of members. */
export type MembershipConnection = {
  __typename?: 'MembershipConnection';
  edges: Array<MembershipEdge>;
  pageInfo: PageInfo;
};

/** A member and their position in the list. */
export type MembershipEdge = {
  __typename?: 'MembershipEdge';
  /** Opaque position of this member, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Membership;
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Joins the organisation of the invitation whose token this is, if it was sent to the signed-in
   * user's email or phone. Each invitation works once.
   */
  acceptInvitation: AcceptInvitationResult;
  /** Gives a member another role (OWNERs only). */
  changeMemberRole: ChangeMemberRoleResult;
  /**
   * Replaces the signed-in user's password, ends all their sessions and starts a new one for the
   * caller. Requires a signed-in user (UNAUTHENTICATED otherwise). Wrong current passwords are
   * throttled like logins.
   */
  changePassword: ChangePasswordResult;
  /** Creates an API key for the organisation (OWNERs only); its secret is in this answer only. */
  createApiKey: CreateApiKeyResult;
  /**
   * Creates an organisation with the signed-in user as its OWNER; they also become a PARTNER. The
   * new membership is in access tokens issued from now on: refresh the session to act for it.
   */
  createOrganization: CreateOrganizationResult;
  /**
   * Invites someone by email or phone to join with a role: OWNERs may invite any role, MANAGERs
   * STAFF only. The invitation is valid for 7 days; a pending one to the same person is replaced.
   */
  inviteMember: InviteMemberResult;
  /**
   * Signs in with an email address or a phone number and the password. Repeated failures lock the
   * account (and the caller's address) out for a while: see TooManyAttempts.
   */
  logIn: LogInResult;
  /** Ends the session the refresh token belongs to. Ending an unknown or ended session succeeds. */
  logOut: LogOutResult;
  /**
   * Trades a refresh token for a new access token and a new refresh token. Each refresh token works
   * once: presenting one again signs out the whole session, on every device that shares it.
   */
  refreshSession: RefreshSessionResult;
  /** Removes a member from the organisation (OWNERs only). */
  removeMember: RemoveMemberResult;
  /** Revokes an API key (OWNERs only); revoking a revoked key changes nothing. */
  revokeApiKey: ApiKey;
  /** Withdraws a pending invitation (OWNERs any, MANAGERs those for STAFF). Answered invitations stay as they are. */
  revokeInvitation: RevokeInvitationResult;
  /**
   * Creates a customer account identified by an email address or a phone number (or both) and
   * signs it in. Failures a person can fix are returned as results, not errors.
   */
  signUp: SignUpResult;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationChangeMemberRoleArgs = {
  input: ChangeMemberRoleInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationLogInArgs = {
  input: LogInInput;
};


export type MutationLogOutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};

/**
 * A partner organisation: the restaurant group or grocer that runs stores on Dabba. Its members
 * act for it with their organisation role (OWNER, MANAGER, STAFF), and its API keys let its own
 * systems call Dabba. The catalog subgraph contributes its stores.
 */
export type Organization = {
  __typename?: 'Organization';
  /** The 100 newest API keys, revoked ones included, never their secrets. OWNERs may read them. */
  apiKeys: Array<ApiKey>;
  /** When the organisation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier (org_…). */
  id: Scalars['ID']['output'];
  /** The 100 newest invitations still waiting for an answer. OWNERs and MANAGERs may read them. */
  invitations: Array<Invitation>;
  /**
   * The members, in the order they joined, in pages of at most 100. Members of the organisation,
   * support and admins may read them.
   */
  members: MembershipConnection;
  /** The name shown to customers and staff, 1 to 80 characters. */
  name: Scalars['String']['output'];
};


/**
 * A partner organisation: the restaurant group or grocer that runs stores on Dabba. Its members
 * act for it with their organisation role (OWNER, MANAGER, STAFF), and its API keys let its own
 * systems call Dabba. The catalog subgraph contributes its stores.
 */
export type OrganizationMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** What a member may do in their organisation. */
export type OrganizationRole =
  /** Runs the stores and invites STAFF. */
  | 'MANAGER'
  /** Everything, including managing members of any role and API keys. */
  | 'OWNER'
  /** Works in the stores. */
  | 'STAFF';

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The password was changed and every session ended; continue with the new one. */
export type PasswordChanged = {
  __typename?: 'PasswordChanged';
  /** How many sessions were ended, the caller's own included. */
  revokedSessions: Scalars['Int']['output'];
  /** A new session for the caller, replacing the one they changed the password from. */
  session: AuthSession;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user, or null for an anonymous caller. */
  me?: Maybe<User>;
  /**
   * The organisation with this id, or null when there is none. Its members, its API keys (any
   * scope), support and admins may read it.
   */
  organization?: Maybe<Organization>;
  /** The user with this id, or null when there is none. */
  user?: Maybe<User>;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RefreshSessionResult = AuthSession | InvalidRefreshToken;

export type RemoveMemberInput = {
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type RemoveMemberResult = LastOwner | MemberNotFound | MemberRemoved;

export type RevokeInvitationResult = Invitation | RoleNotAllowed;

/** Your role may not grant this role (a MANAGER invites STAFF only). Code: ROLE_NOT_ALLOWED. */
export type RoleNotAllowed = AuthError & {
  __typename?: 'RoleNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The role that was asked for. */
  role: OrganizationRole;
};

/** Give an email address, a phone number or both. */
export type SignUpInput = {
  /** Name shown to other people, up to 60 characters. */
  displayName: Scalars['String']['input'];
  /** Used to log in; compared without regard to case. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Preferred language; English when omitted. */
  locale?: InputMaybe<Locale>;
  /** At least 10 characters, and not easy to guess. */
  password: Scalars['String']['input'];
  /** Used to log in; in international form (+84…), or national form for a Vietnamese number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type SignUpResult = AccountExists | AuthSession | InvalidInput | WeakPassword;

/** Too many failed logins for this account or from this address. Code: TOO_MANY_ATTEMPTS. */
export type TooManyAttempts = AuthError & {
  __typename?: 'TooManyAttempts';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Wait this long before trying again. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/**
 * A person who uses Dabba: a customer, a driver, a partner's staff member or Dabba's own team.
 * The demo users seeded with SEED_DEMO_DATA=true log in with their email and the password
 * `dabba-demo-password`.
 */
export type User = {
  __typename?: 'User';
  /** When the user signed up. */
  createdAt: Scalars['DateTime']['output'];
  /** Name shown to other people, e.g. on an order or a review. */
  displayName: Scalars['String']['output'];
  /** Only the user themself, support and admins may read it; null when they signed up by phone. */
  email?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Preferred language for content and notifications. */
  locale: Locale;
  /**
   * The organisations the user belongs to, with their role. Only the user themself, support and
   * admins may read them; null for anyone else.
   */
  memberships?: Maybe<Array<Membership>>;
  /** E.164, e.g. +84901234567. Only the user themself, support and admins may read it. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** The password is too short or too easy to guess. Code: WEAK_PASSWORD. */
export type WeakPassword = AuthError & {
  __typename?: 'WeakPassword';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Ways to make it stronger. */
  suggestions: Array<Scalars['String']['output']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Organization: Organization;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AcceptInvitationResult:
    | ( AlreadyMemberModel )
    | ( InvalidInvitation )
    | ( InvitationNotForYou )
    | ( MembershipModel )
  ;
  ChangeMemberRoleResult:
    | ( LastOwner )
    | ( MemberNotFound )
    | ( MembershipModel )
  ;
  ChangePasswordResult:
    | ( InvalidCredentials )
    | ( InvalidInput )
    | ( Omit<PasswordChanged, 'session'> & { session: _RefType['AuthSession'] } )
    | ( TooManyAttempts )
    | ( WeakPassword )
  ;
  CreateApiKeyResult:
    | ( CreatedApiKeyModel )
    | ( InvalidInput )
  ;
  CreateOrganizationResult:
    | ( InvalidInput )
    | ( OrganizationModel )
  ;
  InviteMemberResult:
    | ( InvalidInput )
    | ( InvitationModel )
    | ( RoleNotAllowed )
  ;
  LogInResult:
    | ( Omit<AuthSession, 'user'> & { user: _RefType['User'] } )
    | ( InvalidCredentials )
    | ( InvalidInput )
    | ( TooManyAttempts )
  ;
  LogOutResult: ( LoggedOut );
  RefreshSessionResult:
    | ( Omit<AuthSession, 'user'> & { user: _RefType['User'] } )
    | ( InvalidRefreshToken )
  ;
  RemoveMemberResult:
    | ( LastOwner )
    | ( MemberNotFound )
    | ( MemberRemovedModel )
  ;
  RevokeInvitationResult:
    | ( InvitationModel )
    | ( RoleNotAllowed )
  ;
  SignUpResult:
    | ( AccountExists )
    | ( Omit<AuthSession, 'user'> & { user: _RefType['User'] } )
    | ( InvalidInput )
    | ( WeakPassword )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AuthError:
    | ( AccountExists )
    | ( AlreadyMemberModel )
    | ( InvalidCredentials )
    | ( InvalidInput )
    | ( InvalidInvitation )
    | ( InvalidRefreshToken )
    | ( InvitationNotForYou )
    | ( LastOwner )
    | ( MemberNotFound )
    | ( RoleNotAllowed )
    | ( TooManyAttempts )
    | ( WeakPassword )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AcceptInvitationResult']>;
  AccountExists: ResolverTypeWrapper<AccountExists>;
  AlreadyMember: ResolverTypeWrapper<AlreadyMemberModel>;
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AuthError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AuthError']>;
  AuthSession: ResolverTypeWrapper<Omit<AuthSession, 'user'> & { user: ResolversTypes['User'] }>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRoleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangeMemberRoleResult']>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangePasswordResult']>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateApiKeyResult']>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateOrganizationResult']>;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKeyModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentials>;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  InvalidInvitation: ResolverTypeWrapper<InvalidInvitation>;
  InvalidRefreshToken: ResolverTypeWrapper<InvalidRefreshToken>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationNotForYou: ResolverTypeWrapper<InvitationNotForYou>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  InviteMemberResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InviteMemberResult']>;
  LastOwner: ResolverTypeWrapper<LastOwner>;
  Locale: Locale;
  LogInInput: LogInInput;
  LogInResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LogInResult']>;
  LogOutResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LogOutResult']>;
  LoggedOut: ResolverTypeWrapper<LoggedOut>;
  MemberNotFound: ResolverTypeWrapper<MemberNotFound>;
  MemberRemoved: ResolverTypeWrapper<MemberRemovedModel>;
  Membership: ResolverTypeWrapper<MembershipModel>;
  MembershipConnection: ResolverTypeWrapper<Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversTypes['MembershipEdge']> }>;
  MembershipEdge: ResolverTypeWrapper<Omit<MembershipEdge, 'node'> & { node: ResolversTypes['Membership'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  OrganizationRole: OrganizationRole;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordChanged: ResolverTypeWrapper<Omit<PasswordChanged, 'session'> & { session: ResolversTypes['AuthSession'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefreshSessionResult']>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveMemberResult']>;
  RevokeInvitationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokeInvitationResult']>;
  RoleNotAllowed: ResolverTypeWrapper<RoleNotAllowed>;
  SignUpInput: SignUpInput;
  SignUpResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignUpResult']>;
  TooManyAttempts: ResolverTypeWrapper<TooManyAttempts>;
  User: ResolverTypeWrapper<UserModel>;
  WeakPassword: ResolverTypeWrapper<WeakPassword>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationResult: ResolversUnionTypes<ResolversParentTypes>['AcceptInvitationResult'];
  AccountExists: AccountExists;
  AlreadyMember: AlreadyMemberModel;
  ApiKey: ApiKeyModel;
  ID: Scalars['ID']['output'];
  AuthError: ResolversInterfaceTypes<ResolversParentTypes>['AuthError'];
  AuthSession: Omit<AuthSession, 'user'> & { user: ResolversParentTypes['User'] };
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRoleResult: ResolversUnionTypes<ResolversParentTypes>['ChangeMemberRoleResult'];
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolversUnionTypes<ResolversParentTypes>['ChangePasswordResult'];
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyResult: ResolversUnionTypes<ResolversParentTypes>['CreateApiKeyResult'];
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationResult: ResolversUnionTypes<ResolversParentTypes>['CreateOrganizationResult'];
  CreatedApiKey: CreatedApiKeyModel;
  DateTime: Scalars['DateTime']['output'];
  InvalidCredentials: InvalidCredentials;
  InvalidInput: InvalidInput;
  InvalidInvitation: InvalidInvitation;
  InvalidRefreshToken: InvalidRefreshToken;
  Invitation: InvitationModel;
  InvitationNotForYou: InvitationNotForYou;
  InviteMemberInput: InviteMemberInput;
  InviteMemberResult: ResolversUnionTypes<ResolversParentTypes>['InviteMemberResult'];
  LastOwner: LastOwner;
  LogInInput: LogInInput;
  LogInResult: ResolversUnionTypes<ResolversParentTypes>['LogInResult'];
  LogOutResult: ResolversUnionTypes<ResolversParentTypes>['LogOutResult'];
  LoggedOut: LoggedOut;
  MemberNotFound: MemberNotFound;
  MemberRemoved: MemberRemovedModel;
  Membership: MembershipModel;
  MembershipConnection: Omit<MembershipConnection, 'edges'> & { edges: Array<ResolversParentTypes['MembershipEdge']> };
  MembershipEdge: Omit<MembershipEdge, 'node'> & { node: ResolversParentTypes['Membership'] };
  Mutation: Record<PropertyKey, never>;
  Organization: OrganizationModel;
  Int: Scalars['Int']['output'];
  PageInfo: PageInfo;
  PasswordChanged: Omit<PasswordChanged, 'session'> & { session: ResolversParentTypes['AuthSession'] };
  Query: Record<PropertyKey, never>;
  RefreshSessionResult: ResolversUnionTypes<ResolversParentTypes>['RefreshSessionResult'];
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberResult: ResolversUnionTypes<ResolversParentTypes>['RemoveMemberResult'];
  RevokeInvitationResult: ResolversUnionTypes<ResolversParentTypes>['RevokeInvitationResult'];
  RoleNotAllowed: RoleNotAllowed;
  SignUpInput: SignUpInput;
  SignUpResult: ResolversUnionTypes<ResolversParentTypes>['SignUpResult'];
  TooManyAttempts: TooManyAttempts;
  User: UserModel;
  WeakPassword: WeakPassword;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AccessDirectiveArgs = {
  allow: Array<Scalars['String']['input']>;
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = UsersContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptInvitationResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AcceptInvitationResult'] = ResolversParentTypes['AcceptInvitationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AlreadyMember' | 'InvalidInvitation' | 'InvitationNotForYou' | 'Membership', ParentType, ContextType>;
}>;

export type AccountExistsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AccountExists'] = ResolversParentTypes['AccountExists']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AlreadyMemberResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AlreadyMember'] = ResolversParentTypes['AlreadyMember']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ApiKeyResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiKey'] = ResolversParentTypes['ApiKey']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastUsedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  revokedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuthErrorResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthError'] = ResolversParentTypes['AuthError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AccountExists' | 'AlreadyMember' | 'InvalidCredentials' | 'InvalidInput' | 'InvalidInvitation' | 'InvalidRefreshToken' | 'InvitationNotForYou' | 'LastOwner' | 'MemberNotFound' | 'RoleNotAllowed' | 'TooManyAttempts' | 'WeakPassword', ParentType, ContextType>;
}>;

export type AuthSessionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthSession'] = ResolversParentTypes['AuthSession']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChangeMemberRoleResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangeMemberRoleResult'] = ResolversParentTypes['ChangeMemberRoleResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'LastOwner' | 'MemberNotFound' | 'Membership', ParentType, ContextType>;
}>;

export type ChangePasswordResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangePasswordResult'] = ResolversParentTypes['ChangePasswordResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCredentials' | 'InvalidInput' | 'PasswordChanged' | 'TooManyAttempts' | 'WeakPassword', ParentType, ContextType>;
}>;

export type CreateApiKeyResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreateApiKeyResult'] = ResolversParentTypes['CreateApiKeyResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CreatedApiKey' | 'InvalidInput', ParentType, ContextType>;
}>;

export type CreateOrganizationResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreateOrganizationResult'] = ResolversParentTypes['CreateOrganizationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'Organization', ParentType, ContextType>;
}>;

export type CreatedApiKeyResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CreatedApiKey'] = ResolversParentTypes['CreatedApiKey']> = ResolversObject<{
  apiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
  key?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvalidCredentialsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidCredentials'] = ResolversParentTypes['InvalidCredentials']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidInputResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidInvitationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidInvitation'] = ResolversParentTypes['InvalidInvitation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidRefreshTokenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidRefreshToken'] = ResolversParentTypes['InvalidRefreshToken']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvitationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Invitation'] = ResolversParentTypes['Invitation']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitedBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvitationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvitationNotForYouResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvitationNotForYou'] = ResolversParentTypes['InvitationNotForYou']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InviteMemberResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InviteMemberResult'] = ResolversParentTypes['InviteMemberResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'Invitation' | 'RoleNotAllowed', ParentType, ContextType>;
}>;

export type LastOwnerResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LastOwner'] = ResolversParentTypes['LastOwner']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LogInResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LogInResult'] = ResolversParentTypes['LogInResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AuthSession' | 'InvalidCredentials' | 'InvalidInput' | 'TooManyAttempts', ParentType, ContextType>;
}>;

export type LogOutResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LogOutResult'] = ResolversParentTypes['LogOutResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'LoggedOut', ParentType, ContextType>;
}>;

export type LoggedOutResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LoggedOut'] = ResolversParentTypes['LoggedOut']> = ResolversObject<{
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MemberNotFoundResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['MemberNotFound'] = ResolversParentTypes['MemberNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MemberRemovedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['MemberRemoved'] = ResolversParentTypes['MemberRemoved']> = ResolversObject<{
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Membership'] = ResolversParentTypes['Membership']> = ResolversObject<{
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MembershipConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['MembershipConnection'] = ResolversParentTypes['MembershipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MembershipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type MembershipEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['MembershipEdge'] = ResolversParentTypes['MembershipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Membership'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptInvitation?: Resolver<ResolversTypes['AcceptInvitationResult'], ParentType, ContextType, RequireFields<MutationAcceptInvitationArgs, 'token'>>;
  changeMemberRole?: Resolver<ResolversTypes['ChangeMemberRoleResult'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordResult'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['CreateOrganizationResult'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberResult'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  logIn?: Resolver<ResolversTypes['LogInResult'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'input'>>;
  logOut?: Resolver<ResolversTypes['LogOutResult'], ParentType, ContextType, RequireFields<MutationLogOutArgs, 'refreshToken'>>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionResult'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberResult'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['RevokeInvitationResult'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiKeys?: Resolver<Array<ResolversTypes['ApiKey']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<Array<ResolversTypes['Invitation']>, ParentType, ContextType>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PasswordChangedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PasswordChanged'] = ResolversParentTypes['PasswordChanged']> = ResolversObject<{
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
}>;

export type RefreshSessionResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RefreshSessionResult'] = ResolversParentTypes['RefreshSessionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AuthSession' | 'InvalidRefreshToken', ParentType, ContextType>;
}>;

export type RemoveMemberResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RemoveMemberResult'] = ResolversParentTypes['RemoveMemberResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'LastOwner' | 'MemberNotFound' | 'MemberRemoved', ParentType, ContextType>;
}>;

export type RevokeInvitationResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RevokeInvitationResult'] = ResolversParentTypes['RevokeInvitationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Invitation' | 'RoleNotAllowed', ParentType, ContextType>;
}>;

export type RoleNotAllowedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RoleNotAllowed'] = ResolversParentTypes['RoleNotAllowed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SignUpResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SignUpResult'] = ResolversParentTypes['SignUpResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AccountExists' | 'AuthSession' | 'InvalidInput' | 'WeakPassword', ParentType, ContextType>;
}>;

export type TooManyAttemptsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['TooManyAttempts'] = ResolversParentTypes['TooManyAttempts']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WeakPasswordResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WeakPassword'] = ResolversParentTypes['WeakPassword']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = UsersContext> = ResolversObject<{
  AcceptInvitationResult?: AcceptInvitationResultResolvers<ContextType>;
  AccountExists?: AccountExistsResolvers<ContextType>;
  AlreadyMember?: AlreadyMemberResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  AuthError?: AuthErrorResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  ChangeMemberRoleResult?: ChangeMemberRoleResultResolvers<ContextType>;
  ChangePasswordResult?: ChangePasswordResultResolvers<ContextType>;
  CreateApiKeyResult?: CreateApiKeyResultResolvers<ContextType>;
  CreateOrganizationResult?: CreateOrganizationResultResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  InvalidInvitation?: InvalidInvitationResolvers<ContextType>;
  InvalidRefreshToken?: InvalidRefreshTokenResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationNotForYou?: InvitationNotForYouResolvers<ContextType>;
  InviteMemberResult?: InviteMemberResultResolvers<ContextType>;
  LastOwner?: LastOwnerResolvers<ContextType>;
  LogInResult?: LogInResultResolvers<ContextType>;
  LogOutResult?: LogOutResultResolvers<ContextType>;
  LoggedOut?: LoggedOutResolvers<ContextType>;
  MemberNotFound?: MemberNotFoundResolvers<ContextType>;
  MemberRemoved?: MemberRemovedResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordChanged?: PasswordChangedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSessionResult?: RefreshSessionResultResolvers<ContextType>;
  RemoveMemberResult?: RemoveMemberResultResolvers<ContextType>;
  RevokeInvitationResult?: RevokeInvitationResultResolvers<ContextType>;
  RoleNotAllowed?: RoleNotAllowedResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  TooManyAttempts?: TooManyAttemptsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WeakPassword?: WeakPasswordResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = UsersContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
