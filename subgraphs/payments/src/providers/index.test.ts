import { createPaymentProviders } from '.';

describe('createPaymentProviders', () => {
  it('puts cards through Stripe when Stripe settings are given, with no sandbox routes', () => {
    const providers = createPaymentProviders({
      stripe: { secretKey: 'sk_test_configured', webhookSecret: 'whsec_configured' },
      sandbox: { webhookSecret: 'whsec_sandbox' },
    });
    expect([providers.card.name, providers.cash.name]).toEqual(['stripe', 'cash']);
    expect(providers.sandbox).toBeNull();
    expect(providers.routes).toEqual([]);
  });

  it('puts cards through the sandbox otherwise, with its 3-D Secure and refund routes', () => {
    const providers = createPaymentProviders({
      stripe: null,
      sandbox: { webhookSecret: 'whsec_sandbox' },
    });
    expect([providers.card.name, providers.cash.name]).toEqual(['sandbox', 'cash']);
    expect(providers.routes.map((route) => route.path)).toEqual([
      '/sandbox/3ds/complete',
      '/sandbox/3ds/fail',
      '/sandbox/refunds/fail',
    ]);
    providers.sandbox!.close();
  });

  it('refuses to build without settings for either', () => {
    expect(() => createPaymentProviders({})).toThrow(/Stripe settings or sandbox settings/);
  });
});
