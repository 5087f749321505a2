import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Store as StoreModel, OrganizationReference as OrganizationReferenceModel } from '../domain/store';
import type { Review as ReviewModel } from '../domain/review';
import type { Rating as RatingModel } from '../domain/rating';
import type { Money as MoneyModel } from '@dabba/subgraph-kit';
import type { DeliveryArea as DeliveryAreaModel } from '../domain/zone';
import type { OpeningHoursException as OpeningHoursExceptionModel } from '../domain/opening-hours';
import type { CatalogContext } from '../context';
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

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, e.g. VN or IN. */
  countryCode: Scalars['String']['output'];
  /** District or ward, when the address has one. */
  district?: Maybe<Scalars['String']['output']>;
  /** Street lines, one to three. */
  lines: Array<Scalars['String']['output']>;
};

export type AddressInput = {
  city: Scalars['String']['input'];
  countryCode: Scalars['String']['input'];
  district?: InputMaybe<Scalars['String']['input']>;
  lines: Array<Scalars['String']['input']>;
};

/** The order already has a review, sent with another idempotency key. Code: ALREADY_REVIEWED. */
export type AlreadyReviewed = ReviewError & {
  __typename?: 'AlreadyReviewed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

/** Something every refused catalog change carries. */
export type CatalogError = {
  /** Stable, machine-readable reason, e.g. INVALID_INPUT. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

export type CreateStoreInput = {
  address: AddressInput;
  cuisines?: Array<Scalars['String']['input']>;
  /** ISO 4217; every price of the store is in it, and it cannot change later. */
  currency: Scalars['String']['input'];
  deliveryArea: DeliveryAreaInput;
  /** The client's key for this creation (1–128 characters): a retry with it returns the first store. */
  idempotencyKey: Scalars['String']['input'];
  kind: StoreKind;
  location: GeoPointInput;
  name: Scalars['String']['input'];
  openingHours: OpeningHoursInput;
  /** The organisation that will own the store; the caller must manage it. */
  organizationId: Scalars['ID']['input'];
  /** 1 to 240. */
  prepTimeMinutes: Scalars['Int']['input'];
  tags?: Array<Scalars['String']['input']>;
  temporarilyClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type CreateStoreResult = InvalidInput | InvalidOpeningHours | StorePayload;

/**
 * Where a store delivers: within `radiusMeters` of the store, or inside `zone`. Exactly one is
 * set.
 */
export type DeliveryArea = {
  __typename?: 'DeliveryArea';
  /** Metres from the store, for a radius. */
  radiusMeters?: Maybe<Scalars['Int']['output']>;
  /**
   * A polygon: the first ring is the outline, any further rings are holes. Each ring is closed
   * (its last point repeats the first) and has at least four points.
   */
  zone?: Maybe<Array<Array<GeoPoint>>>;
};

/** Give exactly one of radiusMeters and zone. */
export type DeliveryAreaInput = {
  /** Metres from the store, 1 to 50000. */
  radiusMeters?: InputMaybe<Scalars['Int']['input']>;
  /** Rings of points (outline first, then holes), each closed and of at least four points. */
  zone?: InputMaybe<Array<Array<GeoPointInput>>>;
};

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

/** A field of the input is malformed. Code: INVALID_INPUT. */
export type InvalidInput = CatalogError & {
  __typename?: 'InvalidInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. location or address.countryCode. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** Opening hours or a menu's availability cannot be used. Code: INVALID_OPENING_HOURS. */
export type InvalidOpeningHours = CatalogError & {
  __typename?: 'InvalidOpeningHours';
  code: Scalars['String']['output'];
  /** The input field holding the hours, e.g. openingHours. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Every problem found. */
  problems: Array<OpeningHoursProblem>;
};

/** A field of the input is malformed. Code: INVALID_INPUT. */
export type InvalidReviewInput = ReviewError & {
  __typename?: 'InvalidReviewInput';
  code: Scalars['String']['output'];
  /** The input field at fault, e.g. storeRating or itemRatings.1.itemId. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** A customer's stars for one item of the order. */
export type ItemRating = {
  __typename?: 'ItemRating';
  /** What the customer wrote about the item; null when nothing. */
  comment?: Maybe<Scalars['String']['output']>;
  /** The catalog id of the menu item or product. */
  itemId: Scalars['ID']['output'];
  /** Whether the item is a menu item or a product. */
  kind: ReviewedItemKind;
  /** Stars, from 1 to 5. */
  rating: Scalars['Int']['output'];
};

/** Stars for one item of the order. */
export type ItemRatingInput = {
  /** About the item, with the same rules as the review's comment. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The catalog id of a menu item or product delivered with the order. */
  itemId: Scalars['ID']['input'];
  /** From 1 to 5. */
  rating: Scalars['Int']['input'];
};

/** Text a partner writes in English and, optionally, Vietnamese. */
export type LocalizedText = {
  __typename?: 'LocalizedText';
  /** English; always present. */
  en: Scalars['String']['output'];
  /** Vietnamese, when the partner gave it. */
  vi?: Maybe<Scalars['String']['output']>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Opens a store for an organisation: its OWNERs and MANAGERs, or its API keys with menus:write. */
  createStore: CreateStoreResult;
  /**
   * Hides a review from the store's reviews and takes its stars out of every rating it counted in.
   * Hiding a hidden review changes nothing. NOT_FOUND for an unknown id, BAD_USER_INPUT for a blank
   * reason.
   */
  hideReview: Review;
  /**
   * Reviews an order the caller received: its store, and any of its items, each once. One review
   * per order; resending the same idempotencyKey returns the review first stored.
   */
  submitReview: SubmitReviewResult;
  /** Changes a store: the owning organisation's OWNERs and MANAGERs, or its API keys with menus:write. */
  updateStore: UpdateStoreResult;
};


export type MutationCreateStoreArgs = {
  input: CreateStoreInput;
};


export type MutationHideReviewArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationSubmitReviewArgs = {
  input: SubmitReviewInput;
};


export type MutationUpdateStoreArgs = {
  input: UpdateStoreInput;
  storeId: Scalars['ID']['input'];
};

/**
 * Weekly opening intervals and exceptions, as local times in `timeZone`. An interval whose close
 * is before its open runs past midnight into the next day; 24:00 closes at the end of the day.
 */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Dates with other hours than usual, or closed all day, oldest first. */
  exceptions: Array<OpeningHoursException>;
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: Scalars['String']['output'];
  /** Intervals by weekday, Monday first. */
  weekly: Array<WeeklyInterval>;
};

/** One local date with other hours than usual. */
export type OpeningHoursException = {
  __typename?: 'OpeningHoursException';
  /** Whether the store is closed all that day. */
  closed: Scalars['Boolean']['output'];
  /** Local date, yyyy-MM-dd. */
  date: Scalars['String']['output'];
  /** The intervals replacing the usual ones; empty when closed. */
  intervals: Array<TimeRange>;
};

/** A date closed all day (no intervals) or with special hours. */
export type OpeningHoursExceptionInput = {
  /** yyyy-MM-dd, local. */
  date: Scalars['String']['input'];
  intervals?: Array<TimeRangeInput>;
};

export type OpeningHoursInput = {
  exceptions?: Array<OpeningHoursExceptionInput>;
  /** IANA time zone, e.g. Asia/Ho_Chi_Minh. */
  timeZone: Scalars['String']['input'];
  weekly: Array<WeeklyIntervalInput>;
};

/** One thing wrong with opening hours. */
export type OpeningHoursProblem = {
  __typename?: 'OpeningHoursProblem';
  /** UNKNOWN_TIME_ZONE, MALFORMED_TIME, MALFORMED_DATE, CLOSE_EQUALS_OPEN, OVERLAP or DUPLICATE_DATE. */
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** Where in the hours, e.g. weekly[2].close or exceptions[0].date. */
  path: Scalars['String']['output'];
};

/**
 * The caller has no delivered order with this id: it does not exist, is not delivered yet, or is
 * someone else's. Code: ORDER_NOT_REVIEWABLE.
 */
export type OrderNotReviewable = ReviewError & {
  __typename?: 'OrderNotReviewable';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
};

/** A partner organisation (a restaurant group, a grocer); the catalog contributes its stores. */
export type Organization = {
  __typename?: 'Organization';
  /** Stable, opaque identifier (org_…). */
  id: Scalars['ID']['output'];
  /** The organisation's stores, oldest first, in pages of at most 100. */
  stores: StoreConnection;
};


/** A partner organisation (a restaurant group, a grocer); the catalog contributes its stores. */
export type OrganizationStoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The store with this id, or null when there is none. */
  store?: Maybe<Store>;
  /** Stores, oldest first, in pages of at most 100. */
  stores: StoreConnection;
};


export type QueryStoreArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/**
 * Customers' stars for a store, a menu item or a product, over the reviews that are not hidden.
 * Kept up to date with every review, not recomputed.
 */
export type Rating = {
  __typename?: 'Rating';
  /** The mean of the stars, rounded to two decimals; null until someone rates it. */
  average?: Maybe<Scalars['Float']['output']>;
  /** How many reviews rated it. */
  count: Scalars['Int']['output'];
  /** How many reviews gave each number of stars, from 1 to 5; every star is listed, zero included. */
  histogram: Array<RatingBucket>;
};

/** The reviews that gave one number of stars. */
export type RatingBucket = {
  __typename?: 'RatingBucket';
  /** How many reviews gave that many stars. */
  count: Scalars['Int']['output'];
  /** From 1 to 5. */
  stars: Scalars['Int']['output'];
};

/** A customer's review of an order they received: of the store, and of any of the items delivered. */
export type Review = {
  __typename?: 'Review';
  /** The customer who received the order. */
  author: User;
  /** What the customer wrote about the store; null when nothing. */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the review was submitted. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier (rev_…). */
  id: Scalars['ID']['output'];
  /** The items of the order the customer rated. */
  itemRatings: Array<ItemRating>;
  /** Why support hid the review, if it did. Only support and admins see it; others get null. */
  moderation?: Maybe<ReviewModeration>;
  /** The store the order came from. */
  store: Store;
  /** Stars for the store, from 1 to 5. */
  storeRating: Scalars['Int']['output'];
};

/** One page of a store's reviews. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  edges: Array<ReviewEdge>;
  pageInfo: PageInfo;
};

/** A review and its position in the list. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Opaque position of this review, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Review;
};

/** Something every refused review carries. */
export type ReviewError = {
  /** Stable, machine-readable reason, e.g. ALREADY_REVIEWED. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

/** Support's decision to hide a review from customers and from the ratings. */
export type ReviewModeration = {
  __typename?: 'ReviewModeration';
  /** When it was hidden. */
  hiddenAt: Scalars['DateTime']['output'];
  /** The support agent or admin who hid it. */
  hiddenBy: User;
  /** Why it was hidden. */
  reason: Scalars['String']['output'];
};

/** What kind of catalog item a review rated. */
export type ReviewedItemKind =
  /** A dish from a restaurant's menu. */
  | 'MENU_ITEM'
  /** A grocery product. */
  | 'PRODUCT';

/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type Store = {
  __typename?: 'Store';
  /** Where the store is. */
  address: Address;
  /** When the store joined Dabba. */
  createdAt: Scalars['DateTime']['output'];
  /** Lower-case cuisine labels, e.g. vietnamese, noodles. */
  cuisines: Array<Scalars['String']['output']>;
  /** ISO 4217 currency of every price in this store. */
  currency: Scalars['String']['output'];
  /** Whether the store delivers to this point (inside its radius or zone). */
  deliversTo: Scalars['Boolean']['output'];
  /** Where the store delivers: a radius around it or a zone. */
  deliveryArea: DeliveryArea;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /**
   * Whether the store's hours admit this instant, read on the store's local clock (daylight
   * saving included); false whenever the store is temporarily closed.
   */
  isOpen: Scalars['Boolean']['output'];
  /** What the store sells, which decides how its orders are prepared. */
  kind: StoreKind;
  /** The store's position, where couriers pick orders up. */
  location: GeoPoint;
  /** Name shown to customers, at most 80 characters. */
  name: Scalars['String']['output'];
  /** Whether the store takes orders now: inside its opening hours and not temporarily closed. */
  openNow: Scalars['Boolean']['output'];
  /** When the store takes orders, in its own time zone. */
  openingHours: OpeningHours;
  /** The partner organisation that runs the store; its other fields come from the users subgraph. */
  organization: Organization;
  /** Typical minutes from accepting an order to handing it to the courier. */
  prepTimeMinutes: Scalars['Int']['output'];
  /** Customers' rating of the store, over the reviews support has not hidden. */
  rating: Rating;
  /** Customers' reviews of the store, newest first, in pages of at most 100; hidden ones are left out. */
  reviews: ReviewConnection;
  /** Lower-case labels for browsing, e.g. late-night, family. */
  tags: Array<Scalars['String']['output']>;
  /** Set by the partner to stop taking orders whatever the hours say (e.g. a power cut). */
  temporarilyClosed: Scalars['Boolean']['output'];
  /** When the store was last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreDeliversToArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreIsOpenArgs = {
  at: Scalars['DateTime']['input'];
};


/** A restaurant or grocery store that sells through Dabba, run by a partner. */
export type StoreReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** One page of stores. */
export type StoreConnection = {
  __typename?: 'StoreConnection';
  edges: Array<StoreEdge>;
  pageInfo: PageInfo;
};

/** A store and its position in the list. */
export type StoreEdge = {
  __typename?: 'StoreEdge';
  /** Opaque position of this store, to pass as `after`. */
  cursor: Scalars['String']['output'];
  node: Store;
};

/** What a store sells. */
export type StoreKind =
  /** Sells packaged and fresh goods picked from its shelves. */
  | 'GROCERY'
  /** Cooks meals to order. */
  | 'RESTAURANT';

/** The store as saved. */
export type StorePayload = {
  __typename?: 'StorePayload';
  store: Store;
};

/** A review of an order the caller received. */
export type SubmitReviewInput = {
  /** About the store: at most 1000 characters, trimmed, no control characters but line breaks. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The client's key for this submission (at most 128 characters): a retry with it returns the first result. */
  idempotencyKey: Scalars['ID']['input'];
  /** Stars for items of the order, each item at most once. */
  itemRatings?: Array<ItemRatingInput>;
  /** The delivered order. */
  orderId: Scalars['ID']['input'];
  /** Stars for the store, from 1 to 5. */
  storeRating: Scalars['Int']['input'];
};

/** The stored review, or why it was refused. */
export type SubmitReviewResult = AlreadyReviewed | InvalidReviewInput | OrderNotReviewable | Review;

/** An interval of local times within one day (or past its midnight). */
export type TimeRange = {
  __typename?: 'TimeRange';
  close: Scalars['String']['output'];
  open: Scalars['String']['output'];
};

export type TimeRangeInput = {
  close: Scalars['String']['input'];
  open: Scalars['String']['input'];
};

/** Fields left out stay as they are. */
export type UpdateStoreInput = {
  address?: InputMaybe<AddressInput>;
  cuisines?: InputMaybe<Array<Scalars['String']['input']>>;
  deliveryArea?: InputMaybe<DeliveryAreaInput>;
  location?: InputMaybe<GeoPointInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  openingHours?: InputMaybe<OpeningHoursInput>;
  prepTimeMinutes?: InputMaybe<Scalars['Int']['input']>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  temporarilyClosed?: InputMaybe<Scalars['Boolean']['input']>;
};

export type UpdateStoreResult = InvalidInput | InvalidOpeningHours | StorePayload;

/** A Dabba user, resolved by the users subgraph; here, the author of a review. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** A day of the week. */
export type Weekday =
  | 'FRIDAY'
  | 'MONDAY'
  | 'SATURDAY'
  | 'SUNDAY'
  | 'THURSDAY'
  | 'TUESDAY'
  | 'WEDNESDAY';

/** An interval that opens on `day`. */
export type WeeklyInterval = {
  __typename?: 'WeeklyInterval';
  /** Local time HH:mm (or 24:00); earlier than open when it runs past midnight. */
  close: Scalars['String']['output'];
  day: Weekday;
  /** Local time HH:mm. */
  open: Scalars['String']['output'];
};

export type WeeklyIntervalInput = {
  /** HH:mm or 24:00; before open to run past midnight. */
  close: Scalars['String']['input'];
  day: Weekday;
  /** HH:mm. */
  open: Scalars['String']['input'];
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
  Store: Store;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  Store:
    ( { __typename: 'Store' }
    & GraphQLRecursivePick<FederationTypes['Store'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CreateStoreResult:
    | ( InvalidInput )
    | ( InvalidOpeningHours )
    | ( Omit<StorePayload, 'store'> & { store: _RefType['Store'] } )
  ;
  SubmitReviewResult:
    | ( AlreadyReviewed )
    | ( InvalidReviewInput )
    | ( OrderNotReviewable )
    | ( ReviewModel )
  ;
  UpdateStoreResult:
    | ( InvalidInput )
    | ( InvalidOpeningHours )
    | ( Omit<StorePayload, 'store'> & { store: _RefType['Store'] } )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CatalogError:
    | ( InvalidInput )
    | ( InvalidOpeningHours )
  ;
  ReviewError:
    | ( AlreadyReviewed )
    | ( InvalidReviewInput )
    | ( OrderNotReviewable )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AlreadyReviewed: ResolverTypeWrapper<AlreadyReviewed>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CatalogError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CatalogError']>;
  CreateStoreInput: CreateStoreInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateStoreResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CreateStoreResult']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryArea: ResolverTypeWrapper<DeliveryAreaModel>;
  DeliveryAreaInput: DeliveryAreaInput;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  InvalidInput: ResolverTypeWrapper<InvalidInput>;
  InvalidOpeningHours: ResolverTypeWrapper<InvalidOpeningHours>;
  InvalidReviewInput: ResolverTypeWrapper<InvalidReviewInput>;
  ItemRating: ResolverTypeWrapper<ItemRating>;
  ItemRatingInput: ItemRatingInput;
  LocalizedText: ResolverTypeWrapper<LocalizedText>;
  Money: ResolverTypeWrapper<MoneyModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpeningHours: ResolverTypeWrapper<Omit<OpeningHours, 'exceptions'> & { exceptions: Array<ResolversTypes['OpeningHoursException']> }>;
  OpeningHoursException: ResolverTypeWrapper<OpeningHoursExceptionModel>;
  OpeningHoursExceptionInput: OpeningHoursExceptionInput;
  OpeningHoursInput: OpeningHoursInput;
  OpeningHoursProblem: ResolverTypeWrapper<OpeningHoursProblem>;
  OrderNotReviewable: ResolverTypeWrapper<OrderNotReviewable>;
  Organization: ResolverTypeWrapper<OrganizationReferenceModel>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Rating: ResolverTypeWrapper<RatingModel>;
  RatingBucket: ResolverTypeWrapper<RatingBucket>;
  Review: ResolverTypeWrapper<ReviewModel>;
  ReviewConnection: ResolverTypeWrapper<Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewEdge']> }>;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['Review'] }>;
  ReviewError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['ReviewError']>;
  ReviewModeration: ResolverTypeWrapper<ReviewModeration>;
  ReviewedItemKind: ReviewedItemKind;
  Store: ResolverTypeWrapper<StoreModel>;
  StoreConnection: ResolverTypeWrapper<Omit<StoreConnection, 'edges'> & { edges: Array<ResolversTypes['StoreEdge']> }>;
  StoreEdge: ResolverTypeWrapper<Omit<StoreEdge, 'node'> & { node: ResolversTypes['Store'] }>;
  StoreKind: StoreKind;
  StorePayload: ResolverTypeWrapper<Omit<StorePayload, 'store'> & { store: ResolversTypes['Store'] }>;
  SubmitReviewInput: SubmitReviewInput;
  SubmitReviewResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SubmitReviewResult']>;
  TimeRange: ResolverTypeWrapper<TimeRange>;
  TimeRangeInput: TimeRangeInput;
  UpdateStoreInput: UpdateStoreInput;
  UpdateStoreResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['UpdateStoreResult']>;
  User: ResolverTypeWrapper<User>;
  Weekday: Weekday;
  WeeklyInterval: ResolverTypeWrapper<WeeklyInterval>;
  WeeklyIntervalInput: WeeklyIntervalInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  AddressInput: AddressInput;
  AlreadyReviewed: AlreadyReviewed;
  ID: Scalars['ID']['output'];
  CatalogError: ResolversInterfaceTypes<ResolversParentTypes>['CatalogError'];
  CreateStoreInput: CreateStoreInput;
  Int: Scalars['Int']['output'];
  CreateStoreResult: ResolversUnionTypes<ResolversParentTypes>['CreateStoreResult'];
  DateTime: Scalars['DateTime']['output'];
  DeliveryArea: DeliveryAreaModel;
  DeliveryAreaInput: DeliveryAreaInput;
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  InvalidInput: InvalidInput;
  InvalidOpeningHours: InvalidOpeningHours;
  InvalidReviewInput: InvalidReviewInput;
  ItemRating: ItemRating;
  ItemRatingInput: ItemRatingInput;
  LocalizedText: LocalizedText;
  Money: MoneyModel;
  Mutation: Record<PropertyKey, never>;
  OpeningHours: Omit<OpeningHours, 'exceptions'> & { exceptions: Array<ResolversParentTypes['OpeningHoursException']> };
  OpeningHoursException: OpeningHoursExceptionModel;
  OpeningHoursExceptionInput: OpeningHoursExceptionInput;
  OpeningHoursInput: OpeningHoursInput;
  OpeningHoursProblem: OpeningHoursProblem;
  OrderNotReviewable: OrderNotReviewable;
  Organization: OrganizationReferenceModel;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Rating: RatingModel;
  RatingBucket: RatingBucket;
  Review: ReviewModel;
  ReviewConnection: Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewEdge']> };
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['Review'] };
  ReviewError: ResolversInterfaceTypes<ResolversParentTypes>['ReviewError'];
  ReviewModeration: ReviewModeration;
  Store: StoreModel;
  StoreConnection: Omit<StoreConnection, 'edges'> & { edges: Array<ResolversParentTypes['StoreEdge']> };
  StoreEdge: Omit<StoreEdge, 'node'> & { node: ResolversParentTypes['Store'] };
  StorePayload: Omit<StorePayload, 'store'> & { store: ResolversParentTypes['Store'] };
  SubmitReviewInput: SubmitReviewInput;
  SubmitReviewResult: ResolversUnionTypes<ResolversParentTypes>['SubmitReviewResult'];
  TimeRange: TimeRange;
  TimeRangeInput: TimeRangeInput;
  UpdateStoreInput: UpdateStoreInput;
  UpdateStoreResult: ResolversUnionTypes<ResolversParentTypes>['UpdateStoreResult'];
  User: User;
  WeeklyInterval: WeeklyInterval;
  WeeklyIntervalInput: WeeklyIntervalInput;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AccessDirectiveArgs = {
  allow: Array<Scalars['String']['input']>;
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = CatalogContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AlreadyReviewedResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['AlreadyReviewed'] = ResolversParentTypes['AlreadyReviewed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CatalogErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CatalogError'] = ResolversParentTypes['CatalogError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'InvalidOpeningHours', ParentType, ContextType>;
}>;

export type CreateStoreResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['CreateStoreResult'] = ResolversParentTypes['CreateStoreResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'InvalidOpeningHours' | 'StorePayload', ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryAreaResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['DeliveryArea'] = ResolversParentTypes['DeliveryArea']> = ResolversObject<{
  radiusMeters?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  zone?: Resolver<Maybe<Array<Array<ResolversTypes['GeoPoint']>>>, ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InvalidInputResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidInput'] = ResolversParentTypes['InvalidInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidOpeningHoursResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidOpeningHours'] = ResolversParentTypes['InvalidOpeningHours']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['OpeningHoursProblem']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidReviewInputResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['InvalidReviewInput'] = ResolversParentTypes['InvalidReviewInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ItemRatingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ItemRating'] = ResolversParentTypes['ItemRating']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewedItemKind'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocalizedTextResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['LocalizedText'] = ResolversParentTypes['LocalizedText']> = ResolversObject<{
  en?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  vi?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decimal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createStore?: Resolver<ResolversTypes['CreateStoreResult'], ParentType, ContextType, RequireFields<MutationCreateStoreArgs, 'input'>>;
  hideReview?: Resolver<ResolversTypes['Review'], ParentType, ContextType, RequireFields<MutationHideReviewArgs, 'id' | 'reason'>>;
  submitReview?: Resolver<ResolversTypes['SubmitReviewResult'], ParentType, ContextType, RequireFields<MutationSubmitReviewArgs, 'input'>>;
  updateStore?: Resolver<ResolversTypes['UpdateStoreResult'], ParentType, ContextType, RequireFields<MutationUpdateStoreArgs, 'input' | 'storeId'>>;
}>;

export type OpeningHoursResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OpeningHours'] = ResolversParentTypes['OpeningHours']> = ResolversObject<{
  exceptions?: Resolver<Array<ResolversTypes['OpeningHoursException']>, ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weekly?: Resolver<Array<ResolversTypes['WeeklyInterval']>, ParentType, ContextType>;
}>;

export type OpeningHoursExceptionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OpeningHoursException'] = ResolversParentTypes['OpeningHoursException']> = ResolversObject<{
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  intervals?: Resolver<Array<ResolversTypes['TimeRange']>, ParentType, ContextType>;
}>;

export type OpeningHoursProblemResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OpeningHoursProblem'] = ResolversParentTypes['OpeningHoursProblem']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderNotReviewableResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['OrderNotReviewable'] = ResolversParentTypes['OrderNotReviewable']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrganizationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  stores?: Resolver<ResolversTypes['StoreConnection'], ParentType, ContextType, RequireFields<OrganizationStoresArgs, 'first'>>;
}>;

export type PageInfoResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  store?: Resolver<Maybe<ResolversTypes['Store']>, ParentType, ContextType, RequireFields<QueryStoreArgs, 'id'>>;
  stores?: Resolver<ResolversTypes['StoreConnection'], ParentType, ContextType, RequireFields<QueryStoresArgs, 'first'>>;
}>;

export type RatingResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  histogram?: Resolver<Array<ResolversTypes['RatingBucket']>, ParentType, ContextType>;
}>;

export type RatingBucketResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['RatingBucket'] = ResolversParentTypes['RatingBucket']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ReviewResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = ResolversObject<{
  author?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemRatings?: Resolver<Array<ResolversTypes['ItemRating']>, ParentType, ContextType>;
  moderation?: Resolver<Maybe<ResolversTypes['ReviewModeration']>, ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeRating?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ReviewConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type ReviewEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
}>;

export type ReviewErrorResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewError'] = ResolversParentTypes['ReviewError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AlreadyReviewed' | 'InvalidReviewInput' | 'OrderNotReviewable', ParentType, ContextType>;
}>;

export type ReviewModerationResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['ReviewModeration'] = ResolversParentTypes['ReviewModeration']> = ResolversObject<{
  hiddenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hiddenBy?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type StoreResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store'], FederationReferenceType extends FederationReferenceTypes['Store'] = FederationReferenceTypes['Store']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Store']> | FederationReferenceType, FederationReferenceType, ContextType>;
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cuisines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  deliversTo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<StoreDeliversToArgs, 'lat' | 'lng'>>;
  deliveryArea?: Resolver<ResolversTypes['DeliveryArea'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<StoreIsOpenArgs, 'at'>>;
  kind?: Resolver<ResolversTypes['StoreKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openNow?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openingHours?: Resolver<ResolversTypes['OpeningHours'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  prepTimeMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['ReviewConnection'], ParentType, ContextType, RequireFields<StoreReviewsArgs, 'first'>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  temporarilyClosed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type StoreConnectionResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StoreConnection'] = ResolversParentTypes['StoreConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StoreEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type StoreEdgeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StoreEdge'] = ResolversParentTypes['StoreEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
}>;

export type StorePayloadResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['StorePayload'] = ResolversParentTypes['StorePayload']> = ResolversObject<{
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubmitReviewResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['SubmitReviewResult'] = ResolversParentTypes['SubmitReviewResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AlreadyReviewed' | 'InvalidReviewInput' | 'OrderNotReviewable' | 'Review', ParentType, ContextType>;
}>;

export type TimeRangeResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['TimeRange'] = ResolversParentTypes['TimeRange']> = ResolversObject<{
  close?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UpdateStoreResultResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['UpdateStoreResult'] = ResolversParentTypes['UpdateStoreResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidInput' | 'InvalidOpeningHours' | 'StorePayload', ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WeeklyIntervalResolvers<ContextType = CatalogContext, ParentType extends ResolversParentTypes['WeeklyInterval'] = ResolversParentTypes['WeeklyInterval']> = ResolversObject<{
  close?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CatalogContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  AlreadyReviewed?: AlreadyReviewedResolvers<ContextType>;
  CatalogError?: CatalogErrorResolvers<ContextType>;
  CreateStoreResult?: CreateStoreResultResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryArea?: DeliveryAreaResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  InvalidInput?: InvalidInputResolvers<ContextType>;
  InvalidOpeningHours?: InvalidOpeningHoursResolvers<ContextType>;
  InvalidReviewInput?: InvalidReviewInputResolvers<ContextType>;
  ItemRating?: ItemRatingResolvers<ContextType>;
  LocalizedText?: LocalizedTextResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningHours?: OpeningHoursResolvers<ContextType>;
  OpeningHoursException?: OpeningHoursExceptionResolvers<ContextType>;
  OpeningHoursProblem?: OpeningHoursProblemResolvers<ContextType>;
  OrderNotReviewable?: OrderNotReviewableResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RatingBucket?: RatingBucketResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  ReviewError?: ReviewErrorResolvers<ContextType>;
  ReviewModeration?: ReviewModerationResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreConnection?: StoreConnectionResolvers<ContextType>;
  StoreEdge?: StoreEdgeResolvers<ContextType>;
  StorePayload?: StorePayloadResolvers<ContextType>;
  SubmitReviewResult?: SubmitReviewResultResolvers<ContextType>;
  TimeRange?: TimeRangeResolvers<ContextType>;
  UpdateStoreResult?: UpdateStoreResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  WeeklyInterval?: WeeklyIntervalResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CatalogContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
