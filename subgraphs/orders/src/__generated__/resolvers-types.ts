import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Cart as CartModel, CartLine as CartLineModel } from '../domain/cart';
import type { Order as OrderModel, OrderLineView as OrderLineViewModel, TimelineEntry as TimelineEntryModel } from '../domain/order';
import type { OrdersContext } from '../context';
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
  DateTime: { input: Date; output: Date; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type ActorKind =
  | 'CUSTOMER'
  | 'DRIVER'
  | 'STORE'
  | 'SUPPORT'
  | 'SYSTEM';

export type AddCartLineInput = {
  itemId?: InputMaybe<Scalars['ID']['input']>;
  kind?: LineKind;
  modifiers?: Array<LineModifierInput>;
  /** 1 to 99 for a menu item, 1 to 10000 for a product. */
  quantity: Scalars['Int']['input'];
  sku?: InputMaybe<Scalars['String']['input']>;
  storeId: Scalars['ID']['input'];
  /** PRODUCT lines only; SIMILAR when omitted. */
  substitution?: InputMaybe<SubstitutionPreferenceInput>;
};

/** The store does not deliver to the address. Code: ADDRESS_NOT_SERVED. */
export type AddressNotServed = OrderError & {
  __typename?: 'AddressNotServed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/**
 * A customer's basket at one store: one active cart per customer and store. A cart not touched for
 * the cart lifetime (CART_TTL_SECONDS) expires and is gone. Only its customer sees it.
 */
export type Cart = {
  __typename?: 'Cart';
  couponCode?: Maybe<Scalars['String']['output']>;
  customer: User;
  /** Where to deliver; required for DELIVERY before a quote. */
  deliveryAddress?: Maybe<OrderAddress>;
  expiresAt: Scalars['DateTime']['output'];
  fulfilment: Fulfilment;
  id: Scalars['ID']['output'];
  lines: Array<CartLine>;
  /** For the store, e.g. no onions; at most 500 characters. */
  notes?: Maybe<Scalars['String']['output']>;
  store: Store;
  /** The tip for the driver (or the store, for pickup), in the store's currency. */
  tip: Money;
  updatedAt: Scalars['DateTime']['output'];
  /** Bumped by every change; a quote is for one version. */
  version: Scalars['Int']['output'];
};

/** One line of a cart. */
export type CartLine = {
  __typename?: 'CartLine';
  /** Stable within the cart. */
  id: Scalars['ID']['output'];
  /** MENU_ITEM lines: the menu item. */
  itemId?: Maybe<Scalars['ID']['output']>;
  kind: LineKind;
  /** MENU_ITEM lines: the options chosen. */
  modifiers: Array<LineModifier>;
  quantity: Scalars['Int']['output'];
  /** PRODUCT lines: the SKU. */
  sku?: Maybe<Scalars['String']['output']>;
  /** PRODUCT lines: what the store may do when the product is missing; null for menu items. */
  substitution?: Maybe<SubstitutionPreference>;
};

/** No active cart with this id belongs to the caller. Code: CART_NOT_FOUND. */
export type CartNotFound = OrderError & {
  __typename?: 'CartNotFound';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The cart cannot be priced or ordered yet, e.g. it is empty or has no address. Code: CART_NOT_READY. */
export type CartNotReady = OrderError & {
  __typename?: 'CartNotReady';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type CartResult = Cart | CartNotFound | InvalidCartSelection | InvalidOrderInput;

/** The store's city has no pricing configuration. Code: CITY_NOT_SERVED. */
export type CityNotServed = OrderError & {
  __typename?: 'CityNotServed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The coupon does not apply, or the basket is under a promotion's minimum. Code: COUPON_REJECTED. */
export type CouponNotApplied = OrderError & {
  __typename?: 'CouponNotApplied';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Fulfilment =
  | 'DELIVERY'
  | 'PICKUP';

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lng: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

/** The same idempotency key was used for another checkout. Code: IDEMPOTENCY_KEY_REUSED. */
export type IdempotencyKeyReused = OrderError & {
  __typename?: 'IdempotencyKeyReused';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** The catalog refused a line. Code: INVALID_SELECTION. */
export type InvalidCartSelection = OrderError & {
  __typename?: 'InvalidCartSelection';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** One message per problem, as the catalog gave them. */
  problems: Array<Scalars['String']['output']>;
};

/** Some fields of the input are wrong. Code: INVALID_INPUT. */
export type InvalidOrderInput = OrderError & {
  __typename?: 'InvalidOrderInput';
  code: Scalars['String']['output'];
  /** The input field, e.g. quantity or deliveryAddress.location. */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

/** This move is not allowed from the order's status, or not for this caller. Code: INVALID_TRANSITION. */
export type InvalidTransition = OrderError & {
  __typename?: 'InvalidTransition';
  action: OrderAction;
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  status: OrderStatus;
};

export type LineKind =
  /** A menu item with its modifiers. */
  | 'MENU_ITEM'
  /** A grocery product, by SKU. */
  | 'PRODUCT';

/** An option chosen in one of a menu item's modifier groups. */
export type LineModifier = {
  __typename?: 'LineModifier';
  groupId: Scalars['ID']['output'];
  optionId: Scalars['ID']['output'];
};

export type LineModifierInput = {
  groupId: Scalars['ID']['input'];
  optionId: Scalars['ID']['input'];
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
  /** Store staff: accept a PLACED order. */
  acceptOrder: OrderTransitionResult;
  /** Adds a line to the caller's cart at the store, creating the cart; the same selection adds up. */
  addCartLine: CartResult;
  /** Support, until dispatch assigns drivers: give the order to a driver. */
  assignDriver: OrderTransitionResult;
  /** The customer before ACCEPTED, the store before pickup, support before delivery; refunded. */
  cancelOrder: OrderTransitionResult;
  /** The assigned driver (the store, for pickup orders): the customer has it. */
  deliverOrder: OrderTransitionResult;
  /** Empties and removes the cart. */
  discardCart: Scalars['Boolean']['output'];
  /** Store staff: the order is ready for the driver (or the customer, for pickup). */
  markOrderReady: OrderTransitionResult;
  /** The assigned driver (the store, for pickup orders): the order left the store. */
  pickUpOrder: OrderTransitionResult;
  /**
   * Places the quoted cart as an order: checks the store, holds the stock, authorises the payment.
   * A replay with the same idempotency key (8 to 128 characters) returns the same order.
   */
  placeOrder: PlaceOrderResult;
  /** Prices the cart now; the quote holds for QUOTE_TTL_SECONDS. */
  quoteCart: QuoteResult;
  /** Store staff: refuse a PLACED order; it is refunded. */
  rejectOrder: OrderTransitionResult;
  /**
   * Store staff, while PREPARING: a grocery line is unavailable; propose `substituteSku` (priced
   * now) for the customer to approve, or none to remove the line.
   */
  reportUnavailableLine: SubstitutionResult;
  /** The customer answers a proposed substitute before its respondBy. */
  respondToSubstitution: SubstitutionResult;
  /** Store staff: start preparing an ACCEPTED order. */
  startPreparingOrder: OrderTransitionResult;
  /** Sets the cart's notes, fulfilment, address, coupon or tip; fields left out are unchanged. */
  updateCart: CartResult;
  /** Changes a line's quantity (0 removes it) or substitution preference. */
  updateCartLine: CartResult;
};


export type MutationAcceptOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationAddCartLineArgs = {
  input: AddCartLineInput;
};


export type MutationAssignDriverArgs = {
  driverId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationDeliverOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationDiscardCartArgs = {
  cartId: Scalars['ID']['input'];
};


export type MutationMarkOrderReadyArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationPickUpOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  idempotencyKey: Scalars['String']['input'];
  input: PlaceOrderInput;
};


export type MutationQuoteCartArgs = {
  cartId: Scalars['ID']['input'];
};


export type MutationRejectOrderArgs = {
  orderId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationReportUnavailableLineArgs = {
  lineId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
  substituteSku?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRespondToSubstitutionArgs = {
  accept: Scalars['Boolean']['input'];
  lineId: Scalars['ID']['input'];
  orderId: Scalars['ID']['input'];
};


export type MutationStartPreparingOrderArgs = {
  orderId: Scalars['ID']['input'];
};


export type MutationUpdateCartArgs = {
  cartId: Scalars['ID']['input'];
  input: UpdateCartInput;
};


export type MutationUpdateCartLineArgs = {
  cartId: Scalars['ID']['input'];
  input: UpdateCartLineInput;
  lineId: Scalars['ID']['input'];
};

/**
 * A customer's order at one store. The document is the projection of its timeline: every change of
 * status, driver or line is a timeline entry saying who did it, when and why.
 */
export type Order = {
  __typename?: 'Order';
  customer: User;
  deliveryAddress?: Maybe<OrderAddress>;
  /** The driver assigned to it, once one is. */
  driver?: Maybe<User>;
  /** Why it was cancelled, rejected or failed. */
  endReason?: Maybe<Scalars['String']['output']>;
  fulfilment: Fulfilment;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  notes?: Maybe<Scalars['String']['output']>;
  placedAt: Scalars['DateTime']['output'];
  /** The quote the order was placed with. */
  pricing: OrderPricing;
  status: OrderStatus;
  store: Store;
  /** While PLACED: when the order is cancelled and refunded if the store has not answered. */
  storeResponseDeadline?: Maybe<Scalars['DateTime']['output']>;
  /** Oldest first. */
  timeline: Array<OrderTimelineEntry>;
  updatedAt: Scalars['DateTime']['output'];
};

export type OrderAction =
  | 'ACCEPT'
  | 'ACCEPT_SUBSTITUTE'
  | 'ASSIGN_DRIVER'
  | 'CANCEL'
  | 'DECLINE_SUBSTITUTE'
  | 'DELIVER'
  | 'MARK_READY'
  | 'MARK_UNAVAILABLE'
  | 'PAYMENT_AUTHORIZED'
  | 'PAYMENT_FAILED'
  | 'PICK_UP'
  | 'PLACE'
  | 'PROPOSE_SUBSTITUTE'
  | 'REJECT'
  | 'START_PREPARING';

/** Where an order goes. Its city's prices and taxes are the store's. */
export type OrderAddress = {
  __typename?: 'OrderAddress';
  /** For the driver, e.g. gate code; at most 300 characters. */
  instructions?: Maybe<Scalars['String']['output']>;
  /** As written on an envelope, one to four lines of up to 120 characters. */
  lines: Array<Scalars['String']['output']>;
  location: GeoPoint;
};

export type OrderAddressInput = {
  instructions?: InputMaybe<Scalars['String']['input']>;
  lines: Array<Scalars['String']['input']>;
  location: GeoPointInput;
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** Something every orders error result carries. */
export type OrderError = {
  /** Stable, machine-readable reason, e.g. INVALID_TRANSITION. */
  code: Scalars['String']['output'];
  /** For people; may change wording. */
  message: Scalars['String']['output'];
};

export type OrderLine = {
  __typename?: 'OrderLine';
  id: Scalars['ID']['output'];
  itemId?: Maybe<Scalars['ID']['output']>;
  kind: LineKind;
  modifiers: Array<LineModifier>;
  /** What the line costs after its discount. */
  netTotal: Money;
  /** The store's proposal while the line is unavailable. */
  proposedSubstitute?: Maybe<ProposedSubstitute>;
  quantity: Scalars['Int']['output'];
  sku?: Maybe<Scalars['String']['output']>;
  state: OrderLineState;
  substitution?: Maybe<SubstitutionPreference>;
  unitPrice: Money;
};

export type OrderLineState =
  /** As ordered. */
  | 'ORDERED'
  /** Removed and not charged. */
  | 'REMOVED'
  /** Replaced by the substitute. */
  | 'SUBSTITUTED'
  /** Unavailable; a substitute is proposed and waits for the customer. */
  | 'SUBSTITUTION_PROPOSED';

export type OrderPaymentInput = {
  method: OrderPaymentMethod;
  /** CARD: the provider's payment method id from the client's tokenisation (e.g. pm_…). */
  paymentMethodRef?: InputMaybe<Scalars['String']['input']>;
  /** Where the provider sends the customer back after 3-D Secure. */
  returnUrl?: InputMaybe<Scalars['String']['input']>;
  savePaymentMethod?: InputMaybe<Scalars['Boolean']['input']>;
};

export type OrderPaymentMethod =
  | 'CARD'
  | 'CASH';

/** What was charged, and what is due after substitutions. */
export type OrderPricing = {
  __typename?: 'OrderPricing';
  couponDiscount: Money;
  deliveryFee: Money;
  discounts: Array<QuoteDiscount>;
  /** What is due for the goods actually delivered, tip included; differs from total after substitutions. */
  finalTotal: Money;
  serviceFee: Money;
  subtotal: Money;
  surgeMultiplier: Scalars['Float']['output'];
  tax: Money;
  tip: Money;
  /** What the customer authorised, tip included. */
  total: Money;
};

export type OrderSearchInput = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Placed at or after. */
  placedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Placed before. */
  placedTo?: InputMaybe<Scalars['DateTime']['input']>;
  status?: InputMaybe<Array<OrderStatus>>;
  storeId?: InputMaybe<Scalars['ID']['input']>;
};

export type OrderStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'DELIVERED'
  /** The payment failed; nothing was charged and the stock was released. */
  | 'FAILED'
  /** Created; the payment is not authorised yet (e.g. 3-D Secure). */
  | 'PENDING_PAYMENT'
  | 'PICKED_UP'
  /** Paid (authorised); waiting for the store. */
  | 'PLACED'
  | 'PREPARING'
  | 'READY_FOR_PICKUP'
  | 'REJECTED';

export type OrderTimelineEntry = {
  __typename?: 'OrderTimelineEntry';
  action: OrderAction;
  /** Who did it: CUSTOMER, STORE, DRIVER, SUPPORT or SYSTEM. */
  actor: ActorKind;
  /** The person, when not SYSTEM (and not a partner API key). */
  actorId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** 1, 2, 3… in the order they happened. */
  sequence: Scalars['Int']['output'];
  /** The status after it. */
  status: OrderStatus;
};

export type OrderTransitionResult = InvalidOrderInput | InvalidTransition | Order;

/** Not enough stock for some lines; nothing was held. Code: OUT_OF_STOCK. */
export type OutOfStock = OrderError & {
  __typename?: 'OutOfStock';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  skus: Array<Scalars['String']['output']>;
};

/** Where a page ends and whether another follows. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last item, to pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The payment was declined; the order FAILED and its stock was released. Code: PAYMENT_DECLINED. */
export type PaymentNotAuthorized = OrderError & {
  __typename?: 'PaymentNotAuthorized';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  order: Order;
};

export type PlaceOrderInput = {
  payment: OrderPaymentInput;
  /** The quote the customer agreed to; its cart becomes the order. */
  quoteId: Scalars['ID']['input'];
};

export type PlaceOrderResult = AddressNotServed | CartNotFound | CartNotReady | CityNotServed | CouponNotApplied | IdempotencyKeyReused | InvalidCartSelection | InvalidOrderInput | Order | OutOfStock | PaymentNotAuthorized | PriceChanged | QuoteExpired | StoreClosed;

/** The price is no longer the quoted one; nothing was charged. Code: PRICE_CHANGED. */
export type PriceChanged = OrderError & {
  __typename?: 'PriceChanged';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
  /** The price now: place the order again with this quote. */
  quote: PriceQuote;
};

/**
 * The server's price for a cart, valid until `expiresAt`. Every amount is computed by the server;
 * placing the order charges exactly `total` (tip included) or answers PRICE_CHANGED.
 */
export type PriceQuote = {
  __typename?: 'PriceQuote';
  cartId: Scalars['ID']['output'];
  /** The cart version priced. */
  cartVersion: Scalars['Int']['output'];
  /** What the coupon took off (also among `discounts`); zero without a coupon. */
  couponDiscount: Money;
  /** The straight-line distance from the store, in metres; zero for pickup. */
  deliveryDistanceMeters: Scalars['Int']['output'];
  /** Distance-based fee times the area's surge multiplier; zero for pickup. */
  deliveryFee: Money;
  /** Each line discount and order-wide promotion, the coupon's included. */
  discounts: Array<QuoteDiscount>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lines: Array<QuotedOrderLine>;
  serviceFee: Money;
  /** Σ unit price × quantity, before any discount. */
  subtotal: Money;
  /** The surge multiplier applied, e.g. 1.0 or 1.5. */
  surgeMultiplier: Scalars['Float']['output'];
  /** Tax at the city's rate on the discounted goods and the fees. */
  tax: Money;
  tip: Money;
  /** What the customer pays: subtotal − discounts + delivery fee + service fee + tax + tip. */
  total: Money;
};

export type ProposedSubstitute = {
  __typename?: 'ProposedSubstitute';
  quantity: Scalars['Int']['output'];
  /** When the customer's silence means the stated preference applies. */
  respondBy: Scalars['DateTime']['output'];
  sku: Scalars['String']['output'];
  /** What the substitute costs in all. */
  total: Money;
  unitPrice: Money;
};

export type Query = {
  __typename?: 'Query';
  /** The caller's active cart at this store, or null. */
  myCart?: Maybe<Cart>;
  /** The signed-in customer's orders, newest first; pages of 1 to 100. */
  myOrders: OrderConnection;
  /** The order with this id, or null when there is none. */
  order?: Maybe<Order>;
  /** Orders matching every given filter, newest first; support and admins. */
  searchOrders: OrderConnection;
  /**
   * The store's open orders (PLACED to READY_FOR_PICKUP), oldest first, for its organisation's
   * members and API keys with orders:read or orders:write, and support.
   */
  storeOrderQueue: Array<Order>;
};


export type QueryMyCartArgs = {
  storeId: Scalars['ID']['input'];
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter: OrderSearchInput;
  first?: Scalars['Int']['input'];
};


export type QueryStoreOrderQueueArgs = {
  storeId: Scalars['ID']['input'];
};

/** What one promotion took off. */
export type QuoteDiscount = {
  __typename?: 'QuoteDiscount';
  amount: Money;
  /** Whether it is the coupon's promotion. */
  coupon: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  promotionId: Scalars['ID']['output'];
};

/** The quote is unknown, not the caller's, or expired. Code: QUOTE_EXPIRED. */
export type QuoteExpired = OrderError & {
  __typename?: 'QuoteExpired';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type QuoteResult = AddressNotServed | CartNotFound | CartNotReady | CityNotServed | CouponNotApplied | InvalidCartSelection | InvalidOrderInput | PriceQuote | StoreClosed;

/** One priced line. */
export type QuotedOrderLine = {
  __typename?: 'QuotedOrderLine';
  /** The line's own discount. */
  discount: Money;
  itemId?: Maybe<Scalars['ID']['output']>;
  kind: LineKind;
  /** The cart line's id. */
  lineId: Scalars['ID']['output'];
  quantity: Scalars['Int']['output'];
  sku?: Maybe<Scalars['String']['output']>;
  /** unitPrice × quantity. */
  total: Money;
  unitPrice: Money;
};

export type Store = {
  __typename?: 'Store';
  id: Scalars['ID']['output'];
};

/** The store is closed now. Code: STORE_CLOSED. */
export type StoreClosed = OrderError & {
  __typename?: 'StoreClosed';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The order after each change, for whoever may read it; completes when it ends. */
  orderStatusChanged: Order;
  /** The store's open orders after each change to any of them. */
  storeOrderQueue: Array<Order>;
};


export type SubscriptionOrderStatusChangedArgs = {
  orderId: Scalars['ID']['input'];
};


export type SubscriptionStoreOrderQueueArgs = {
  storeId: Scalars['ID']['input'];
};

export type SubstitutionMode =
  /** Remove the item and refund it. */
  | 'NONE'
  /** Any similar item the store proposes. */
  | 'SIMILAR'
  /** Only the SKU the customer named. */
  | 'SPECIFIC';

/** What the store may do when a grocery product is unavailable. */
export type SubstitutionPreference = {
  __typename?: 'SubstitutionPreference';
  mode: SubstitutionMode;
  /** SPECIFIC: the SKU the customer accepts instead. */
  sku?: Maybe<Scalars['String']['output']>;
};

export type SubstitutionPreferenceInput = {
  mode: SubstitutionMode;
  /** Required for SPECIFIC, refused otherwise. */
  sku?: InputMaybe<Scalars['String']['input']>;
};

export type SubstitutionResult = InvalidOrderInput | InvalidTransition | Order | UnknownLine;

/** No order line with this id, or not one that can be substituted. Code: UNKNOWN_LINE. */
export type UnknownLine = OrderError & {
  __typename?: 'UnknownLine';
  code: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type UpdateCartInput = {
  /** null removes it. */
  couponCode?: InputMaybe<Scalars['String']['input']>;
  deliveryAddress?: InputMaybe<OrderAddressInput>;
  fulfilment?: InputMaybe<Fulfilment>;
  /** null clears it. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** A decimal amount in the store's currency, e.g. 20000 (VND) or 1.50 (USD); 0 for none. */
  tip?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCartLineInput = {
  /** 0 removes the line. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  substitution?: InputMaybe<SubstitutionPreferenceInput>;
};

export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  CartResult:
    | ( CartModel )
    | ( CartNotFound )
    | ( InvalidCartSelection )
    | ( InvalidOrderInput )
  ;
  OrderTransitionResult:
    | ( InvalidOrderInput )
    | ( InvalidTransition )
    | ( OrderModel )
  ;
  PlaceOrderResult:
    | ( AddressNotServed )
    | ( CartNotFound )
    | ( CartNotReady )
    | ( CityNotServed )
    | ( CouponNotApplied )
    | ( IdempotencyKeyReused )
    | ( InvalidCartSelection )
    | ( InvalidOrderInput )
    | ( OrderModel )
    | ( OutOfStock )
    | ( Omit<PaymentNotAuthorized, 'order'> & { order: _RefType['Order'] } )
    | ( PriceChanged )
    | ( QuoteExpired )
    | ( StoreClosed )
  ;
  QuoteResult:
    | ( AddressNotServed )
    | ( CartNotFound )
    | ( CartNotReady )
    | ( CityNotServed )
    | ( CouponNotApplied )
    | ( InvalidCartSelection )
    | ( InvalidOrderInput )
    | ( PriceQuote )
    | ( StoreClosed )
  ;
  SubstitutionResult:
    | ( InvalidOrderInput )
    | ( InvalidTransition )
    | ( OrderModel )
    | ( UnknownLine )
  ;
}>;

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  OrderError:
    | ( AddressNotServed )
    | ( CartNotFound )
    | ( CartNotReady )
    | ( CityNotServed )
    | ( CouponNotApplied )
    | ( IdempotencyKeyReused )
    | ( InvalidCartSelection )
    | ( InvalidOrderInput )
    | ( InvalidTransition )
    | ( OutOfStock )
    | ( Omit<PaymentNotAuthorized, 'order'> & { order: _RefType['Order'] } )
    | ( PriceChanged )
    | ( QuoteExpired )
    | ( StoreClosed )
    | ( UnknownLine )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActorKind: ActorKind;
  AddCartLineInput: AddCartLineInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddressNotServed: ResolverTypeWrapper<AddressNotServed>;
  Cart: ResolverTypeWrapper<CartModel>;
  CartLine: ResolverTypeWrapper<CartLineModel>;
  CartNotFound: ResolverTypeWrapper<CartNotFound>;
  CartNotReady: ResolverTypeWrapper<CartNotReady>;
  CartResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['CartResult']>;
  CityNotServed: ResolverTypeWrapper<CityNotServed>;
  CouponNotApplied: ResolverTypeWrapper<CouponNotApplied>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Fulfilment: Fulfilment;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  GeoPointInput: GeoPointInput;
  IdempotencyKeyReused: ResolverTypeWrapper<IdempotencyKeyReused>;
  InvalidCartSelection: ResolverTypeWrapper<InvalidCartSelection>;
  InvalidOrderInput: ResolverTypeWrapper<InvalidOrderInput>;
  InvalidTransition: ResolverTypeWrapper<InvalidTransition>;
  LineKind: LineKind;
  LineModifier: ResolverTypeWrapper<LineModifier>;
  LineModifierInput: LineModifierInput;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderAction: OrderAction;
  OrderAddress: ResolverTypeWrapper<OrderAddress>;
  OrderAddressInput: OrderAddressInput;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderError: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['OrderError']>;
  OrderLine: ResolverTypeWrapper<OrderLineViewModel>;
  OrderLineState: OrderLineState;
  OrderPaymentInput: OrderPaymentInput;
  OrderPaymentMethod: OrderPaymentMethod;
  OrderPricing: ResolverTypeWrapper<OrderPricing>;
  OrderSearchInput: OrderSearchInput;
  OrderStatus: OrderStatus;
  OrderTimelineEntry: ResolverTypeWrapper<TimelineEntryModel>;
  OrderTransitionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['OrderTransitionResult']>;
  OutOfStock: ResolverTypeWrapper<OutOfStock>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentNotAuthorized: ResolverTypeWrapper<Omit<PaymentNotAuthorized, 'order'> & { order: ResolversTypes['Order'] }>;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['PlaceOrderResult']>;
  PriceChanged: ResolverTypeWrapper<PriceChanged>;
  PriceQuote: ResolverTypeWrapper<PriceQuote>;
  ProposedSubstitute: ResolverTypeWrapper<ProposedSubstitute>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  QuoteDiscount: ResolverTypeWrapper<QuoteDiscount>;
  QuoteExpired: ResolverTypeWrapper<QuoteExpired>;
  QuoteResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['QuoteResult']>;
  QuotedOrderLine: ResolverTypeWrapper<QuotedOrderLine>;
  Store: ResolverTypeWrapper<Store>;
  StoreClosed: ResolverTypeWrapper<StoreClosed>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubstitutionMode: SubstitutionMode;
  SubstitutionPreference: ResolverTypeWrapper<SubstitutionPreference>;
  SubstitutionPreferenceInput: SubstitutionPreferenceInput;
  SubstitutionResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SubstitutionResult']>;
  UnknownLine: ResolverTypeWrapper<UnknownLine>;
  UpdateCartInput: UpdateCartInput;
  UpdateCartLineInput: UpdateCartLineInput;
  User: ResolverTypeWrapper<User>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddCartLineInput: AddCartLineInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  AddressNotServed: AddressNotServed;
  Cart: CartModel;
  CartLine: CartLineModel;
  CartNotFound: CartNotFound;
  CartNotReady: CartNotReady;
  CartResult: ResolversUnionTypes<ResolversParentTypes>['CartResult'];
  CityNotServed: CityNotServed;
  CouponNotApplied: CouponNotApplied;
  DateTime: Scalars['DateTime']['output'];
  GeoPoint: GeoPoint;
  Float: Scalars['Float']['output'];
  GeoPointInput: GeoPointInput;
  IdempotencyKeyReused: IdempotencyKeyReused;
  InvalidCartSelection: InvalidCartSelection;
  InvalidOrderInput: InvalidOrderInput;
  InvalidTransition: InvalidTransition;
  LineModifier: LineModifier;
  LineModifierInput: LineModifierInput;
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderAddress: OrderAddress;
  OrderAddressInput: OrderAddressInput;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderError: ResolversInterfaceTypes<ResolversParentTypes>['OrderError'];
  OrderLine: OrderLineViewModel;
  OrderPaymentInput: OrderPaymentInput;
  OrderPricing: OrderPricing;
  OrderSearchInput: OrderSearchInput;
  OrderTimelineEntry: TimelineEntryModel;
  OrderTransitionResult: ResolversUnionTypes<ResolversParentTypes>['OrderTransitionResult'];
  OutOfStock: OutOfStock;
  PageInfo: PageInfo;
  PaymentNotAuthorized: Omit<PaymentNotAuthorized, 'order'> & { order: ResolversParentTypes['Order'] };
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderResult: ResolversUnionTypes<ResolversParentTypes>['PlaceOrderResult'];
  PriceChanged: PriceChanged;
  PriceQuote: PriceQuote;
  ProposedSubstitute: ProposedSubstitute;
  Query: Record<PropertyKey, never>;
  QuoteDiscount: QuoteDiscount;
  QuoteExpired: QuoteExpired;
  QuoteResult: ResolversUnionTypes<ResolversParentTypes>['QuoteResult'];
  QuotedOrderLine: QuotedOrderLine;
  Store: Store;
  StoreClosed: StoreClosed;
  Subscription: Record<PropertyKey, never>;
  SubstitutionPreference: SubstitutionPreference;
  SubstitutionPreferenceInput: SubstitutionPreferenceInput;
  SubstitutionResult: ResolversUnionTypes<ResolversParentTypes>['SubstitutionResult'];
  UnknownLine: UnknownLine;
  UpdateCartInput: UpdateCartInput;
  UpdateCartLineInput: UpdateCartLineInput;
  User: User;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
}>;

export type AccessDirectiveArgs = {
  allow: Array<Scalars['String']['input']>;
  nullWhenDenied?: Maybe<Scalars['Boolean']['input']>;
};

export type AccessDirectiveResolver<Result, Parent, ContextType = OrdersContext, Args = AccessDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressNotServedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['AddressNotServed'] = ResolversParentTypes['AddressNotServed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  couponCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  deliveryAddress?: Resolver<Maybe<ResolversTypes['OrderAddress']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['Fulfilment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  tip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LineKind'], ParentType, ContextType>;
  modifiers?: Resolver<Array<ResolversTypes['LineModifier']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  substitution?: Resolver<Maybe<ResolversTypes['SubstitutionPreference']>, ParentType, ContextType>;
}>;

export type CartNotFoundResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartNotFound'] = ResolversParentTypes['CartNotFound']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartNotReadyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartNotReady'] = ResolversParentTypes['CartNotReady']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CartResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CartResult'] = ResolversParentTypes['CartResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Cart' | 'CartNotFound' | 'InvalidCartSelection' | 'InvalidOrderInput', ParentType, ContextType>;
}>;

export type CityNotServedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CityNotServed'] = ResolversParentTypes['CityNotServed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CouponNotAppliedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['CouponNotApplied'] = ResolversParentTypes['CouponNotApplied']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GeoPointResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type IdempotencyKeyReusedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['IdempotencyKeyReused'] = ResolversParentTypes['IdempotencyKeyReused']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidCartSelectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['InvalidCartSelection'] = ResolversParentTypes['InvalidCartSelection']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidOrderInputResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['InvalidOrderInput'] = ResolversParentTypes['InvalidOrderInput']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InvalidTransitionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['InvalidTransition'] = ResolversParentTypes['InvalidTransition']> = ResolversObject<{
  action?: Resolver<ResolversTypes['OrderAction'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LineModifierResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['LineModifier'] = ResolversParentTypes['LineModifier']> = ResolversObject<{
  groupId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  optionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MoneyResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decimal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptOrder?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationAcceptOrderArgs, 'orderId'>>;
  addCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationAddCartLineArgs, 'input'>>;
  assignDriver?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationAssignDriverArgs, 'driverId' | 'orderId'>>;
  cancelOrder?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'orderId' | 'reason'>>;
  deliverOrder?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationDeliverOrderArgs, 'orderId'>>;
  discardCart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDiscardCartArgs, 'cartId'>>;
  markOrderReady?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationMarkOrderReadyArgs, 'orderId'>>;
  pickUpOrder?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationPickUpOrderArgs, 'orderId'>>;
  placeOrder?: Resolver<ResolversTypes['PlaceOrderResult'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'idempotencyKey' | 'input'>>;
  quoteCart?: Resolver<ResolversTypes['QuoteResult'], ParentType, ContextType, RequireFields<MutationQuoteCartArgs, 'cartId'>>;
  rejectOrder?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationRejectOrderArgs, 'orderId' | 'reason'>>;
  reportUnavailableLine?: Resolver<ResolversTypes['SubstitutionResult'], ParentType, ContextType, RequireFields<MutationReportUnavailableLineArgs, 'lineId' | 'orderId'>>;
  respondToSubstitution?: Resolver<ResolversTypes['SubstitutionResult'], ParentType, ContextType, RequireFields<MutationRespondToSubstitutionArgs, 'accept' | 'lineId' | 'orderId'>>;
  startPreparingOrder?: Resolver<ResolversTypes['OrderTransitionResult'], ParentType, ContextType, RequireFields<MutationStartPreparingOrderArgs, 'orderId'>>;
  updateCart?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationUpdateCartArgs, 'cartId' | 'input'>>;
  updateCartLine?: Resolver<ResolversTypes['CartResult'], ParentType, ContextType, RequireFields<MutationUpdateCartLineArgs, 'cartId' | 'input' | 'lineId'>>;
}>;

export type OrderResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customer?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
  deliveryAddress?: Resolver<Maybe<ResolversTypes['OrderAddress']>, ParentType, ContextType>;
  driver?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  endReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fulfilment?: Resolver<ResolversTypes['Fulfilment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  pricing?: Resolver<ResolversTypes['OrderPricing'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  store?: Resolver<ResolversTypes['Store'], ParentType, ContextType>;
  storeResponseDeadline?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['OrderTimelineEntry']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type OrderAddressResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderAddress'] = ResolversParentTypes['OrderAddress']> = ResolversObject<{
  instructions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderErrorResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderError'] = ResolversParentTypes['OrderError']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AddressNotServed' | 'CartNotFound' | 'CartNotReady' | 'CityNotServed' | 'CouponNotApplied' | 'IdempotencyKeyReused' | 'InvalidCartSelection' | 'InvalidOrderInput' | 'InvalidTransition' | 'OutOfStock' | 'PaymentNotAuthorized' | 'PriceChanged' | 'QuoteExpired' | 'StoreClosed' | 'UnknownLine', ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LineKind'], ParentType, ContextType>;
  modifiers?: Resolver<Array<ResolversTypes['LineModifier']>, ParentType, ContextType>;
  netTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  proposedSubstitute?: Resolver<Maybe<ResolversTypes['ProposedSubstitute']>, ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['OrderLineState'], ParentType, ContextType>;
  substitution?: Resolver<Maybe<ResolversTypes['SubstitutionPreference']>, ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type OrderPricingResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderPricing'] = ResolversParentTypes['OrderPricing']> = ResolversObject<{
  couponDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveryFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discounts?: Resolver<Array<ResolversTypes['QuoteDiscount']>, ParentType, ContextType>;
  finalTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  serviceFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  surgeMultiplier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type OrderTimelineEntryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderTimelineEntry'] = ResolversParentTypes['OrderTimelineEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['OrderAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type OrderTransitionResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OrderTransitionResult'] = ResolversParentTypes['OrderTransitionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidOrderInput' | 'InvalidTransition' | 'Order', ParentType, ContextType>;
}>;

export type OutOfStockResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['OutOfStock'] = ResolversParentTypes['OutOfStock']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skus?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PaymentNotAuthorizedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PaymentNotAuthorized'] = ResolversParentTypes['PaymentNotAuthorized']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PlaceOrderResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PlaceOrderResult'] = ResolversParentTypes['PlaceOrderResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AddressNotServed' | 'CartNotFound' | 'CartNotReady' | 'CityNotServed' | 'CouponNotApplied' | 'IdempotencyKeyReused' | 'InvalidCartSelection' | 'InvalidOrderInput' | 'Order' | 'OutOfStock' | 'PaymentNotAuthorized' | 'PriceChanged' | 'QuoteExpired' | 'StoreClosed', ParentType, ContextType>;
}>;

export type PriceChangedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PriceChanged'] = ResolversParentTypes['PriceChanged']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['PriceQuote'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PriceQuoteResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['PriceQuote'] = ResolversParentTypes['PriceQuote']> = ResolversObject<{
  cartId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  cartVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  couponDiscount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  deliveryDistanceMeters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deliveryFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discounts?: Resolver<Array<ResolversTypes['QuoteDiscount']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['QuotedOrderLine']>, ParentType, ContextType>;
  serviceFee?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  surgeMultiplier?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  tip?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProposedSubstituteResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['ProposedSubstitute'] = ResolversParentTypes['ProposedSubstitute']> = ResolversObject<{
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  respondBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  myCart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryMyCartArgs, 'storeId'>>;
  myOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryMyOrdersArgs, 'first'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  searchOrders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QuerySearchOrdersArgs, 'filter' | 'first'>>;
  storeOrderQueue?: Resolver<Array<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryStoreOrderQueueArgs, 'storeId'>>;
}>;

export type QuoteDiscountResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['QuoteDiscount'] = ResolversParentTypes['QuoteDiscount']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  coupon?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  promotionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QuoteExpiredResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['QuoteExpired'] = ResolversParentTypes['QuoteExpired']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type QuoteResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['QuoteResult'] = ResolversParentTypes['QuoteResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'AddressNotServed' | 'CartNotFound' | 'CartNotReady' | 'CityNotServed' | 'CouponNotApplied' | 'InvalidCartSelection' | 'InvalidOrderInput' | 'PriceQuote' | 'StoreClosed', ParentType, ContextType>;
}>;

export type QuotedOrderLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['QuotedOrderLine'] = ResolversParentTypes['QuotedOrderLine']> = ResolversObject<{
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  itemId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LineKind'], ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type StoreResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Store'] = ResolversParentTypes['Store']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StoreClosedResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['StoreClosed'] = ResolversParentTypes['StoreClosed']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  orderStatusChanged?: SubscriptionResolver<ResolversTypes['Order'], "orderStatusChanged", ParentType, ContextType, RequireFields<SubscriptionOrderStatusChangedArgs, 'orderId'>>;
  storeOrderQueue?: SubscriptionResolver<Array<ResolversTypes['Order']>, "storeOrderQueue", ParentType, ContextType, RequireFields<SubscriptionStoreOrderQueueArgs, 'storeId'>>;
}>;

export type SubstitutionPreferenceResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SubstitutionPreference'] = ResolversParentTypes['SubstitutionPreference']> = ResolversObject<{
  mode?: Resolver<ResolversTypes['SubstitutionMode'], ParentType, ContextType>;
  sku?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubstitutionResultResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['SubstitutionResult'] = ResolversParentTypes['SubstitutionResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InvalidOrderInput' | 'InvalidTransition' | 'Order' | 'UnknownLine', ParentType, ContextType>;
}>;

export type UnknownLineResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['UnknownLine'] = ResolversParentTypes['UnknownLine']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = OrdersContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = OrdersContext> = ResolversObject<{
  AddressNotServed?: AddressNotServedResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartNotFound?: CartNotFoundResolvers<ContextType>;
  CartNotReady?: CartNotReadyResolvers<ContextType>;
  CartResult?: CartResultResolvers<ContextType>;
  CityNotServed?: CityNotServedResolvers<ContextType>;
  CouponNotApplied?: CouponNotAppliedResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GeoPoint?: GeoPointResolvers<ContextType>;
  IdempotencyKeyReused?: IdempotencyKeyReusedResolvers<ContextType>;
  InvalidCartSelection?: InvalidCartSelectionResolvers<ContextType>;
  InvalidOrderInput?: InvalidOrderInputResolvers<ContextType>;
  InvalidTransition?: InvalidTransitionResolvers<ContextType>;
  LineModifier?: LineModifierResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderAddress?: OrderAddressResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderError?: OrderErrorResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPricing?: OrderPricingResolvers<ContextType>;
  OrderTimelineEntry?: OrderTimelineEntryResolvers<ContextType>;
  OrderTransitionResult?: OrderTransitionResultResolvers<ContextType>;
  OutOfStock?: OutOfStockResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentNotAuthorized?: PaymentNotAuthorizedResolvers<ContextType>;
  PlaceOrderResult?: PlaceOrderResultResolvers<ContextType>;
  PriceChanged?: PriceChangedResolvers<ContextType>;
  PriceQuote?: PriceQuoteResolvers<ContextType>;
  ProposedSubstitute?: ProposedSubstituteResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  QuoteDiscount?: QuoteDiscountResolvers<ContextType>;
  QuoteExpired?: QuoteExpiredResolvers<ContextType>;
  QuoteResult?: QuoteResultResolvers<ContextType>;
  QuotedOrderLine?: QuotedOrderLineResolvers<ContextType>;
  Store?: StoreResolvers<ContextType>;
  StoreClosed?: StoreClosedResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SubstitutionPreference?: SubstitutionPreferenceResolvers<ContextType>;
  SubstitutionResult?: SubstitutionResultResolvers<ContextType>;
  UnknownLine?: UnknownLineResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = OrdersContext> = ResolversObject<{
  access?: AccessDirectiveResolver<any, any, ContextType>;
}>;
