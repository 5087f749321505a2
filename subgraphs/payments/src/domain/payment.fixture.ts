import type { Payment } from './payment';

/** A payment for tests, authorised for 100,000 VND by card unless overridden. */
export function aPayment(overrides: Partial<Payment> = {}): Payment {
  const at = new Date('2026-03-01T10:00:00.000Z');
  return {
    id: 'pay_1',
    orderId: 'ord_1',
    customerId: 'usr_customer',
    storeId: 'sto_1',
    method: 'CARD',
    provider: 'sandbox',
    status: 'AUTHORIZED',
    currency: 'VND',
    amount: 100_000,
    tip: 0,
    authorized: 100_000,
    captured: 0,
    refunded: 0,
    shortfall: 0,
    intentRef: 'pi_1',
    nextAction: null,
    failure: null,
    idempotencyKey: 'key-1',
    checkout: {
      paymentMethodRef: 'pm_card_visa',
      savePaymentMethod: false,
      returnUrl: null,
      customerRef: null,
    },
    refunds: [],
    createdAt: at,
    updatedAt: at,
    ...overrides,
  };
}
