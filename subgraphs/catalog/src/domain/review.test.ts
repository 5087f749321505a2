import {
  decideReview,
  deliveredItems,
  hideReview,
  isReplayOf,
  ratingChanges,
  type DeliveredOrder,
  type Review,
  type SubmitReviewInput,
} from './review';
import { parseComment, parseHideReason } from './review-text';

const now = new Date('2026-05-01T10:00:00.000Z');
const caller = { customerId: 'usr_lan', reviewId: 'rev_1', now };
const order: DeliveredOrder = {
  orderId: 'ord_1',
  customerId: 'usr_lan',
  storeId: 'sto_pho',
  items: [
    { kind: 'MENU_ITEM', itemId: 'itm_pho' },
    { kind: 'PRODUCT', itemId: 'prd_tea' },
  ],
  deliveredAt: new Date('2026-05-01T09:00:00.000Z'),
};
const input: SubmitReviewInput = {
  idempotencyKey: 'key-1',
  orderId: 'ord_1',
  storeRating: 4,
  comment: '  Hot and quick.  ',
  itemRatings: [{ itemId: 'prd_tea', rating: 5, comment: null }],
};

function accepted(result: ReturnType<typeof decideReview>): Review {
  if ('kind' in result) throw new Error(`refused: ${JSON.stringify(result)}`);
  return result;
}

describe('decideReview', () => {
  it('accepts the customer of a delivered order, with the kinds of the items delivered', () => {
    expect(decideReview(input, order, caller)).toEqual({
      id: 'rev_1',
      orderId: 'ord_1',
      storeId: 'sto_pho',
      customerId: 'usr_lan',
      storeRating: 4,
      comment: 'Hot and quick.',
      items: [{ kind: 'PRODUCT', itemId: 'prd_tea', rating: 5, comment: null }],
      idempotencyKey: 'key-1',
      createdAt: now,
      hidden: null,
    });
  });

  it('refuses an order not delivered and another customer’s order with the same answer', () => {
    const refusal = { kind: 'OrderNotReviewable', orderId: 'ord_1' };
    expect(decideReview(input, null, caller)).toEqual(refusal);
    expect(decideReview(input, order, { ...caller, customerId: 'usr_other' })).toEqual(refusal);
    expect(
      decideReview({ ...input, orderId: 'ord_1' }, { ...order, orderId: 'ord_2' }, caller),
    ).toEqual(refusal);
  });

  it.each([
    [{ storeRating: 0 }, 'storeRating'],
    [{ storeRating: 4.5 }, 'storeRating'],
    [{ idempotencyKey: '  ' }, 'idempotencyKey'],
    [{ comment: 'x'.repeat(1001) }, 'comment'],
    [{ itemRatings: [{ itemId: 'itm_pho', rating: 6 }] }, 'itemRatings.0.rating'],
    [
      { itemRatings: [{ itemId: 'itm_pho', rating: 3, comment: 'bad\u0007bell' }] },
      'itemRatings.0.comment',
    ],
    [{ itemRatings: [{ itemId: 'itm_other', rating: 3 }] }, 'itemRatings.0.itemId'],
    [
      {
        itemRatings: [
          { itemId: 'itm_pho', rating: 3 },
          { itemId: 'itm_pho', rating: 4 },
        ],
      },
      'itemRatings.1.itemId',
    ],
  ])('refuses %j naming the field %s', (change, field) => {
    expect(decideReview({ ...input, ...change }, order, caller)).toMatchObject({
      kind: 'InvalidReviewInput',
      field,
    });
  });

  it('reports bad input before eligibility, and items not delivered after it', () => {
    expect(decideReview({ ...input, storeRating: 9 }, null, caller)).toMatchObject({
      kind: 'InvalidReviewInput',
    });
    expect(
      decideReview({ ...input, itemRatings: [{ itemId: 'itm_other', rating: 3 }] }, null, caller),
    ).toMatchObject({ kind: 'OrderNotReviewable' });
  });

  it('allows a review of the store alone', () => {
    expect(accepted(decideReview({ ...input, itemRatings: null }, order, caller)).items).toEqual(
      [],
    );
  });
});

describe('deliveredItems', () => {
  it('keeps each item once, whatever the number of lines', () => {
    expect(
      deliveredItems([
        { kind: 'MENU_ITEM', itemId: 'itm_pho' },
        { kind: 'MENU_ITEM', itemId: 'itm_pho' },
        { kind: 'PRODUCT', itemId: 'prd_tea' },
      ]),
    ).toEqual(order.items);
  });
});

describe('comments', () => {
  it('are trimmed, NFC-normalised, with CRLF as LF; blank is none', () => {
    expect(parseComment(' Cafe\u0301\r\nok\r ')).toEqual({ ok: true, value: 'Café\nok' });
    expect(parseComment('   ')).toEqual({ ok: true, value: null });
    expect(parseComment(undefined)).toEqual({ ok: true, value: null });
  });

  it('refuse control characters and broken surrogates', () => {
    for (const text of ['a\u0000b', 'tab\there', 'del\u007f', 'c1\u0085', 'half \ud83d']) {
      expect(parseComment(text)).toMatchObject({ ok: false });
    }
  });

  it('are limited to 1000 characters, counted as code points', () => {
    expect(parseComment('🍜'.repeat(1000))).toMatchObject({ ok: true });
    expect(parseComment('🍜'.repeat(1001))).toEqual({
      ok: false,
      message: 'must be at most 1000 characters',
    });
  });

  it('as hide reasons must not be blank', () => {
    expect(parseHideReason('  ')).toEqual({ ok: false, message: 'must not be blank' });
    expect(parseHideReason(' spam ')).toEqual({ ok: true, value: 'spam' });
  });
});

describe('hiding and the ratings', () => {
  const review = accepted(
    decideReview({ ...input, itemRatings: [{ itemId: 'itm_pho', rating: 2 }] }, order, caller),
  );

  it('counts the store and each rated item in, and out when hidden', () => {
    expect(ratingChanges(review, 'in')).toEqual([
      { subject: { kind: 'STORE', id: 'sto_pho' }, delta: { count: 1, sum: 4, stars: 4 } },
      { subject: { kind: 'MENU_ITEM', id: 'itm_pho' }, delta: { count: 1, sum: 2, stars: 2 } },
    ]);
    expect(ratingChanges(review, 'out').map(({ delta }) => delta)).toEqual([
      { count: -1, sum: -4, stars: 4 },
      { count: -1, sum: -2, stars: 2 },
    ]);
  });

  it('hides once: hiding a hidden review changes nothing', () => {
    const first = hideReview(review, { reason: ' abusive ', hiddenBy: 'usr_support', now });
    expect(first).toEqual({
      review: { ...review, hidden: { reason: 'abusive', hiddenBy: 'usr_support', hiddenAt: now } },
      changed: true,
    });
    if (!('changed' in first)) throw new Error('expected a hidden review');
    const again = hideReview(first.review, { reason: 'again', hiddenBy: 'usr_admin', now });
    expect(again).toEqual({ review: first.review, changed: false });
  });

  it('needs a reason', () => {
    expect(hideReview(review, { reason: '', hiddenBy: 'usr_support', now })).toMatchObject({
      kind: 'InvalidReviewInput',
      field: 'reason',
    });
  });

  it('replays only the same customer’s submission with the same key', () => {
    expect(isReplayOf(review, { idempotencyKey: ' key-1 ' }, 'usr_lan')).toBe(true);
    expect(isReplayOf(review, { idempotencyKey: 'key-2' }, 'usr_lan')).toBe(false);
    expect(isReplayOf(review, { idempotencyKey: 'key-1' }, 'usr_other')).toBe(false);
  });
});
