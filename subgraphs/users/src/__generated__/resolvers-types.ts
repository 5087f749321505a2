import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel } from '../domain/user';
import type { Organization as OrganizationModel } from '../domain/organization';
import type { Membership as MembershipModel } from '../domain/membership';
import type { Invitation as InvitationModel } from '../domain/invitation';
import type { ApiKey as ApiKeyModel } from '../domain/api-key';
import type { CreatedApiKey as CreatedApiKeyModel } from '../services/api-key-create';
import type { MemberRemoved as MemberRemovedModel } from '../services/membership-remove';
import type { AlreadyMember as AlreadyMemberModel } from '../domain/organization-results';
import type { Address as AddressModel } from '../domain/address';
import type { LocalizedName as LocalizedNameModel } from '../domain/profile';
import type { DriverProfile as DriverProfileModel } from '../domain/driver';
import type { ProfileUpdated as ProfileUpdatedModel, AddressSaved as AddressSavedModel, DriverProfileSaved as DriverProfileSavedModel, ContactVerified as ContactVerifiedModel } from '../domain/profile-results';
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

export type AddAddressInput = {
  /** Chosen by the client, up to 128 characters; sending the same one again returns the first address. */
  idempotencyKey: Scalars['String']['input'];
  label: Scalars['String']['input'];
  lines: Array<Scalars['String']['input']>;
  /** lat −90 to 90, lng −180 to 180. */
  location: GeoPointInput;
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** The user has no address with this id. Code: ADDRESS_NOT_FOUND. */
export type AddressNotFound = AuthError & {
  __typename?: 'AddressNotFound';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  message: Scalars['String']['output'];
};

export type AddressResult = AddressNotFound | AddressSaved | InvalidInput | LimitReached;

/** An address was saved (or already was, on a retry). */
export type AddressSaved = {
  __typename?: 'AddressSaved';
  address: DeliveryAddress;
  user: User;
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

/** One page of API keys. */
export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
};

/** An API key and its position in the list. */
export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  /** Opaque position of this API key, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type ApplyAsDriverInput = {
  /** 5 to 20 letters and digits; spaces, dots and dashes are ignored. */
  licenceNumber: Scalars['String']['input'];
  maxConcurrentOrders: Scalars['Int']['input'];
  maxLoadKg: Scalars['Int']['input'];
  vehicleType: VehicleType;
};

export type ApplyAsDriverResult = DriverProfileExists | DriverProfileSaved | InvalidInput;

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

/** Which topics the user receives on one channel. */
export type ChannelPreferences = {
  __typename?: 'ChannelPreferences';
  /** Always true: security messages cannot be switched off. */
  accountSecurity: Scalars['Boolean']['output'];
  orderUpdates: Scalars['Boolean']['output'];
  promotions: Scalars['Boolean']['output'];
};

/** The code is right but older than 10 minutes: request a new one. Code: CODE_EXPIRED. */
export type CodeExpired = AuthError & {
  __typename?: 'CodeExpired';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The email address or phone number is verified. */
export type ContactVerified = {
  __typename?: 'ContactVerified';
  user: User;
};

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

/** A place the user has orders delivered to. */
export type DeliveryAddress = {
  __typename?: 'DeliveryAddress';
  /** Stable, opaque identifier (adr_…). */
  id: Scalars['ID']['output'];
  /** The user's name for it, e.g. Home or Work; up to 40 characters. */
  label: Scalars['String']['output'];
  /** As written on an envelope, one to four lines of up to 120 characters. */
  lines: Array<Scalars['String']['output']>;
  /** Where the driver goes. */
  location: GeoPoint;
  /** For the driver, e.g. which gate or floor; up to 300 characters. */
  notes?: Maybe<Scalars['String']['output']>;
};

/** A dietary need, named as the catalog's dietary tags. */
export type DietaryPreference =
  | 'DAIRY_FREE'
  | 'GLUTEN_FREE'
  | 'HALAL'
  | 'KOSHER'
  | 'NUT_FREE'
  | 'VEGAN'
  | 'VEGETARIAN';

/** How much a driver carries at once; dispatch never assigns beyond it. */
export type DriverCapacity = {
  __typename?: 'DriverCapacity';
  /** Orders in the bag at the same time, 1 to 10. */
  maxConcurrentOrders: Scalars['Int']['output'];
  /** Total weight in whole kilograms: up to 20 by bicycle, 50 by motorbike, 300 by car, 1000 by van. */
  maxLoadKg: Scalars['Int']['output'];
};

/** Only a driver whose licence is VERIFIED may go online. Code: DRIVER_NOT_VERIFIED. */
export type DriverNotVerified = AuthError & {
  __typename?: 'DriverNotVerified';
  code: Scalars['String']['output'];
  licenceStatus: LicenceStatus;
  message: Scalars['String']['output'];
};

/** A user who applied to deliver orders. */
export type DriverProfile = {
  __typename?: 'DriverProfile';
  appliedAt: Scalars['DateTime']['output'];
  capacity: DriverCapacity;
  /** Letters and digits only, upper case, as read from the licence. */
  licenceNumber: Scalars['String']['output'];
  /** When support last decided on the licence; null while PENDING. */
  licenceReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  licenceStatus: LicenceStatus;
  /** Whether the driver is taking orders now. */
  online: Scalars['Boolean']['output'];
  /** When availability, licence status, vehicle or capacity last changed. */
  statusChangedAt: Scalars['DateTime']['output'];
  vehicleType: VehicleType;
};

/**
 * The user already applied with other details; change them with updateDriverVehicle. Code:
 * DRIVER_PROFILE_EXISTS.
 */
export type DriverProfileExists = AuthError & {
  __typename?: 'DriverProfileExists';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  profile: DriverProfile;
};

/** The driver profile as it now is. */
export type DriverProfileSaved = {
  __typename?: 'DriverProfileSaved';
  profile: DriverProfile;
};

export type DriverVehicleInput = {
  /** 1 to 10. */
  maxConcurrentOrders: Scalars['Int']['input'];
  /** Whole kilograms, within the vehicle's limit (see DriverCapacity.maxLoadKg). */
  maxLoadKg: Scalars['Int']['input'];
  vehicleType: VehicleType;
};

export type FavouriteResult = InvalidInput | LimitReached | ProfileUpdated;

/** A WGS 84 position in decimal degrees. */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type GrantRoleResult = RolesChanged | UserNotFound;

/** Not the code that was sent, or none is live; a few wrong codes kill it. Code: INVALID_CODE. */
export type InvalidCode = AuthError & {
  __typename?: 'InvalidCode';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

/** One page of invitations. */
export type InvitationConnection = {
  __typename?: 'InvitationConnection';
  edges: Array<InvitationEdge>;
  pageInfo: PageInfo;
};

/** An invitation and its position in the list. */
export type InvitationEdge = {
  __typename?: 'InvitationEdge';
  /** Opaque position of this invitation, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Invitation;
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

/** Where support's review of a driver's licence stands. Only VERIFIED drivers may go online. */
export type LicenceStatus =
  /** It was valid and no longer is. */
  | 'EXPIRED'
  /** Applied; not reviewed yet. */
  | 'PENDING'
  | 'REJECTED'
  | 'VERIFIED';

/** The list is full: remove something first. Code: LIMIT_REACHED. */
export type LimitReached = AuthError & {
  __typename?: 'LimitReached';
  code: Scalars['String']['output'];
  /** The list, e.g. addresses or storeId. */
  field: Scalars['String']['output'];
  /** How many it holds at most. */
  limit: Scalars['Int']['output'];
  message: Scalars['String']['output'];
};

/** A language Dabba speaks. */
export type Locale =
  /** English */
  | 'EN'
  /** Vietnamese */
  | 'VI';

/** A name in English and, optionally, in Vietnamese (with its diacritics). */
export type LocalizedName = {
  __typename?: 'LocalizedName';
  en: PersonName;
  vi?: Maybe<PersonName>;
};

/** Give the English name; the Vietnamese one is optional. Each part up to 60 characters. */
export type LocalizedNameInput = {
  en: PersonNameInput;
  vi?: InputMaybe<PersonNameInput>;
};

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
  /** Adds a delivery address (at most 20). Retrying with the same idempotencyKey adds nothing. */
  addAddress: AddressResult;
  /** Adds a product to the favourites (at most 500); adding one already there succeeds. */
  addFavouriteProduct: FavouriteResult;
  /** Adds a store to the favourites (at most 500); adding one already there succeeds. */
  addFavouriteStore: FavouriteResult;
  /**
   * Applies to deliver: the profile starts offline with its licence PENDING, and the user becomes
   * a DRIVER (in access tokens issued from now on: refresh the session). Sending the same
   * application again returns the profile.
   */
  applyAsDriver: ApplyAsDriverResult;
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
   * Gives a user a platform role (admins only); granting one they have changes nothing. Announced
   * as users.user.roles_changed.v1; the user's access tokens carry it from their next refresh.
   */
  grantRole: GrantRoleResult;
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
  /** Removes an address; removing one that is not there succeeds. */
  removeAddress: ProfileResult;
  /** Removes a product from the favourites; removing one not there succeeds. */
  removeFavouriteProduct: FavouriteResult;
  /** Removes a store from the favourites; removing one not there succeeds. */
  removeFavouriteStore: FavouriteResult;
  /** Removes a member from the organisation (OWNERs only). */
  removeMember: RemoveMemberResult;
  /** Sends a six-digit code to the signed-in user's email address; at most one a minute. */
  requestEmailVerification: RequestVerificationResult;
  /**
   * Sends a password reset code to the email address or phone number if an account has it. The
   * answer does not tell whether one does. Limited per identifier and per client address.
   */
  requestPasswordReset: RequestPasswordResetResult;
  /** Sends a six-digit code by SMS to the signed-in user's phone number; at most one a minute. */
  requestPhoneVerification: RequestVerificationResult;
  /** Sets a new password with the code sent by requestPasswordReset, and ends every session. */
  resetPassword: ResetPasswordResult;
  /**
   * Records support's decision on a driver's licence. A driver who is no longer VERIFIED goes
   * offline at once.
   */
  reviewDriverLicence: ReviewDriverLicenceResult;
  /**
   * Revokes an API key (its organisation's OWNERs, or an admin, e.g. when a key leaked); revoking a
   * revoked key changes nothing.
   */
  revokeApiKey: ApiKey;
  /** Withdraws a pending invitation (OWNERs any, MANAGERs those for STAFF). Answered invitations stay as they are. */
  revokeInvitation: RevokeInvitationResult;
  /**
   * Takes a platform role away from a user (admins only); taking one they lack changes nothing.
   * An admin cannot take away their own ADMIN role. The user's access tokens lose it at their next
   * refresh, at most 15 minutes later.
   */
  revokeRole: RevokeRoleResult;
  /** Makes one of the signed-in user's addresses the default. */
  setDefaultAddress: AddressResult;
  /** Replaces the signed-in user's dietary preferences with this set. */
  setDietaryPreferences: ProfileResult;
  /**
   * The signed-in driver goes online (licence VERIFIED only) or offline. Each real change is
   * published as users.driver.status_changed.v1; asking for the current state changes nothing.
   */
  setDriverAvailability: SetDriverAvailabilityResult;
  /**
   * Creates a customer account identified by an email address or a phone number (or both) and
   * signs it in. Failures a person can fix are returned as results, not errors.
   */
  signUp: SignUpResult;
  /** Replaces one of the signed-in user's addresses. */
  updateAddress: AddressResult;
  /** The signed-in driver changes vehicle or capacity; dispatch is told. */
  updateDriverVehicle: UpdateDriverVehicleResult;
  /** Sets the signed-in user's preferred language for content and notifications. */
  updateLocale: ProfileResult;
  /** Sets the signed-in user's name in English and, optionally, Vietnamese (replacing both). */
  updateName: ProfileResult;
  /** Switches the named channel and topic settings; others stay as they are. */
  updateNotificationPreferences: ProfileResult;
  /** Verifies the signed-in user's email address with the code sent to it. */
  verifyEmail: VerifyContactResult;
  /** Verifies the signed-in user's phone number with the code sent to it. */
  verifyPhone: VerifyContactResult;
};


export type MutationAcceptInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationAddAddressArgs = {
  input: AddAddressInput;
};


export type MutationAddFavouriteProductArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationAddFavouriteStoreArgs = {
  storeId: Scalars['ID']['input'];
};


export type MutationApplyAsDriverArgs = {
  input: ApplyAsDriverInput;
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


export type MutationGrantRoleArgs = {
  role: PlatformRole;
  userId: Scalars['ID']['input'];
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


export type MutationRemoveAddressArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveFavouriteProductArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationRemoveFavouriteStoreArgs = {
  storeId: Scalars['ID']['input'];
};


export type MutationRemoveMemberArgs = {
  input: RemoveMemberInput;
};


export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationReviewDriverLicenceArgs = {
  input: ReviewDriverLicenceInput;
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeRoleArgs = {
  role: PlatformRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetDefaultAddressArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetDietaryPreferencesArgs = {
  preferences: Array<DietaryPreference>;
};


export type MutationSetDriverAvailabilityArgs = {
  online: Scalars['Boolean']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateAddressArgs = {
  input: UpdateAddressInput;
};


export type MutationUpdateDriverVehicleArgs = {
  input: DriverVehicleInput;
};


export type MutationUpdateLocaleArgs = {
  locale: Locale;
};


export type MutationUpdateNameArgs = {
  input: LocalizedNameInput;
};


export type MutationUpdateNotificationPreferencesArgs = {
  settings: Array<NotificationSettingInput>;
};


export type MutationVerifyEmailArgs = {
  code: Scalars['String']['input'];
};


export type MutationVerifyPhoneArgs = {
  code: Scalars['String']['input'];
};

/** The user has no driver profile: apply with applyAsDriver first. Code: NOT_A_DRIVER. */
export type NotADriver = AuthError & {
  __typename?: 'NotADriver';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** How a message reaches the user. */
export type NotificationChannel =
  | 'EMAIL'
  /** The Dabba app on the user's phone. */
  | 'PUSH'
  | 'SMS';

/**
 * The user's choices per channel and topic. Until they choose, order updates go by email and push,
 * and promotions nowhere.
 */
export type NotificationPreferences = {
  __typename?: 'NotificationPreferences';
  email: ChannelPreferences;
  push: ChannelPreferences;
  sms: ChannelPreferences;
};

export type NotificationSettingInput = {
  channel: NotificationChannel;
  /** ACCOUNT_SECURITY cannot be set to false. */
  enabled: Scalars['Boolean']['input'];
  topic: NotificationTopic;
};

/** What a message is about. */
export type NotificationTopic =
  /** Sign-ins, password changes and codes; always on. */
  | 'ACCOUNT_SECURITY'
  /** Order placed, accepted, on its way, delivered. */
  | 'ORDER_UPDATES'
  /** Offers and news; off until the user switches it on. */
  | 'PROMOTIONS';

/**
 * A partner organisation: the restaurant group or grocer that runs stores on Dabba. Its members
 * act for it with their organisation role (OWNER, MANAGER, STAFF), and its API keys let its own
 * systems call Dabba. The catalog subgraph contributes its stores.
 */
export type Organization = {
  __typename?: 'Organization';
  /**
   * The API keys, revoked ones included, never their secrets, newest first, in pages of at most 100.
   * OWNERs, support and admins may read them.
   */
  apiKeys: ApiKeyConnection;
  /** When the organisation was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier (org_…). */
  id: Scalars['ID']['output'];
  /**
   * The invitations still waiting for an answer, newest first, in pages of at most 100. OWNERs,
   * MANAGERs, support and admins may read them.
   */
  invitations: InvitationConnection;
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
export type OrganizationApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/**
 * A partner organisation: the restaurant group or grocer that runs stores on Dabba. Its members
 * act for it with their organisation role (OWNER, MANAGER, STAFF), and its API keys let its own
 * systems call Dabba. The catalog subgraph contributes its stores.
 */
export type OrganizationInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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

/** An admin may not take away their own ADMIN role: ask another admin. Code: OWN_ADMIN_ROLE. */
export type OwnAdminRole = AuthError & {
  __typename?: 'OwnAdminRole';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

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

/** The password was replaced and every session ended: log in with the new password. */
export type PasswordReset = {
  __typename?: 'PasswordReset';
  /** How many sessions were ended. */
  revokedSessions: Scalars['Int']['output'];
};

/** Always the answer to a well-formed request, whether or not an account has that email or phone. */
export type PasswordResetRequested = {
  __typename?: 'PasswordResetRequested';
  /** Always true. */
  success: Scalars['Boolean']['output'];
};

/** A person's name as written in one language. */
export type PersonName = {
  __typename?: 'PersonName';
  /** E.g. Nguyen, or Nguyễn; null for people with one name. */
  familyName?: Maybe<Scalars['String']['output']>;
  /** The whole name in this language's order: given name first in English, family name first in Vietnamese. */
  fullName: Scalars['String']['output'];
  /** E.g. Lan, or Thị Lan in Vietnamese. */
  givenName: Scalars['String']['output'];
};

export type PersonNameInput = {
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName: Scalars['String']['input'];
};

/** What a user may do on Dabba as a whole; roles within a partner organisation are OrganizationRole. */
export type PlatformRole =
  /** Dabba's administrators: also manage platform roles. */
  | 'ADMIN'
  /** Orders food and groceries; every user who signs up. */
  | 'CUSTOMER'
  /** Delivers orders (see applyAsDriver). */
  | 'DRIVER'
  /** Works for a partner organisation. */
  | 'PARTNER'
  /** Dabba's support team: finds users and helps them. */
  | 'SUPPORT';

/** A product, resolved by the catalog subgraph. */
export type Product = {
  __typename?: 'Product';
  id: Scalars['ID']['output'];
};

export type ProfileResult = InvalidInput | ProfileUpdated;

/** A profile change was saved; `user` shows the profile as it now is. */
export type ProfileUpdated = {
  __typename?: 'ProfileUpdated';
  user: User;
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
  /**
   * Finds users, for support and admins. Without `search`, every user, newest first. A `search`
   * that reads as a phone number (e.g. 0901 234 567 or +84901234567) finds the user with that
   * number; anything else finds the users whose email address begins with it, regardless of case,
   * in address order. `role` keeps only users holding it. Pages of 1 to 100 users (BAD_USER_INPUT
   * otherwise); a cursor works only with the search that made it.
   */
  users: UserConnection;
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<PlatformRole>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RefreshSessionResult = AuthSession | InvalidRefreshToken;

export type RemoveMemberInput = {
  organizationId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};

export type RemoveMemberResult = LastOwner | MemberNotFound | MemberRemoved;

/** Give exactly one of email and phone. */
export type RequestPasswordResetInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type RequestPasswordResetResult = InvalidInput | PasswordResetRequested | TooManyAttempts;

export type RequestVerificationResult = InvalidInput | TooManyAttempts | VerificationCodeSent;

/** Give the same email or phone as in requestPasswordReset. */
export type ResetPasswordInput = {
  /** The six digits sent. */
  code: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  /** The same rules as at sign-up apply. */
  newPassword: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
};

export type ResetPasswordResult = CodeExpired | InvalidCode | InvalidInput | PasswordReset | TooManyAttempts | WeakPassword;

/** Support's decision; PENDING cannot be chosen. */
export type ReviewDriverLicenceInput = {
  driverId: Scalars['ID']['input'];
  status: LicenceStatus;
};

export type ReviewDriverLicenceResult = DriverProfileSaved | InvalidInput | NotADriver;

export type RevokeInvitationResult = Invitation | RoleNotAllowed;

export type RevokeRoleResult = OwnAdminRole | RolesChanged | UserNotFound;

/** Your role may not grant this role (a MANAGER invites STAFF only). Code: ROLE_NOT_ALLOWED. */
export type RoleNotAllowed = AuthError & {
  __typename?: 'RoleNotAllowed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The role that was asked for. */
  role: OrganizationRole;
};

/** A platform role was granted or taken away (or already was). */
export type RolesChanged = {
  __typename?: 'RolesChanged';
  /** False when the user already had (or did not have) the role: nothing changed. */
  changed: Scalars['Boolean']['output'];
  /** The user with their roles as they now are. */
  user: User;
};

export type SetDriverAvailabilityResult = DriverNotVerified | DriverProfileSaved | NotADriver;

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

/** A store, resolved by the catalog subgraph. */
export type Store = {
  __typename?: 'Store';
  id: Scalars['ID']['output'];
};

/** Too many failed logins for this account or from this address. Code: TOO_MANY_ATTEMPTS. */
export type TooManyAttempts = AuthError & {
  __typename?: 'TooManyAttempts';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Wait this long before trying again. */
  retryAfterSeconds: Scalars['Int']['output'];
};

/** Replaces every field of the address with this id. */
export type UpdateAddressInput = {
  id: Scalars['ID']['input'];
  label: Scalars['String']['input'];
  lines: Array<Scalars['String']['input']>;
  location: GeoPointInput;
  notes?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateDriverVehicleResult = DriverProfileSaved | InvalidInput | NotADriver;

/**
 * A person who uses Dabba: a customer, a driver, a partner's staff member or Dabba's own team.
 * The demo users seeded with SEED_DEMO_DATA=true log in with their email and the password
 * `dabba-demo-password`.
 */
export type User = {
  __typename?: 'User';
  /** Where the user has orders delivered, at most 20, oldest first. Self, support and admins only. */
  addresses: Array<DeliveryAddress>;
  /** When the user signed up. */
  createdAt: Scalars['DateTime']['output'];
  /**
   * The address orders go to unless the user picks another: the one they chose, else their first;
   * null when they have none. Self, support and admins only (null for anyone else).
   */
  defaultAddress?: Maybe<DeliveryAddress>;
  /** What the user does not eat, to filter menus by. Self, support and admins only. */
  dietaryPreferences: Array<DietaryPreference>;
  /** Name shown to other people, e.g. on an order or a review. */
  displayName: Scalars['String']['output'];
  /**
   * The user's vehicle, capacity, licence review and availability, when they applied to drive.
   * Only the user themself, support and admins may read it (null for anyone else).
   */
  driverProfile?: Maybe<DriverProfile>;
  /** Only the user themself, support and admins may read it; null when they signed up by phone. */
  email?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the user proved they hold their email address (with a code sent to it); false when
   * they have none. Only the user themself, support and admins may read it.
   */
  emailVerified?: Maybe<Scalars['Boolean']['output']>;
  /** Products the user marked as favourites, at most 500, oldest first. Self, support and admins only. */
  favouriteProducts: Array<Product>;
  /** Stores the user marked as favourites, at most 500, oldest first. Self, support and admins only. */
  favouriteStores: Array<Store>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Preferred language for content and notifications. */
  locale: Locale;
  /**
   * The organisations the user belongs to, with their role. Only the user themself, support and
   * admins may read them; null for anyone else.
   */
  memberships?: Maybe<Array<Membership>>;
  /**
   * The user's name in English and, when they gave one, Vietnamese. Null until they set it; only
   * the user themself, support and admins may read it (null for anyone else).
   */
  name?: Maybe<LocalizedName>;
  /** Which messages the user receives on which channel. Self, support and admins only. */
  notificationPreferences: NotificationPreferences;
  /** E.164, e.g. +84901234567. Only the user themself, support and admins may read it. */
  phone?: Maybe<Scalars['String']['output']>;
  /** As emailVerified, for the phone number. */
  phoneVerified?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The user's platform roles. Only the user themself, support and admins may read them (null for
   * anyone else). Access tokens carry them as they were when issued.
   */
  roles?: Maybe<Array<PlatformRole>>;
};

/** One page of users. */
export type UserConnection = {
  __typename?: 'UserConnection';
  edges: Array<UserEdge>;
  pageInfo: PageInfo;
};

/** A user and their position in the list. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Opaque position of this user, to pass as `after` with the same search. */
  cursor: Scalars['String']['output'];
  node: User;
};

/** No user has this id. Code: USER_NOT_FOUND. */
export type UserNotFound = AuthError & {
  __typename?: 'UserNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  userId: Scalars['ID']['output'];
};

/** What a driver delivers with. */
export type VehicleType =
  | 'BICYCLE'
  | 'CAR'
  | 'MOTORBIKE'
  | 'VAN';

/** A code is on its way. */
export type VerificationCodeSent = {
  __typename?: 'VerificationCodeSent';
  /** The code works until then (10 minutes), once. */
  expiresAt: Scalars['DateTime']['output'];
  /** Another code may be requested after this long. */
  resendAfterSeconds: Scalars['Int']['output'];
};

export type VerifyContactResult = CodeExpired | ContactVerified | InvalidCode | InvalidInput | TooManyAttempts;

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
  AddressResult:
    | ( AddressNotFound )
    | ( AddressSavedModel )
    | ( InvalidInput )
    | ( LimitReached )
  ;
  ApplyAsDriverResult:
    | ( Omit<DriverProfileExists, 'profile'> & { profile: _RefType['DriverProfile'] } )
    | ( DriverProfileSavedModel )
    | ( InvalidInput )
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
  FavouriteResult:
    | ( InvalidInput )
    | ( LimitReached )
    | ( ProfileUpdatedModel )
  ;
  GrantRoleResult:
    | ( Omit<RolesChanged, 'user'> & { user: _RefType['User'] } )
    | ( UserNotFound )
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
  ProfileResult:
    | ( InvalidInput )
    | ( ProfileUpdatedModel )
  ;
  RefreshSessionResult:
    | ( Omit<AuthSession, 'user'> & { user: _RefType['User'] } )
    | ( InvalidRefreshToken )
  ;
  RemoveMemberResult:
    | ( LastOwner )
    | ( MemberNotFound )
    | ( MemberRemovedModel )
  ;
  RequestPasswordResetResult:
    | ( InvalidInput )
    | ( PasswordResetRequested )
    | ( TooManyAttempts )
  ;
  RequestVerificationResult:
    | ( InvalidInput )
    | ( TooManyAttempts )
    | ( VerificationCodeSent )
  ;
  ResetPasswordResult:
    | ( CodeExpired )
    | ( InvalidCode )
    | ( InvalidInput )
    | ( PasswordReset )
    | ( TooManyAttempts )
    | ( WeakPassword )
  ;
  ReviewDriverLicenceResult:
    | ( DriverProfileSavedModel )
    | ( InvalidInput )
    | ( NotADriver )
  ;
  RevokeInvitationResult:
    | ( InvitationModel )
    | ( RoleNotAllowed )
  ;
  RevokeRoleResult:
    | ( OwnAdminRole )
    | ( Omit<RolesChanged, 'user'> & { user: _RefType['User'] } )
    | ( UserNotFound )
  ;
  SetDriverAvailabilityResult:
    | ( DriverNotVerified )
    | ( DriverProfileSavedModel )
    | ( NotADriver )
  ;
  SignUpResult:
    | ( AccountExists )
    | ( Omit<AuthSession, 'user'> & { user: _RefType['User'] } )
    | ( InvalidInput )
    | ( WeakPassword )
  ;
  UpdateDriverVehicleResult:
    | ( DriverProfileSavedModel )
    | ( InvalidInput )
    | ( NotADriver )
  ;
  VerifyContactResult:
    | ( CodeExpired )
    | ( ContactVerifiedModel )
    | ( InvalidCode )
    | ( InvalidInput )
    | ( TooManyAttempts )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AuthError:
    | ( AccountExists )
    | ( AddressNotFound )
    | ( AlreadyMemberModel )
    | ( CodeExpired )
    | ( DriverNotVerified )
    | ( Omit<DriverProfileExists, 'profile'> & { profile: _RefType['DriverProfile'] } )
    | ( InvalidCode )
    | ( InvalidCredentials )
    | ( InvalidInput )
    | ( InvalidInvitation )
    | ( InvalidRefreshToken )
    | ( InvitationNotForYou )
    | ( LastOwner )
    | ( LimitReached )
    | ( MemberNotFound )
    | ( NotADriver )
    | ( OwnAdminRole )
    | ( RoleNotAllowed )
    | ( TooManyAttempts )
    | ( UserNotFound )
    | ( WeakPassword )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptInvitationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AcceptInvitationResult']>;
  AccountExists: ResolverTypeWrapper<AccountExists>;
  AddAddressInput: AddAddressInput;
  AddressNotFound: ResolverTypeWrapper<AddressNotFound>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddressResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AddressResult']>;
  AddressSaved: ResolverTypeWrapper<AddressSavedModel>;
  AlreadyMember: ResolverTypeWrapper<AlreadyMemberModel>;
  ApiKey: ResolverTypeWrapper<ApiKeyModel>;
  ApiKeyConnection: ResolverTypeWrapper<Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversTypes['ApiKeyEdge']> }>;
  ApiKeyEdge: ResolverTypeWrapper<Omit<ApiKeyEdge, 'node'> & { node: ResolversTypes['ApiKey'] }>;
  ApplyAsDriverInput: ApplyAsDriverInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ApplyAsDriverResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ApplyAsDriverResult']>;
  AuthError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AuthError']>;
  AuthSession: ResolverTypeWrapper<Omit<AuthSession, 'user'> & { user: ResolversTypes['User'] }>;
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRoleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangeMemberRoleResult']>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangePasswordResult']>;
  ChannelPreferences: ResolverTypeWrapper<ChannelPreferences>;
  CodeExpired: ResolverTypeWrapper<CodeExpired>;
  ContactVerified: ResolverTypeWrapper<ContactVerifiedModel>;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateApiKeyResult']>;
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateOrganizationResult']>;
  CreatedApiKey: ResolverTypeWrapper<CreatedApiKeyModel>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryAddress: ResolverTypeWrapper<AddressModel>;
  DietaryPreference: DietaryPreference;
  DriverCapacity: ResolverTypeWrapper<DriverCapacity>;
  DriverNotVerified: ResolverTypeWrapper<DriverNotVerified>;
  DriverProfile: ResolverTypeWrapper<DriverProfileModel>;
  DriverProfileExists: ResolverTypeWrapper<Omit<DriverProfileExists, 'profile'> & { profile: ResolversTypes['DriverProfile'] }>;
  DriverProfileSaved: ResolverTypeWrapper<DriverProfileSavedModel>;
  DriverVehicleInput: DriverVehicleInput;
  FavouriteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['FavouriteResult']>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  GrantRoleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['GrantRoleResult']>;
  InvalidCode: ResolverTypeWrapper<InvalidCode>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentials>;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  InvalidInvitation: ResolverTypeWrapper<InvalidInvitation>;
  InvalidRefreshToken: ResolverTypeWrapper<InvalidRefreshToken>;
  Invitation: ResolverTypeWrapper<InvitationModel>;
  InvitationConnection: ResolverTypeWrapper<Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversTypes['InvitationEdge']> }>;
  InvitationEdge: ResolverTypeWrapper<Omit<InvitationEdge, 'node'> & { node: ResolversTypes['Invitation'] }>;
  InvitationNotForYou: ResolverTypeWrapper<InvitationNotForYou>;
  InvitationStatus: InvitationStatus;
  InviteMemberInput: InviteMemberInput;
  InviteMemberResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['InviteMemberResult']>;
  LastOwner: ResolverTypeWrapper<LastOwner>;
  LicenceStatus: LicenceStatus;
  LimitReached: ResolverTypeWrapper<LimitReached>;
  Locale: Locale;
  LocalizedName: ResolverTypeWrapper<LocalizedNameModel>;
  LocalizedNameInput: LocalizedNameInput;
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
  NotADriver: ResolverTypeWrapper<NotADriver>;
  NotificationChannel: NotificationChannel;
  NotificationPreferences: ResolverTypeWrapper<NotificationPreferences>;
  NotificationSettingInput: NotificationSettingInput;
  NotificationTopic: NotificationTopic;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationRole: OrganizationRole;
  OwnAdminRole: ResolverTypeWrapper<OwnAdminRole>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PasswordChanged: ResolverTypeWrapper<Omit<PasswordChanged, 'session'> & { session: ResolversTypes['AuthSession'] }>;
  PasswordReset: ResolverTypeWrapper<PasswordReset>;
  PasswordResetRequested: ResolverTypeWrapper<PasswordResetRequested>;
  PersonName: ResolverTypeWrapper<PersonName>;
  PersonNameInput: PersonNameInput;
  PlatformRole: PlatformRole;
  Product: ResolverTypeWrapper<Product>;
  ProfileResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ProfileResult']>;
  ProfileUpdated: ResolverTypeWrapper<ProfileUpdatedModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RefreshSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefreshSessionResult']>;
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RemoveMemberResult']>;
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RequestPasswordResetResult']>;
  RequestVerificationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RequestVerificationResult']>;
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ResetPasswordResult']>;
  ReviewDriverLicenceInput: ReviewDriverLicenceInput;
  ReviewDriverLicenceResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReviewDriverLicenceResult']>;
  RevokeInvitationResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokeInvitationResult']>;
  RevokeRoleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RevokeRoleResult']>;
  RoleNotAllowed: ResolverTypeWrapper<RoleNotAllowed>;
  RolesChanged: ResolverTypeWrapper<Omit<RolesChanged, 'user'> & { user: ResolversTypes['User'] }>;
  SetDriverAvailabilityResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SetDriverAvailabilityResult']>;
  SignUpInput: SignUpInput;
  SignUpResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SignUpResult']>;
  Store: ResolverTypeWrapper<Store>;
  TooManyAttempts: ResolverTypeWrapper<TooManyAttempts>;
  UpdateAddressInput: UpdateAddressInput;
  UpdateDriverVehicleResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateDriverVehicleResult']>;
  User: ResolverTypeWrapper<UserModel>;
  UserConnection: ResolverTypeWrapper<Omit<UserConnection, 'edges'> & { edges: Array<ResolversTypes['UserEdge']> }>;
  UserEdge: ResolverTypeWrapper<Omit<UserEdge, 'node'> & { node: ResolversTypes['User'] }>;
  UserNotFound: ResolverTypeWrapper<UserNotFound>;
  VehicleType: VehicleType;
  VerificationCodeSent: ResolverTypeWrapper<VerificationCodeSent>;
  VerifyContactResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['VerifyContactResult']>;
  WeakPassword: ResolverTypeWrapper<WeakPassword>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptInvitationResult: ResolversUnionTypes<ResolversParentTypes>['AcceptInvitationResult'];
  AccountExists: AccountExists;
  AddAddressInput: AddAddressInput;
  AddressNotFound: AddressNotFound;
  ID: Scalars['ID']['output'];
  AddressResult: ResolversUnionTypes<ResolversParentTypes>['AddressResult'];
  AddressSaved: AddressSavedModel;
  AlreadyMember: AlreadyMemberModel;
  ApiKey: ApiKeyModel;
  ApiKeyConnection: Omit<ApiKeyConnection, 'edges'> & { edges: Array<ResolversParentTypes['ApiKeyEdge']> };
  ApiKeyEdge: Omit<ApiKeyEdge, 'node'> & { node: ResolversParentTypes['ApiKey'] };
  ApplyAsDriverInput: ApplyAsDriverInput;
  Int: Scalars['Int']['output'];
  ApplyAsDriverResult: ResolversUnionTypes<ResolversParentTypes>['ApplyAsDriverResult'];
  AuthError: ResolversInterfaceTypes<ResolversParentTypes>['AuthError'];
  AuthSession: Omit<AuthSession, 'user'> & { user: ResolversParentTypes['User'] };
  ChangeMemberRoleInput: ChangeMemberRoleInput;
  ChangeMemberRoleResult: ResolversUnionTypes<ResolversParentTypes>['ChangeMemberRoleResult'];
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolversUnionTypes<ResolversParentTypes>['ChangePasswordResult'];
  ChannelPreferences: ChannelPreferences;
  CodeExpired: CodeExpired;
  ContactVerified: ContactVerifiedModel;
  CreateApiKeyInput: CreateApiKeyInput;
  CreateApiKeyResult: ResolversUnionTypes<ResolversParentTypes>['CreateApiKeyResult'];
  CreateOrganizationInput: CreateOrganizationInput;
  CreateOrganizationResult: ResolversUnionTypes<ResolversParentTypes>['CreateOrganizationResult'];
  CreatedApiKey: CreatedApiKeyModel;
  DateTime: Scalars['DateTime']['output'];
  DeliveryAddress: AddressModel;
  DriverCapacity: DriverCapacity;
  DriverNotVerified: DriverNotVerified;
  DriverProfile: DriverProfileModel;
  DriverProfileExists: Omit<DriverProfileExists, 'profile'> & { profile: ResolversParentTypes['DriverProfile'] };
  DriverProfileSaved: DriverProfileSavedModel;
  DriverVehicleInput: DriverVehicleInput;
  FavouriteResult: ResolversUnionTypes<ResolversParentTypes>['FavouriteResult'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  GrantRoleResult: ResolversUnionTypes<ResolversParentTypes>['GrantRoleResult'];
  InvalidCode: InvalidCode;
  InvalidCredentials: InvalidCredentials;
  InvalidInput: InvalidInput;
  InvalidInvitation: InvalidInvitation;
  InvalidRefreshToken: InvalidRefreshToken;
  Invitation: InvitationModel;
  InvitationConnection: Omit<InvitationConnection, 'edges'> & { edges: Array<ResolversParentTypes['InvitationEdge']> };
  InvitationEdge: Omit<InvitationEdge, 'node'> & { node: ResolversParentTypes['Invitation'] };
  InvitationNotForYou: InvitationNotForYou;
  InviteMemberInput: InviteMemberInput;
  InviteMemberResult: ResolversUnionTypes<ResolversParentTypes>['InviteMemberResult'];
  LastOwner: LastOwner;
  LimitReached: LimitReached;
  LocalizedName: LocalizedNameModel;
  LocalizedNameInput: LocalizedNameInput;
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
  NotADriver: NotADriver;
  NotificationPreferences: NotificationPreferences;
  NotificationSettingInput: NotificationSettingInput;
  Organization: OrganizationModel;
  OwnAdminRole: OwnAdminRole;
  PageInfo: PageInfo;
  PasswordChanged: Omit<PasswordChanged, 'session'> & { session: ResolversParentTypes['AuthSession'] };
  PasswordReset: PasswordReset;
  PasswordResetRequested: PasswordResetRequested;
  PersonName: PersonName;
  PersonNameInput: PersonNameInput;
  Product: Product;
  ProfileResult: ResolversUnionTypes<ResolversParentTypes>['ProfileResult'];
  ProfileUpdated: ProfileUpdatedModel;
  Query: Record<PropertyKey, never>;
  RefreshSessionResult: ResolversUnionTypes<ResolversParentTypes>['RefreshSessionResult'];
  RemoveMemberInput: RemoveMemberInput;
  RemoveMemberResult: ResolversUnionTypes<ResolversParentTypes>['RemoveMemberResult'];
  RequestPasswordResetInput: RequestPasswordResetInput;
  RequestPasswordResetResult: ResolversUnionTypes<ResolversParentTypes>['RequestPasswordResetResult'];
  RequestVerificationResult: ResolversUnionTypes<ResolversParentTypes>['RequestVerificationResult'];
  ResetPasswordInput: ResetPasswordInput;
  ResetPasswordResult: ResolversUnionTypes<ResolversParentTypes>['ResetPasswordResult'];
  ReviewDriverLicenceInput: ReviewDriverLicenceInput;
  ReviewDriverLicenceResult: ResolversUnionTypes<ResolversParentTypes>['ReviewDriverLicenceResult'];
  RevokeInvitationResult: ResolversUnionTypes<ResolversParentTypes>['RevokeInvitationResult'];
  RevokeRoleResult: ResolversUnionTypes<ResolversParentTypes>['RevokeRoleResult'];
  RoleNotAllowed: RoleNotAllowed;
  RolesChanged: Omit<RolesChanged, 'user'> & { user: ResolversParentTypes['User'] };
  SetDriverAvailabilityResult: ResolversUnionTypes<ResolversParentTypes>['SetDriverAvailabilityResult'];
  SignUpInput: SignUpInput;
  SignUpResult: ResolversUnionTypes<ResolversParentTypes>['SignUpResult'];
  Store: Store;
  TooManyAttempts: TooManyAttempts;
  UpdateAddressInput: UpdateAddressInput;
  UpdateDriverVehicleResult: ResolversUnionTypes<ResolversParentTypes>['UpdateDriverVehicleResult'];
  User: UserModel;
  UserConnection: Omit<UserConnection, 'edges'> & { edges: Array<ResolversParentTypes['UserEdge']> };
  UserEdge: Omit<UserEdge, 'node'> & { node: ResolversParentTypes['User'] };
  UserNotFound: UserNotFound;
  VerificationCodeSent: VerificationCodeSent;
  VerifyContactResult: ResolversUnionTypes<ResolversParentTypes>['VerifyContactResult'];
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

export type AddressNotFoundResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AddressNotFound'] = ResolversParentTypes['AddressNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AddressResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AddressResult'] = ResolversParentTypes['AddressResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AddressNotFound' | 'AddressSaved' | 'InvalidInput' | 'LimitReached', ParentType, ContextType>;
}>;

export type AddressSavedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AddressSaved'] = ResolversParentTypes['AddressSaved']> = ResolversObject<{
  address?: Resolver<ResolversTypes['DeliveryAddress'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
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

export type ApiKeyConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiKeyConnection'] = ResolversParentTypes['ApiKeyConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ApiKeyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ApiKeyEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApiKeyEdge'] = ResolversParentTypes['ApiKeyEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType>;
}>;

export type ApplyAsDriverResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ApplyAsDriverResult'] = ResolversParentTypes['ApplyAsDriverResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DriverProfileExists' | 'DriverProfileSaved' | 'InvalidInput', ParentType, ContextType>;
}>;

export type AuthErrorResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthError'] = ResolversParentTypes['AuthError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AccountExists' | 'AddressNotFound' | 'AlreadyMember' | 'CodeExpired' | 'DriverNotVerified' | 'DriverProfileExists' | 'InvalidCode' | 'InvalidCredentials' | 'InvalidInput' | 'InvalidInvitation' | 'InvalidRefreshToken' | 'InvitationNotForYou' | 'LastOwner' | 'LimitReached' | 'MemberNotFound' | 'NotADriver' | 'OwnAdminRole' | 'RoleNotAllowed' | 'TooManyAttempts' | 'UserNotFound' | 'WeakPassword', ParentType, ContextType>;
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

export type ChannelPreferencesResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChannelPreferences'] = ResolversParentTypes['ChannelPreferences']> = ResolversObject<{
  accountSecurity?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  orderUpdates?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  promotions?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type CodeExpiredResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['CodeExpired'] = ResolversParentTypes['CodeExpired']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ContactVerifiedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ContactVerified'] = ResolversParentTypes['ContactVerified']> = ResolversObject<{
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
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

export type DeliveryAddressResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DeliveryAddress'] = ResolversParentTypes['DeliveryAddress']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type DriverCapacityResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DriverCapacity'] = ResolversParentTypes['DriverCapacity']> = ResolversObject<{
  maxConcurrentOrders?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxLoadKg?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DriverNotVerifiedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DriverNotVerified'] = ResolversParentTypes['DriverNotVerified']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceStatus?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DriverProfileResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DriverProfile'] = ResolversParentTypes['DriverProfile']> = ResolversObject<{
  appliedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  capacity?: Resolver<ResolversTypes['DriverCapacity'], ParentType, ContextType>;
  licenceNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceReviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  licenceStatus?: Resolver<ResolversTypes['LicenceStatus'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statusChangedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  vehicleType?: Resolver<ResolversTypes['VehicleType'], ParentType, ContextType>;
}>;

export type DriverProfileExistsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DriverProfileExists'] = ResolversParentTypes['DriverProfileExists']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  profile?: Resolver<ResolversTypes['DriverProfile'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DriverProfileSavedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['DriverProfileSaved'] = ResolversParentTypes['DriverProfileSaved']> = ResolversObject<{
  profile?: Resolver<ResolversTypes['DriverProfile'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type FavouriteResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['FavouriteResult'] = ResolversParentTypes['FavouriteResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'LimitReached' | 'ProfileUpdated', ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GrantRoleResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['GrantRoleResult'] = ResolversParentTypes['GrantRoleResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'RolesChanged' | 'UserNotFound', ParentType, ContextType>;
}>;

export type InvalidCodeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidCode'] = ResolversParentTypes['InvalidCode']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

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

export type InvitationConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvitationConnection'] = ResolversParentTypes['InvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type InvitationEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvitationEdge'] = ResolversParentTypes['InvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invitation'], ParentType, ContextType>;
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

export type LimitReachedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LimitReached'] = ResolversParentTypes['LimitReached']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LocalizedNameResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['LocalizedName'] = ResolversParentTypes['LocalizedName']> = ResolversObject<{
  en?: Resolver<ResolversTypes['PersonName'], ParentType, ContextType>;
  vi?: Resolver<Maybe<ResolversTypes['PersonName']>, ParentType, ContextType>;
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
  addAddress?: Resolver<ResolversTypes['AddressResult'], ParentType, ContextType, RequireFields<MutationAddAddressArgs, 'input'>>;
  addFavouriteProduct?: Resolver<ResolversTypes['FavouriteResult'], ParentType, ContextType, RequireFields<MutationAddFavouriteProductArgs, 'productId'>>;
  addFavouriteStore?: Resolver<ResolversTypes['FavouriteResult'], ParentType, ContextType, RequireFields<MutationAddFavouriteStoreArgs, 'storeId'>>;
  applyAsDriver?: Resolver<ResolversTypes['ApplyAsDriverResult'], ParentType, ContextType, RequireFields<MutationApplyAsDriverArgs, 'input'>>;
  changeMemberRole?: Resolver<ResolversTypes['ChangeMemberRoleResult'], ParentType, ContextType, RequireFields<MutationChangeMemberRoleArgs, 'input'>>;
  changePassword?: Resolver<ResolversTypes['ChangePasswordResult'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  createApiKey?: Resolver<ResolversTypes['CreateApiKeyResult'], ParentType, ContextType, RequireFields<MutationCreateApiKeyArgs, 'input'>>;
  createOrganization?: Resolver<ResolversTypes['CreateOrganizationResult'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  grantRole?: Resolver<ResolversTypes['GrantRoleResult'], ParentType, ContextType, RequireFields<MutationGrantRoleArgs, 'role' | 'userId'>>;
  inviteMember?: Resolver<ResolversTypes['InviteMemberResult'], ParentType, ContextType, RequireFields<MutationInviteMemberArgs, 'input'>>;
  logIn?: Resolver<ResolversTypes['LogInResult'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'input'>>;
  logOut?: Resolver<ResolversTypes['LogOutResult'], ParentType, ContextType, RequireFields<MutationLogOutArgs, 'refreshToken'>>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionResult'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  removeAddress?: Resolver<ResolversTypes['ProfileResult'], ParentType, ContextType, RequireFields<MutationRemoveAddressArgs, 'id'>>;
  removeFavouriteProduct?: Resolver<ResolversTypes['FavouriteResult'], ParentType, ContextType, RequireFields<MutationRemoveFavouriteProductArgs, 'productId'>>;
  removeFavouriteStore?: Resolver<ResolversTypes['FavouriteResult'], ParentType, ContextType, RequireFields<MutationRemoveFavouriteStoreArgs, 'storeId'>>;
  removeMember?: Resolver<ResolversTypes['RemoveMemberResult'], ParentType, ContextType, RequireFields<MutationRemoveMemberArgs, 'input'>>;
  requestEmailVerification?: Resolver<ResolversTypes['RequestVerificationResult'], ParentType, ContextType>;
  requestPasswordReset?: Resolver<ResolversTypes['RequestPasswordResetResult'], ParentType, ContextType, RequireFields<MutationRequestPasswordResetArgs, 'input'>>;
  requestPhoneVerification?: Resolver<ResolversTypes['RequestVerificationResult'], ParentType, ContextType>;
  resetPassword?: Resolver<ResolversTypes['ResetPasswordResult'], ParentType, ContextType, RequireFields<MutationResetPasswordArgs, 'input'>>;
  reviewDriverLicence?: Resolver<ResolversTypes['ReviewDriverLicenceResult'], ParentType, ContextType, RequireFields<MutationReviewDriverLicenceArgs, 'input'>>;
  revokeApiKey?: Resolver<ResolversTypes['ApiKey'], ParentType, ContextType, RequireFields<MutationRevokeApiKeyArgs, 'id'>>;
  revokeInvitation?: Resolver<ResolversTypes['RevokeInvitationResult'], ParentType, ContextType, RequireFields<MutationRevokeInvitationArgs, 'id'>>;
  revokeRole?: Resolver<ResolversTypes['RevokeRoleResult'], ParentType, ContextType, RequireFields<MutationRevokeRoleArgs, 'role' | 'userId'>>;
  setDefaultAddress?: Resolver<ResolversTypes['AddressResult'], ParentType, ContextType, RequireFields<MutationSetDefaultAddressArgs, 'id'>>;
  setDietaryPreferences?: Resolver<ResolversTypes['ProfileResult'], ParentType, ContextType, RequireFields<MutationSetDietaryPreferencesArgs, 'preferences'>>;
  setDriverAvailability?: Resolver<ResolversTypes['SetDriverAvailabilityResult'], ParentType, ContextType, RequireFields<MutationSetDriverAvailabilityArgs, 'online'>>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
  updateAddress?: Resolver<ResolversTypes['AddressResult'], ParentType, ContextType, RequireFields<MutationUpdateAddressArgs, 'input'>>;
  updateDriverVehicle?: Resolver<ResolversTypes['UpdateDriverVehicleResult'], ParentType, ContextType, RequireFields<MutationUpdateDriverVehicleArgs, 'input'>>;
  updateLocale?: Resolver<ResolversTypes['ProfileResult'], ParentType, ContextType, RequireFields<MutationUpdateLocaleArgs, 'locale'>>;
  updateName?: Resolver<ResolversTypes['ProfileResult'], ParentType, ContextType, RequireFields<MutationUpdateNameArgs, 'input'>>;
  updateNotificationPreferences?: Resolver<ResolversTypes['ProfileResult'], ParentType, ContextType, RequireFields<MutationUpdateNotificationPreferencesArgs, 'settings'>>;
  verifyEmail?: Resolver<ResolversTypes['VerifyContactResult'], ParentType, ContextType, RequireFields<MutationVerifyEmailArgs, 'code'>>;
  verifyPhone?: Resolver<ResolversTypes['VerifyContactResult'], ParentType, ContextType, RequireFields<MutationVerifyPhoneArgs, 'code'>>;
}>;

export type NotADriverResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['NotADriver'] = ResolversParentTypes['NotADriver']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NotificationPreferencesResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['NotificationPreferences'] = ResolversParentTypes['NotificationPreferences']> = ResolversObject<{
  email?: Resolver<ResolversTypes['ChannelPreferences'], ParentType, ContextType>;
  push?: Resolver<ResolversTypes['ChannelPreferences'], ParentType, ContextType>;
  sms?: Resolver<ResolversTypes['ChannelPreferences'], ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiKeys?: Resolver<ResolversTypes['ApiKeyConnection'], ParentType, ContextType, RequireFields<OrganizationApiKeysArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitations?: Resolver<ResolversTypes['InvitationConnection'], ParentType, ContextType, RequireFields<OrganizationInvitationsArgs, 'first'>>;
  members?: Resolver<ResolversTypes['MembershipConnection'], ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OwnAdminRoleResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['OwnAdminRole'] = ResolversParentTypes['OwnAdminRole']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type PasswordResetResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PasswordReset'] = ResolversParentTypes['PasswordReset']> = ResolversObject<{
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PasswordResetRequestedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PasswordResetRequested'] = ResolversParentTypes['PasswordResetRequested']> = ResolversObject<{
  success?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PersonNameResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PersonName'] = ResolversParentTypes['PersonName']> = ResolversObject<{
  familyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  givenName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProfileResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ProfileResult'] = ResolversParentTypes['ProfileResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'ProfileUpdated', ParentType, ContextType>;
}>;

export type ProfileUpdatedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ProfileUpdated'] = ResolversParentTypes['ProfileUpdated']> = ResolversObject<{
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
  users?: Resolver<ResolversTypes['UserConnection'], ParentType, ContextType, RequireFields<QueryUsersArgs, 'first'>>;
}>;

export type RefreshSessionResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RefreshSessionResult'] = ResolversParentTypes['RefreshSessionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AuthSession' | 'InvalidRefreshToken', ParentType, ContextType>;
}>;

export type RemoveMemberResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RemoveMemberResult'] = ResolversParentTypes['RemoveMemberResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'LastOwner' | 'MemberNotFound' | 'MemberRemoved', ParentType, ContextType>;
}>;

export type RequestPasswordResetResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RequestPasswordResetResult'] = ResolversParentTypes['RequestPasswordResetResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'PasswordResetRequested' | 'TooManyAttempts', ParentType, ContextType>;
}>;

export type RequestVerificationResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RequestVerificationResult'] = ResolversParentTypes['RequestVerificationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'TooManyAttempts' | 'VerificationCodeSent', ParentType, ContextType>;
}>;

export type ResetPasswordResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ResetPasswordResult'] = ResolversParentTypes['ResetPasswordResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CodeExpired' | 'InvalidCode' | 'InvalidInput' | 'PasswordReset' | 'TooManyAttempts' | 'WeakPassword', ParentType, ContextType>;
}>;

export type ReviewDriverLicenceResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ReviewDriverLicenceResult'] = ResolversParentTypes['ReviewDriverLicenceResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DriverProfileSaved' | 'InvalidInput' | 'NotADriver', ParentType, ContextType>;
}>;

export type RevokeInvitationResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RevokeInvitationResult'] = ResolversParentTypes['RevokeInvitationResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Invitation' | 'RoleNotAllowed', ParentType, ContextType>;
}>;

export type RevokeRoleResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RevokeRoleResult'] = ResolversParentTypes['RevokeRoleResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'OwnAdminRole' | 'RolesChanged' | 'UserNotFound', ParentType, ContextType>;
}>;

export type RoleNotAllowedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RoleNotAllowed'] = ResolversParentTypes['RoleNotAllowed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['OrganizationRole'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RolesChangedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RolesChanged'] = ResolversParentTypes['RolesChanged']> = ResolversObject<{
  changed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SetDriverAvailabilityResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SetDriverAvailabilityResult'] = ResolversParentTypes['SetDriverAvailabilityResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DriverNotVerified' | 'DriverProfileSaved' | 'NotADriver', ParentType, ContextType>;
}>;

export type SignUpResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['SignUpResult'] = ResolversParentTypes['SignUpResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AccountExists' | 'AuthSession' | 'InvalidInput' | 'WeakPassword', ParentType, ContextType>;
}>;

export type StoreResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type TooManyAttemptsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['TooManyAttempts'] = ResolversParentTypes['TooManyAttempts']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retryAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UpdateDriverVehicleResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UpdateDriverVehicleResult'] = ResolversParentTypes['UpdateDriverVehicleResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'DriverProfileSaved' | 'InvalidInput' | 'NotADriver', ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  addresses?: Resolver<Array<ResolversTypes['DeliveryAddress']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultAddress?: Resolver<Maybe<ResolversTypes['DeliveryAddress']>, ParentType, ContextType>;
  dietaryPreferences?: Resolver<Array<ResolversTypes['DietaryPreference']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  driverProfile?: Resolver<Maybe<ResolversTypes['DriverProfile']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  emailVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  favouriteProducts?: Resolver<Array<ResolversTypes['Product']>, ParentType, ContextType>;
  favouriteStores?: Resolver<Array<ResolversTypes['Store']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locale?: Resolver<ResolversTypes['Locale'], ParentType, ContextType>;
  memberships?: Resolver<Maybe<Array<ResolversTypes['Membership']>>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['LocalizedName']>, ParentType, ContextType>;
  notificationPreferences?: Resolver<ResolversTypes['NotificationPreferences'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phoneVerified?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  roles?: Resolver<Maybe<Array<ResolversTypes['PlatformRole']>>, ParentType, ContextType>;
}>;

export type UserConnectionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserConnection'] = ResolversParentTypes['UserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['UserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type UserEdgeResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserEdge'] = ResolversParentTypes['UserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type UserNotFoundResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['UserNotFound'] = ResolversParentTypes['UserNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VerificationCodeSentResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['VerificationCodeSent'] = ResolversParentTypes['VerificationCodeSent']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resendAfterSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type VerifyContactResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['VerifyContactResult'] = ResolversParentTypes['VerifyContactResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CodeExpired' | 'ContactVerified' | 'InvalidCode' | 'InvalidInput' | 'TooManyAttempts', ParentType, ContextType>;
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
  AddressNotFound?: AddressNotFoundResolvers<ContextType>;
  AddressResult?: AddressResultResolvers<ContextType>;
  AddressSaved?: AddressSavedResolvers<ContextType>;
  AlreadyMember?: AlreadyMemberResolvers<ContextType>;
  ApiKey?: ApiKeyResolvers<ContextType>;
  ApiKeyConnection?: ApiKeyConnectionResolvers<ContextType>;
  ApiKeyEdge?: ApiKeyEdgeResolvers<ContextType>;
  ApplyAsDriverResult?: ApplyAsDriverResultResolvers<ContextType>;
  AuthError?: AuthErrorResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  ChangeMemberRoleResult?: ChangeMemberRoleResultResolvers<ContextType>;
  ChangePasswordResult?: ChangePasswordResultResolvers<ContextType>;
  ChannelPreferences?: ChannelPreferencesResolvers<ContextType>;
  CodeExpired?: CodeExpiredResolvers<ContextType>;
  ContactVerified?: ContactVerifiedResolvers<ContextType>;
  CreateApiKeyResult?: CreateApiKeyResultResolvers<ContextType>;
  CreateOrganizationResult?: CreateOrganizationResultResolvers<ContextType>;
  CreatedApiKey?: CreatedApiKeyResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryAddress?: DeliveryAddressResolvers<ContextType>;
  DriverCapacity?: DriverCapacityResolvers<ContextType>;
  DriverNotVerified?: DriverNotVerifiedResolvers<ContextType>;
  DriverProfile?: DriverProfileResolvers<ContextType>;
  DriverProfileExists?: DriverProfileExistsResolvers<ContextType>;
  DriverProfileSaved?: DriverProfileSavedResolvers<ContextType>;
  FavouriteResult?: FavouriteResultResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  GrantRoleResult?: GrantRoleResultResolvers<ContextType>;
  InvalidCode?: InvalidCodeResolvers<ContextType>;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  InvalidInvitation?: InvalidInvitationResolvers<ContextType>;
  InvalidRefreshToken?: InvalidRefreshTokenResolvers<ContextType>;
  Invitation?: InvitationResolvers<ContextType>;
  InvitationConnection?: InvitationConnectionResolvers<ContextType>;
  InvitationEdge?: InvitationEdgeResolvers<ContextType>;
  InvitationNotForYou?: InvitationNotForYouResolvers<ContextType>;
  InviteMemberResult?: InviteMemberResultResolvers<ContextType>;
  LastOwner?: LastOwnerResolvers<ContextType>;
  LimitReached?: LimitReachedResolvers<ContextType>;
  LocalizedName?: LocalizedNameResolvers<ContextType>;
  LogInResult?: LogInResultResolvers<ContextType>;
  LogOutResult?: LogOutResultResolvers<ContextType>;
  LoggedOut?: LoggedOutResolvers<ContextType>;
  MemberNotFound?: MemberNotFoundResolvers<ContextType>;
  MemberRemoved?: MemberRemovedResolvers<ContextType>;
  Membership?: MembershipResolvers<ContextType>;
  MembershipConnection?: MembershipConnectionResolvers<ContextType>;
  MembershipEdge?: MembershipEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NotADriver?: NotADriverResolvers<ContextType>;
  NotificationPreferences?: NotificationPreferencesResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OwnAdminRole?: OwnAdminRoleResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PasswordChanged?: PasswordChangedResolvers<ContextType>;
  PasswordReset?: PasswordResetResolvers<ContextType>;
  PasswordResetRequested?: PasswordResetRequestedResolvers<ContextType>;
  PersonName?: PersonNameResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProfileResult?: ProfileResultResolvers<ContextType>;
  ProfileUpdated?: ProfileUpdatedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSessionResult?: RefreshSessionResultResolvers<ContextType>;
  RemoveMemberResult?: RemoveMemberResultResolvers<ContextType>;
  RequestPasswordResetResult?: RequestPasswordResetResultResolvers<ContextType>;
  RequestVerificationResult?: RequestVerificationResultResolvers<ContextType>;
  ResetPasswordResult?: ResetPasswordResultResolvers<ContextType>;
  ReviewDriverLicenceResult?: ReviewDriverLicenceResultResolvers<ContextType>;
  RevokeInvitationResult?: RevokeInvitationResultResolvers<ContextType>;
  RevokeRoleResult?: RevokeRoleResultResolvers<ContextType>;
  RoleNotAllowed?: RoleNotAllowedResolvers<ContextType>;
  RolesChanged?: RolesChangedResolvers<ContextType>;
  SetDriverAvailabilityResult?: SetDriverAvailabilityResultResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  TooManyAttempts?: TooManyAttemptsResolvers<ContextType>;
  UpdateDriverVehicleResult?: UpdateDriverVehicleResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserConnection?: UserConnectionResolvers<ContextType>;
  UserEdge?: UserEdgeResolvers<ContextType>;
  UserNotFound?: UserNotFoundResolvers<ContextType>;
  VerificationCodeSent?: VerificationCodeSentResolvers<ContextType>;
  VerifyContactResult?: VerifyContactResultResolvers<ContextType>;
  WeakPassword?: WeakPasswordResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = UsersContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
