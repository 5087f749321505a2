import { defineLiveFields } from './define';

const byPaymentId = (data: { paymentId: string }) => data.paymentId;

export const paymentsLiveFields = defineLiveFields({
  /**
   * A payment's status, for its payer, support and admins. A refunded payment can still move (a
   * refund may fail later), so only a failed or cancelled payment ends its streams.
   */
  paymentStatusChanged: {
    subgraph: 'payments',
    argument: 'paymentId',
    resolveWith: { field: 'payment', argument: 'id' },
    triggers: {
      'payments.payment.authorized.v1': { key: byPaymentId },
      'payments.payment.captured.v1': { key: byPaymentId },
      'payments.payment.refunded.v1': { key: byPaymentId },
      'payments.payment.refund_failed.v1': { key: byPaymentId },
      'payments.payment.failed.v1': { key: byPaymentId, ends: () => true },
      'payments.payment.cancelled.v1': { key: byPaymentId, ends: () => true },
    },
  },
});
