import type { Money } from '@dabba/subgraph-kit';

/**
 * The PaymentProvider port: what payments needs from a PSP. Adapters: Stripe (stripe SDK),
 * the sandbox PSP (the embedded default, Stripe test-mode behaviour) and cash on delivery.
 * Card data never reaches Dabba: the client tokenises the card with the PSP and we only ever see
 * the PSP's ids (`paymentMethodRef`, `customerRef`, `intentRef`).
 *
 * Every call that moves or reserves money takes an idempotency key derived from our own ids
 * (e.g. `pay_123:authorize`), so a retried call never charges twice.
 */
export type ProviderName = 'stripe' | 'sandbox' | 'cash';

export interface AuthorizeRequest {
  /** Our payment id; the adapter stores it in the PSP's metadata. */
  paymentId: string;
  orderId: string;
  amount: Money;
  customerRef?: string;
  /** A PSP payment method id (e.g. `pm_…`); absent for cash. */
  paymentMethodRef?: string;
  /** Keep the method on the customer for later orders. */
  savePaymentMethod?: boolean;
  /** Where the PSP sends the customer back after a 3-D Secure challenge. */
  returnUrl?: string;
}

/** What the client must do before the payment can go on (3-D Secure). */
export interface NextAction {
  type: 'redirect_to_url' | 'use_sdk';
  /** For redirect_to_url. */
  url?: string;
  /** For use_sdk: the intent's client secret, which the PSP's client SDK completes. */
  clientSecret?: string;
}

export type AuthorizationOutcome =
  | { status: 'authorized'; intentRef: string; amount: Money }
  | { status: 'requires_action'; intentRef: string; nextAction: NextAction }
  | { status: 'declined'; intentRef?: string; reason: string; declineCode?: string };

export interface CaptureOutcome {
  intentRef: string;
  captured: Money;
}

export interface RefundOutcome {
  refundRef: string;
  amount: Money;
  status: 'succeeded' | 'pending' | 'failed';
}

/** An intent's state as the PSP reports it, for confirmation and reconciliation. */
export type IntentStatus =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'succeeded'
  | 'canceled';

export interface SavedPaymentMethod {
  ref: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/**
 * A verified webhook event, reduced to what payments acts on. `type` is the PSP's event type
 * (the sandbox uses Stripe's): `payment_intent.amount_capturable_updated` (authorized, amount =
 * what can be captured), `payment_intent.succeeded` (captured, amount = what was captured),
 * `payment_intent.payment_failed` (declined or 3-D Secure failed, with `failureReason`),
 * `payment_intent.canceled`, `payment_intent.requires_action`, `refund.created`,
 * `refund.updated`, `refund.failed` and `charge.refund.updated` (with `refundRef`, `refundStatus`,
 * `refundKey`, the refund's amount and, once it failed, `failureReason`), `charge.refunded`
 * (amount = everything refunded on the charge so far). Any other type comes
 * with only `id`, `type` and `occurredAt`: acknowledge it and ignore it.
 */
export interface ProviderEvent {
  /** The PSP's event id: replays are de-duplicated by it. */
  id: string;
  type: string;
  intentRef?: string;
  /** Our payment id from the intent's metadata, when present. */
  paymentId?: string;
  intentStatus?: IntentStatus;
  amount?: Money;
  failureReason?: string;
  /** For refund events: the PSP's refund id and its state. */
  refundRef?: string;
  refundStatus?: RefundOutcome['status'];
  /**
   * For refund events: the idempotency key the refund was asked with (`<refundId>:refund`), which
   * names our refund even before the PSP's answer, and so its id, was recorded.
   */
  refundKey?: string;
  occurredAt: Date;
}

/** The PSP refused the request (e.g. amount too large); not a network failure. */
export class ProviderRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ProviderRequestError';
  }
}

/**
 * The PSP could not be reached or failed (connection error, timeout, 5xx, rate limit) even after
 * the adapter's retries. The outcome is unknown: retry later with the same idempotency key.
 */
export class ProviderUnavailableError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'ProviderUnavailableError';
  }
}

/** The webhook's signature is missing, forged, or its timestamp outside the tolerance. */
export class InvalidWebhookError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InvalidWebhookError';
  }
}

export interface PaymentProvider {
  readonly name: ProviderName;
  ensureCustomer(
    input: { userId: string; email?: string | null },
    idempotencyKey: string,
  ): Promise<{ customerRef: string }>;
  authorize(request: AuthorizeRequest, idempotencyKey: string): Promise<AuthorizationOutcome>;
  /** Re-reads an intent after the client completed an action (3-D Secure). */
  retrieve(intentRef: string): Promise<{ status: IntentStatus; amount: Money }>;
  capture(intentRef: string, amount: Money, idempotencyKey: string): Promise<CaptureOutcome>;
  /** Cancels an intent that was never captured, releasing the hold. */
  cancel(intentRef: string, idempotencyKey: string): Promise<void>;
  refund(intentRef: string, amount: Money, idempotencyKey: string): Promise<RefundOutcome>;
  listPaymentMethods(customerRef: string): Promise<SavedPaymentMethod[]>;
  /** Verifies the signature over the raw body and decodes the event; throws InvalidWebhookError. */
  parseWebhook(rawBody: Buffer, signatureHeader: string | undefined): ProviderEvent;
}
