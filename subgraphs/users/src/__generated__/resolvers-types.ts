import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { User as UserModel } from '../domain/user';
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

/** An account already uses this email address or phone number. Code: ACCOUNT_EXISTS. */
export type AccountExists = AuthError & {
  __typename?: 'AccountExists';
  code: Scalars['String']['output'];
  /** email or phone. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
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

/** The current password proves it is the user, not someone holding their unlocked phone. */
export type ChangePasswordInput = {
  /** The password the user logs in with now. */
  currentPassword: Scalars['String']['input'];
  /** The same rules as at sign-up apply. */
  newPassword: Scalars['String']['input'];
};

export type ChangePasswordResult = InvalidCredentials | InvalidInput | PasswordChanged | TooManyAttempts | WeakPassword;

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
 * The refresh token cannot be used: unknown, expired, ended by logOut or a password change, or
 * already used (which ends its whole session). Log in again. Code: INVALID_REFRESH_TOKEN.
 */
export type InvalidRefreshToken = AuthError & {
  __typename?: 'InvalidRefreshToken';
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

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Replaces the signed-in user's password, ends all their sessions and starts a new one for the
   * caller. Requires a signed-in user (UNAUTHENTICATED otherwise). Wrong current passwords are
   * throttled like logins.
   */
  changePassword: ChangePasswordResult;
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
  /**
   * Creates a customer account identified by an email address or a phone number (or both) and
   * signs it in. Failures a person can fix are returned as results, not errors.
   */
  signUp: SignUpResult;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
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


export type MutationSignUpArgs = {
  input: SignUpInput;
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
  /** The user with this id, or null when there is none. */
  user?: Maybe<User>;
};


export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

export type RefreshSessionResult = AuthSession | InvalidRefreshToken;

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
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ChangePasswordResult:
    | ( InvalidCredentials )
    | ( InvalidInput )
    | ( Omit<PasswordChanged, 'session'> & { session: _RefType['AuthSession'] } )
    | ( TooManyAttempts )
    | ( WeakPassword )
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
    | ( InvalidCredentials )
    | ( InvalidInput )
    | ( InvalidRefreshToken )
    | ( TooManyAttempts )
    | ( WeakPassword )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AccountExists: ResolverTypeWrapper<AccountExists>;
  AuthError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['AuthError']>;
  AuthSession: ResolverTypeWrapper<Omit<AuthSession, 'user'> & { user: ResolversTypes['User'] }>;
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangePasswordResult']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InvalidCredentials: ResolverTypeWrapper<InvalidCredentials>;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  InvalidRefreshToken: ResolverTypeWrapper<InvalidRefreshToken>;
  Locale: Locale;
  LogInInput: LogInInput;
  LogInResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LogInResult']>;
  LogOutResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['LogOutResult']>;
  LoggedOut: ResolverTypeWrapper<LoggedOut>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PasswordChanged: ResolverTypeWrapper<Omit<PasswordChanged, 'session'> & { session: ResolversTypes['AuthSession'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  RefreshSessionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefreshSessionResult']>;
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
  AccountExists: AccountExists;
  AuthError: ResolversInterfaceTypes<ResolversParentTypes>['AuthError'];
  AuthSession: Omit<AuthSession, 'user'> & { user: ResolversParentTypes['User'] };
  ChangePasswordInput: ChangePasswordInput;
  ChangePasswordResult: ResolversUnionTypes<ResolversParentTypes>['ChangePasswordResult'];
  DateTime: Scalars['DateTime']['output'];
  InvalidCredentials: InvalidCredentials;
  InvalidInput: InvalidInput;
  InvalidRefreshToken: InvalidRefreshToken;
  LogInInput: LogInInput;
  LogInResult: ResolversUnionTypes<ResolversParentTypes>['LogInResult'];
  LogOutResult: ResolversUnionTypes<ResolversParentTypes>['LogOutResult'];
  LoggedOut: LoggedOut;
  Mutation: Record<PropertyKey, never>;
  PasswordChanged: Omit<PasswordChanged, 'session'> & { session: ResolversParentTypes['AuthSession'] };
  Int: Scalars['Int']['output'];
  Query: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  RefreshSessionResult: ResolversUnionTypes<ResolversParentTypes>['RefreshSessionResult'];
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

export type AccountExistsResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AccountExists'] = ResolversParentTypes['AccountExists']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuthErrorResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthError'] = ResolversParentTypes['AuthError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AccountExists' | 'InvalidCredentials' | 'InvalidInput' | 'InvalidRefreshToken' | 'TooManyAttempts' | 'WeakPassword', ParentType, ContextType>;
}>;

export type AuthSessionResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['AuthSession'] = ResolversParentTypes['AuthSession']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  accessTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ChangePasswordResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['ChangePasswordResult'] = ResolversParentTypes['ChangePasswordResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidCredentials' | 'InvalidInput' | 'PasswordChanged' | 'TooManyAttempts' | 'WeakPassword', ParentType, ContextType>;
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

export type InvalidRefreshTokenResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['InvalidRefreshToken'] = ResolversParentTypes['InvalidRefreshToken']> = ResolversObject<{
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

export type MutationResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changePassword?: Resolver<ResolversTypes['ChangePasswordResult'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'input'>>;
  logIn?: Resolver<ResolversTypes['LogInResult'], ParentType, ContextType, RequireFields<MutationLogInArgs, 'input'>>;
  logOut?: Resolver<ResolversTypes['LogOutResult'], ParentType, ContextType, RequireFields<MutationLogOutArgs, 'refreshToken'>>;
  refreshSession?: Resolver<ResolversTypes['RefreshSessionResult'], ParentType, ContextType, RequireFields<MutationRefreshSessionArgs, 'refreshToken'>>;
  signUp?: Resolver<ResolversTypes['SignUpResult'], ParentType, ContextType, RequireFields<MutationSignUpArgs, 'input'>>;
}>;

export type PasswordChangedResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['PasswordChanged'] = ResolversParentTypes['PasswordChanged']> = ResolversObject<{
  revokedSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['AuthSession'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType, RequireFields<QueryUserArgs, 'id'>>;
}>;

export type RefreshSessionResultResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['RefreshSessionResult'] = ResolversParentTypes['RefreshSessionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AuthSession' | 'InvalidRefreshToken', ParentType, ContextType>;
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
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type WeakPasswordResolvers<ContextType = UsersContext, ParentType extends ResolversParentTypes['WeakPassword'] = ResolversParentTypes['WeakPassword']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type Resolvers<ContextType = UsersContext> = ResolversObject<{
  AccountExists?: AccountExistsResolvers<ContextType>;
  AuthError?: AuthErrorResolvers<ContextType>;
  AuthSession?: AuthSessionResolvers<ContextType>;
  ChangePasswordResult?: ChangePasswordResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  InvalidCredentials?: InvalidCredentialsResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  InvalidRefreshToken?: InvalidRefreshTokenResolvers<ContextType>;
  LogInResult?: LogInResultResolvers<ContextType>;
  LogOutResult?: LogOutResultResolvers<ContextType>;
  LoggedOut?: LoggedOutResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PasswordChanged?: PasswordChangedResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RefreshSessionResult?: RefreshSessionResultResolvers<ContextType>;
  SignUpResult?: SignUpResultResolvers<ContextType>;
  TooManyAttempts?: TooManyAttemptsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WeakPassword?: WeakPasswordResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = UsersContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
