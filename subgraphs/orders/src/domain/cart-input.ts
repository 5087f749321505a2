import { createHash } from 'node:crypto';
import { formatMoneyDecimal, parseMoney } from '@dabba/subgraph-kit';
import type {
  CartLine,
  DeliveryAddress,
  Fulfilment,
  GeoPoint,
  LineKind,
  LineModifier,
  SubstitutionMode,
  SubstitutionPreference,
} from './cart';

/**
 * Checks and normalises what a customer sends to edit a cart. Each check throws `InvalidField`
 * naming the input field at fault; the cart edit that called it turns that into its result.
 */

export const MAX_CART_LINES = 100;
export const MAX_PRODUCT_QUANTITY = 10_000;
export const MAX_MENU_ITEM_QUANTITY = 99;
export const MAX_LINE_MODIFIERS = 50;
export const NOTES_MAX_LENGTH = 500;
export const MAX_ADDRESS_LINES = 4;
export const ADDRESS_LINE_MAX_LENGTH = 120;
export const INSTRUCTIONS_MAX_LENGTH = 300;
/** Minor units of the cart's currency. */
export const MAX_TIP = 10_000_000;

export interface SubstitutionInput {
  mode: SubstitutionMode;
  sku?: string | null;
}

export interface AddLineInput {
  kind: LineKind;
  sku?: string | null;
  itemId?: string | null;
  modifiers?: readonly LineModifier[];
  quantity: number;
  /** PRODUCT lines only; SIMILAR when left out. */
  substitution?: SubstitutionInput | null;
}

/** Left out or null: unchanged. */
export interface UpdateLineInput {
  /** 0 removes the line. */
  quantity?: number | null;
  substitution?: SubstitutionInput | null;
}

export interface DeliveryAddressInput {
  lines: readonly string[];
  location: GeoPoint;
  instructions?: string | null;
}

/** Left out: unchanged. Null clears notes, address and coupon, and leaves the others unchanged. */
export interface UpdateDetailsInput {
  notes?: string | null;
  fulfilment?: Fulfilment | null;
  deliveryAddress?: DeliveryAddressInput | null;
  couponCode?: string | null;
  /** A decimal amount in the cart's currency, e.g. "20000" (VND) or "1.50" (USD). */
  tip?: string | null;
}

const SKU_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;
const COUPON_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
/** Free text may span lines; nothing else invisible. */
const CONTROL_EXCEPT_NEWLINE = /[^\P{Cc}\n]/u;

/** Thrown inside one edit only, and turned into its INVALID_INPUT result by `edit`. */
export class InvalidField extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

export function invalid(field: string, message: string): never {
  throw new InvalidField(field, message);
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** The line's id follows from its selection, so the same selection finds its line again. */
function lineIdFor(kind: LineKind, ref: string, modifiers: readonly LineModifier[]): string {
  const selection = modifiers.map((m) => `${m.groupId}=${m.optionId}`);
  return `lin_${sha256Hex([kind, ref, ...selection].join('\u0000')).slice(0, 16)}`;
}

export const maxQuantity = (kind: LineKind) =>
  kind === 'PRODUCT' ? MAX_PRODUCT_QUANTITY : MAX_MENU_ITEM_QUANTITY;

export function checkQuantity(quantity: number, kind: LineKind): void {
  const max = maxQuantity(kind);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
    invalid('quantity', `quantity must be a whole number from 1 to ${max}`);
  }
}

export function substitutionFor(input: SubstitutionInput, lineSku: string): SubstitutionPreference {
  if (input.mode !== 'SPECIFIC') {
    if (input.sku != null) invalid('substitution.sku', `a ${input.mode} substitution names no sku`);
    return { mode: input.mode, sku: null };
  }
  const sku = input.sku ?? invalid('substitution.sku', 'a SPECIFIC substitution names its sku');
  if (!SKU_PATTERN.test(sku)) invalid('substitution.sku', `"${sku.slice(0, 64)}" is not a SKU`);
  if (sku === lineSku) invalid('substitution.sku', 'the substitute must be another SKU');
  return { mode: 'SPECIFIC', sku };
}

/** Checked, without duplicates, sorted by group then option. */
function modifiersOf(input: readonly LineModifier[]): LineModifier[] {
  const unique = new Map<string, LineModifier>();
  for (const { groupId, optionId } of input) {
    if (!ID_PATTERN.test(groupId)) invalid('modifiers.groupId', 'groupId is not an id');
    if (!ID_PATTERN.test(optionId)) invalid('modifiers.optionId', 'optionId is not an id');
    unique.set(`${groupId}\u0000${optionId}`, { groupId, optionId });
  }
  if (unique.size > MAX_LINE_MODIFIERS) {
    invalid('modifiers', `a line has at most ${MAX_LINE_MODIFIERS} modifiers`);
  }
  return [...unique.values()].sort((a, b) =>
    a.groupId !== b.groupId ? (a.groupId < b.groupId ? -1 : 1) : a.optionId < b.optionId ? -1 : 1,
  );
}

export function lineOf(input: AddLineInput): CartLine {
  const { kind, quantity } = input;
  if (kind === 'PRODUCT') {
    const sku = input.sku ?? invalid('sku', 'a PRODUCT line needs a sku');
    if (!SKU_PATTERN.test(sku)) invalid('sku', `"${sku.slice(0, 64)}" is not a SKU`);
    if (input.itemId != null) invalid('itemId', 'a PRODUCT line has no itemId');
    if ((input.modifiers ?? []).length > 0) invalid('modifiers', 'a PRODUCT line has no modifiers');
    checkQuantity(quantity, kind);
    const substitution = input.substitution
      ? substitutionFor(input.substitution, sku)
      : { mode: 'SIMILAR' as const, sku: null };
    const id = lineIdFor(kind, sku, []);
    return { id, kind, sku, itemId: null, modifiers: [], quantity, substitution };
  }
  const itemId = input.itemId ?? invalid('itemId', 'a MENU_ITEM line needs an itemId');
  if (!ID_PATTERN.test(itemId)) invalid('itemId', 'itemId is not an id');
  if (input.sku != null) invalid('sku', 'a MENU_ITEM line has no sku');
  if (input.substitution != null) {
    invalid('substitution', 'only PRODUCT lines have a substitution preference');
  }
  checkQuantity(quantity, kind);
  const modifiers = modifiersOf(input.modifiers ?? []);
  const id = lineIdFor(kind, itemId, modifiers);
  return { id, kind, sku: null, itemId, modifiers, quantity, substitution: null };
}

const codePoints = (text: string) => [...text].length;

/** Trimmed (NFC); null when empty. */
export function optionalText(value: string | null | undefined, max: number, field: string) {
  const text = value?.normalize('NFC').trim() ?? '';
  if (text === '') return null;
  if (codePoints(text) > max) invalid(field, `${field} must be at most ${max} characters`);
  if (CONTROL_EXCEPT_NEWLINE.test(text)) {
    invalid(field, `${field} must not hold control characters`);
  }
  return text;
}

/** Trimmed (NFC) with spaces collapsed; must not be empty. */
function requiredLine(value: string, max: number, field: string): string {
  const text = optionalText(value.replace(/\s+/g, ' '), max, field);
  return text ?? invalid(field, `${field} must not be blank`);
}

export function addressOf(input: DeliveryAddressInput): DeliveryAddress {
  if (input.lines.length < 1 || input.lines.length > MAX_ADDRESS_LINES) {
    invalid('deliveryAddress.lines', `an address has 1 to ${MAX_ADDRESS_LINES} lines`);
  }
  const lines = input.lines.map((line, index) =>
    requiredLine(line, ADDRESS_LINE_MAX_LENGTH, `deliveryAddress.lines.${index}`),
  );
  const { lat, lng } = input.location;
  if (!Number.isFinite(lat) || lat < -90 || lat > 90) {
    invalid('deliveryAddress.location.lat', 'lat must be between -90 and 90');
  }
  if (!Number.isFinite(lng) || lng < -180 || lng > 180) {
    invalid('deliveryAddress.location.lng', 'lng must be between -180 and 180');
  }
  const instructions = optionalText(
    input.instructions?.replace(/\s+/g, ' '),
    INSTRUCTIONS_MAX_LENGTH,
    'deliveryAddress.instructions',
  );
  return { lines, location: { lat, lng }, instructions };
}

export function couponOf(value: string): string {
  const code = value.trim();
  if (!COUPON_PATTERN.test(code)) {
    invalid('couponCode', 'couponCode must be 1 to 32 letters, digits, dashes or underscores');
  }
  return code.toUpperCase();
}

export function tipOf(value: string, currency: string): number {
  const parsed = parseMoney(value, currency);
  if (!parsed.ok) return invalid('tip', `tip ${parsed.reason}`);
  if (parsed.money.amount > MAX_TIP) {
    const max = formatMoneyDecimal({ amount: MAX_TIP, currency });
    invalid('tip', `tip must be at most ${max} ${currency}`);
  }
  return parsed.money.amount;
}
