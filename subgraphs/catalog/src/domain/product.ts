import {
  DIETARY_TAGS,
  isCurrency,
  parseMoney,
  type DietaryTag,
  type Money,
} from '@dabba/subgraph-kit';
import type { LocalizedText } from './localized-text';

/** Units a grocery product is sold by; `size` counts them (500 G, 1 L, a PACK of 6). */
export const UNITS_OF_MEASURE = ['PIECE', 'KG', 'G', 'L', 'ML', 'PACK'] as const;
export type UnitOfMeasure = (typeof UNITS_OF_MEASURE)[number];

export { DIETARY_TAGS, type DietaryTag };

export type { LocalizedText };

export interface Product {
  id: string;
  storeId: string;
  /** The store's own stock-keeping unit, unique within the store. */
  sku: string;
  name: LocalizedText;
  brand: string | null;
  unit: UnitOfMeasure;
  /** How many units the product holds, a positive integer: 1 L, 500 G, 6 per PACK. */
  unitSize: number;
  price: Money;
  /** Slug paths, e.g. `dairy/milk`; a product is in every ancestor too (`dairy`). */
  categories: string[];
  dietaryTags: DietaryTag[];
  imageUrls: string[];
  perishable: boolean;
  /** The local date (YYYY-MM-DD) the stock on the shelf expires; only for perishables. */
  expiresOn: string | null;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** A field of a product or promotion input that is wrong, with a stable code. */
export interface InputProblem {
  field: string;
  code: 'INVALID_INPUT' | 'INVALID_PRICE';
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** What a partner sends to create a product; every field is checked by `validateProductFields`. */
export interface ProductFieldsInput {
  sku: string;
  name: { en: string; vi?: string | null };
  brand?: string | null;
  unit: string;
  unitSize: number;
  /** Decimal in major units of the store's currency, e.g. "32000" VND or "4.50" USD. */
  price: string;
  categories?: readonly string[] | null;
  dietaryTags?: readonly string[] | null;
  imageUrls?: readonly string[] | null;
  perishable?: boolean | null;
  expiresOn?: string | null;
}

export type ProductFields = Pick<
  Product,
  | 'sku'
  | 'name'
  | 'brand'
  | 'unit'
  | 'unitSize'
  | 'price'
  | 'categories'
  | 'dietaryTags'
  | 'imageUrls'
  | 'perishable'
  | 'expiresOn'
>;

export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const CATEGORY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*){0,3}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const PRODUCT_NAME_MAX_LENGTH = 120;
export const MAX_CATEGORIES = 5;
export const MAX_IMAGES = 10;
export const MAX_UNIT_SIZE = 1_000_000;

export function isSku(value: string): boolean {
  return SKU_PATTERN.test(value);
}

export function isCategoryPath(value: string): boolean {
  return CATEGORY_PATTERN.test(value);
}

/** `dairy/milk/fresh` → ['dairy', 'dairy/milk', 'dairy/milk/fresh']: what a category filter matches. */
export function categoryAncestors(paths: readonly string[]): string[] {
  const all = new Set<string>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth <= parts.length; depth++) all.add(parts.slice(0, depth).join('/'));
  }
  return [...all].sort();
}

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:' && value.length <= 2048;
  } catch {
    return false;
  }
}

function cleanText(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ');
}

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

/**
 * Checks and normalizes a product's fields against its store's currency, reporting every wrong
 * field at once. Prices are parsed exactly (`parseMoney`): negative amounts or more decimals than
 * the currency has are INVALID_PRICE.
 */
export function validateProductFields(
  input: ProductFieldsInput,
  currency: string,
): Validated<ProductFields> {
  const problems: InputProblem[] = [];
  const invalid = (field: string, message: string) =>
    problems.push({ field, code: 'INVALID_INPUT', message });

  const sku = input.sku.trim();
  if (!isSku(sku)) {
    invalid('sku', 'must be 1–64 letters, digits, dots, dashes or underscores');
  }
  const en = cleanText(input.name.en);
  const vi = input.name.vi == null ? null : cleanText(input.name.vi) || null;
  if (en.length === 0) invalid('name.en', 'must not be blank');
  for (const [field, text] of [
    ['name.en', en],
    ['name.vi', vi ?? ''],
  ] as const) {
    if ([...text].length > PRODUCT_NAME_MAX_LENGTH) {
      invalid(field, `must be at most ${PRODUCT_NAME_MAX_LENGTH} characters`);
    }
  }
  const brand = input.brand == null ? null : cleanText(input.brand) || null;
  if (brand !== null && [...brand].length > 60) invalid('brand', 'must be at most 60 characters');
  if (!oneOf(UNITS_OF_MEASURE, input.unit)) {
    invalid('unit', `must be one of ${UNITS_OF_MEASURE.join(', ')}`);
  }
  if (!Number.isInteger(input.unitSize) || input.unitSize < 1 || input.unitSize > MAX_UNIT_SIZE) {
    invalid('unitSize', `must be a whole number from 1 to ${MAX_UNIT_SIZE}`);
  }

  let price: Money = { amount: 0, currency };
  if (!isCurrency(currency)) {
    problems.push({
      field: 'price',
      code: 'INVALID_PRICE',
      message: `unknown currency ${currency}`,
    });
  } else {
    const parsed = parseMoney(input.price, currency);
    if (parsed.ok) price = parsed.money;
    else problems.push({ field: 'price', code: 'INVALID_PRICE', message: parsed.reason });
  }

  const categories = [...new Set(input.categories ?? [])].map((path) => path.trim());
  if (categories.length > MAX_CATEGORIES) {
    invalid('categories', `at most ${MAX_CATEGORIES} categories`);
  }
  for (const path of categories) {
    if (!isCategoryPath(path)) {
      invalid('categories', `"${path}" is not a lower-case slug path such as dairy/milk`);
    }
  }
  const dietaryTags = [...new Set(input.dietaryTags ?? [])];
  for (const tag of dietaryTags) {
    if (!oneOf(DIETARY_TAGS, tag)) invalid('dietaryTags', `unknown dietary tag ${tag}`);
  }
  const imageUrls = [...new Set(input.imageUrls ?? [])];
  if (imageUrls.length > MAX_IMAGES) invalid('imageUrls', `at most ${MAX_IMAGES} images`);
  for (const url of imageUrls) {
    if (!isHttpsUrl(url)) invalid('imageUrls', `"${url.slice(0, 80)}" is not an https URL`);
  }
  const perishable = input.perishable ?? false;
  const expiresOn = input.expiresOn ?? null;
  if (expiresOn !== null) {
    if (!isIsoDate(expiresOn)) invalid('expiresOn', 'must be a date such as 2026-05-31');
    else if (!perishable) invalid('expiresOn', 'only perishable products have an expiry date');
  }

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      sku,
      name: { en, vi },
      brand,
      unit: input.unit as UnitOfMeasure,
      unitSize: input.unitSize,
      price,
      categories: categories.sort(),
      dietaryTags: (dietaryTags as DietaryTag[]).sort(),
      imageUrls,
      perishable,
      expiresOn,
    },
  };
}

/** Adds `days` to a YYYY-MM-DD date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Days before expiry from which a perishable counts as near expiry, by default. */
export const NEAR_EXPIRY_DAYS = 3;

/**
 * Whether a perishable expires within `windowDays` of `today` (both local dates of its store),
 * today included. Already expired products are not "near" expiry: they should not be sold.
 */
export function isNearExpiry(
  product: Pick<Product, 'perishable' | 'expiresOn'>,
  today: string,
  windowDays: number = NEAR_EXPIRY_DAYS,
): boolean {
  if (!product.perishable || product.expiresOn === null) return false;
  return product.expiresOn >= today && product.expiresOn <= addDays(today, windowDays);
}
