import { closeMongo, connectMongo, startSubgraph, type RunningSubgraph } from '@dabba/subgraph-kit';
import { signedClient, userIdentity } from '@dabba/subgraph-kit/src/testing';
import type { Identity } from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import { createPaymentsSubgraph } from '../index';
import { FakeProvider } from './fake-provider';
import { eventually, publishOrderEvent } from './order-events';

const SECRET = 'payments-contract-test-secret-32-chars';
export const CUSTOMER = 'usr_pay_customer';
export const OTHER = 'usr_pay_other';
export const SUPPORT = userIdentity('usr_pay_support', ['SUPPORT']);
export const customer = userIdentity(CUSTOMER, ['CUSTOMER']);

const PAYMENT = `id status method amount { amount currency decimal } authorizedAmount { amount }
  capturedAmount { amount } refundedAmount { amount } tip { amount } shortfall { amount }
  nextAction { type url } failure { reason declineCode } order { id }`;
export const AUTHORIZE = `mutation ($input: AuthorizePaymentInput!) {
  authorizePayment(input: $input) {
    __typename
    ... on Payment { ${PAYMENT} }
    ... on PaymentError { code message }
    ... on PaymentDeclined { declineCode payment { id status } }
    ... on InvalidPaymentInput { field }
  }
}`;
const REFUND = `mutation ($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    __typename
    ... on Refund { id status amount { amount currency } payment { status refundedAmount { amount } } }
    ... on PaymentError { code message }
    ... on RefundExceedsCaptured { refundable { amount } }
    ... on CurrencyMismatch { expected }
    ... on InvalidPaymentState { paymentStatus: status }
  }
}`;
const READ = `query ($id: ID!) { payment(id: $id) { ${PAYMENT}
  refunds { id status amount { amount } }
  ledgerEntries { id kind currency postings { account amount } } } }`;
const RECONCILE = `query ($currency: String!) { ledgerReconciliation(currency: $currency) {
  currency total entryCount balances { account amount } } }`;

export type Result = Record<string, unknown> & { __typename: string; id: string; status: string };

/** A payments event as it was written to the subgraph's outbox. */
export interface PublishedEvent {
  type: string;
  source: string;
  subject: string;
  data: Record<string, unknown>;
}

/**
 * Starts the payments subgraph with fake card and cash providers for one contract test file
 * (its hooks are registered here) and gives the file's helpers. `prefix` keeps the file's order
 * ids and idempotency keys apart from other files'.
 */
export function paymentsContract(prefix: string) {
  const card = new FakeProvider('sandbox');
  const cash = new FakeProvider('cash');
  let subgraph: RunningSubgraph;
  let db: Connection;
  let query: ReturnType<typeof signedClient>;
  let sequence = 0;

  beforeAll(async () => {
    subgraph = await startSubgraph(createPaymentsSubgraph({ providers: { card, cash } }), {
      env: {
        IDENTITY_SECRET: SECRET,
        NODE_ENV: 'test',
        LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      },
      port: 0,
    });
    db = await connectMongo({ dbName: 'dabba_payments' });
    query = signedClient(subgraph.url, SECRET);
  });

  afterAll(async () => {
    await subgraph.close();
    await closeMongo();
  });

  const key = (name: string) => `${prefix}-${name}-${++sequence}-key`;

  async function authorize(input: Record<string, unknown>, userId = CUSTOMER): Promise<Result> {
    const result = await query<{ authorizePayment: Result }>(
      AUTHORIZE,
      { input: { idempotencyKey: key('authorize'), ...input } },
      userIdentity(userId, ['CUSTOMER']),
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.authorizePayment;
  }

  /** Places an order (as the orders subgraph would announce it) and waits for payments to know it. */
  async function placeOrder(total: number, currency = 'VND', customerId = CUSTOMER) {
    const orderId = `ord_${prefix}_${++sequence}`;
    await publishOrderEvent('orders.order.placed.v1', {
      orderId,
      customerId,
      storeId: 'sto_pay',
      total: { amount: total, currency },
      promotionIds: [],
      placedAt: new Date().toISOString(),
    });
    await eventually(async () => {
      const probe = await authorize(
        { orderId, method: 'CARD', idempotencyKey: 'probe-key' },
        customerId,
      );
      if (probe.__typename === 'UnknownOrder')
        throw new Error(`order ${orderId} not projected yet`);
    });
    return orderId;
  }

  async function authorizedPayment(total: number, extra: Record<string, unknown> = {}) {
    const orderId = await placeOrder(total);
    const payment = await authorize({
      orderId,
      method: 'CARD',
      paymentMethodRef: 'pm_card_visa',
      ...extra,
    });
    expect(payment.status).toBe('AUTHORIZED');
    return { orderId, paymentId: payment.id };
  }

  async function read(paymentId: string) {
    const result = await query<{
      payment: Result & {
        refunds: { id: string; status: string; amount: { amount: number } }[];
        ledgerEntries: {
          id: string;
          kind: string;
          postings: { account: string; amount: string }[];
        }[];
      };
    }>(READ, { id: paymentId }, SUPPORT);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.payment;
  }

  /** Announces the order delivered; returns the event's id. */
  async function deliver(orderId: string, finalTotal: number, tip: number, currency = 'VND') {
    return publishOrderEvent('orders.order.delivered.v1', {
      orderId,
      customerId: CUSTOMER,
      storeId: 'sto_pay',
      driverId: 'usr_pay_driver',
      lines: [],
      finalTotal: { amount: finalTotal, currency },
      tip: { amount: tip, currency },
      deliveredAt: new Date().toISOString(),
    });
  }

  async function capturedPayment(total: number) {
    const { orderId, paymentId } = await authorizedPayment(total);
    await deliver(orderId, total, 0);
    await eventually(async () => expect((await read(paymentId)).status).toBe('CAPTURED'));
    return { orderId, paymentId };
  }

  /** The ledger's balances in `currency`, as support reads them. */
  async function reconciliation(currency = 'VND', identity = SUPPORT) {
    return query<{
      ledgerReconciliation: {
        total: string;
        entryCount: number;
        balances: { account: string; amount: string }[];
      };
    }>(RECONCILE, { currency }, identity);
  }

  /** POSTs a webhook body to the subgraph's webhook endpoint, signed with `signature` if given. */
  const postWebhook = (body: Buffer, signature?: string) =>
    fetch(subgraph.url.replace(/\/graphql$/, '/webhooks/stripe'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(signature ? { 'stripe-signature': signature } : {}),
      },
      body,
    });

  const refund = (input: Record<string, unknown>, identity = SUPPORT) =>
    query<{ refundPayment: Result & Record<string, never> }>(
      REFUND,
      { input: { reason: 'cold food', idempotencyKey: key('refund'), ...input } },
      identity,
    );

  /**
   * The events the subgraph wrote to its outbox about a payment or an order (by id), oldest first
   * (entries stay after the relay sent them). Tests read it right after they observed a state
   * change, without waiting: an event staged in the same transaction is there as soon as the
   * change is.
   */
  async function published(paymentOrOrderId: string): Promise<PublishedEvent[]> {
    const entries = await db
      .collection<{ _id: string; event: PublishedEvent }>('outbox')
      .find({
        $or: [{ 'event.subject': paymentOrOrderId }, { 'event.data.orderId': paymentOrOrderId }],
      })
      .sort({ _id: 1 })
      .toArray();
    return entries.map(({ event }) => ({
      type: event.type,
      source: event.source,
      subject: event.subject,
      data: event.data,
    }));
  }

  /** Waits until the subgraph's consumer has handled (committed) the event with this id. */
  async function handled(eventId: string) {
    await eventually(async () => {
      const inbox = db.collection<{ _id: string }>('inbox');
      if ((await inbox.countDocuments({ eventId })) === 0) {
        throw new Error(`event ${eventId} not handled yet`);
      }
    });
  }

  /** Waits until the subgraph has applied the webhook with this provider event id. */
  async function webhookHandled(providerEventId: string) {
    const received = await eventually(async () => {
      const entry = await db.collection<{ _id: string; event: PublishedEvent }>('outbox').findOne({
        'event.type': 'payments.webhook.received.v1',
        'event.data.webhookId': { $regex: `:${providerEventId}$` },
      });
      if (!entry) throw new Error(`webhook ${providerEventId} not stored yet`);
      return entry;
    });
    await handled(received._id);
  }

  return {
    card,
    cash,
    query: <TData = Record<string, unknown>>(
      document: string,
      variables?: Record<string, unknown>,
      identity?: Identity,
    ) => query<TData>(document, variables, identity),
    key,
    authorize,
    placeOrder,
    authorizedPayment,
    read,
    deliver,
    capturedPayment,
    refund,
    reconciliation,
    postWebhook,
    published,
    handled,
    webhookHandled,
  };
}

const at = () => expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
const vnd = (amount: number) => ({ amount, currency: 'VND' });

/** An outbox entry as `published` returns it, with exactly `data` (its time any ISO instant). */
function event(type: string, data: Record<string, unknown>): PublishedEvent {
  return { type, source: 'payments', subject: data.paymentId as string, data };
}

/** The payment and its order are taken from `ids`; amounts are VND. */
type Ids = { paymentId: string; orderId: string };

export const authorizedEvent = (
  ids: Ids,
  fields: { amount: number; method?: 'CARD' | 'CASH'; customerId?: string },
) =>
  event('payments.payment.authorized.v1', {
    ...ids,
    customerId: fields.customerId ?? CUSTOMER,
    method: fields.method ?? 'CARD',
    amount: vnd(fields.amount),
    authorizedAt: at(),
  });

export const capturedEvent = (
  ids: Ids,
  fields: { amount: number; tip: number; shortfall: number },
) =>
  event('payments.payment.captured.v1', {
    ...ids,
    amount: vnd(fields.amount),
    tip: vnd(fields.tip),
    shortfall: vnd(fields.shortfall),
    capturedAt: at(),
  });

export const failedEvent = (ids: Ids, reason: string) =>
  event('payments.payment.failed.v1', { ...ids, reason, failedAt: at() });

export const refundedEvent = (
  ids: Ids,
  fields: { refundId: string; amount: number; full: boolean },
) =>
  event('payments.payment.refunded.v1', {
    ...ids,
    refundId: fields.refundId,
    amount: vnd(fields.amount),
    full: fields.full,
    refundedAt: at(),
  });

export const refundFailedEvent = (
  ids: Ids,
  fields: { refundId: string; amount: number; reason: string },
) =>
  event('payments.payment.refund_failed.v1', {
    ...ids,
    customerId: CUSTOMER,
    refundId: fields.refundId,
    amount: vnd(fields.amount),
    reason: fields.reason,
    failedAt: at(),
  });

export const cancelledEvent = (ids: Ids) =>
  event('payments.payment.cancelled.v1', { ...ids, customerId: CUSTOMER, cancelledAt: at() });

export { eventually, publishOrderEvent };
