import { UpstreamUnavailableError, type Identity } from '@dabba/subgraph-kit';
import type { CatalogPort, CheckoutStore, CheckoutView } from '../upstream/catalog';
import type { OrderPaymentRequest, PaymentOutcome, PaymentsPort } from '../upstream/payments';

/** The orders subgraph's upstreams and clock, as its contract tests control them. */

export const STORE_ID = 'sto_contract_grocer';
export const ORGANIZATION_ID = 'org_contract_grocer';
/** Near Bến Thành market, Quận 1; the store stands a few hundred metres away. */
export const ADDRESS = { lines: ['12 Lê Lợi, Quận 1'], location: { lat: 10.7725, lng: 106.698 } };

/** The store's catalog: SKU → unit price in VND. */
export const PRICES: Readonly<Record<string, number>> = {
  'RICE-5KG': 120_000,
  'MILK-1L': 35_000,
  'MILK-OAT-1L': 45_000,
  'EGGS-10': 40_000,
};

/**
 * The catalog as orders sees it: one grocery store in Hồ Chí Minh that the test opens or closes
 * and lets deliver or not, prices from PRICES with no promotions, and stock it refuses for the
 * SKUs in `outOfStock`. It records every reservation that held stock.
 */
export class FakeCatalog implements CatalogPort {
  open = true;
  delivers = true;
  readonly outOfStock = new Set<string>();
  readonly reservations: { reservationKey: string; lines: { sku: string; quantity: number }[] }[] =
    [];

  checkout(
    _customer: Identity,
    request: Parameters<CatalogPort['checkout']>[1],
  ): Promise<CheckoutView> {
    if (request.storeId !== STORE_ID) return Promise.resolve({ store: null, basket: null });
    const store: CheckoutStore = {
      id: STORE_ID,
      kind: 'GROCERY',
      currency: 'VND',
      organizationId: ORGANIZATION_ID,
      location: { lat: 10.7769, lng: 106.7009 },
      city: 'Hồ Chí Minh',
      countryCode: 'VN',
      openNow: this.open,
      deliversThere: request.deliverTo ? this.delivers : null,
    };
    if (request.lines.length === 0) return Promise.resolve({ store, basket: null });
    const unknown = request.lines.filter((line) => !line.sku || !(line.sku in PRICES));
    if (unknown.length > 0) {
      const problems = [`Unknown SKUs: ${unknown.map((line) => line.sku).join(', ')}`];
      return Promise.resolve({
        store,
        basket: { ok: false, refusal: { kind: 'INVALID_SELECTION', problems } },
      });
    }
    const lines = request.lines.map((line) => {
      const unitPrice = PRICES[line.sku!]!;
      return {
        lineId: line.id,
        kind: 'PRODUCT' as const,
        sku: line.sku,
        itemId: null,
        productId: `prd_${line.sku}`,
        quantity: line.quantity,
        unitPrice,
        total: unitPrice * line.quantity,
        discount: 0,
      };
    });
    const subtotal = lines.reduce((sum, line) => sum + line.total, 0);
    return Promise.resolve({
      store,
      basket: { ok: true, currency: 'VND', subtotal, lines, discounts: [], promotionIds: [] },
    });
  }

  reserveStock(
    _storeId: string,
    reservationKey: string,
    lines: { sku: string; quantity: number }[],
  ): ReturnType<CatalogPort['reserveStock']> {
    const missing = lines.filter((line) => this.outOfStock.has(line.sku)).map((line) => line.sku);
    if (missing.length > 0)
      return Promise.resolve({ ok: false, kind: 'OUT_OF_STOCK', skus: missing });
    this.reservations.push({ reservationKey, lines });
    return Promise.resolve({ ok: true });
  }
}

/**
 * Payments' internal authorisation as checkout calls it: it answers what the test set in `answer`
 * (UNAVAILABLE throws, as the service client does when payments does not answer) and records
 * every call.
 */
export class FakePayments implements PaymentsPort {
  answer: PaymentOutcome['kind'] = 'AUTHORIZED';
  readonly calls: OrderPaymentRequest[] = [];

  authorizeOrderPayment(request: OrderPaymentRequest): Promise<PaymentOutcome> {
    this.calls.push(request);
    const paymentId = `pay_${request.orderId}`;
    switch (this.answer) {
      case 'AUTHORIZED':
      case 'PENDING':
        return Promise.resolve({ kind: this.answer, paymentId });
      case 'DECLINED':
        return Promise.resolve({ kind: 'DECLINED', reason: 'card_declined' });
      case 'INVALID':
        return Promise.resolve({ kind: 'INVALID', field: 'paymentMethodRef', message: 'Unknown' });
      case 'UNAVAILABLE':
        return Promise.reject(new UpstreamUnavailableError('payments', new Error('timeout')));
    }
  }

  callsFor(orderId: string): OrderPaymentRequest[] {
    return this.calls.filter((call) => call.orderId === orderId);
  }
}

/** The orders subgraph's time: starts at the real time and moves only when the test moves it. */
export class Clock {
  private current = new Date();
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const SECOND = 1_000;
export const MINUTE = 60 * SECOND;
