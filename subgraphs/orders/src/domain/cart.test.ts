import {
  addLine,
  cartIdFor,
  isExpired,
  newCart,
  readyForQuote,
  updateDetails,
  updateLine,
  type Cart,
  type CartEditResult,
  type CartLineEditResult,
} from './cart';
import type { AddLineInput, UpdateDetailsInput } from './cart-input';

const T0 = new Date('2026-05-02T10:00:00Z');
const T1 = new Date('2026-05-02T10:05:00Z');
const TTL = 60 * 60 * 1000;

const empty = (currency = 'VND') => newCart('usr_1', 'sto_1', currency, T0, TTL);

function cartOf(result: CartLineEditResult): Cart {
  if (!result.ok) throw new Error(`expected a cart, got ${result.code}: ${result.message}`);
  return result.cart;
}

const add = (cart: Cart, input: AddLineInput) => addLine(cart, input, T1, TTL);
const details = (input: UpdateDetailsInput, cart = empty()) => updateDetails(cart, input, T1, TTL);
const rice = (quantity = 1): AddLineInput => ({ kind: 'PRODUCT', sku: 'RICE-5KG', quantity });
const pho = (quantity = 1, modifiers = [{ groupId: 'size', optionId: 'large' }]): AddLineInput => ({
  kind: 'MENU_ITEM',
  itemId: 'itm_pho',
  modifiers,
  quantity,
});

/** The failure's field, or "ok". */
function fieldOf(result: CartEditResult): string {
  return result.ok ? 'ok' : result.field;
}

describe('cartIdFor and newCart', () => {
  it('gives one stable id per customer and store', () => {
    const id = cartIdFor('usr_1', 'sto_1');
    expect(id).toMatch(/^crt_[0-9a-f]{24}$/);
    expect(cartIdFor('usr_1', 'sto_1')).toBe(id);
    expect(cartIdFor('usr_1', 'sto_2')).not.toBe(id);
    expect(cartIdFor('usr_1s', 'to_1')).not.toBe(id);
  });

  it('starts empty, for delivery, without tip, at version 0, expiring after the TTL', () => {
    const cart = empty();
    expect([cart.id, cart.customerId, cart.storeId, cart.currency]).toEqual([
      cartIdFor('usr_1', 'sto_1'),
      'usr_1',
      'sto_1',
      'VND',
    ]);
    expect([cart.lines, cart.fulfilment, cart.deliveryAddress, cart.tip]).toEqual([
      [],
      'DELIVERY',
      null,
      0,
    ]);
    expect([cart.notes, cart.couponCode, cart.version]).toEqual([null, null, 0]);
    expect([cart.updatedAt, cart.expiresAt]).toEqual([T0, new Date(T0.getTime() + TTL)]);
  });
});

describe('addLine', () => {
  it('adds a product with SIMILAR substitution by default, bumping version and lifetime', () => {
    const cart = cartOf(add(empty(), rice(2)));
    expect(cart.lines).toEqual([
      {
        id: expect.stringMatching(/^lin_[0-9a-f]{16}$/),
        kind: 'PRODUCT',
        sku: 'RICE-5KG',
        itemId: null,
        modifiers: [],
        quantity: 2,
        substitution: { mode: 'SIMILAR', sku: null },
      },
    ]);
    expect([cart.version, cart.updatedAt, cart.expiresAt]).toEqual([
      1,
      T1,
      new Date(T1.getTime() + TTL),
    ]);
  });

  it('adds the same product to its line, keeping its preference unless a new one is given', () => {
    const specific = { mode: 'SPECIFIC' as const, sku: 'RICE-2KG' };
    const first = cartOf(add(empty(), { ...rice(2), substitution: specific }));
    const again = cartOf(add(first, rice(3)));
    expect(again.lines).toHaveLength(1);
    expect(again.lines[0]).toMatchObject({ id: first.lines[0]!.id, quantity: 5 });
    expect(again.lines[0]!.substitution).toEqual(specific);
    const none = cartOf(add(again, { ...rice(1), substitution: { mode: 'NONE' } }));
    expect(none.lines[0]).toMatchObject({ quantity: 6, substitution: { mode: 'NONE', sku: null } });
  });

  it('re-checks the maximum when adding to an existing line', () => {
    const cart = cartOf(add(empty(), rice(9_999)));
    expect(add(cart, rice(1)).ok).toBe(true);
    expect(add(cart, rice(2))).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      field: 'quantity',
    });
  });

  it.each([
    ['no sku', { kind: 'PRODUCT', quantity: 1 }, 'sku'],
    ['a blank sku', { ...rice(), sku: '' }, 'sku'],
    ['a sku with spaces', { ...rice(), sku: 'RICE 5KG' }, 'sku'],
    ['a 65-character sku', { ...rice(), sku: 'A'.repeat(65) }, 'sku'],
    ['an itemId', { ...rice(), itemId: 'itm_pho' }, 'itemId'],
    ['modifiers', { ...rice(), modifiers: [{ groupId: 'g', optionId: 'o' }] }, 'modifiers'],
    ['quantity 0', rice(0), 'quantity'],
    ['quantity 10001', rice(10_001), 'quantity'],
    ['a fractional quantity', rice(1.5), 'quantity'],
    [
      'SPECIFIC without a sku',
      { ...rice(), substitution: { mode: 'SPECIFIC' } },
      'substitution.sku',
    ],
    [
      'SPECIFIC naming the line’s own sku',
      { ...rice(), substitution: { mode: 'SPECIFIC', sku: 'RICE-5KG' } },
      'substitution.sku',
    ],
    [
      'SPECIFIC naming no valid sku',
      { ...rice(), substitution: { mode: 'SPECIFIC', sku: 'no good' } },
      'substitution.sku',
    ],
    [
      'SIMILAR naming a sku',
      { ...rice(), substitution: { mode: 'SIMILAR', sku: 'RICE-2KG' } },
      'substitution.sku',
    ],
    [
      'NONE naming a sku',
      { ...rice(), substitution: { mode: 'NONE', sku: 'X' } },
      'substitution.sku',
    ],
  ] as [string, AddLineInput, string][])('refuses a product line with %s', (_, input, field) => {
    expect(add(empty(), input)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field });
  });

  it('adds a menu item with its modifiers de-duplicated and sorted, without substitution', () => {
    const modifiers = [
      { groupId: 'size', optionId: 'large' },
      { groupId: 'extras', optionId: 'egg' },
      { groupId: 'extras', optionId: 'beef' },
      { groupId: 'size', optionId: 'large' },
    ];
    const cart = cartOf(add(empty(), pho(2, modifiers)));
    expect(cart.lines[0]).toMatchObject({
      kind: 'MENU_ITEM',
      sku: null,
      itemId: 'itm_pho',
      quantity: 2,
      substitution: null,
      modifiers: [
        { groupId: 'extras', optionId: 'beef' },
        { groupId: 'extras', optionId: 'egg' },
        { groupId: 'size', optionId: 'large' },
      ],
    });
  });

  it('adds the same menu selection in any order to one line, another selection to a new one', () => {
    const a = [
      { groupId: 'size', optionId: 'large' },
      { groupId: 'extras', optionId: 'egg' },
    ];
    const cart = cartOf(add(empty(), pho(1, a)));
    const same = cartOf(add(cart, pho(2, [...a].reverse())));
    expect(same.lines.map((line) => line.quantity)).toEqual([3]);
    const other = cartOf(add(same, pho(1, [{ groupId: 'size', optionId: 'small' }])));
    expect(other.lines.map((line) => line.quantity)).toEqual([3, 1]);
    expect(cartOf(add(other, rice())).lines).toHaveLength(3);
  });

  it.each([
    ['no itemId', { kind: 'MENU_ITEM', quantity: 1 }, 'itemId'],
    ['an itemId that is no id', { ...pho(), itemId: 'itm pho' }, 'itemId'],
    ['a sku', { ...pho(), sku: 'RICE-5KG' }, 'sku'],
    ['a substitution', { ...pho(), substitution: { mode: 'SIMILAR' } }, 'substitution'],
    ['quantity 100', pho(100), 'quantity'],
    ['quantity 0', pho(0), 'quantity'],
    ['a blank group', pho(1, [{ groupId: '', optionId: 'large' }]), 'modifiers.groupId'],
    ['a blank option', pho(1, [{ groupId: 'size', optionId: '' }]), 'modifiers.optionId'],
    [
      '51 modifiers',
      pho(
        1,
        Array.from({ length: 51 }, (_, i) => ({ groupId: 'extras', optionId: `o${i}` })),
      ),
      'modifiers',
    ],
  ] as [string, AddLineInput, string][])('refuses a menu line with %s', (_, input, field) => {
    expect(add(empty(), input)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field });
  });

  it('holds at most 100 lines, and still adds to one of them when full', () => {
    let cart = empty();
    for (let i = 0; i < 100; i += 1) cart = cartOf(add(cart, { ...rice(), sku: `SKU-${i}` }));
    expect(add(cart, { ...rice(), sku: 'SKU-100' })).toMatchObject({ ok: false, field: 'lines' });
    expect(cartOf(add(cart, { ...rice(), sku: 'SKU-7' })).lines).toHaveLength(100);
  });

  it('leaves the given cart unchanged', () => {
    const cart = empty();
    add(cart, rice());
    expect(cart).toEqual(empty());
  });
});

describe('updateLine', () => {
  const withLines = cartOf(add(cartOf(add(empty(), rice(2))), pho(1)));
  const [riceLine, phoLine] = withLines.lines as [Cart['lines'][0], Cart['lines'][0]];
  const update = (lineId: string, input: Parameters<typeof updateLine>[2]) =>
    updateLine(withLines, lineId, input, T1, TTL);

  it('sets the quantity and the substitution preference', () => {
    const cart = cartOf(
      update(riceLine.id, { quantity: 7, substitution: { mode: 'SPECIFIC', sku: 'RICE-2KG' } }),
    );
    expect(cart.lines[0]).toMatchObject({
      quantity: 7,
      substitution: { mode: 'SPECIFIC', sku: 'RICE-2KG' },
    });
    expect(cart.lines[1]).toEqual(phoLine);
    expect(cart.version).toBe(withLines.version + 1);
  });

  it('removes the line at quantity 0', () => {
    expect(cartOf(update(riceLine.id, { quantity: 0 })).lines).toEqual([phoLine]);
  });

  it('keeps what is left out or null', () => {
    const cart = cartOf(update(riceLine.id, { quantity: null, substitution: null }));
    expect(cart.lines[0]).toEqual(riceLine);
  });

  it('answers UNKNOWN_LINE for a line the cart does not have', () => {
    expect(update('lin_nope', { quantity: 1 })).toMatchObject({ ok: false, code: 'UNKNOWN_LINE' });
  });

  it('checks the quantity and the preference as addLine does', () => {
    expect(update(phoLine.id, { quantity: 100 })).toMatchObject({ field: 'quantity' });
    expect(update(riceLine.id, { quantity: -1 })).toMatchObject({ field: 'quantity' });
    expect(update(riceLine.id, { quantity: 10_000 }).ok).toBe(true);
    const own = { mode: 'SPECIFIC' as const, sku: 'RICE-5KG' };
    expect(update(riceLine.id, { substitution: own })).toMatchObject({ field: 'substitution.sku' });
    expect(update(phoLine.id, { substitution: { mode: 'NONE' } })).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'substitution',
    });
  });
});

describe('updateDetails', () => {
  const address = {
    lines: ['  12   Lê Lợi ', 'Bến Nghé, Quận 1'],
    location: { lat: 10.7731, lng: 106.7004 },
    instructions: ' Gate code 1234 ',
  };

  it('sets the fields given, normalised, and leaves the others', () => {
    const cart = cartOf(
      details({
        notes: '  no onions \n please ',
        deliveryAddress: address,
        couponCode: ' welcome-10 ',
        tip: '20000',
      }),
    );
    expect(cart).toMatchObject({
      notes: 'no onions \n please',
      fulfilment: 'DELIVERY',
      deliveryAddress: {
        lines: ['12 Lê Lợi', 'Bến Nghé, Quận 1'],
        location: { lat: 10.7731, lng: 106.7004 },
        instructions: 'Gate code 1234',
      },
      couponCode: 'WELCOME-10',
      tip: 20_000,
      version: 1,
    });
    const pickup = cartOf(details({ fulfilment: 'PICKUP' }, cart));
    expect(pickup).toEqual({ ...cart, fulfilment: 'PICKUP', version: 2 });
  });

  it('clears notes, address and coupon with null; empty notes clear too', () => {
    const full = cartOf(details({ notes: 'x', deliveryAddress: address, couponCode: 'A' }));
    const cleared = cartOf(details({ notes: null, deliveryAddress: null, couponCode: null }, full));
    expect([cleared.notes, cleared.deliveryAddress, cleared.couponCode]).toEqual([
      null,
      null,
      null,
    ]);
    expect(cartOf(details({ notes: '   ' }, full)).notes).toBeNull();
    expect(cartOf(details({ fulfilment: null, tip: null }, full)).fulfilment).toBe('DELIVERY');
  });

  it('reads the tip in the cart’s currency', () => {
    expect(cartOf(details({ tip: '1.50' }, empty('USD'))).tip).toBe(150);
    expect(cartOf(details({ tip: '0' })).tip).toBe(0);
    expect(cartOf(details({ tip: '10000000' })).tip).toBe(10_000_000);
    expect(cartOf(details({ tip: '100000.00' }, empty('INR'))).tip).toBe(10_000_000);
  });

  it.each([
    ['notes over 500 characters', { notes: 'a'.repeat(501) }, 'notes'],
    ['notes with control characters', { notes: 'a\u0007b' }, 'notes'],
    ['no address lines', { deliveryAddress: { ...address, lines: [] } }, 'deliveryAddress.lines'],
    [
      'five address lines',
      { deliveryAddress: { ...address, lines: ['a', 'b', 'c', 'd', 'e'] } },
      'deliveryAddress.lines',
    ],
    [
      'a blank address line',
      { deliveryAddress: { ...address, lines: ['a', '  '] } },
      'deliveryAddress.lines.1',
    ],
    [
      'an address line over 120 characters',
      { deliveryAddress: { ...address, lines: ['a'.repeat(121)] } },
      'deliveryAddress.lines.0',
    ],
    [
      'latitude 91',
      { deliveryAddress: { ...address, location: { lat: 91, lng: 0 } } },
      'deliveryAddress.location.lat',
    ],
    [
      'an infinite longitude',
      { deliveryAddress: { ...address, location: { lat: 0, lng: Infinity } } },
      'deliveryAddress.location.lng',
    ],
    [
      'longitude -181',
      { deliveryAddress: { ...address, location: { lat: 0, lng: -181 } } },
      'deliveryAddress.location.lng',
    ],
    [
      'instructions over 300 characters',
      { deliveryAddress: { ...address, instructions: 'a'.repeat(301) } },
      'deliveryAddress.instructions',
    ],
    ['an empty coupon', { couponCode: '' }, 'couponCode'],
    ['a coupon with spaces', { couponCode: 'WELCOME 10' }, 'couponCode'],
    ['a 33-character coupon', { couponCode: 'A'.repeat(33) }, 'couponCode'],
    ['a negative tip', { tip: '-1' }, 'tip'],
    ['a tip with decimals VND has not', { tip: '1.5' }, 'tip'],
    ['a tip that is no number', { tip: 'ten' }, 'tip'],
    ['a tip over 10,000,000 minor units', { tip: '10000001' }, 'tip'],
  ] as [string, UpdateDetailsInput, string][])('refuses %s', (_, input, field) => {
    expect(details(input)).toMatchObject({ ok: false, code: 'INVALID_INPUT', field });
  });

  it('fails the whole edit on one bad field, and takes every limit itself', () => {
    expect(fieldOf(details({ notes: 'fine', tip: '-5' }))).toBe('tip');
    expect(fieldOf(details({ notes: 'a'.repeat(500), couponCode: 'A'.repeat(32) }))).toBe('ok');
  });
});

describe('isExpired', () => {
  it('is expired from its expiry on', () => {
    const cart = empty();
    expect(isExpired(cart, new Date(cart.expiresAt.getTime() - 1))).toBe(false);
    expect(isExpired(cart, cart.expiresAt)).toBe(true);
  });
});

describe('readyForQuote', () => {
  it('needs lines, and an address for delivery', () => {
    const cart = empty();
    expect(readyForQuote(cart)).toEqual({ ok: false, message: 'the cart is empty' });
    const withLine = cartOf(add(cart, rice()));
    expect(readyForQuote(withLine)).toMatchObject({ ok: false });
    expect(readyForQuote({ ...withLine, fulfilment: 'PICKUP' })).toEqual({ ok: true });
    const address = { lines: ['1 Lê Lợi'], location: { lat: 10.77, lng: 106.7 } };
    expect(readyForQuote(cartOf(details({ deliveryAddress: address }, withLine)))).toEqual({
      ok: true,
    });
  });
});
