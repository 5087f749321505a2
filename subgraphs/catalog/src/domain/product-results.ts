import type { Money } from '@dabba/subgraph-kit';
import type { InputProblem } from './product';

/** Outcomes of the product, stock and promotion use cases that a caller can act on. */
export interface InvalidCatalogInput {
  kind: 'InvalidCatalogInput';
  problems: InputProblem[];
}

export interface SkuTaken {
  kind: 'SkuTaken';
  sku: string;
}

export interface UnknownSkus {
  kind: 'UnknownSkus';
  skus: string[];
}

export interface StockShortage {
  sku: string;
  requested: number;
  available: number;
}

export interface InsufficientStock {
  kind: 'InsufficientStock';
  lines: StockShortage[];
}

export interface StockBelowReserved {
  kind: 'StockBelowReserved';
  sku: string;
  reserved: number;
}

export interface ReservationKeyReused {
  kind: 'ReservationKeyReused';
  reservationKey: string;
}

export interface CouponCodeTaken {
  kind: 'CouponCodeTaken';
  couponCode: string;
}

export interface CouponRejected {
  kind: 'CouponRejected';
  code: 'COUPON_UNKNOWN' | 'COUPON_NOT_STARTED' | 'COUPON_EXPIRED' | 'COUPON_EXHAUSTED';
  couponCode: string;
}

export interface BelowMinimumOrder {
  kind: 'BelowMinimumOrder';
  promotionId: string;
  minimumOrder: Money;
  subtotal: Money;
}

export function invalidInput(problems: InputProblem[]): InvalidCatalogInput {
  return { kind: 'InvalidCatalogInput', problems };
}

export function invalidField(field: string, message: string): InvalidCatalogInput {
  return invalidInput([{ field, code: 'INVALID_INPUT', message }]);
}
