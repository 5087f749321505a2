import { SERVICE_IDENTITY, type Identity, type ServiceClient } from '@dabba/subgraph-kit';
import type { CartLine, GeoPoint } from '../domain/cart';
import type { BasketPrice, PricedLine } from '../domain/pricing';

/** What checkout needs to know of a store. */
export interface CheckoutStore {
  id: string;
  kind: 'RESTAURANT' | 'GROCERY';
  currency: string;
  organizationId: string | null;
  location: GeoPoint;
  city: string;
  countryCode: string;
  openNow: boolean;
  /** Whether the store delivers to the address asked about; null when none was. */
  deliversThere: boolean | null;
}

/** Why the catalog would not price a basket. */
export type BasketRefusal =
  { kind: 'INVALID_SELECTION'; problems: string[] } | { kind: 'COUPON_REJECTED'; message: string };

export interface CheckoutView {
  store: CheckoutStore | null;
  /** Absent when the basket was not asked for (no lines). */
  basket:
    | ({ ok: true; promotionIds: string[] } & BasketPrice)
    | { ok: false; refusal: BasketRefusal }
    | null;
}

export type ReservationOutcome =
  | { ok: true }
  | { ok: false; kind: 'OUT_OF_STOCK'; skus: string[] }
  | { ok: false; kind: 'INVALID_SELECTION'; problems: string[] };

/** The catalog as orders uses it: store checks and prices for the customer, stock as a service. */
export interface CatalogPort {
  checkout(
    customer: Identity,
    request: {
      storeId: string;
      lines: readonly CartLine[];
      couponCode: string | null;
      deliverTo: GeoPoint | null;
    },
  ): Promise<CheckoutView>;
  reserveStock(
    storeId: string,
    reservationKey: string,
    lines: { sku: string; quantity: number }[],
    ttlSeconds: number,
  ): Promise<ReservationOutcome>;
}

const MONEY = 'amount currency';

const CHECKOUT = /* GraphQL */ `
  query OrdersCheckout(
    $storeId: ID!
    $lines: [BasketLineInput!]!
    $couponCode: String
    $priced: Boolean!
    $delivery: Boolean!
    $lat: Float!
    $lng: Float!
  ) {
    store(id: $storeId) {
      id
      kind
      currency
      organization { id }
      location { lat lng }
      address { city countryCode }
      openNow
      deliversTo(lat: $lat, lng: $lng) @include(if: $delivery)
    }
    quoteBasket(storeId: $storeId, lines: $lines, couponCode: $couponCode) @include(if: $priced) {
      __typename
      ... on BasketQuote {
        subtotal { ${MONEY} }
        discounts { promotionId description amount { ${MONEY} } coupon }
        lines { lineId kind sku itemId productId quantity unitPrice { ${MONEY} } total { ${MONEY} } discount { ${MONEY} } }
        promotionIds
      }
      ... on InvalidMenuSelection { message invalidLines: lines { itemId problems { message } } }
      ... on InvalidProductInput { message problems { field message } }
      ... on UnknownSkus { message skus }
      ... on CouponRejected { message }
      ... on BelowMinimumOrder { message }
    }
  }
`;

const RESERVE = /* GraphQL */ `
  mutation OrdersReserveStock($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on InsufficientStock {
        lines {
          sku
        }
      }
      ... on UnknownSkus {
        skus
      }
      ... on InvalidProductInput {
        message
      }
      ... on ReservationKeyReused {
        message
      }
    }
  }
`;

interface Amount {
  amount: number;
  currency: string;
}

interface CheckoutData {
  store: {
    id: string;
    kind: CheckoutStore['kind'];
    currency: string;
    organization: { id: string } | null;
    location: GeoPoint;
    address: { city: string; countryCode: string };
    openNow: boolean;
    deliversTo?: boolean;
  } | null;
  quoteBasket?: {
    __typename: string;
    message?: string;
    subtotal?: Amount;
    discounts?: { promotionId: string; description: string; amount: Amount; coupon: boolean }[];
    lines?: {
      lineId: string;
      kind: CartLine['kind'];
      sku: string | null;
      itemId: string | null;
      productId: string | null;
      quantity: number;
      unitPrice: Amount;
      total: Amount;
      discount: Amount;
    }[];
    promotionIds?: string[];
    skus?: string[];
    problems?: { field: string; message: string }[];
    /** InvalidMenuSelection's lines, aliased: QuotedLine.itemId is nullable, theirs is not. */
    invalidLines?: { itemId: string; problems: { message: string }[] }[];
  };
}

/**
 * The catalog's id of a basket line (`QuotedLine.lineId`): the SKU, or the menu item with its
 * choices, groups and options in sorted order — the catalog's documented form, which lets each
 * quoted line be matched back to the cart line it prices.
 */
export function catalogLineId(line: CartLine): string {
  if (line.kind === 'PRODUCT') return line.sku!;
  const groups = new Map<string, string[]>();
  for (const { groupId, optionId } of line.modifiers) {
    groups.set(groupId, [...(groups.get(groupId) ?? []), optionId]);
  }
  const choices = [...groups.keys()]
    .sort()
    .map((groupId) => `${groupId}=${groups.get(groupId)!.sort().join(',')}`);
  return choices.length === 0 ? line.itemId! : `${line.itemId}|${choices.join(';')}`;
}

function basketLines(lines: readonly CartLine[]) {
  return lines.map((line) =>
    line.kind === 'PRODUCT'
      ? { kind: 'PRODUCT', sku: line.sku, quantity: line.quantity }
      : {
          kind: 'MENU_ITEM',
          itemId: line.itemId,
          quantity: line.quantity,
          modifiers: [...new Set(line.modifiers.map((m) => m.groupId))].map((groupId) => ({
            groupId,
            optionIds: line.modifiers.filter((m) => m.groupId === groupId).map((m) => m.optionId),
          })),
        },
  );
}

function readBasket(
  lines: readonly CartLine[],
  quote: NonNullable<CheckoutData['quoteBasket']>,
): CheckoutView['basket'] {
  switch (quote.__typename) {
    case 'BasketQuote': {
      const byCatalogId = new Map(lines.map((line) => [catalogLineId(line), line]));
      const priced = (quote.lines as NonNullable<typeof quote.lines>).map((quoted): PricedLine => {
        const line = byCatalogId.get(quoted.lineId);
        if (!line)
          throw new Error(`the catalog priced a line the cart does not have: ${quoted.lineId}`);
        return {
          lineId: line.id,
          kind: line.kind,
          sku: line.sku,
          itemId: line.itemId,
          productId: quoted.productId,
          quantity: quoted.quantity,
          unitPrice: quoted.unitPrice.amount,
          total: quoted.total.amount,
          discount: quoted.discount.amount,
        };
      });
      return {
        ok: true,
        currency: quote.subtotal!.currency,
        subtotal: quote.subtotal!.amount,
        lines: priced,
        discounts: quote.discounts!.map((discount) => ({
          promotionId: discount.promotionId,
          description: discount.description,
          amount: discount.amount.amount,
          coupon: discount.coupon,
        })),
        promotionIds: quote.promotionIds!,
      };
    }
    case 'CouponRejected':
    case 'BelowMinimumOrder':
      return { ok: false, refusal: { kind: 'COUPON_REJECTED', message: quote.message! } };
    case 'InvalidMenuSelection': {
      const invalid = quote.invalidLines!;
      return {
        ok: false,
        refusal: {
          kind: 'INVALID_SELECTION',
          problems: invalid.flatMap((line) =>
            line.problems.map((p) => `${line.itemId}: ${p.message}`),
          ),
        },
      };
    }
    case 'UnknownSkus':
      return {
        ok: false,
        refusal: {
          kind: 'INVALID_SELECTION',
          problems: [`Unknown SKUs: ${quote.skus!.join(', ')}`],
        },
      };
    default:
      return {
        ok: false,
        refusal: {
          kind: 'INVALID_SELECTION',
          problems: (quote.problems ?? []).map((p) => `${p.field}: ${p.message}`),
        },
      };
  }
}

export function createCatalogPort(client: ServiceClient): CatalogPort {
  return {
    async checkout(customer, { storeId, lines, couponCode, deliverTo }) {
      const data = await client.request<CheckoutData>(
        CHECKOUT,
        {
          storeId,
          lines: basketLines(lines),
          couponCode,
          priced: lines.length > 0,
          delivery: deliverTo !== null,
          lat: deliverTo?.lat ?? 0,
          lng: deliverTo?.lng ?? 0,
        },
        customer,
      );
      const store = data.store;
      return {
        store: store && {
          id: store.id,
          kind: store.kind,
          currency: store.currency,
          organizationId: store.organization?.id ?? null,
          location: store.location,
          city: store.address.city,
          countryCode: store.address.countryCode,
          openNow: store.openNow,
          deliversThere: store.deliversTo ?? null,
        },
        basket: data.quoteBasket ? readBasket(lines, data.quoteBasket) : null,
      };
    },

    async reserveStock(storeId, reservationKey, lines, ttlSeconds) {
      const { reserveStock: result } = await client.request<{
        reserveStock: {
          __typename: string;
          lines?: { sku: string }[];
          skus?: string[];
          message?: string;
        };
      }>(RESERVE, { input: { storeId, reservationKey, lines, ttlSeconds } }, SERVICE_IDENTITY);
      switch (result.__typename) {
        case 'StockReservation':
          return { ok: true };
        case 'InsufficientStock':
          return { ok: false, kind: 'OUT_OF_STOCK', skus: result.lines!.map((line) => line.sku) };
        case 'UnknownSkus':
          return { ok: false, kind: 'OUT_OF_STOCK', skus: result.skus! };
        default:
          return {
            ok: false,
            kind: 'INVALID_SELECTION',
            problems: [result.message ?? result.__typename],
          };
      }
    },
  };
}
