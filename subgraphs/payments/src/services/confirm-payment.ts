import { NotFoundError } from '@dabba/subgraph-kit';
import { applyAuthorization, cancelPayment, statusOfIntent, type Payment } from '../domain/payment';
import {
  invalidState,
  type InvalidPaymentState,
  type PaymentDeclined,
  type PaymentProviderUnavailable,
} from '../domain/results';
import { ProviderUnavailableError } from '../providers/port';
import { recordChange } from './record';
import { providerFor, type Deps } from './runtime';

export type ConfirmPaymentResult =
  | ({ kind: 'Payment' } & Payment)
  | PaymentDeclined
  | InvalidPaymentState
  | PaymentProviderUnavailable;

/**
 * Goes on with a payment after the customer completed 3-D Secure: asks the provider where the
 * intent stands and records it. Calling it again, or after the webhook already told us, returns
 * the payment as it is.
 */
export type ConfirmPayment = (paymentId: string) => Promise<ConfirmPaymentResult>;

function resultOf(payment: Payment): ConfirmPaymentResult {
  if (payment.status === 'FAILED') {
    return {
      kind: 'PaymentDeclined',
      reason: payment.failure?.reason ?? 'authentication_failed',
      declineCode: payment.failure?.declineCode ?? null,
      payment,
    };
  }
  if (payment.status === 'CANCELLED' || payment.status === 'PENDING') {
    return invalidState(payment.status, `A ${payment.status} payment cannot be confirmed`);
  }
  return { kind: 'Payment', ...payment };
}

export function makeConfirmPayment(deps: Deps): ConfirmPayment {
  return async (paymentId) => {
    const payment = await deps.payments.findById(paymentId);
    if (!payment) throw new NotFoundError(`No payment ${paymentId}`, { paymentId });
    if (payment.status !== 'REQUIRES_ACTION' || !payment.intentRef) return resultOf(payment);

    let intent;
    try {
      intent = await providerFor(deps, payment).retrieve(payment.intentRef);
    } catch (error) {
      if (error instanceof ProviderUnavailableError) return { kind: 'PaymentProviderUnavailable' };
      throw error;
    }
    const now = deps.now();
    let next: Payment;
    switch (statusOfIntent(intent.status)) {
      case 'AUTHORIZED':
        next = applyAuthorization(
          payment,
          { status: 'authorized', intentRef: payment.intentRef, amount: intent.amount },
          now,
        );
        break;
      case 'FAILED':
        next = applyAuthorization(
          payment,
          { status: 'declined', intentRef: payment.intentRef, reason: 'authentication_failed' },
          now,
        );
        break;
      case 'CANCELLED':
        next = cancelPayment(payment, now);
        break;
      default:
        // Still waiting for the customer (or the provider): nothing changed.
        return resultOf(payment);
    }
    try {
      await deps.unitOfWork.run((tx) => recordChange(deps, tx, payment, next));
      return resultOf(next);
    } catch (error) {
      const current = await deps.payments.findById(paymentId);
      if (!current || current.status === 'REQUIRES_ACTION') throw error;
      return resultOf(current);
    }
  };
}
