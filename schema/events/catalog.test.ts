import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { defineEventCatalog, eventCatalog, validateEvent } from './index';
import { catalogEvents } from './subgraphs/catalog';
import { ordersEvents } from './subgraphs/orders';
import { paymentsEvents } from './subgraphs/payments';
import { usersEvents } from './subgraphs/users';

const catalog = defineEventCatalog({
  'orders.order.placed.v1': z.object({ orderId: z.string(), totalMinor: z.number().int() }),
});

function envelope(overrides: Record<string, unknown> = {}) {
  return {
    id: uuidv7(),
    type: 'orders.order.placed.v1',
    source: 'orders',
    subject: 'ord_1',
    time: '2026-11-21T10:00:00.000Z',
    data: { orderId: 'ord_1', totalMinor: 125000 },
    ...overrides,
  };
}

describe('event catalog', () => {
  it('refuses type names that are not <subgraph>.<entity>.<verb>.v<n>', () => {
    expect(() => defineEventCatalog({ 'orders.placed': z.object({}) })).toThrow(
      'invalid event type names: orders.placed',
    );
    expect(() => defineEventCatalog({ 'Orders.order.placed.v1': z.object({}) })).toThrow();
    expect(() => defineEventCatalog({ 'orders.order.placed.v0': z.object({}) })).toThrow();
  });

  it('accepts a valid event and returns its parsed data', () => {
    const event = envelope({ tenant: 'org_1' });
    expect(validateEvent(catalog, event)).toEqual({ ok: true, event });
  });

  it('names the fields of an invalid envelope', () => {
    const result = validateEvent(catalog, envelope({ id: 'not-a-uuid', time: 'yesterday' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^invalid envelope: event\.id: .*; event\.time: /);
  });

  it('refuses a UUID that is not version 7', () => {
    const result = validateEvent(catalog, envelope({ id: '3b241101-e2bb-4255-8caf-4136c566a962' }));
    expect(result.ok).toBe(false);
  });

  it('refuses an event type the catalog does not know', () => {
    expect(validateEvent(catalog, envelope({ type: 'orders.order.lost.v1' }))).toEqual({
      ok: false,
      reason: 'unknown event type orders.order.lost.v1',
    });
  });

  it('names the fields of invalid data', () => {
    const result = validateEvent(
      catalog,
      envelope({ data: { orderId: 'ord_1', totalMinor: 1.5 } }),
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(/^invalid data: data\.totalMinor: /);
  });

  it('refuses something that is not an object', () => {
    expect(validateEvent(catalog, 'orders.order.placed.v1').ok).toBe(false);
    expect(validateEvent(catalog, null).ok).toBe(false);
  });

  it('declares every production event type with a valid name', () => {
    expect(Object.keys(eventCatalog).length).toBeGreaterThan(0);
    expect(defineEventCatalog(eventCatalog)).toBe(eventCatalog);
  });
});

describe('the Dabba event catalog', () => {
  it('names every event after the subgraph that declares it', () => {
    const declared = {
      users: usersEvents,
      catalog: catalogEvents,
      orders: ordersEvents,
      payments: paymentsEvents,
    };
    for (const [subgraph, events] of Object.entries(declared)) {
      for (const type of Object.keys(events)) {
        expect(type.startsWith(`${subgraph}.`)).toBe(true);
        expect(Object.hasOwn(eventCatalog, type)).toBe(true);
      }
    }
  });
});
