import { InvalidWebhookError, ProviderRequestError } from '../port';
import { createCashProvider } from './cash-provider';

const cash = createCashProvider();
const vnd = (amount: number) => ({ amount, currency: 'VND' });
const request = { paymentId: 'pay_cash_1', orderId: 'ord_1', amount: vnd(150_000) };

async function authorized(): Promise<string> {
  const outcome = await cash.authorize(request, 'pay_cash_1:authorize');
  if (outcome.status !== 'authorized') throw new Error('cash is always authorized');
  return outcome.intentRef;
}

describe('cash on delivery', () => {
  it('authorizes at once, holding nothing', async () => {
    expect(await cash.authorize(request, 'k')).toEqual({
      status: 'authorized',
      intentRef: 'cash:VND:150000:pay_cash_1',
      amount: vnd(150_000),
    });
    expect(await cash.retrieve(await authorized())).toEqual({
      status: 'requires_capture',
      amount: vnd(150_000),
    });
  });

  it('refuses an amount that is not a positive integer', async () => {
    await expect(cash.authorize({ ...request, amount: vnd(0) }, 'k')).rejects.toMatchObject({
      code: 'amount_invalid',
    });
    await expect(
      cash.authorize({ ...request, amount: { amount: 1.5, currency: 'USD' } }, 'k'),
    ).rejects.toBeInstanceOf(ProviderRequestError);
  });

  it('records what the driver collected, up to the amount agreed at checkout', async () => {
    const intentRef = await authorized();
    expect(await cash.capture(intentRef, vnd(140_000), 'k')).toEqual({
      intentRef,
      captured: vnd(140_000),
    });
    await expect(cash.capture(intentRef, vnd(150_001), 'k')).rejects.toMatchObject({
      code: 'amount_too_large',
    });
    await expect(
      cash.capture(intentRef, { amount: 100, currency: 'USD' }, 'k'),
    ).rejects.toMatchObject({
      code: 'currency_mismatch',
    });
  });

  it('records a refund as owed back, with the same ref for the same key', async () => {
    const intentRef = await authorized();
    const refund = await cash.refund(intentRef, vnd(50_000), 'pay_cash_1:refund:1');
    expect(refund).toEqual({
      refundRef: expect.stringMatching(/^cash_refund:/),
      amount: vnd(50_000),
      status: 'pending',
    });
    expect(await cash.refund(intentRef, vnd(50_000), 'pay_cash_1:refund:1')).toEqual(refund);
    expect((await cash.refund(intentRef, vnd(50_000), 'pay_cash_1:refund:2')).refundRef).not.toBe(
      refund.refundRef,
    );
    await expect(cash.refund(intentRef, vnd(150_001), 'k')).rejects.toMatchObject({
      code: 'amount_too_large',
    });
  });

  it('cancels without anything to release, and refuses refs that are not cash', async () => {
    await expect(cash.cancel(await authorized(), 'k')).resolves.toBeUndefined();
    await expect(cash.cancel('pi_123', 'k')).rejects.toMatchObject({ code: 'resource_missing' });
    await expect(cash.retrieve('pi_123')).rejects.toBeInstanceOf(ProviderRequestError);
  });

  it('has no saved methods and no webhooks', async () => {
    expect(await cash.listPaymentMethods('cash:usr_1')).toEqual([]);
    expect(() => cash.parseWebhook(Buffer.from('{}'), 't=1,v1=x')).toThrow(InvalidWebhookError);
  });
});
