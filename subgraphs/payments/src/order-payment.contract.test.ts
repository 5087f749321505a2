import { SERVICE_IDENTITY } from '@dabba/subgraph-kit';
import {
  CUSTOMER,
  authorizedEvent,
  customer,
  paymentsContract,
  publishOrderEvent,
  type Result,
} from './testing/contract';

const { query, key, placeOrder, read, published, handled } = paymentsContract('opay');

const AUTHORIZE_ORDER = `mutation ($input: AuthorizeOrderPaymentInput!) {
  authorizeOrderPayment(input: $input) {
    __typename
    ... on Payment { id status method amount { amount currency } tip { amount } order { id } }
    ... on PaymentError { code }
    ... on OrderAlreadyPaid { payment { id } }
    ... on InvalidPaymentInput { field }
  }
}`;

let sequence = 0;

/** An order as the orders service places it: not yet known to payments. */
const checkout = (input: Record<string, unknown> = {}) => ({
  orderId: `ord_opay_checkout_${++sequence}`,
  customerId: CUSTOMER,
  storeId: 'sto_pay',
  totalAmount: 120_000,
  currency: 'VND',
  method: 'CARD',
  paymentMethodRef: 'pm_card_visa',
  idempotencyKey: key('order'),
  ...input,
});

async function authorizeOrder(input: Record<string, unknown>, identity = SERVICE_IDENTITY) {
  const result = await query<{ authorizeOrderPayment: Result }>(
    AUTHORIZE_ORDER,
    { input },
    identity,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.authorizeOrderPayment;
}

describe('authorizeOrderPayment', () => {
  it('authorises a card for the order as orders placed it, and a replay returns the same payment', async () => {
    const input = checkout({ tipAmount: 15_000, promotionIds: ['pro_opay'] });
    const first = await authorizeOrder(input);
    expect(first).toMatchObject({
      __typename: 'Payment',
      status: 'AUTHORIZED',
      method: 'CARD',
      amount: { amount: 135_000, currency: 'VND' },
      tip: { amount: 15_000 },
      order: { id: input.orderId },
    });
    expect(await authorizeOrder(input)).toEqual(first);
    const ids = { paymentId: first.id, orderId: input.orderId };
    expect(await published(input.orderId)).toEqual([authorizedEvent(ids, { amount: 135_000 })]);
  });

  it('authorises cash at once', async () => {
    const input = checkout({ method: 'CASH', paymentMethodRef: null });
    const payment = await authorizeOrder(input);
    expect(payment).toMatchObject({
      __typename: 'Payment',
      status: 'AUTHORIZED',
      method: 'CASH',
      amount: { amount: 120_000 },
    });
    expect(await authorizeOrder(input)).toEqual(payment);
  });

  it('is for services only', async () => {
    const input = checkout();
    const asCustomer = await query(AUTHORIZE_ORDER, { input }, customer);
    expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await published(input.orderId)).toEqual([]);
  });

  it('pays for an order the placed event projected first, and refuses one it contradicts', async () => {
    const orderId = await placeOrder(80_000);
    for (const conflict of [
      { totalAmount: 81_000 },
      { currency: 'USD' },
      { storeId: 'sto_other' },
      { customerId: 'usr_pay_other' },
    ]) {
      expect(await authorizeOrder(checkout({ orderId, totalAmount: 80_000, ...conflict }))).toEqual(
        { __typename: 'InvalidPaymentInput', code: 'INVALID_INPUT', field: 'orderId' },
      );
    }
    expect(await published(orderId)).toEqual([]);
    const payment = await authorizeOrder(checkout({ orderId, totalAmount: 80_000 }));
    expect(payment).toMatchObject({ status: 'AUTHORIZED', amount: { amount: 80_000 } });
  });

  it('is not changed by the placed event arriving after it', async () => {
    const input = checkout();
    const payment = await authorizeOrder(input);
    const before = await read(payment.id);
    const events = await published(input.orderId);
    await handled(
      await publishOrderEvent('orders.order.placed.v1', {
        orderId: input.orderId,
        customerId: CUSTOMER,
        storeId: 'sto_pay',
        total: { amount: 120_000, currency: 'VND' },
        promotionIds: [],
        placedAt: new Date().toISOString(),
      }),
    );
    expect(await read(payment.id)).toEqual(before);
    expect(await published(input.orderId)).toEqual(events);
    // Still the same order to payments: another attempt finds it paid, not contradicted.
    expect(await authorizeOrder({ ...input, idempotencyKey: key('again') })).toMatchObject({
      __typename: 'OrderAlreadyPaid',
      payment: { id: payment.id },
    });
  });

  it('refuses a negative tip or total, and an unknown currency', async () => {
    for (const [field, input] of [
      ['tipAmount', { tipAmount: -1 }],
      ['totalAmount', { totalAmount: -1 }],
      ['currency', { currency: 'XXQ' }],
    ] as const) {
      const refused = checkout(input);
      expect(await authorizeOrder(refused)).toMatchObject({ code: 'INVALID_INPUT', field });
      expect(await published(refused.orderId as string)).toEqual([]);
    }
  });
});
