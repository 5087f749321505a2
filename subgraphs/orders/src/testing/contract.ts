import type { DabbaEventCatalog, EventData } from '@dabba/schema/events';
import {
  API_KEY_ROLE,
  closeMongo,
  connectMongo,
  startSubgraph,
  type Identity,
  type RunningSubgraph,
} from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import type { Connection } from 'mongoose';
import type { Order } from '../domain/order';
import { createOrdersSubgraph } from '../index';
import type { OrdersServices } from '../services';
import { deliverPaymentEvent, type PaymentEvent } from './payment-events';
import { Clock, FakeCatalog, FakePayments, ORGANIZATION_ID, STORE_ID, ADDRESS } from './fakes';

export * from './fakes';

const SECRET = 'orders-contract-test-secret-32-chars';

/** A store's member of the organisation (any role), and its partner API keys. */
export const staff: Identity = {
  kind: 'user',
  userId: 'usr_contract_staff',
  roles: [],
  organizations: [{ organizationId: ORGANIZATION_ID, role: 'STAFF' }],
  scopes: [],
};
export const apiKey = (...scopes: string[]): Identity => ({
  kind: 'apiKey',
  userId: null,
  roles: [],
  organizations: [{ organizationId: ORGANIZATION_ID, role: API_KEY_ROLE }],
  scopes,
  apiKeyId: 'key_contract',
});
export const support = userIdentity('usr_contract_support', ['SUPPORT']);
export const stranger = userIdentity('usr_contract_stranger', ['CUSTOMER']);
export const driver = userIdentity('usr_contract_driver', ['DRIVER']);

const ORDER = `id status fulfilment storeResponseDeadline endReason
  pricing { deliveryFee { amount } tip { amount } total { amount } finalTotal { amount } }
  lines { id sku state netTotal { amount } proposedSubstitute { sku total { amount } respondBy } }
  timeline { sequence action actor actorId status reason }`;
const RESULT = `__typename
  ... on Order { ${ORDER} }
  ... on OrderError { code message }
  ... on InvalidOrderInput { field }`;
const PLACE_RESULT = `${RESULT}
  ... on OutOfStock { skus }
  ... on PriceChanged { quote { id } }
  ... on PaymentNotAuthorized { order { id status } }`;
const MOVE_RESULT = `${RESULT} ... on InvalidTransition { status action }`;
/** The GraphQL types of the order mutations' arguments besides orderId. */
const ARGUMENT_TYPES: Record<string, string> = {
  reason: 'String!',
  driverId: 'ID!',
  lineId: 'ID!',
  substituteSku: 'String',
  accept: 'Boolean!',
};
const ADD_LINE = `mutation ($input: AddCartLineInput!) {
  addCartLine(input: $input) { __typename ... on Cart { id } ... on OrderError { code message } } }`;
const UPDATE_CART = `mutation ($cartId: ID!, $input: UpdateCartInput!) {
  updateCart(cartId: $cartId, input: $input) { __typename ... on OrderError { code message } } }`;
const QUOTE = `mutation ($cartId: ID!) { quoteCart(cartId: $cartId) {
  __typename ... on PriceQuote { id deliveryFee { amount } total { amount } } ... on OrderError { code } } }`;
const PLACE = `mutation ($input: PlaceOrderInput!, $key: String!) {
  placeOrder(input: $input, idempotencyKey: $key) { ${PLACE_RESULT} } }`;

export type OrderView = {
  __typename: string;
  id: string;
  status: string;
  code?: string;
  skus?: string[];
  order?: { id: string; status: string };
  pricing: Record<'deliveryFee' | 'tip' | 'total' | 'finalTotal', { amount: number }>;
  lines: { id: string; sku: string; state: string; proposedSubstitute: unknown }[];
  timeline: Record<string, unknown>[];
} & Record<string, unknown>;

/** An outbox event as `published` lists it: its type, and data with at least `data`. */
export const anEvent = (type: string, data: Record<string, unknown> = {}) => ({
  type,
  data: expect.objectContaining(data),
});

export interface CartSpec {
  lines?: { sku: string; quantity: number; substitution?: { mode: string; sku?: string } }[];
  fulfilment?: 'DELIVERY' | 'PICKUP';
  tip?: string;
}

/**
 * Starts the orders subgraph alone on the embedded MongoDB, with a fake catalog, fake payments
 * and a clock the test moves, for one contract test file (its hooks are registered here). The
 * periodic sweeps are set to a ten-minute interval so they never run by themselves: tests run
 * them through `sweeps`. `prefix` keeps the file's customers (and so its orders) apart.
 */
export function ordersContract(prefix: string) {
  const catalog = new FakeCatalog();
  const payments = new FakePayments();
  const clock = new Clock();
  let subgraph: RunningSubgraph;
  let services: OrdersServices;
  let db: Connection;
  let query: ReturnType<typeof signedClient>;
  let sequence = 0;

  beforeAll(async () => {
    const definition = createOrdersSubgraph({ catalog, payments, now: clock.now });
    subgraph = await startSubgraph(
      {
        ...definition,
        // Kept so that tests run the sweeps by hand, on the test's clock.
        createServices: async (...args) => (services = await definition.createServices(...args)),
      },
      {
        env: {
          IDENTITY_SECRET: SECRET,
          NODE_ENV: 'test',
          LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
          ORDER_SWEEP_INTERVAL_MS: '600000',
          // Two events racing on one order: the loser's delivery is retried at once.
          EVENT_RETRY_INITIAL_MS: '50',
        },
        port: 0,
      },
    );
    db = await connectMongo({ dbName: 'dabba_orders' });
    query = signedClient(subgraph.url, SECRET);
  });

  afterAll(async () => {
    await subgraph.close();
    await closeMongo();
  });

  beforeEach(() => {
    catalog.open = true;
    catalog.delivers = true;
    catalog.outOfStock.clear();
    payments.answer = 'AUTHORIZED';
  });

  /** A new customer, so each test has its own cart at the store. */
  const newCustomer = () => userIdentity(`usr_${prefix}_${++sequence}`, ['CUSTOMER']);
  const newKey = () => `${prefix}-checkout-${++sequence}`;

  async function run<T = Record<string, unknown>>(
    document: string,
    variables: Record<string, unknown>,
    identity: Identity,
  ): Promise<T> {
    const result = await query<T>(document, variables, identity);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!;
  }

  /** Fills the customer's cart at the store; a delivery cart gets ADDRESS. Returns its id. */
  async function cart(customer: Identity, spec: CartSpec = {}): Promise<string> {
    let cartId = '';
    for (const line of spec.lines ?? [{ sku: 'RICE-5KG', quantity: 1 }]) {
      const { addCartLine } = await run<{ addCartLine: { id: string; __typename: string } }>(
        ADD_LINE,
        { input: { storeId: STORE_ID, ...line } },
        customer,
      );
      if (addCartLine.__typename !== 'Cart') throw new Error(JSON.stringify(addCartLine));
      cartId = addCartLine.id;
    }
    const fulfilment = spec.fulfilment ?? 'DELIVERY';
    const input = {
      fulfilment,
      ...(fulfilment === 'DELIVERY' ? { deliveryAddress: ADDRESS } : {}),
      ...(spec.tip ? { tip: spec.tip } : {}),
    };
    const { updateCart } = await run<{ updateCart: { __typename: string } }>(
      UPDATE_CART,
      { cartId, input },
      customer,
    );
    if (updateCart.__typename !== 'Cart') throw new Error(JSON.stringify(updateCart));
    return cartId;
  }

  const quote = async (customer: Identity, cartId: string) =>
    (
      await run<{
        quoteCart: { __typename: string; id: string; code?: string; total: { amount: number } };
      }>(QUOTE, { cartId }, customer)
    ).quoteCart;

  const place = async (
    customer: Identity,
    quoteId: string,
    key: string,
    payment: Record<string, unknown> = { method: 'CARD', paymentMethodRef: 'pm_card_visa' },
  ) =>
    (await run<{ placeOrder: OrderView }>(PLACE, { input: { quoteId, payment }, key }, customer))
      .placeOrder;

  /** A cart, its quote and a checkout with a new key, paid with `payment` (a card by default). */
  async function checkout(
    spec: CartSpec & { payment?: Record<string, unknown> } = {},
    customer = newCustomer(),
  ) {
    const quoted = await quote(customer, await cart(customer, spec));
    if (quoted.__typename !== 'PriceQuote') throw new Error(JSON.stringify(quoted));
    const key = newKey();
    const result = await place(customer, quoted.id, key, spec.payment);
    return { customer, quoteId: quoted.id, key, result };
  }

  /** An order payments authorised at checkout: PLACED. */
  async function placedOrder(spec: CartSpec = {}) {
    const placed = await checkout(spec);
    expect(placed.result).toMatchObject({ __typename: 'Order', status: 'PLACED' });
    return { ...placed, orderId: placed.result.id };
  }

  /** The document and variables of `mutation` (acceptOrder, cancelOrder…) on the order. */
  function moveRequest(mutation: string, orderId: string, args: Record<string, unknown>) {
    const names = Object.keys(args);
    const variables = names.map((name) => `, $${name}: ${ARGUMENT_TYPES[name]}`);
    const passed = names.map((name) => `, ${name}: $${name}`);
    return [
      `mutation ($orderId: ID! ${variables.join('')}) {
        ${mutation}(orderId: $orderId ${passed.join('')}) { ${MOVE_RESULT} } }`,
      { orderId, ...args },
    ] as const;
  }

  /** Runs `mutation` on the order as `identity`: the order or the refusal it answered. */
  const move = async (
    mutation: string,
    orderId: string,
    identity: Identity,
    args: Record<string, unknown> = {},
  ) =>
    (await run<Record<string, OrderView>>(...moveRequest(mutation, orderId, args), identity))[
      mutation
    ]!;

  /** The error codes `mutation` on the order throws for `identity` (e.g. FORBIDDEN). */
  const moveErrors = async (
    mutation: string,
    orderId: string,
    identity: Identity,
    args: Record<string, unknown> = {},
  ) =>
    ((await query(...moveRequest(mutation, orderId, args), identity)).errors ?? []).map(
      (error) => error.extensions?.code,
    );

  /** The order as `identity` reads it (null when it may not). */
  const read = async (orderId: string, identity: Identity) =>
    (
      await run<{ order: OrderView | null }>(
        `query ($id: ID!) { order(id: $id) { ${ORDER} } }`,
        { id: orderId },
        identity,
      )
    ).order;

  /** The order as stored. */
  const stored = async (orderId: string): Promise<Order> => {
    const [order] = await services.getOrdersByIds([orderId]);
    if (!order) throw new Error(`no order ${orderId}`);
    return order;
  };

  /** When the substitution sweep will next look at the order, as stored beside it. */
  const substitutionDeadline = async (orderId: string): Promise<Date | null> =>
    ((await db.collection('orders').findOne({ _id: orderId as never }))
      ?.substitutionDeadline as Date | null) ?? null;

  /** The orders events written to the outbox about the order, oldest first. */
  async function published(orderId: string) {
    const entries = await db
      .collection<{ _id: string; event: { type: string; data: Record<string, unknown> } }>('outbox')
      .find({ 'event.source': 'orders', 'event.data.orderId': orderId })
      .sort({ _id: 1 })
      .toArray();
    return entries.map(({ event }) => ({ type: event.type, data: event.data }));
  }

  const publishedTypes = async (orderId: string) =>
    (await published(orderId)).map((event) => event.type);

  /** Delivers a payments event to orders' consumers and waits until it is handled. */
  const deliver = <T extends PaymentEvent>(type: T, data: EventData<DabbaEventCatalog, T>) =>
    deliverPaymentEvent(db, type, data);

  return {
    catalog,
    payments,
    clock,
    get sweeps() {
      return services.sweeps;
    },
    newCustomer,
    newKey,
    run,
    cart,
    quote,
    place,
    checkout,
    placedOrder,
    move,
    moveErrors,
    read,
    stored,
    substitutionDeadline,
    published,
    publishedTypes,
    deliver,
  };
}
