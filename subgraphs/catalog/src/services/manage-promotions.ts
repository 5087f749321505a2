import { ConflictError, NotFoundError } from '@dabba/subgraph-kit';
import {
  invalidField,
  invalidInput,
  type CouponCodeTaken,
  type InvalidCatalogInput,
} from '../domain/product-results';
import {
  validatePromotionFields,
  type Promotion,
  type PromotionFieldsInput,
} from '../domain/promotion';
import { idFromKey, requireStore, type ProductDeps } from './product-context';

export interface CreatePromotionInput extends PromotionFieldsInput {
  storeId: string;
  /** A retry with the same key returns the first promotion. */
  idempotencyKey: string;
}

export type PromotionResult =
  { kind: 'Promotion'; promotion: Promotion } | InvalidCatalogInput | CouponCodeTaken;

/** Creates a promotion in a store; coupon codes are unique among the store's live promotions. */
export type CreatePromotion = (input: CreatePromotionInput) => Promise<PromotionResult>;

/** Replaces a promotion's definition; its redemptions so far are kept. */
export type UpdatePromotion = (
  promotionId: string,
  input: PromotionFieldsInput,
) => Promise<PromotionResult>;

/** Ends a promotion for good: it no longer applies and its coupon code is free again. */
export type ArchivePromotion = (promotionId: string) => Promise<Promotion>;

/** The store's promotions that are not archived, by id. */
export type ListStorePromotions = (storeId: string) => Promise<Promotion[]>;

/** Batch lookup behind the per-request DataLoader. */
export type GetPromotionsByIds = (ids: readonly string[]) => Promise<Promotion[]>;

async function requirePromotion(deps: ProductDeps, id: string): Promise<Promotion> {
  const [promotion] = await deps.promotions.findByIds([id]);
  if (!promotion) throw new NotFoundError(`No promotion ${id}`, { promotionId: id });
  return promotion;
}

function couponTaken(error: unknown, promotion: Promotion): PromotionResult {
  if (error instanceof ConflictError && error.details?.field === 'couponCode') {
    return { kind: 'CouponCodeTaken', couponCode: promotion.couponCode ?? '' };
  }
  throw error;
}

export function makeCreatePromotion(deps: ProductDeps): CreatePromotion {
  return async (input) => {
    const store = await requireStore(deps, input.storeId);
    const key = input.idempotencyKey.trim();
    if (key.length === 0 || key.length > 128) {
      return invalidField('idempotencyKey', 'must be 1 to 128 characters');
    }
    const id = idFromKey('pro', store.id, key);
    const [replayed] = await deps.promotions.findByIds([id]);
    if (replayed) return { kind: 'Promotion', promotion: replayed };
    const fields = validatePromotionFields(input, store.currency);
    if (!fields.ok) return invalidInput(fields.problems);
    const now = deps.now();
    const promotion: Promotion = {
      id,
      storeId: store.id,
      ...fields.value,
      redemptions: 0,
      archived: false,
      createdAt: now,
      updatedAt: now,
    };
    try {
      await deps.promotions.insert(promotion);
      return { kind: 'Promotion', promotion };
    } catch (error) {
      if (error instanceof ConflictError && error.details?.field === 'id') {
        return { kind: 'Promotion', promotion: await requirePromotion(deps, id) };
      }
      return couponTaken(error, promotion);
    }
  };
}

export function makeUpdatePromotion(deps: ProductDeps): UpdatePromotion {
  return async (promotionId, input) => {
    const current = await requirePromotion(deps, promotionId);
    if (current.archived) return invalidField('promotionId', 'an archived promotion cannot change');
    const fields = validatePromotionFields(input, current.currency);
    if (!fields.ok) return invalidInput(fields.problems);
    const promotion: Promotion = { ...current, ...fields.value, updatedAt: deps.now() };
    try {
      await deps.promotions.update(promotion);
      return { kind: 'Promotion', promotion };
    } catch (error) {
      return couponTaken(error, promotion);
    }
  };
}

export function makeArchivePromotion(deps: ProductDeps): ArchivePromotion {
  return async (promotionId) => {
    const current = await requirePromotion(deps, promotionId);
    if (current.archived) return current;
    const promotion: Promotion = { ...current, archived: true, updatedAt: deps.now() };
    await deps.promotions.update(promotion);
    return promotion;
  };
}
