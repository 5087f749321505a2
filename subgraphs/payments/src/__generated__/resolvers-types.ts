import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Payment as PaymentModel, Refund as RefundModel } from '../domain/payment';
import type { OrderReference as OrderReferenceModel } from '../domain/order';
import type { UserReference as UserReferenceModel } from '../domain/user';
import type { JournalEntry as JournalEntryModel } from '../domain/ledger';
import type { PaymentsContext } from '../context';
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

/** An order as the orders service placed it, and how its customer pays for it. */
export type AuthorizeOrderPaymentInput = {
  /** ISO 4217 code of the total and the tip. */
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** Unique per attempt, chosen by the orders service (8 to 128 characters). */
  idempotencyKey: Scalars['String']['input'];
  method: PaymentMethodKind;
  orderId: Scalars['ID']['input'];
  /** The provider's payment method id from the client's tokenisation (e.g. pm_…); required for CARD. */
  paymentMethodRef?: InputMaybe<Scalars['String']['input']>;
  /** Catalog promotions the order's price applied. */
  promotionIds?: Array<Scalars['ID']['input']>;
  /** Where the provider sends the customer back after 3-D Secure. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  /** Keep the card on the customer for later orders. */
  savePaymentMethod?: InputMaybe<Scalars['Boolean']['input']>;
  storeId: Scalars['ID']['input'];
  /** Minor units. */
  tipAmount?: Scalars['Int']['input'];
  /** The order's total, tip excluded, in minor units. */
  totalAmount: Scalars['Int']['input'];
};

export type AuthorizePaymentInput = {
  /** Unique per attempt, chosen by the client (8 to 128 characters). */
  idempotencyKey: Scalars['String']['input'];
  method: PaymentMethodKind;
  orderId: Scalars['ID']['input'];
  /** The provider's payment method id from the client's tokenisation (e.g. pm_…); required for CARD. */
  paymentMethodRef?: InputMaybe<Scalars['String']['input']>;
  /** Where the provider sends the customer back after 3-D Secure. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  /** Keep the card on the customer for later orders. */
  savePaymentMethod?: InputMaybe<Scalars['Boolean']['input']>;
  /** A decimal amount in the order's currency, e.g. 1.50 (USD) or 20000 (VND). */
  tip?: InputMaybe<Scalars['String']['input']>;
};

export type AuthorizePaymentResult = InvalidPaymentInput | OrderAlreadyPaid | Payment | PaymentDeclined | PaymentProviderUnavailable | UnknownOrder;

export type ConfirmPaymentResult = InvalidPaymentState | Payment | PaymentDeclined | PaymentProviderUnavailable;

/** The amount is not in the payment's currency. Code: CURRENCY_MISMATCH. */
export type CurrencyMismatch = PaymentError & {
  __typename?: 'CurrencyMismatch';
  code: Scalars['String']['output'];
  /** The payment's currency. */
  expected: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A field of the input is malformed. Code: INVALID_INPUT. */
export type InvalidPaymentInput = PaymentError & {
  __typename?: 'InvalidPaymentInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. tip. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The payment is not in a state that allows this. Code: INVALID_PAYMENT_STATE. */
export type InvalidPaymentState = PaymentError & {
  __typename?: 'InvalidPaymentState';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: PaymentStatus;
};

/** One movement of money in the ledger: postings that sum to zero. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  /** Derived from what it records, e.g. `<paymentId>:sale`. */
  id: Scalars['ID']['output'];
  kind: LedgerEntryKind;
  postings: Array<LedgerPosting>;
};

export type LedgerEntryKind =
  /** What the customer paid by card, held by the payment provider for us. */
  | 'CARD_PAYMENT'
  /** What the customer paid the driver in cash, which the driver owes us. */
  | 'CASH_COLLECTED'
  /** Money given back to the customer, borne by the platform. */
  | 'REFUND'
  /** The delivered order charged to the customer and split into store, driver tip and platform fee. */
  | 'SALE';

/** An amount debited (positive) or credited (negative) to an account. */
export type LedgerPosting = {
  __typename?: 'LedgerPosting';
  /** Namespaced, e.g. customer:<id>, psp_clearing, store_payable:<id>, platform_fees. */
  account: Scalars['String']['output'];
  /** Minor units as a decimal integer string (balances can exceed GraphQL's 32-bit Int). */
  amount: Scalars['String']['output'];
};

/** Every account's balance in one currency. The balances always sum to zero. */
export type LedgerReconciliation = {
  __typename?: 'LedgerReconciliation';
  balances: Array<LedgerPosting>;
  currency: Scalars['String']['output'];
  /** How many journal entries were read. */
  entryCount: Scalars['Int']['output'];
  /** The sum of the balances: 0 unless the ledger is broken. */
  total: Scalars['String']['output'];
};

/** An amount of money: an integer in the currency's minor units (VND has none, USD and INR 2). */
export type Money = {
  __typename?: 'Money';
  /** Amount in minor units, e.g. 1250 for 12.50 USD or 45000 for 45,000 VND. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
  /** The amount in major units as a plain decimal, e.g. 12.50. */
  decimal: Scalars['String']['output'];
};

/** An amount as a decimal in major units, e.g. { amount: "12.50", currency: "USD" }. */
export type MoneyInput = {
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * For the orders service at checkout: records the order as orders placed it, then authorizes like
   * authorizePayment for its customer. The same idempotency key for the same customer returns the
   * first payment; an order payments already knows with another customer, store or total is
   * INVALID_INPUT on orderId.
   */
  authorizeOrderPayment: AuthorizePaymentResult;
  /**
   * Pays for an order, by its customer: the amount is the order's total (plus the tip), never
   * taken from the client. A card is held, to be captured at delivery; it may need 3-D Secure
   * first (status REQUIRES_ACTION, see nextAction, then confirmPayment). Cash is authorised at
   * once and collected by the driver. A replay with the same idempotency key returns the first
   * result.
   */
  authorizePayment: AuthorizePaymentResult;
  /** Goes on with a payment after the customer completed 3-D Secure, by the paying customer. */
  confirmPayment: ConfirmPaymentResult;
  /**
   * Gives money back from a captured payment: `amount`, or all that is left when omitted. A replay
   * with the same idempotency key returns the first refund.
   */
  refundPayment: RefundPaymentResult;
};


export type MutationAuthorizeOrderPaymentArgs = {
  input: AuthorizeOrderPaymentInput;
};


export type MutationAuthorizePaymentArgs = {
  input: AuthorizePaymentInput;
};


export type MutationConfirmPaymentArgs = {
  paymentId: Scalars['ID']['input'];
};


export type MutationRefundPaymentArgs = {
  input: RefundPaymentInput;
};

/**
 * An order, owned by the orders subgraph; payments contributes its payment. Readable by the order's
 * customer, support and admins (null for others).
 */
export type Order = {
  __typename?: 'Order';
  id: Scalars['ID']['output'];
  /** The order's live payment, else its latest attempt; null before any. */
  payment?: Maybe<Payment>;
  /** The status of `payment`. */
  paymentStatus?: Maybe<PaymentStatus>;
};

/** The order already has a live payment. Code: ORDER_ALREADY_PAID. */
export type OrderAlreadyPaid = PaymentError & {
  __typename?: 'OrderAlreadyPaid';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  payment: Payment;
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A customer's payment for one order: authorised at checkout, captured at delivery, possibly
 * refunded. An order has at most one live payment (not FAILED or CANCELLED); a declined attempt
 * can be followed by another. Readable by the paying customer, support and admins, and by Dabba's
 * own services (orders reads the payment it authorised at checkout).
 */
export type Payment = {
  __typename?: 'Payment';
  /** What the customer was asked to authorise: the order's total plus the tip given at checkout. */
  amount: Money;
  /** What the provider holds for us; zero until authorised. */
  authorizedAmount: Money;
  /** What was taken at delivery, tip included; never more than authorised. */
  capturedAmount: Money;
  createdAt: Scalars['DateTime']['output'];
  /** Why the payment failed, when status is FAILED. */
  failure?: Maybe<PaymentFailure>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The ledger's journal entries for this payment, oldest first. Support and admins only. */
  ledgerEntries: Array<LedgerEntry>;
  method: PaymentMethodKind;
  /** What the customer must do before the payment can go on (3-D Secure), when status is REQUIRES_ACTION. */
  nextAction?: Maybe<PaymentNextAction>;
  /** The order paid for. */
  order: Order;
  /** The customer who pays. */
  payer: User;
  /** What was given back by refunds that succeeded. */
  refundedAmount: Money;
  /** Refunds, oldest first, including pending and failed ones. */
  refunds: Array<Refund>;
  /** What was due at delivery beyond what was authorised, and so not captured (owed by the customer). */
  shortfall: Money;
  status: PaymentStatus;
  /** The tip: the one given at checkout until delivery, then the delivered order's. */
  tip: Money;
  updatedAt: Scalars['DateTime']['output'];
};

/** One page of payments. */
export type PaymentConnection = {
  __typename?: 'PaymentConnection';
  edges: Array<PaymentEdge>;
  pageInfo: PageInfo;
};

/** The card was declined or not authenticated; pay again with another. Code: PAYMENT_DECLINED. */
export type PaymentDeclined = PaymentError & {
  __typename?: 'PaymentDeclined';
  code: Scalars['String']['output'];
  /** The issuer's decline code, e.g. insufficient_funds. */
  declineCode?: Maybe<Scalars['String']['output']>;
  message: Scalars['String']['output'];
  /** The failed payment. */
  payment: Payment;
};

/** A payment and its position in the list. */
export type PaymentEdge = {
  __typename?: 'PaymentEdge';
  /** Opaque position of this payment, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Payment;
};

/** Something every payment error result carries. */
export type PaymentError = {
  /** Stable, machine-readable reason, e.g. PAYMENT_DECLINED. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** Why a payment failed. */
export type PaymentFailure = {
  __typename?: 'PaymentFailure';
  /** The issuer's decline code when the card was declined, e.g. insufficient_funds. */
  declineCode?: Maybe<Scalars['String']['output']>;
  /** Machine-readable, e.g. card_declined, authentication_failed. */
  reason: Scalars['String']['output'];
};

/** How the customer pays. */
export type PaymentMethodKind =
  /** A card, through the payment provider; held at checkout, taken at delivery. */
  | 'CARD'
  /** Cash to the driver at delivery. */
  | 'CASH';

/** A step the customer must complete with the provider before the payment can be authorised. */
export type PaymentNextAction = {
  __typename?: 'PaymentNextAction';
  clientSecret?: Maybe<Scalars['String']['output']>;
  /** REDIRECT_TO_URL: open `url`; USE_SDK: complete it with the provider's SDK and `clientSecret`. */
  type: PaymentNextActionType;
  url?: Maybe<Scalars['String']['output']>;
};

/** How the customer completes a 3-D Secure challenge. */
export type PaymentNextActionType =
  | 'REDIRECT_TO_URL'
  | 'USE_SDK';

/** The payment provider refused the request. Code: PROVIDER_REFUSED. */
export type PaymentProviderRefused = PaymentError & {
  __typename?: 'PaymentProviderRefused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The provider's own code. */
  providerCode: Scalars['String']['output'];
};

/**
 * The payment provider did not answer, so the outcome is unknown: try again with the same
 * idempotency key, which finishes the same payment or refund. Code: PROVIDER_UNAVAILABLE.
 */
export type PaymentProviderUnavailable = PaymentError & {
  __typename?: 'PaymentProviderUnavailable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Where a payment stands. See docs/payments.md for the transitions. */
export type PaymentStatus =
  /** The money is held, to be captured at delivery. */
  | 'AUTHORIZED'
  /** Released before capture (e.g. the order was cancelled); no money moved. */
  | 'CANCELLED'
  /** The money was taken. */
  | 'CAPTURED'
  /** Declined or not authenticated; no money moved. */
  | 'FAILED'
  /** Part of what was taken was given back. */
  | 'PARTIALLY_REFUNDED'
  /** Saved, the provider not asked yet (or its answer not recorded yet). */
  | 'PENDING'
  /** Everything taken was given back. */
  | 'REFUNDED'
  /** The customer must complete 3-D Secure, then call confirmPayment. */
  | 'REQUIRES_ACTION';

export type Query = {
  __typename?: 'Query';
  /** Every ledger account's balance in `currency`, for reconciliation. */
  ledgerReconciliation: LedgerReconciliation;
  /** The payment with this id, or null when there is none. */
  payment?: Maybe<Payment>;
  /** The signed-in customer's saved cards. */
  savedPaymentMethods: Array<SavedPaymentMethod>;
};


export type QueryLedgerReconciliationArgs = {
  currency: Scalars['String']['input'];
};


export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};

/** Money given back to the customer from a captured payment. */
export type Refund = {
  __typename?: 'Refund';
  amount: Money;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The payment refunded. */
  payment: Payment;
  /** Why, as support wrote it. */
  reason: Scalars['String']['output'];
  status: RefundStatus;
};

/** More than what is left to refund. Code: REFUND_EXCEEDS_CAPTURED. */
export type RefundExceedsCaptured = PaymentError & {
  __typename?: 'RefundExceedsCaptured';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** What can still be refunded. */
  refundable: Money;
};

export type RefundPaymentInput = {
  /** What to refund; everything still refundable when omitted. */
  amount?: InputMaybe<MoneyInput>;
  /** Unique per refund, chosen by the caller (8 to 128 characters). */
  idempotencyKey: Scalars['String']['input'];
  paymentId: Scalars['ID']['input'];
  /** Why, for the record (1 to 500 characters). */
  reason: Scalars['String']['input'];
};

export type RefundPaymentResult = CurrencyMismatch | InvalidPaymentInput | InvalidPaymentState | PaymentProviderRefused | PaymentProviderUnavailable | Refund | RefundExceedsCaptured;

export type RefundStatus =
  /** The provider refused it; the amount can be refunded again. */
  | 'FAILED'
  /** Asked of the provider, answer not recorded yet. */
  | 'PENDING'
  | 'SUCCEEDED';

/** A card the customer saved with the provider; Dabba never sees card numbers. */
export type SavedPaymentMethod = {
  __typename?: 'SavedPaymentMethod';
  /** e.g. visa. */
  brand: Scalars['String']['output'];
  expMonth: Scalars['Int']['output'];
  expYear: Scalars['Int']['output'];
  last4: Scalars['String']['output'];
  /** The provider's id, to pass as `paymentMethodRef`. */
  ref: Scalars['ID']['output'];
};

/**
 * Live updates, served by the gateway over graphql-ws (see docs/subscriptions.md): each payload is
 * resolved when the payments subgraph announces a change, with the subscriber's selection and
 * identity, so it may select fields of any subgraph.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The payment each time its status moves, for its payer, support and admins. Completes when the
   * payment fails or is cancelled.
   */
  paymentStatusChanged: Payment;
};


/**
 * Live updates, served by the gateway over graphql-ws (see docs/subscriptions.md): each payload is
 * resolved when the payments subgraph announces a change, with the subscriber's selection and
 * identity, so it may select fields of any subgraph.
 */
export type SubscriptionPaymentStatusChangedArgs = {
  paymentId: Scalars['ID']['input'];
};

/** Payments knows no such order (yet). Code: UNKNOWN_ORDER. */
export type UnknownOrder = PaymentError & {
  __typename?: 'UnknownOrder';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's payments, newest first. Only the user themself, support and admins. */
  payments: PaymentConnection;
};


export type UserPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
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
  Order: Order;
  Payment: Payment;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Payment:
    ( { __typename: 'Payment' }
    & GraphQLRecursivePick<FederationTypes['Payment'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  AuthorizePaymentResult:
    | ( InvalidPaymentInput )
    | ( Omit<OrderAlreadyPaid, 'payment'> & { payment: _RefType['Payment'] } )
    | ( PaymentModel )
    | ( Omit<PaymentDeclined, 'payment'> & { payment: _RefType['Payment'] } )
    | ( PaymentProviderUnavailable )
    | ( UnknownOrder )
  ;
  ConfirmPaymentResult:
    | ( InvalidPaymentState )
    | ( PaymentModel )
    | ( Omit<PaymentDeclined, 'payment'> & { payment: _RefType['Payment'] } )
    | ( PaymentProviderUnavailable )
  ;
  RefundPaymentResult:
    | ( CurrencyMismatch )
    | ( InvalidPaymentInput )
    | ( InvalidPaymentState )
    | ( PaymentProviderRefused )
    | ( PaymentProviderUnavailable )
    | ( RefundModel )
    | ( RefundExceedsCaptured )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  PaymentError:
    | ( CurrencyMismatch )
    | ( InvalidPaymentInput )
    | ( InvalidPaymentState )
    | ( Omit<OrderAlreadyPaid, 'payment'> & { payment: _RefType['Payment'] } )
    | ( Omit<PaymentDeclined, 'payment'> & { payment: _RefType['Payment'] } )
    | ( PaymentProviderRefused )
    | ( PaymentProviderUnavailable )
    | ( RefundExceedsCaptured )
    | ( UnknownOrder )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AuthorizeOrderPaymentInput: AuthorizeOrderPaymentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuthorizePaymentInput: AuthorizePaymentInput;
  AuthorizePaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['AuthorizePaymentResult']>;
  ConfirmPaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ConfirmPaymentResult']>;
  CurrencyMismatch: ResolverTypeWrapper<CurrencyMismatch>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  InvalidPaymentInput: ResolverTypeWrapper<InvalidPaymentInput>;
  InvalidPaymentState: ResolverTypeWrapper<InvalidPaymentState>;
  LedgerEntry: ResolverTypeWrapper<JournalEntryModel>;
  LedgerEntryKind: LedgerEntryKind;
  LedgerPosting: ResolverTypeWrapper<LedgerPosting>;
  LedgerReconciliation: ResolverTypeWrapper<LedgerReconciliation>;
  Money: ResolverTypeWrapper<Money>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderReferenceModel>;
  OrderAlreadyPaid: ResolverTypeWrapper<Omit<OrderAlreadyPaid, 'payment'> & { payment: ResolversTypes['Payment'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Payment: ResolverTypeWrapper<PaymentModel>;
  PaymentConnection: ResolverTypeWrapper<Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentEdge']> }>;
  PaymentDeclined: ResolverTypeWrapper<Omit<PaymentDeclined, 'payment'> & { payment: ResolversTypes['Payment'] }>;
  PaymentEdge: ResolverTypeWrapper<Omit<PaymentEdge, 'node'> & { node: ResolversTypes['Payment'] }>;
  PaymentError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['PaymentError']>;
  PaymentFailure: ResolverTypeWrapper<PaymentFailure>;
  PaymentMethodKind: PaymentMethodKind;
  PaymentNextAction: ResolverTypeWrapper<PaymentNextAction>;
  PaymentNextActionType: PaymentNextActionType;
  PaymentProviderRefused: ResolverTypeWrapper<PaymentProviderRefused>;
  PaymentProviderUnavailable: ResolverTypeWrapper<PaymentProviderUnavailable>;
  PaymentStatus: PaymentStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundModel>;
  RefundExceedsCaptured: ResolverTypeWrapper<RefundExceedsCaptured>;
  RefundPaymentInput: RefundPaymentInput;
  RefundPaymentResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['RefundPaymentResult']>;
  RefundStatus: RefundStatus;
  SavedPaymentMethod: ResolverTypeWrapper<SavedPaymentMethod>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UnknownOrder: ResolverTypeWrapper<UnknownOrder>;
  User: ResolverTypeWrapper<UserReferenceModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AuthorizeOrderPaymentInput: AuthorizeOrderPaymentInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AuthorizePaymentInput: AuthorizePaymentInput;
  AuthorizePaymentResult: ResolversUnionTypes<ResolversParentTypes>['AuthorizePaymentResult'];
  ConfirmPaymentResult: ResolversUnionTypes<ResolversParentTypes>['ConfirmPaymentResult'];
  CurrencyMismatch: CurrencyMismatch;
  DateTime: Scalars['DateTime']['output'];
  InvalidPaymentInput: InvalidPaymentInput;
  InvalidPaymentState: InvalidPaymentState;
  LedgerEntry: JournalEntryModel;
  LedgerPosting: LedgerPosting;
  LedgerReconciliation: LedgerReconciliation;
  Money: Money;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  Order: OrderReferenceModel;
  OrderAlreadyPaid: Omit<OrderAlreadyPaid, 'payment'> & { payment: ResolversParentTypes['Payment'] };
  PageInfo: PageInfo;
  Payment: PaymentModel;
  PaymentConnection: Omit<PaymentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentEdge']> };
  PaymentDeclined: Omit<PaymentDeclined, 'payment'> & { payment: ResolversParentTypes['Payment'] };
  PaymentEdge: Omit<PaymentEdge, 'node'> & { node: ResolversParentTypes['Payment'] };
  PaymentError: ResolversInterfaceTypes<ResolversParentTypes>['PaymentError'];
  PaymentFailure: PaymentFailure;
  PaymentNextAction: PaymentNextAction;
  PaymentProviderRefused: PaymentProviderRefused;
  PaymentProviderUnavailable: PaymentProviderUnavailable;
  Query: Record<PropertyKey, never>;
  Refund: RefundModel;
  RefundExceedsCaptured: RefundExceedsCaptured;
  RefundPaymentInput: RefundPaymentInput;
  RefundPaymentResult: ResolversUnionTypes<ResolversParentTypes>['RefundPaymentResult'];
  SavedPaymentMethod: SavedPaymentMethod;
  Subscription: Record<PropertyKey, never>;
  UnknownOrder: UnknownOrder;
  User: UserReferenceModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AccessDirectiveArgs = {
  allow: Array<Scalars['String']['input']>;
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = PaymentsContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AuthorizePaymentResultResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['AuthorizePaymentResult'] = ResolversParentTypes['AuthorizePaymentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidPaymentInput' | 'OrderAlreadyPaid' | 'Payment' | 'PaymentDeclined' | 'PaymentProviderUnavailable' | 'UnknownOrder', ParentType, ContextType>;
}>;

export type ConfirmPaymentResultResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['ConfirmPaymentResult'] = ResolversParentTypes['ConfirmPaymentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidPaymentState' | 'Payment' | 'PaymentDeclined' | 'PaymentProviderUnavailable', ParentType, ContextType>;
}>;

export type CurrencyMismatchResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['CurrencyMismatch'] = ResolversParentTypes['CurrencyMismatch']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expected?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InvalidPaymentInputResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['InvalidPaymentInput'] = ResolversParentTypes['InvalidPaymentInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidPaymentStateResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['InvalidPaymentState'] = ResolversParentTypes['InvalidPaymentState']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LedgerEntryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['LedgerEntry'] = ResolversParentTypes['LedgerEntry']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LedgerEntryKind'], ParentType, ContextType>;
  postings?: Resolver<Array<ResolversTypes['LedgerPosting']>, ParentType, ContextType>;
}>;

export type LedgerPostingResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['LedgerPosting'] = ResolversParentTypes['LedgerPosting']> = ResolversObject<{
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LedgerReconciliationResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['LedgerReconciliation'] = ResolversParentTypes['LedgerReconciliation']> = ResolversObject<{
  balances?: Resolver<Array<ResolversTypes['LedgerPosting']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entryCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decimal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  authorizeOrderPayment?: Resolver<ResolversTypes['AuthorizePaymentResult'], ParentType, ContextType, RequireFields<MutationAuthorizeOrderPaymentArgs, 'input'>>;
  authorizePayment?: Resolver<ResolversTypes['AuthorizePaymentResult'], ParentType, ContextType, RequireFields<MutationAuthorizePaymentArgs, 'input'>>;
  confirmPayment?: Resolver<ResolversTypes['ConfirmPaymentResult'], ParentType, ContextType, RequireFields<MutationConfirmPaymentArgs, 'paymentId'>>;
  refundPayment?: Resolver<ResolversTypes['RefundPaymentResult'], ParentType, ContextType, RequireFields<MutationRefundPaymentArgs, 'input'>>;
}>;

export type OrderResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType>;
  paymentStatus?: Resolver<Maybe<ResolversTypes['PaymentStatus']>, ParentType, ContextType>;
}>;

export type OrderAlreadyPaidResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['OrderAlreadyPaid'] = ResolversParentTypes['OrderAlreadyPaid']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment'], FederationReferenceType extends FederationReferenceTypes['Payment'] = FederationReferenceTypes['Payment']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Payment']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  authorizedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  capturedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['PaymentFailure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ledgerEntries?: Resolver<Array<ResolversTypes['LedgerEntry']>, ParentType, ContextType>;
  method?: Resolver<ResolversTypes['PaymentMethodKind'], ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['PaymentNextAction']>, ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  payer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  refundedAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  refunds?: Resolver<Array<ResolversTypes['Refund']>, ParentType, ContextType>;
  shortfall?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PaymentStatus'], ParentType, ContextType>;
  tip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentConnectionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentConnection'] = ResolversParentTypes['PaymentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type PaymentDeclinedResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentDeclined'] = ResolversParentTypes['PaymentDeclined']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declineCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentEdgeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentEdge'] = ResolversParentTypes['PaymentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
}>;

export type PaymentErrorResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentError'] = ResolversParentTypes['PaymentError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CurrencyMismatch' | 'InvalidPaymentInput' | 'InvalidPaymentState' | 'OrderAlreadyPaid' | 'PaymentDeclined' | 'PaymentProviderRefused' | 'PaymentProviderUnavailable' | 'RefundExceedsCaptured' | 'UnknownOrder', ParentType, ContextType>;
}>;

export type PaymentFailureResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentFailure'] = ResolversParentTypes['PaymentFailure']> = ResolversObject<{
  declineCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentNextActionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentNextAction'] = ResolversParentTypes['PaymentNextAction']> = ResolversObject<{
  clientSecret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['PaymentNextActionType'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentProviderRefusedResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentProviderRefused'] = ResolversParentTypes['PaymentProviderRefused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  providerCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaymentProviderUnavailableResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentProviderUnavailable'] = ResolversParentTypes['PaymentProviderUnavailable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  ledgerReconciliation?: Resolver<ResolversTypes['LedgerReconciliation'], ParentType, ContextType, RequireFields<QueryLedgerReconciliationArgs, 'currency'>>;
  payment?: Resolver<Maybe<ResolversTypes['Payment']>, ParentType, ContextType, RequireFields<QueryPaymentArgs, 'id'>>;
  savedPaymentMethods?: Resolver<Array<ResolversTypes['SavedPaymentMethod']>, ParentType, ContextType>;
}>;

export type RefundResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payment?: Resolver<ResolversTypes['Payment'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RefundExceedsCapturedResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['RefundExceedsCaptured'] = ResolversParentTypes['RefundExceedsCaptured']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refundable?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type RefundPaymentResultResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['RefundPaymentResult'] = ResolversParentTypes['RefundPaymentResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'CurrencyMismatch' | 'InvalidPaymentInput' | 'InvalidPaymentState' | 'PaymentProviderRefused' | 'PaymentProviderUnavailable' | 'Refund' | 'RefundExceedsCaptured', ParentType, ContextType>;
}>;

export type SavedPaymentMethodResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['SavedPaymentMethod'] = ResolversParentTypes['SavedPaymentMethod']> = ResolversObject<{
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  last4?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ref?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  paymentStatusChanged?: SubscriptionResolver<ResolversTypes['Payment'], "paymentStatusChanged", ParentType, ContextType, RequireFields<SubscriptionPaymentStatusChangedArgs, 'paymentId'>>;
}>;

export type UnknownOrderResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['UnknownOrder'] = ResolversParentTypes['UnknownOrder']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payments?: Resolver<ResolversTypes['PaymentConnection'], ParentType, ContextType, RequireFields<UserPaymentsArgs, 'first'>>;
}>;

export type Resolvers<ContextType = PaymentsContext> = ResolversObject<{
  AuthorizePaymentResult?: AuthorizePaymentResultResolvers<ContextType>;
  ConfirmPaymentResult?: ConfirmPaymentResultResolvers<ContextType>;
  CurrencyMismatch?: CurrencyMismatchResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  InvalidPaymentInput?: InvalidPaymentInputResolvers<ContextType>;
  InvalidPaymentState?: InvalidPaymentStateResolvers<ContextType>;
  LedgerEntry?: LedgerEntryResolvers<ContextType>;
  LedgerPosting?: LedgerPostingResolvers<ContextType>;
  LedgerReconciliation?: LedgerReconciliationResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderAlreadyPaid?: OrderAlreadyPaidResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentConnection?: PaymentConnectionResolvers<ContextType>;
  PaymentDeclined?: PaymentDeclinedResolvers<ContextType>;
  PaymentEdge?: PaymentEdgeResolvers<ContextType>;
  PaymentError?: PaymentErrorResolvers<ContextType>;
  PaymentFailure?: PaymentFailureResolvers<ContextType>;
  PaymentNextAction?: PaymentNextActionResolvers<ContextType>;
  PaymentProviderRefused?: PaymentProviderRefusedResolvers<ContextType>;
  PaymentProviderUnavailable?: PaymentProviderUnavailableResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  RefundExceedsCaptured?: RefundExceedsCapturedResolvers<ContextType>;
  RefundPaymentResult?: RefundPaymentResultResolvers<ContextType>;
  SavedPaymentMethod?: SavedPaymentMethodResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  UnknownOrder?: UnknownOrderResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PaymentsContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
