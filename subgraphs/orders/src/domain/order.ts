import type { Money } from '@dabba/subgraph-kit';
import type { CartLine, DeliveryAddress, Fulfilment, SubstitutionPreference } from './cart';
import type { PriceBreakdown } from './pricing';

export const ORDER_STATUSES = [
  'PENDING_PAYMENT',
  'PLACED',
  'ACCEPTED',
  'PREPARING',
  'READY_FOR_PICKUP',
  'PICKED_UP',
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
  'FAILED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Statuses after which nothing changes any more. */
export const FINAL_STATUSES: ReadonlySet<OrderStatus> = new Set([
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
  'FAILED',
]);

/** What a store works on: paid and not yet handed to the driver. */
export const OPEN_STATUSES: readonly OrderStatus[] = [
  'PLACED',
  'ACCEPTED',
  'PREPARING',
  'READY_FOR_PICKUP',
];

export const ORDER_ACTIONS = [
  'PLACE',
  'PAYMENT_AUTHORIZED',
  'PAYMENT_FAILED',
  'ACCEPT',
  'START_PREPARING',
  'MARK_READY',
  'ASSIGN_DRIVER',
  'PICK_UP',
  'DELIVER',
  'CANCEL',
  'REJECT',
  'PROPOSE_SUBSTITUTE',
  'MARK_UNAVAILABLE',
  'ACCEPT_SUBSTITUTE',
  'DECLINE_SUBSTITUTE',
] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export const ACTOR_KINDS = ['CUSTOMER', 'STORE', 'DRIVER', 'SUPPORT', 'SYSTEM'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** Who asks for a change, as the use case established it from the caller's identity. */
export interface Actor {
  kind: ActorKind;
  /** The person; null for SYSTEM and partner API keys. */
  id: string | null;
}

export type OrderLineState = 'ORDERED' | 'SUBSTITUTION_PROPOSED' | 'SUBSTITUTED' | 'REMOVED';

export interface ProposedSubstitute {
  sku: string;
  quantity: number;
  /** Minor units, in the order's currency. */
  unitPrice: number;
  total: number;
  respondBy: Date;
}

export interface OrderLine {
  id: string;
  kind: CartLine['kind'];
  sku: string | null;
  itemId: string | null;
  /** PRODUCT lines: the catalog's product id, for reviews of what was delivered. */
  productId?: string | null;
  modifiers: CartLine['modifiers'];
  quantity: number;
  /** Minor units. */
  unitPrice: number;
  /** unitPrice × quantity − the line's discount, minor units. */
  netTotal: number;
  substitution: SubstitutionPreference | null;
  state: OrderLineState;
  proposedSubstitute: ProposedSubstitute | null;
}

/** A line with its order's currency, as the API shows it. */
export type OrderLineView = OrderLine & { currency: string };

/** One change of the order, as it happened. The order document is the fold of these. */
export interface TimelineEntry {
  sequence: number;
  at: Date;
  action: OrderAction;
  actor: Actor;
  /** The status after the entry. */
  status: OrderStatus;
  reason: string | null;
  /** ASSIGN_DRIVER: the driver; line actions: the line and the substitute. */
  driverId?: string;
  lineId?: string;
  substitute?: ProposedSubstitute;
}

export interface Order {
  id: string;
  customerId: string;
  storeId: string;
  /** The organisation running the store, when checkout learnt it: its members are the staff. */
  organizationId: string | null;
  currency: string;
  status: OrderStatus;
  fulfilment: Fulfilment;
  deliveryAddress: DeliveryAddress | null;
  notes: string | null;
  lines: OrderLine[];
  pricing: PriceBreakdown;
  /** What the goods delivered cost, tip excluded, after substitutions (minor units). */
  finalGoodsTotal: number;
  promotionIds: string[];
  driverId: string | null;
  timeline: TimelineEntry[];
  storeResponseDeadline: Date | null;
  endReason: string | null;
  /** The checkout's idempotency key, per customer. */
  idempotencyKey: string;
  quoteId: string;
  placedAt: Date;
  updatedAt: Date;
  /** Bumped by every entry: the optimistic-concurrency guard of each save. */
  version: number;
}

export const money = (amount: number, currency: string): Money => ({ amount, currency });
