import { randomUUID } from 'node:crypto';
import { postGraphQL } from './http';

/**
 * The orders API as a client uses it through the gateway: documents, views and one function for
 * each step of a checkout or move of an order. Import it through ./orders.
 */

/** The data of a GraphQL answer; throws with the errors when it has any. */
export async function graphql<T>(
  url: string,
  headers: Record<string, string>,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await postGraphQL(url, query, { headers, variables });
  if (response.body.errors?.length || !response.body.data) {
    throw new Error(`GraphQL errors (${response.status}): ${JSON.stringify(response.body)}`);
  }
  return response.body.data as T;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Throws unless a result union answered `typename`. */
export function expectTypename(
  result: { __typename: string },
  typename: string,
  what: string,
): void {
  if (result.__typename !== typename) {
    throw new Error(`${what} answered ${JSON.stringify(result)}`);
  }
}

const MONEY = 'amount currency';

export const ORDER_FIELDS = `
  id status fulfilment endReason
  customer { id }
  driver { id }
  lines {
    id sku quantity state unitPrice { ${MONEY} } netTotal { ${MONEY} }
    proposedSubstitute { sku quantity unitPrice { ${MONEY} } total { ${MONEY} } }
  }
  pricing {
    subtotal { ${MONEY} } deliveryFee { ${MONEY} } serviceFee { ${MONEY} } tax { ${MONEY} }
    tip { ${MONEY} } total { ${MONEY} } finalTotal { ${MONEY} }
  }
  timeline { sequence action actor actorId status reason }
`;

export const QUOTE_FIELDS = `
  id cartId cartVersion surgeMultiplier deliveryDistanceMeters
  lines { sku quantity unitPrice { ${MONEY} } total { ${MONEY} } discount { ${MONEY} } }
  subtotal { ${MONEY} } couponDiscount { ${MONEY} } deliveryFee { ${MONEY} }
  serviceFee { ${MONEY} } tax { ${MONEY} } tip { ${MONEY} } total { ${MONEY} }
`;

const ERROR_FIELDS = '... on OrderError { code message }';

const ADD_LINE = `mutation ($input: AddCartLineInput!) {
  addCartLine(input: $input) { __typename ... on Cart { id version } ${ERROR_FIELDS} }
}`;
const UPDATE_CART = `mutation ($cartId: ID!, $input: UpdateCartInput!) {
  updateCart(cartId: $cartId, input: $input) { __typename ... on Cart { id version } ${ERROR_FIELDS} }
}`;
export const QUOTE = `mutation ($cartId: ID!) {
  quoteCart(cartId: $cartId) { __typename ... on PriceQuote { ${QUOTE_FIELDS} } ${ERROR_FIELDS} }
}`;
export const PLACE = `mutation ($input: PlaceOrderInput!, $key: String!) {
  placeOrder(input: $input, idempotencyKey: $key) {
    __typename
    ... on Order { ${ORDER_FIELDS} }
    ... on PaymentNotAuthorized { order { ${ORDER_FIELDS} } }
    ... on PriceChanged { quote { ${QUOTE_FIELDS} } }
    ${ERROR_FIELDS}
  }
}`;
export const ORDER = `query ($id: ID!) {
  order(id: $id) {
    ${ORDER_FIELDS}
    payment { status amount { ${MONEY} } authorizedAmount { ${MONEY} } capturedAmount { ${MONEY} } }
  }
}`;

export interface Money {
  amount: number;
  currency: string;
}

/** A line of an order as ORDER_FIELDS reads it. */
export interface OrderLineView {
  id: string;
  sku: string;
  quantity: number;
  state: string;
  unitPrice: Money;
  netTotal: Money;
  proposedSubstitute: { sku: string; quantity: number; unitPrice: Money; total: Money } | null;
}

export interface OrderView {
  id: string;
  status: string;
  fulfilment: string;
  endReason: string | null;
  customer: { id: string };
  driver: { id: string } | null;
  lines: OrderLineView[];
  pricing: Record<
    'subtotal' | 'deliveryFee' | 'serviceFee' | 'tax' | 'tip' | 'total' | 'finalTotal',
    Money
  >;
  timeline: {
    sequence: number;
    action: string;
    actor: string;
    actorId: string | null;
    status: string;
    reason: string | null;
  }[];
  payment?: {
    status: string;
    amount: Money;
    authorizedAmount: Money;
    capturedAmount: Money;
  } | null;
}

export interface QuoteView {
  id: string;
  total: Money;
  [field: string]: unknown;
}

/** A result of one of the result unions: the member's fields, its code when an error. */
export type Result<T> = T & { __typename: string; code?: string; message?: string };

/** A modifier option chosen for a menu item: one pair per option. */
export interface LineModifier {
  groupId: string;
  optionId: string;
}

/** A grocery product by SKU, or a menu item with its modifier choices. */
export type CartLineSpec =
  | { sku: string; quantity: number }
  | { itemId: string; modifiers: readonly LineModifier[]; quantity: number };

/** The addCartLine input of a line of the store. */
export const cartLineInput = (storeId: string, line: CartLineSpec) =>
  'sku' in line
    ? { storeId, kind: 'PRODUCT', sku: line.sku, quantity: line.quantity }
    : { storeId, kind: 'MENU_ITEM', ...line };

export interface CartSpec {
  storeId: string;
  lines: readonly CartLineSpec[];
  deliverTo: GeoPoint;
  /** VND, as the client types it. */
  tip: string;
}

/** The customer's cart at the store with `lines`, delivered to `deliverTo` with a tip. */
export async function fillCart(
  url: string,
  customer: Record<string, string>,
  spec: CartSpec,
): Promise<string> {
  let cartId = '';
  for (const line of spec.lines) {
    const { addCartLine } = await graphql<{ addCartLine: Result<{ id: string }> }>(
      url,
      customer,
      ADD_LINE,
      { input: cartLineInput(spec.storeId, line) },
    );
    expectTypename(addCartLine, 'Cart', `addCartLine ${JSON.stringify(line)}`);
    cartId = addCartLine.id;
  }
  const { updateCart } = await graphql<{ updateCart: Result<{ id: string }> }>(
    url,
    customer,
    UPDATE_CART,
    {
      cartId,
      input: {
        fulfilment: 'DELIVERY',
        deliveryAddress: { lines: ['12 Nguyễn Huệ'], location: spec.deliverTo },
        tip: spec.tip,
      },
    },
  );
  expectTypename(updateCart, 'Cart', 'updateCart');
  return cartId;
}

export async function quoteCart(
  url: string,
  customer: Record<string, string>,
  cartId: string,
): Promise<Result<QuoteView>> {
  const { quoteCart } = await graphql<{ quoteCart: Result<QuoteView> }>(url, customer, QUOTE, {
    cartId,
  });
  return quoteCart;
}

export type PlaceResult = Result<Partial<OrderView> & { order?: OrderView; quote?: QuoteView }>;

/** placeOrder of the quote with a card (the sandbox PSP's `pm_card_visa` by default). */
export async function placeOrder(
  url: string,
  customer: Record<string, string>,
  quoteId: string,
  idempotencyKey: string = `e2e-${randomUUID()}`,
  paymentMethodRef = 'pm_card_visa',
): Promise<PlaceResult> {
  const { placeOrder } = await graphql<{ placeOrder: PlaceResult }>(url, customer, PLACE, {
    input: { quoteId, payment: { method: 'CARD', paymentMethodRef } },
    key: idempotencyKey,
  });
  return placeOrder;
}

/** Fills the cart, quotes it and places the order; throws unless the order is PLACED. */
export async function placeOrderFor(
  url: string,
  customer: Record<string, string>,
  spec: CartSpec,
): Promise<OrderView> {
  const quote = await quoteCart(url, customer, await fillCart(url, customer, spec));
  expectTypename(quote, 'PriceQuote', 'quoteCart');
  const placed = await placeOrder(url, customer, quote.id);
  if (placed.__typename !== 'Order' || placed.status !== 'PLACED') {
    throw new Error(`placeOrder answered ${JSON.stringify(placed)}`);
  }
  return placed as OrderView;
}

export async function readOrder(
  url: string,
  headers: Record<string, string>,
  orderId: string,
): Promise<OrderView> {
  return (await graphql<{ order: OrderView }>(url, headers, ORDER, { id: orderId })).order;
}

export type Move =
  | 'acceptOrder'
  | 'startPreparingOrder'
  | 'markOrderReady'
  | 'pickUpOrder'
  | 'deliverOrder'
  | 'cancelOrder'
  | 'rejectOrder'
  | 'assignDriver'
  | 'reportUnavailableLine'
  | 'respondToSubstitution';

/** The GraphQL type of every argument a move may take besides the order id. */
const ARGUMENT_TYPES: Record<string, string> = {
  reason: 'String!',
  driverId: 'ID!',
  lineId: 'ID!',
  substituteSku: 'String',
  accept: 'Boolean!',
};

/**
 * One move of an order by the caller of `headers`, with the move's own arguments; answers the
 * order, or the refusal with its code (and status and action for InvalidTransition).
 */
export async function moveOrder(
  url: string,
  headers: Record<string, string>,
  move: Move,
  orderId: string,
  args: Record<string, unknown> = {},
): Promise<Result<Partial<OrderView> & { action?: string }>> {
  const declared = ['orderId', ...Object.keys(args)]
    .map((name) => `$${name}: ${ARGUMENT_TYPES[name] ?? 'ID!'}`)
    .join(', ');
  const passed = ['orderId', ...Object.keys(args)].map((name) => `${name}: $${name}`).join(', ');
  const query = `mutation (${declared}) {
    ${move}(${passed}) {
      __typename
      ... on Order { ${ORDER_FIELDS} }
      ... on InvalidTransition { status action }
      ${ERROR_FIELDS}
    }
  }`;
  const data = await graphql<Record<Move, Result<Partial<OrderView> & { action?: string }>>>(
    url,
    headers,
    query,
    { orderId, ...args },
  );
  return data[move];
}
