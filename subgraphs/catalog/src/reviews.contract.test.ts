import { randomUUID } from 'node:crypto';
import {
  DEMO_STORE_IDS,
  closeMongo,
  connectMongo,
  createLogger,
  createMetrics,
  parseConfig,
  startEvents,
  startSubgraph,
  subgraphEnvSchema,
  type RunningSubgraph,
  type SubgraphEvents,
} from '@dabba/subgraph-kit';
import type { EventEnvelope } from '@dabba/schema/events';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import type { Connection } from 'mongoose';
import { catalogSubgraph } from './index';
import type { CatalogServices } from './services';

const SECRET = 'catalog-reviews-contract-secret-32c';
const ENV = { IDENTITY_SECRET: SECRET, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
const STORE = DEMO_STORE_IDS.phoBac;
const PHO = 'itm_review_test_pho';
const TEA = 'prd_review_test_tea';
const BANH_MI = 'itm_review_test_banh_mi';

const SUBMIT = `mutation ($input: SubmitReviewInput!) { submitReview(input: $input) {
  __typename
  ... on Review { id storeRating comment author { id } store { id }
    itemRatings { itemId kind rating comment } }
  ... on ReviewError { code message }
  ... on InvalidReviewInput { field }
  ... on OrderNotReviewable { orderId }
  ... on AlreadyReviewed { orderId } } }`;
const HIDE = `mutation ($id: ID!, $reason: String!) { hideReview(id: $id, reason: $reason) {
  id moderation { reason hiddenBy { id } } } }`;
const STORE_REVIEWS = `query ($id: ID!, $first: Int!, $after: String) { store(id: $id) {
  rating { average count histogram { stars count } }
  reviews(first: $first, after: $after) {
    edges { node { id storeRating moderation { reason } } }
    pageInfo { hasNextPage endCursor } } } }`;

interface Submitted {
  __typename: string;
  id?: string;
  code?: string;
  field?: string;
  orderId?: string;
  [field: string]: unknown;
}

let subgraph: RunningSubgraph;
/** The subgraph's use cases, for what the schema does not show yet (menu item ratings). */
let services: CatalogServices;
/** Subject batches the rating loader sent to getRatings, to observe batching. */
const ratingBatches: string[][] = [];
let query: ReturnType<typeof signedClient>;
/** A stand-in for the orders subgraph: its own database, outbox and relay on the same broker. */
let orders: SubgraphEvents;
let ordersDb: Connection;
let catalogDb: Connection;

beforeAll(async () => {
  subgraph = await startSubgraph(
    {
      ...catalogSubgraph,
      async createServices(db, runtime) {
        services = await catalogSubgraph.createServices(db, runtime);
        return {
          ...services,
          getRatings: (subjects) => {
            ratingBatches.push(subjects.map(({ kind, id }) => `${kind}:${id}`));
            return services.getRatings(subjects);
          },
        };
      },
    },
    { env: ENV, port: 0 },
  );
  await subgraph.seed();
  query = signedClient(subgraph.url, SECRET);
  ordersDb = await connectMongo({ dbName: 'reviews_test_orders' });
  catalogDb = await connectMongo({ dbName: 'dabba_catalog' });
  orders = await startEvents({
    subgraph: 'orders',
    db: ordersDb,
    config: parseConfig(subgraphEnvSchema, ENV),
    logger: createLogger('orders', 'silent'),
    registry: createMetrics('orders').registry,
  });
});

afterAll(async () => {
  await orders.close();
  await subgraph.close();
  await closeMongo();
});

async function eventually<T>(attempt: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Publishes orders.order.delivered.v1 as the orders subgraph will: through its outbox. */
async function deliver(
  customerId: string,
  { storeId = STORE, items = [PHO, TEA] }: { storeId?: string; items?: string[] } = {},
): Promise<string> {
  const orderId = `ord_${randomUUID()}`;
  await orders.unitOfWork.run(async (tx) => {
    tx.publish({
      type: 'orders.order.delivered.v1',
      subject: orderId,
      data: {
        orderId,
        customerId,
        storeId,
        driverId: null,
        lines: items.map((itemId) => ({
          kind: itemId.startsWith('prd_') ? ('PRODUCT' as const) : ('MENU_ITEM' as const),
          itemId,
          quantity: 2,
        })),
        finalTotal: { amount: 120_000, currency: 'VND' },
        tip: { amount: 0, currency: 'VND' },
        deliveredAt: new Date().toISOString(),
      },
    });
  });
  return orderId;
}

async function submit(customerId: string, input: Record<string, unknown>): Promise<Submitted> {
  const result = await query<{ submitReview: Submitted }>(
    SUBMIT,
    { input: { idempotencyKey: randomUUID(), storeRating: 5, ...input } },
    userIdentity(customerId, ['CUSTOMER']),
  );
  expect(result.errors).toBeUndefined();
  return result.data!.submitReview;
}

/** Submits once the catalog has consumed the delivery (until then the order is not reviewable). */
function submitWhenDelivered(customerId: string, input: Record<string, unknown>) {
  return eventually(
    async () => {
      const result = await submit(customerId, input);
      return result.__typename === 'OrderNotReviewable' ? undefined : result;
    },
    `the delivery of ${String(input.orderId)}`,
  );
}

async function consumed(outcome: 'handled' | 'duplicate'): Promise<number> {
  const text = await (await fetch(subgraph.url.replace(/graphql$/, 'metrics'))).text();
  const line = text
    .split('\n')
    .find(
      (row) =>
        row.startsWith('events_consumed_total{') &&
        row.includes('consumer="catalog.on_order_delivered"') &&
        row.includes(`outcome="${outcome}"`),
    );
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('reviews', () => {
  it('accepts the review of the customer who received the order, and announces it', async () => {
    const orderId = await deliver('usr_lan');
    const review = await submitWhenDelivered('usr_lan', {
      orderId,
      storeRating: 4,
      comment: '  Broth was rich.  ',
      itemRatings: [{ itemId: TEA, rating: 3, comment: 'A bit sweet' }],
    });
    expect(review).toEqual({
      __typename: 'Review',
      id: expect.stringMatching(/^rev_/),
      storeRating: 4,
      comment: 'Broth was rich.',
      author: { id: 'usr_lan' },
      store: { id: STORE },
      itemRatings: [{ itemId: TEA, kind: 'PRODUCT', rating: 3, comment: 'A bit sweet' }],
    });
    const announced = await catalogDb
      .collection<{ event: EventEnvelope }>('outbox')
      .findOne({ 'event.subject': review.id });
    expect(announced?.event).toMatchObject({
      type: 'catalog.review.submitted.v1',
      source: 'catalog',
      data: { reviewId: review.id, storeId: STORE, customerId: 'usr_lan', rating: 4 },
    });
    const ratingsMoved = await catalogDb
      .collection<{ event: EventEnvelope }>('outbox')
      .find({ 'event.type': 'catalog.rating.changed.v1', 'event.data.storeId': STORE })
      .toArray();
    expect(ratingsMoved.map(({ event }) => event.data)).toEqual(
      expect.arrayContaining([
        { storeId: STORE, subjectKind: 'STORE', subjectId: STORE },
        { storeId: STORE, subjectKind: 'PRODUCT', subjectId: TEA },
      ]),
    );
  });

  it('refuses an order not delivered, another customer, a second review and bad input', async () => {
    const orderId = await deliver('usr_minh');
    const input = { orderId, idempotencyKey: 'minh-1', itemRatings: [{ itemId: PHO, rating: 5 }] };
    const first = await submitWhenDelivered('usr_minh', input);
    expect(first.__typename).toBe('Review');

    expect(await submit('usr_minh', { orderId: 'ord_never_delivered' })).toMatchObject({
      __typename: 'OrderNotReviewable',
      code: 'ORDER_NOT_REVIEWABLE',
      orderId: 'ord_never_delivered',
    });
    expect(await submit('usr_other', { ...input, idempotencyKey: 'other' })).toMatchObject({
      __typename: 'OrderNotReviewable',
      code: 'ORDER_NOT_REVIEWABLE',
    });
    expect(await submit('usr_minh', { ...input, idempotencyKey: 'minh-2' })).toMatchObject({
      __typename: 'AlreadyReviewed',
      code: 'ALREADY_REVIEWED',
      orderId,
    });
    // A retry with the first key is answered with the first review, not a second one.
    expect(await submit('usr_minh', input)).toEqual(first);

    const other = await deliver('usr_minh', { items: [PHO] });
    expect(
      await submitWhenDelivered('usr_minh', {
        orderId: other,
        itemRatings: [{ itemId: TEA, rating: 4 }],
      }),
    ).toMatchObject({ __typename: 'InvalidReviewInput', field: 'itemRatings.0.itemId' });
    expect(await submit('usr_minh', { orderId: other, storeRating: 0 })).toMatchObject({
      __typename: 'InvalidReviewInput',
      field: 'storeRating',
    });
    expect(await submit('usr_minh', { orderId: other, comment: 'ring\u0007' })).toMatchObject({
      __typename: 'InvalidReviewInput',
      code: 'INVALID_INPUT',
      field: 'comment',
    });
    const anonymous = await query(SUBMIT, {
      input: { idempotencyKey: 'k', orderId: other, storeRating: 5 },
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps the ratings of the store and its items over several reviews and a hidden one', async () => {
    const storeId = DEMO_STORE_IDS.banhMiCorner;
    const ids: string[] = [];
    for (const [customer, stars, itemStars] of [
      ['usr_a', 5, 4],
      ['usr_b', 4, 2],
      ['usr_c', 1, 1],
    ] as const) {
      const orderId = await deliver(customer, { storeId, items: [BANH_MI] });
      const review = await submitWhenDelivered(customer, {
        orderId,
        storeRating: stars,
        itemRatings: [{ itemId: BANH_MI, rating: itemStars }],
      });
      ids.push(review.id!);
    }
    const support = userIdentity('usr_support', ['SUPPORT']);
    const customer = userIdentity('usr_a', ['CUSTOMER']);
    const denied = await query(HIDE, { id: ids[2], reason: 'Abusive' }, customer);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const hidden = await query(HIDE, { id: ids[2], reason: ' Abusive ' }, support);
    expect(hidden.data).toEqual({
      hideReview: {
        id: ids[2],
        moderation: { reason: 'Abusive', hiddenBy: { id: 'usr_support' } },
      },
    });
    // Hiding again changes nothing: the stars come out once.
    expect((await query(HIDE, { id: ids[2], reason: 'Again' }, support)).errors).toBeUndefined();
    const missing = await query(HIDE, { id: 'rev_missing', reason: 'Spam' }, support);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const page = await query(STORE_REVIEWS, { id: storeId, first: 1 });
    expect(page.data).toEqual({
      store: {
        rating: {
          average: 4.5,
          count: 2,
          histogram: [
            { stars: 1, count: 0 },
            { stars: 2, count: 0 },
            { stars: 3, count: 0 },
            { stars: 4, count: 1 },
            { stars: 5, count: 1 },
          ],
        },
        reviews: {
          edges: [{ node: { id: ids[1], storeRating: 4, moderation: null } }],
          pageInfo: { hasNextPage: true, endCursor: expect.any(String) },
        },
      },
    });
    const endCursor = (page.data as { store: { reviews: { pageInfo: { endCursor: string } } } })
      .store.reviews.pageInfo.endCursor;
    const next = await query(STORE_REVIEWS, { id: storeId, first: 5, after: endCursor });
    expect(next.data).toMatchObject({
      store: {
        reviews: {
          edges: [{ node: { id: ids[0] } }],
          pageInfo: { hasNextPage: false },
        },
      },
    });
    expect(await services.getRatings([{ kind: 'MENU_ITEM', id: BANH_MI }])).toMatchObject([
      { count: 2, sum: 6, histogram: [0, 1, 0, 1, 0] },
    ]);
    // Three reviews counted in and one taken out: the item's rating moved four times.
    expect(
      await catalogDb.collection('outbox').countDocuments({
        'event.type': 'catalog.rating.changed.v1',
        'event.data.subjectId': BANH_MI,
      }),
    ).toBe(4);
  });

  it('reads the ratings of a page of stores with one batch', async () => {
    ratingBatches.length = 0;
    const result = await query<{
      stores: { edges: { node: { id: string; rating: { count: number } } }[] };
    }>('{ stores(first: 4) { edges { node { id rating { count average } } } } }');
    expect(result.errors).toBeUndefined();
    const ids = result.data!.stores.edges.map(({ node }) => node.id);
    expect(ids).toHaveLength(4);
    expect(ratingBatches).toEqual([ids.map((id) => `STORE:${id}`)]);
  });

  it('serves MenuItem.rating and Product.rating from the item ratings of reviews', async () => {
    const RATING = '{ average count histogram { stars count } }';
    const firstProduct = await query<{
      store: { products: { edges: { node: { id: string } }[] } };
    }>(
      `{ store(id: "${DEMO_STORE_IDS.freshMart}") { products(first: 1) { edges { node { id } } } } }`,
    );
    const productId = firstProduct.data!.store.products.edges[0]!.node.id;
    const before = await query(
      `{ menuItem(id: "itm_demo_pho_ga") { rating ${RATING} } product(id: "${productId}") { rating ${RATING} } }`,
    );
    expect(before.data).toMatchObject({
      menuItem: { rating: { average: null, count: 0 } },
      product: { rating: { average: null, count: 0 } },
    });

    const phoOrder = await deliver('usr_item_rater', { items: ['itm_demo_pho_ga'] });
    await submitWhenDelivered('usr_item_rater', {
      orderId: phoOrder,
      itemRatings: [{ itemId: 'itm_demo_pho_ga', rating: 4 }],
    });
    const groceryOrder = await deliver('usr_item_rater', {
      storeId: DEMO_STORE_IDS.freshMart,
      items: [productId],
    });
    await submitWhenDelivered('usr_item_rater', {
      orderId: groceryOrder,
      itemRatings: [{ itemId: productId, rating: 2 }],
    });

    const after = await query(
      `query ($representations: [_Any!]!) { _entities(representations: $representations) {
        ... on MenuItem { rating ${RATING} } ... on Product { rating ${RATING} } } }`,
      {
        representations: [
          { __typename: 'MenuItem', id: 'itm_demo_pho_ga' },
          { __typename: 'Product', id: productId },
        ],
      },
    );
    const histogram = (stars: number) =>
      [1, 2, 3, 4, 5].map((value) => ({ stars: value, count: value === stars ? 1 : 0 }));
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({
      _entities: [
        { rating: { average: 4, count: 1, histogram: histogram(4) } },
        { rating: { average: 2, count: 1, histogram: histogram(2) } },
      ],
    });
  });

  it('applies a redelivered delivery once', async () => {
    const orderId = await deliver('usr_twice');
    await submitWhenDelivered('usr_twice', { orderId, storeRating: 5 });
    const before = { handled: await consumed('handled'), duplicate: await consumed('duplicate') };
    const sent = await ordersDb
      .collection<{ event: EventEnvelope }>('outbox')
      .findOne({ 'event.subject': orderId });
    // The same event twice more, as a broker redelivery or a replay would bring it.
    for (let copy = 0; copy < 2; copy += 1) {
      await orders.outbox.enqueue([
        {
          id: randomUUID(),
          event: sent!.event,
          route: { routingKey: sent!.event.type },
          createdAt: new Date(),
        },
      ]);
    }
    orders.relay.nudge();
    await eventually(
      async () => ((await consumed('duplicate')) === before.duplicate + 2 ? true : undefined),
      'two duplicate deliveries',
    );
    expect(await consumed('handled')).toBe(before.handled);
    expect(
      await catalogDb
        .collection<{ _id: string }>('delivered_orders')
        .countDocuments({ _id: orderId }),
    ).toBe(1);
  });
});
