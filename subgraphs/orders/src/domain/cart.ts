import {
  InvalidField,
  MAX_CART_LINES,
  NOTES_MAX_LENGTH,
  addressOf,
  checkQuantity,
  couponOf,
  invalid,
  lineOf,
  maxQuantity,
  optionalText,
  sha256Hex,
  substitutionFor,
  tipOf,
  type AddLineInput,
  type UpdateDetailsInput,
  type UpdateLineInput,
} from './cart-input';

export type LineKind = 'PRODUCT' | 'MENU_ITEM';
export type Fulfilment = 'DELIVERY' | 'PICKUP';
export type SubstitutionMode = 'NONE' | 'SIMILAR' | 'SPECIFIC';

export interface SubstitutionPreference {
  mode: SubstitutionMode;
  /** SPECIFIC only: the SKU the customer accepts instead. */
  sku: string | null;
}

export interface LineModifier {
  groupId: string;
  optionId: string;
}

export interface CartLine {
  id: string;
  kind: LineKind;
  sku: string | null;
  itemId: string | null;
  /** Sorted by group then option, so one selection has one form. */
  modifiers: LineModifier[];
  quantity: number;
  /** PRODUCT lines only. */
  substitution: SubstitutionPreference | null;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** Where an order goes; the store's city sets its prices and taxes. */
export interface DeliveryAddress {
  /** One to four lines of up to 120 characters. */
  lines: string[];
  location: GeoPoint;
  instructions: string | null;
}

export interface Cart {
  /** Derived from the customer and the store: one cart per pair. */
  id: string;
  customerId: string;
  storeId: string;
  currency: string;
  lines: CartLine[];
  notes: string | null;
  fulfilment: Fulfilment;
  deliveryAddress: DeliveryAddress | null;
  couponCode: string | null;
  /** Minor units. */
  tip: number;
  version: number;
  updatedAt: Date;
  expiresAt: Date;
}

export interface InvalidCartInput {
  ok: false;
  code: 'INVALID_INPUT';
  /** The input field at fault, e.g. quantity or deliveryAddress.location.lat. */
  field: string;
  message: string;
}
export interface UnknownCartLine {
  ok: false;
  code: 'UNKNOWN_LINE';
  message: string;
}
export type CartEditResult = { ok: true; cart: Cart } | InvalidCartInput;
export type CartLineEditResult = CartEditResult | UnknownCartLine;

/** Applies the changes `change` computes, bumping the version and renewing the lifetime. */
function edit(cart: Cart, now: Date, ttlMs: number, change: () => Partial<Cart>): CartEditResult {
  try {
    const changes = change();
    const expiresAt = new Date(now.getTime() + ttlMs);
    return {
      ok: true,
      cart: { ...cart, ...changes, version: cart.version + 1, updatedAt: now, expiresAt },
    };
  } catch (error) {
    if (!(error instanceof InvalidField)) throw error;
    return { ok: false, code: 'INVALID_INPUT', field: error.field, message: error.message };
  }
}

/** One cart per customer and store, so its id follows from the pair. */
export function cartIdFor(customerId: string, storeId: string): string {
  return `crt_${sha256Hex(`${customerId}\u0000${storeId}`).slice(0, 24)}`;
}

/** An empty cart, version 0 until its first edit. */
export function newCart(
  customerId: string,
  storeId: string,
  currency: string,
  now: Date,
  ttlMs: number,
): Cart {
  return {
    id: cartIdFor(customerId, storeId),
    customerId,
    storeId,
    currency,
    lines: [],
    notes: null,
    fulfilment: 'DELIVERY',
    deliveryAddress: null,
    couponCode: null,
    tip: 0,
    version: 0,
    updatedAt: now,
    expiresAt: new Date(now.getTime() + ttlMs),
  };
}

/**
 * Adds a line, or adds its quantity to the line of the same selection (kind, SKU or menu item,
 * modifiers); a substitution given with it replaces that line's preference.
 */
export function addLine(cart: Cart, input: AddLineInput, now: Date, ttlMs: number): CartEditResult {
  return edit(cart, now, ttlMs, () => {
    const line = lineOf(input);
    const existing = cart.lines.find((candidate) => candidate.id === line.id);
    if (!existing) {
      if (cart.lines.length >= MAX_CART_LINES) {
        invalid('lines', `a cart holds at most ${MAX_CART_LINES} lines`);
      }
      return { lines: [...cart.lines, line] };
    }
    const quantity = existing.quantity + line.quantity;
    if (quantity > maxQuantity(line.kind)) {
      invalid('quantity', `the line would hold ${quantity}; at most ${maxQuantity(line.kind)}`);
    }
    const substitution = input.substitution ? line.substitution : existing.substitution;
    const merged = { ...existing, quantity, substitution };
    return { lines: cart.lines.map((candidate) => (candidate === existing ? merged : candidate)) };
  });
}

export function updateLine(
  cart: Cart,
  lineId: string,
  input: UpdateLineInput,
  now: Date,
  ttlMs: number,
): CartLineEditResult {
  const line = cart.lines.find((candidate) => candidate.id === lineId);
  if (!line) return { ok: false, code: 'UNKNOWN_LINE', message: `the cart has no line ${lineId}` };
  return edit(cart, now, ttlMs, () => {
    let { substitution } = line;
    if (input.substitution != null) {
      if (line.sku === null) {
        invalid('substitution', 'only PRODUCT lines have a substitution preference');
      }
      substitution = substitutionFor(input.substitution, line.sku);
    }
    const quantity = input.quantity ?? line.quantity;
    if (quantity === 0) return { lines: cart.lines.filter((candidate) => candidate !== line) };
    checkQuantity(quantity, line.kind);
    const updated = { ...line, quantity, substitution };
    return { lines: cart.lines.map((candidate) => (candidate === line ? updated : candidate)) };
  });
}

/** Sets the fields given; the first bad one fails the whole edit. */
export function updateDetails(
  cart: Cart,
  input: UpdateDetailsInput,
  now: Date,
  ttlMs: number,
): CartEditResult {
  return edit(cart, now, ttlMs, () => {
    const changes: Partial<Cart> = {};
    if (input.notes !== undefined) {
      changes.notes = optionalText(input.notes, NOTES_MAX_LENGTH, 'notes');
    }
    if (input.fulfilment != null) changes.fulfilment = input.fulfilment;
    if (input.deliveryAddress !== undefined) {
      changes.deliveryAddress = input.deliveryAddress && addressOf(input.deliveryAddress);
    }
    if (input.couponCode !== undefined) {
      changes.couponCode = input.couponCode === null ? null : couponOf(input.couponCode);
    }
    if (input.tip != null) changes.tip = tipOf(input.tip, cart.currency);
    return changes;
  });
}

export function isExpired(cart: Cart, now: Date): boolean {
  return now.getTime() >= cart.expiresAt.getTime();
}

/** Whether the cart can be priced: it has lines, and an address when it is for delivery. */
export function readyForQuote(cart: Cart): { ok: true } | { ok: false; message: string } {
  if (cart.lines.length === 0) return { ok: false, message: 'the cart is empty' };
  if (cart.fulfilment === 'DELIVERY' && cart.deliveryAddress === null) {
    return { ok: false, message: 'a delivery needs a delivery address' };
  }
  return { ok: true };
}
