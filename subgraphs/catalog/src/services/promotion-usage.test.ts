import { eventCatalog } from '@dabba/schema/events';
import {
  closeMongo,
  connectMongo,
  createLogger,
  createUnitOfWork,
  Outbox,
  type UnitOfWork,
} from '@dabba/subgraph-kit';
import type { Connection } from 'mongoose';
import type { Store } from '../domain/store';
import { openProductPersistence } from '../persistence/product-persistence';
import { deliverOrderEvent } from './order-event-delivery.testing';
import { createProductServices, type ProductServices } from './product-services';

const STORE = {
  id: 'sto_promotions',
  name: 'Promotions Mart',
  kind: 'GROCERY',
  currency: 'VND',
  organizationId: 'org_promotions',
  createdAt: new Date('2026-01-01T00:00:00Z'),
} as Store;
const NOW = new Date('2026-05-02T10:00:00Z');

let db: Connection;
let outbox: Outbox;
let unitOfWork: UnitOfWork;
let services: ProductServices;

async function promotion(key: string, limits: { globalLimit?: number; perCustomerLimit?: number }) {
  const created = await services.createPromotion({
    storeId: STORE.id,
    idempotencyKey: key,
    name: key,
    rule: { kind: 'PERCENTAGE', percent: 10 },
    target: { kind: 'STORE' },
    startsAt: new Date('2026-05-01T00:00:00Z'),
    ...limits,
  });
  if (created.kind !== 'Promotion') throw new Error(created.kind);
  return created.promotion.id;
}

const place = (orderId: string, customerId: string, promotionIds: string[]) =>
  unitOfWork.run((tx) => services.recordPromotionUsage({ orderId, customerId, promotionIds }, tx));

const redemptions = async (id: string) => (await services.getPromotionsByIds([id]))[0]!.redemptions;

beforeAll(async () => {
  db = await connectMongo({ dbName: 'catalog_promotion_usage_test' });
  outbox = new Outbox(db, { retentionSeconds: 3_600 });
  await outbox.syncIndexes();
  unitOfWork = createUnitOfWork({ db, source: 'catalog', catalog: eventCatalog, outbox });
  services = createProductServices(await openProductPersistence(db), {
    unitOfWork,
    logger: createLogger('catalog-test', 'silent'),
    findStore: async (id) => (id === STORE.id ? STORE : null),
    now: () => NOW,
  });
});

afterAll(async () => {
  await db.dropDatabase();
  await closeMongo();
});

describe('promotion usage', () => {
  it('never counts more orders than the global limit, even at once, and gives uses back', async () => {
    const id = await promotion('global-3', { globalLimit: 3 });
    await Promise.all(Array.from({ length: 10 }, (_, n) => place(`ord_g${n}`, `usr_${n}`, [id])));
    expect(await redemptions(id)).toBe(3);
    for (let n = 0; n < 10; n++) {
      await unitOfWork.run((tx) => services.returnPromotionUsage(`ord_g${n}`, tx));
    }
    expect(await redemptions(id)).toBe(0);

    // An order that failed gives its use back through the consumer bound to orders' endings.
    await place('ord_g_failed', 'usr_failed', [id]);
    expect(await redemptions(id)).toBe(1);
    const consumers = await deliverOrderEvent(services, unitOfWork, 'orders.order.failed.v1', {
      orderId: 'ord_g_failed',
      customerId: 'usr_failed',
      storeId: STORE.id,
      reason: 'payment declined',
      failedAt: NOW.toISOString(),
    });
    expect(consumers).toContain('return_promotion_usage');
    expect(await redemptions(id)).toBe(0);
  });

  it('counts per customer up to the limit and makes the quote refuse the spent coupon', async () => {
    const created = await services.createPromotion({
      storeId: STORE.id,
      idempotencyKey: 'once-each',
      name: 'Once each',
      rule: { kind: 'PERCENTAGE', percent: 10 },
      target: { kind: 'STORE' },
      startsAt: new Date('2026-05-01T00:00:00Z'),
      couponCode: 'welcome',
      perCustomerLimit: 1,
    });
    expect(created.kind).toBe('Promotion');
    const id = created.kind === 'Promotion' ? created.promotion.id : '';
    await place('ord_c1', 'usr_lan', [id]);
    await place('ord_c2', 'usr_lan', [id]);
    await place('ord_c3', 'usr_minh', [id]);
    expect(await redemptions(id)).toBe(2);

    await services.createProduct({
      storeId: STORE.id,
      idempotencyKey: 'p1',
      sku: 'RICE-1',
      name: { en: 'Rice' },
      unit: 'KG',
      unitSize: 5,
      price: '180000',
    });
    const quote = (customerId: string | null) =>
      services.quoteBasket({
        storeId: STORE.id,
        lines: [{ sku: 'RICE-1', quantity: 1 }],
        couponCode: 'WELCOME',
        customerId,
      });
    expect(await quote('usr_lan')).toEqual({
      kind: 'CouponRejected',
      code: 'COUPON_EXHAUSTED',
      couponCode: 'WELCOME',
    });
    expect(await quote('usr_new')).toMatchObject({ kind: 'BasketQuote', price: { total: 162000 } });
    // A second coupon code in the same store is refused while this one is live.
    const clash = await services.createPromotion({
      storeId: STORE.id,
      idempotencyKey: 'clash',
      name: 'Clash',
      rule: { kind: 'PERCENTAGE', percent: 5 },
      target: { kind: 'STORE' },
      startsAt: NOW,
      couponCode: 'Welcome',
    });
    expect(clash).toEqual({ kind: 'CouponCodeTaken', couponCode: 'WELCOME' });
  });

  it('announces a perishable near expiry once per expiry date', async () => {
    await services.createProduct({
      storeId: STORE.id,
      idempotencyKey: 'milk',
      sku: 'MILK-1',
      name: { en: 'Milk' },
      unit: 'L',
      unitSize: 1,
      price: '32000',
      perishable: true,
      expiresOn: '2026-05-04',
    });
    await outbox.claim({ limit: 1_000, leaseMs: 60_000 });
    expect(
      await Promise.all([services.announceNearExpiry(), services.announceNearExpiry()]),
    ).toEqual(expect.arrayContaining([1, 0]));
    expect(await services.announceNearExpiry()).toBe(0);
    const { entries } = await outbox.claim({ limit: 1_000, leaseMs: 60_000 });
    expect(entries.map((entry) => entry.event.data)).toEqual([
      { productId: expect.any(String), storeId: STORE.id, expiresOn: '2026-05-04' },
    ]);
  });
});
