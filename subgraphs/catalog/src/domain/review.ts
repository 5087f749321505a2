import {
  countIn,
  countOut,
  isStars,
  type RatingDelta,
  type Stars,
  type SubjectKey,
} from './rating';
import { parseComment, parseHideReason } from './review-text';

export const REVIEWED_ITEM_KINDS = ['MENU_ITEM', 'PRODUCT'] as const;
export type ReviewedItemKind = (typeof REVIEWED_ITEM_KINDS)[number];

/** What the catalog learnt from orders.order.delivered.v1: who may review what. */
export interface DeliveredOrder {
  orderId: string;
  customerId: string;
  storeId: string;
  /** Each item delivered, once, whatever the quantity or the number of lines. */
  items: { kind: ReviewedItemKind; itemId: string }[];
  deliveredAt: Date;
}

export interface ItemReview {
  kind: ReviewedItemKind;
  itemId: string;
  rating: Stars;
  comment: string | null;
}

/** Why and by whom support took a review out of sight and out of the ratings. */
export interface ReviewHiding {
  reason: string;
  hiddenBy: string;
  hiddenAt: Date;
}

/** A customer's review of one delivered order: the store, and any of the items they received. */
export interface Review {
  id: string;
  orderId: string;
  storeId: string;
  /** The customer who received the order; a users-subgraph id. */
  customerId: string;
  storeRating: Stars;
  comment: string | null;
  items: ItemReview[];
  /** The client's key for this submission: resending it returns this review. */
  idempotencyKey: string;
  createdAt: Date;
  hidden: ReviewHiding | null;
}

export interface SubmitReviewInput {
  idempotencyKey: string;
  orderId: string;
  storeRating: number;
  comment?: string | null;
  itemRatings?: readonly { itemId: string; rating: number; comment?: string | null }[] | null;
}

/** Input the customer can correct; `field` is the input path, e.g. `itemRatings.1.rating`. */
export interface InvalidReviewInput {
  kind: 'InvalidReviewInput';
  field: string;
  message: string;
}

/**
 * No delivered order with this id belongs to the caller: it does not exist, is not delivered
 * yet, or is someone else's. One answer for all three, so nobody learns of others' orders.
 */
export interface OrderNotReviewable {
  kind: 'OrderNotReviewable';
  orderId: string;
}

/** The order already has a review, submitted with another idempotency key. */
export interface AlreadyReviewed {
  kind: 'AlreadyReviewed';
  orderId: string;
}

export type ReviewRefusal = InvalidReviewInput | OrderNotReviewable | AlreadyReviewed;

export const MAX_IDEMPOTENCY_KEY_LENGTH = 128;

const invalid = (field: string, message: string): InvalidReviewInput => ({
  kind: 'InvalidReviewInput',
  field,
  message,
});

/** The order's items, each once, from the lines of its delivered event. */
export function deliveredItems(
  lines: readonly { kind: ReviewedItemKind; itemId: string }[],
): DeliveredOrder['items'] {
  const seen = new Map<string, DeliveredOrder['items'][number]>();
  for (const { kind, itemId } of lines) if (!seen.has(itemId)) seen.set(itemId, { kind, itemId });
  return [...seen.values()];
}

/**
 * Decides a submission: the review to store, or why it is refused. `order` is the caller's
 * delivered order with this id as the catalog recorded it, or null. Checks run in a fixed order
 * (input shape, then eligibility, then the items against the order), first failure wins.
 */
export function decideReview(
  input: SubmitReviewInput,
  order: DeliveredOrder | null,
  caller: { customerId: string; reviewId: string; now: Date },
): Review | ReviewRefusal {
  const key = input.idempotencyKey.trim();
  if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return invalid('idempotencyKey', `must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`);
  }
  if (!isStars(input.storeRating)) return invalid('storeRating', 'must be a whole number 1 to 5');
  const comment = parseComment(input.comment);
  if (!comment.ok) return invalid('comment', comment.message);

  const parsed: Omit<ItemReview, 'kind'>[] = [];
  for (const [index, item] of (input.itemRatings ?? []).entries()) {
    if (!isStars(item.rating)) {
      return invalid(`itemRatings.${index}.rating`, 'must be a whole number 1 to 5');
    }
    const itemComment = parseComment(item.comment);
    if (!itemComment.ok) return invalid(`itemRatings.${index}.comment`, itemComment.message);
    parsed.push({ itemId: item.itemId, rating: item.rating, comment: itemComment.value });
  }

  if (!order || order.orderId !== input.orderId || order.customerId !== caller.customerId) {
    return { kind: 'OrderNotReviewable', orderId: input.orderId };
  }

  const kinds = new Map(order.items.map((item) => [item.itemId, item.kind]));
  const items: ItemReview[] = [];
  for (const [index, item] of parsed.entries()) {
    const kind = kinds.get(item.itemId);
    if (!kind) return invalid(`itemRatings.${index}.itemId`, 'was not delivered with this order');
    if (items.some((earlier) => earlier.itemId === item.itemId)) {
      return invalid(`itemRatings.${index}.itemId`, 'is rated twice');
    }
    items.push({ kind, ...item });
  }

  return {
    id: caller.reviewId,
    orderId: order.orderId,
    storeId: order.storeId,
    customerId: order.customerId,
    storeRating: input.storeRating,
    comment: comment.value,
    items,
    idempotencyKey: key,
    createdAt: caller.now,
    hidden: null,
  };
}

/**
 * Whether resending `input` should answer with `existing`, the order's review: the same customer
 * and the same idempotency key. Anything else is a second review of the order.
 */
export function isReplayOf(
  existing: Review,
  input: Pick<SubmitReviewInput, 'idempotencyKey'>,
  customerId: string,
): boolean {
  return (
    existing.customerId === customerId && existing.idempotencyKey === input.idempotencyKey.trim()
  );
}

/** The subjects a review rates and the stars it gives each: the store, then each item. */
export function ratedSubjects(review: Review): { subject: SubjectKey; stars: Stars }[] {
  return [
    { subject: { kind: 'STORE', id: review.storeId }, stars: review.storeRating },
    ...review.items.map((item) => ({
      subject: { kind: item.kind, id: item.itemId } as SubjectKey,
      stars: item.rating,
    })),
  ];
}

/** What a review changes in the ratings: counted in when it is accepted, out when hidden. */
export function ratingChanges(
  review: Review,
  direction: 'in' | 'out',
): { subject: SubjectKey; delta: RatingDelta }[] {
  const change = direction === 'in' ? countIn : countOut;
  return ratedSubjects(review).map(({ subject, stars }) => ({ subject, delta: change(stars) }));
}

/**
 * The review hidden by support with `reason`. A review already hidden stays as it was (`changed`
 * false), so hiding twice takes it out of the ratings once.
 */
export function hideReview(
  review: Review,
  request: { reason: string; hiddenBy: string; now: Date },
): { review: Review; changed: boolean } | InvalidReviewInput {
  const reason = parseHideReason(request.reason);
  if (!reason.ok) return invalid('reason', reason.message);
  if (review.hidden) return { review, changed: false };
  return {
    review: {
      ...review,
      hidden: { reason: reason.value, hiddenBy: request.hiddenBy, hiddenAt: request.now },
    },
    changed: true,
  };
}
