import { eventually } from '@dabba/payments/src/testing/order-events';
import {
  cartLineInput,
  driverDelivers,
  expectedHcmcQuote,
  expectTypename,
  fillCart,
  graphql,
  HOME,
  metresBetween,
  moveOrder,
  ordersSuite,
  placeOrder,
  quoteCart,
  readOrder,
  STORE_LOCATION,
  untilCaptured,
  vnd,
  type CartLineSpec,
  type CartSpec,
  type LineModifier,
  type OrderView,
  type Result,
} from './support/orders';
import {
  BASE_PRICE,
  choose,
  createRestaurant,
  EXTRAS,
  restaurateur,
  SIZES,
  type Restaurant,
} from './support/menus';

const CART_FIELDS = `id version lines { id kind sku itemId modifiers { groupId optionId } quantity }`;
const ADD_LINE = `mutation ($input: AddCartLineInput!) {
  addCartLine(input: $input) {
    __typename
    ... on Cart { ${CART_FIELDS} }
    ... on InvalidCartSelection { problems }
    ... on OrderError { code message }
  }
}`;
const MY_CART = `query ($storeId: ID!) { myCart(storeId: $storeId) { ${CART_FIELDS} } }`;
const SUBMIT_REVIEW = `mutation ($input: SubmitReviewInput!) {
  submitReview(input: $input) {
    __typename
    ... on Review { itemRatings { itemId kind rating } }
    ... on ReviewError { code message }
  }
}`;

interface CartView {
  id: string;
  version: number;
  lines: {
    id: string;
    kind: string;
    itemId: string;
    modifiers: LineModifier[];
    quantity: number;
  }[];
}

describe('a restaurant order with menu items through the gateway', () => {
  const suite = ordersSuite();
  let minh: Record<string, string>;
  beforeAll(async () => {
    minh = await restaurateur();
  });

  const addLine = async (storeId: string, line: CartLineSpec) =>
    (
      await graphql<{ addCartLine: Result<CartView & { problems?: string[] }> }>(
        suite.url,
        suite.parties.customer,
        ADD_LINE,
        { input: cartLineInput(storeId, line) },
      )
    ).addCartLine;

  const myCart = async (storeId: string) =>
    (
      await graphql<{ myCart: CartView | null }>(suite.url, suite.parties.customer, MY_CART, {
        storeId,
      })
    ).myCart;

  it('keeps one cart line per selection and refuses an invalid one, leaving the cart as it was', async () => {
    const restaurant = await createRestaurant(suite.url, minh);
    const { storeId, itemId } = restaurant;
    const largeWithEgg = choose(restaurant, 'large', 'egg');

    // A selection the catalog refuses starts no cart.
    const noSize = await addLine(storeId, {
      itemId,
      modifiers: choose(restaurant, null, 'egg'),
      quantity: 1,
    });
    expect(noSize).toEqual({
      __typename: 'InvalidCartSelection',
      code: 'INVALID_SELECTION',
      message: expect.any(String),
      problems: [`${itemId}: Choose at least 1 of Size`],
    });
    expect(await myCart(storeId)).toBeNull();

    const first = await addLine(storeId, { itemId, modifiers: largeWithEgg, quantity: 1 });
    expectTypename(first, 'Cart', 'addCartLine');
    // The same choices in another order are the same selection: one line, quantities added.
    const merged = await addLine(storeId, {
      itemId,
      modifiers: [...largeWithEgg].reverse(),
      quantity: 2,
    });
    expect(merged.lines).toEqual([{ ...first.lines[0], quantity: 3 }]);
    expect(first.lines[0]).toMatchObject({ kind: 'MENU_ITEM', sku: null, itemId });
    expect(first.lines[0]!.modifiers).toHaveLength(2);
    expect(first.lines[0]!.modifiers).toEqual(expect.arrayContaining(largeWithEgg));

    const regular = await addLine(storeId, {
      itemId,
      modifiers: choose(restaurant, 'regular'),
      quantity: 1,
    });
    expect(regular.lines).toHaveLength(2);
    expect(regular.lines[1]).toMatchObject({
      itemId,
      quantity: 1,
      modifiers: choose(restaurant, 'regular'),
    });

    for (const [modifiers, problems] of [
      [choose(restaurant, null), [`${itemId}: Choose at least 1 of Size`]],
      [
        [{ groupId: restaurant.sizeGroupId, optionId: 'opt_unknown' }],
        [`${itemId}: No such option in group`],
      ],
      [
        choose(restaurant, 'large', 'egg', 'porkChop', 'pickles'),
        [`${itemId}: Choose at most 2 of Extras`],
      ],
    ] as const) {
      expect(await addLine(storeId, { itemId, modifiers, quantity: 1 })).toMatchObject({
        __typename: 'InvalidCartSelection',
        code: 'INVALID_SELECTION',
        problems,
      });
    }
    expect(await myCart(storeId)).toEqual({
      id: regular.id,
      version: regular.version,
      lines: regular.lines,
    });
  });

  /** Two large cơm tấm with egg and pork chop, and one regular, delivered HOME with a tip. */
  const menuCart = (restaurant: Restaurant): CartSpec => ({
    storeId: restaurant.storeId,
    lines: [
      {
        itemId: restaurant.itemId,
        modifiers: choose(restaurant, 'large', 'egg', 'porkChop'),
        quantity: 2,
      },
      { itemId: restaurant.itemId, modifiers: choose(restaurant, 'regular'), quantity: 1 },
    ],
    deliverTo: HOME,
    tip: '10000',
  });

  /** A PLACED order of menuCart at a new restaurant, with its quote. */
  async function placedMenuOrder() {
    const restaurant = await createRestaurant(suite.url, minh);
    const cartId = await fillCart(suite.url, suite.parties.customer, menuCart(restaurant));
    const quote = await quoteCart(suite.url, suite.parties.customer, cartId);
    expectTypename(quote, 'PriceQuote', 'quoteCart');
    // The restaurant sells no products, so any stock reservation would have refused the order.
    const placed = await placeOrder(suite.url, suite.parties.customer, quote.id);
    expectTypename(placed, 'Order', 'placeOrder');
    expect(placed.status).toBe('PLACED');
    return { restaurant, quote, order: placed as OrderView };
  }

  it('prices, places and delivers a menu order, and captures its total', async () => {
    const { restaurant, quote, order } = await placedMenuOrder();
    const large = BASE_PRICE + SIZES.large + EXTRAS.egg + EXTRAS.porkChop;
    const regular = BASE_PRICE + SIZES.regular;
    const goods = 2 * large + regular;
    const metres = metresBetween(STORE_LOCATION, HOME);
    const expected = expectedHcmcQuote(goods, metres, 10_000);
    expect(quote.lines).toEqual(
      expect.arrayContaining([
        { sku: null, quantity: 2, unitPrice: vnd(large), total: vnd(2 * large), discount: vnd(0) },
        { sku: null, quantity: 1, unitPrice: vnd(regular), total: vnd(regular), discount: vnd(0) },
      ]),
    );
    expect(quote).toMatchObject({
      subtotal: vnd(goods),
      deliveryDistanceMeters: metres,
      deliveryFee: vnd(expected.deliveryFee),
      serviceFee: vnd(expected.serviceFee),
      tax: vnd(expected.tax),
      tip: vnd(10_000),
      total: vnd(expected.total),
    });
    expect(order.pricing.total).toEqual(vnd(expected.total));

    for (const move of ['acceptOrder', 'startPreparingOrder', 'markOrderReady'] as const) {
      expect(await moveOrder(suite.url, minh, move, order.id)).toMatchObject({
        __typename: 'Order',
      });
    }
    expect(await driverDelivers(suite.url, suite.parties, order.id)).toMatchObject({
      status: 'DELIVERED',
      pricing: { finalTotal: vnd(expected.total) },
    });
    const { payment } = await untilCaptured(suite.url, suite.parties.customer, order.id);
    expect(payment!.capturedAmount).toEqual(vnd(expected.total));

    // The catalog heard of the delivery: the customer may review the store and the item.
    const review = await eventually(async () => {
      const { submitReview } = await graphql<{ submitReview: Result<{ itemRatings: unknown[] }> }>(
        suite.url,
        suite.parties.customer,
        SUBMIT_REVIEW,
        {
          input: {
            idempotencyKey: `e2e-review-${order.id}`,
            orderId: order.id,
            storeRating: 5,
            itemRatings: [{ itemId: restaurant.itemId, rating: 4 }],
          },
        },
      );
      expectTypename(submitReview, 'Review', 'submitReview');
      return submitReview;
    });
    expect(review.itemRatings).toEqual([
      { itemId: restaurant.itemId, kind: 'MENU_ITEM', rating: 4 },
    ]);
  });

  it('refuses grocery line moves on a menu line: UNKNOWN_LINE, the order unchanged', async () => {
    const { order } = await placedMenuOrder();
    for (const move of ['acceptOrder', 'startPreparingOrder'] as const) {
      await moveOrder(suite.url, minh, move, order.id);
    }
    const lineId = order.lines[0]!.id;
    for (const [headers, move, args] of [
      [minh, 'reportUnavailableLine', { lineId }],
      [minh, 'reportUnavailableLine', { lineId, substituteSku: 'ANY-SKU' }],
      [suite.parties.customer, 'respondToSubstitution', { lineId, accept: true }],
    ] as const) {
      expect(await moveOrder(suite.url, headers, move, order.id, args)).toMatchObject({
        __typename: 'UnknownLine',
        code: 'UNKNOWN_LINE',
      });
    }
    const read = await readOrder(suite.url, suite.parties.customer, order.id);
    expect(read.status).toBe('PREPARING');
    expect(read.lines.map((line) => line.state)).toEqual(['ORDERED', 'ORDERED']);
    expect(read.pricing.finalTotal).toEqual(order.pricing.finalTotal);
    expect(read.timeline.at(-1)!.action).toBe('START_PREPARING');
  });
});
