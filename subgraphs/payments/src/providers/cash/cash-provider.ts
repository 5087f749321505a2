import { createHash } from 'node:crypto';
import { isCurrency, type Money } from '@dabba/subgraph-kit';
import { InvalidWebhookError, ProviderRequestError, type PaymentProvider } from '../port';

const REF = /^cash:([A-Z]{3}):(\d+):(.+)$/;

/** The cash "intent" of a payment: the amount agreed at checkout travels in the ref itself. */
function cashRef(paymentId: string, money: Money): string {
  return `cash:${money.currency}:${money.amount}:${paymentId}`;
}

function agreedAmount(intentRef: string): Money {
  const match = REF.exec(intentRef);
  if (!match)
    throw new ProviderRequestError(`${intentRef} is not a cash payment`, 'resource_missing');
  return { currency: match[1]!, amount: Number(match[2]) };
}

function check(money: Money, limit: Money): void {
  if (money.currency !== limit.currency) {
    throw new ProviderRequestError(
      `The payment is in ${limit.currency}, not ${money.currency}`,
      'currency_mismatch',
    );
  }
  if (!Number.isSafeInteger(money.amount) || money.amount < 1) {
    throw new ProviderRequestError('The amount must be a positive integer', 'amount_invalid');
  }
  if (money.amount > limit.amount) {
    throw new ProviderRequestError(
      `${money.amount} is more than the ${limit.amount} agreed at checkout`,
      'amount_too_large',
    );
  }
}

/**
 * Cash on delivery. Nothing is held at checkout, so authorization always succeeds at once; the
 * capture is the driver handing over what they collected at the door; a refund is money owed
 * back to the customer, recorded as `pending` (support pays it out). The adapter keeps no state:
 * the amount agreed at checkout is carried in the ref, and the payment's own record in the
 * payments database is the truth about what was collected and refunded. Cash has no webhooks.
 */
export function createCashProvider(): PaymentProvider {
  return {
    name: 'cash',

    async ensureCustomer({ userId }) {
      return { customerRef: `cash:${userId}` };
    },

    async authorize(request) {
      const { amount } = request;
      if (
        !isCurrency(amount.currency) ||
        !Number.isSafeInteger(amount.amount) ||
        amount.amount < 1
      ) {
        throw new ProviderRequestError(
          'The amount must be a positive integer in a known currency',
          'amount_invalid',
        );
      }
      return { status: 'authorized', intentRef: cashRef(request.paymentId, amount), amount };
    },

    async retrieve(intentRef) {
      return { status: 'requires_capture', amount: agreedAmount(intentRef) };
    },

    async capture(intentRef, money) {
      check(money, agreedAmount(intentRef));
      return { intentRef, captured: money };
    },

    async cancel(intentRef) {
      agreedAmount(intentRef);
    },

    async refund(intentRef, money, idempotencyKey) {
      check(money, agreedAmount(intentRef));
      const digest = createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24);
      return { refundRef: `cash_refund:${digest}`, amount: money, status: 'pending' };
    },

    async listPaymentMethods() {
      return [];
    },

    parseWebhook() {
      throw new InvalidWebhookError('Cash on delivery has no webhooks');
    },
  };
}
