import type { PaymentsPersistence } from '../persistence';
import { makeApplyWebhook, type ApplyWebhook } from './apply-webhook';
import { makeAuthorizeOrderPayment, type AuthorizeOrderPayment } from './authorize-order-payment';
import { makeAuthorizePayment, type AuthorizePayment } from './authorize-payment';
import { makeCapturePayment, type CapturePayment } from './capture-payment';
import { makeConfirmPayment, type ConfirmPayment } from './confirm-payment';
import { makeEndOrder, type EndOrder } from './end-order';
import {
  makeGetOrdersByIds,
  makeGetPaymentsByIds,
  makeGetPaymentsOfOrders,
  type GetOrdersByIds,
  type GetPaymentsByIds,
  type GetPaymentsOfOrders,
} from './get-payments';
import {
  makeGetLedgerEntries,
  makeReconcileLedger,
  type GetLedgerEntries,
  type ReconcileLedger,
} from './ledger-queries';
import { makeListPayments, type ListPayments } from './list-payments';
import { makeProjectOrder, type ProjectOrder } from './project-order';
import { makeReceiveWebhook, type ReceiveWebhook } from './receive-webhook';
import { makeRefundPayment, type RefundPayment } from './refund-payment';
import type { PaymentsRuntime } from './runtime';
import { makeListSavedPaymentMethods, type ListSavedPaymentMethods } from './saved-payment-methods';

export type { PaymentProviders, PaymentsRuntime } from './runtime';

export interface PaymentsServices {
  projectOrder: ProjectOrder;
  authorizePayment: AuthorizePayment;
  authorizeOrderPayment: AuthorizeOrderPayment;
  confirmPayment: ConfirmPayment;
  capturePayment: CapturePayment;
  refundPayment: RefundPayment;
  endOrder: EndOrder;
  receiveWebhook: ReceiveWebhook;
  applyWebhook: ApplyWebhook;
  getPaymentsByIds: GetPaymentsByIds;
  getPaymentsOfOrders: GetPaymentsOfOrders;
  getOrdersByIds: GetOrdersByIds;
  listPayments: ListPayments;
  listSavedPaymentMethods: ListSavedPaymentMethods;
  reconcileLedger: ReconcileLedger;
  getLedgerEntries: GetLedgerEntries;
}

export function createPaymentsServices(
  persistence: PaymentsPersistence,
  runtime: PaymentsRuntime,
): PaymentsServices {
  const deps = { ...persistence, ...runtime, now: runtime.now ?? (() => new Date()) };
  const projectOrder = makeProjectOrder(deps);
  return {
    projectOrder,
    authorizePayment: makeAuthorizePayment(deps),
    authorizeOrderPayment: makeAuthorizeOrderPayment(deps, projectOrder),
    confirmPayment: makeConfirmPayment(deps),
    capturePayment: makeCapturePayment(deps),
    refundPayment: makeRefundPayment(deps),
    endOrder: makeEndOrder(deps),
    receiveWebhook: makeReceiveWebhook(deps, runtime.providers.card),
    applyWebhook: makeApplyWebhook(deps),
    getPaymentsByIds: makeGetPaymentsByIds(deps),
    getPaymentsOfOrders: makeGetPaymentsOfOrders(deps),
    getOrdersByIds: makeGetOrdersByIds(deps),
    listPayments: makeListPayments(deps),
    listSavedPaymentMethods: makeListSavedPaymentMethods(deps),
    reconcileLedger: makeReconcileLedger(deps),
    getLedgerEntries: makeGetLedgerEntries(deps),
  };
}
