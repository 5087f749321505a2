import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { API_SCHEMA_PATH } from '../composition';
import { eventCatalog } from '../events';
import { checkLiveFields } from './check';
import { defineLiveFields } from './define';
import { liveFields } from './index';

const apiSchema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));
/** The real declarations but payments', which the cases below replace. */
const { paymentStatusChanged: _replaced, ...others } = liveFields;

describe('live fields', () => {
  it('declares every Subscription field of the supergraph, each consistent with it', () => {
    expect(checkLiveFields(apiSchema, liveFields, eventCatalog)).toEqual([]);
  });

  it('reports declarations that do not match the schema or the event catalog', () => {
    const wrong = defineLiveFields({
      paymentStatusChanged: {
        subgraph: 'payments',
        argument: 'orderId',
        resolveWith: { field: 'user', argument: 'id' },
        triggers: { 'payments.payment.charged.v1': { key: () => 'x' } } as never,
      },
      driverMoved: {
        subgraph: 'tracking',
        argument: 'driverId',
        resolveWith: { field: 'payment', argument: 'id' },
        triggers: {},
      },
    });

    expect(checkLiveFields(apiSchema, { ...others, ...wrong }, eventCatalog)).toEqual([
      'Subscription.paymentStatusChanged has no argument orderId: ID!',
      'Query.user returns User, Subscription.paymentStatusChanged Payment!',
      'paymentStatusChanged is triggered by unknown event payments.payment.charged.v1',
      'driverMoved is declared live but the supergraph has no Subscription.driverMoved',
    ]);
  });

  it('requires a throttle exactly when the triggers carry the payload', () => {
    const carried = (throttleMs: number | undefined, carryAll: boolean) =>
      defineLiveFields({
        paymentStatusChanged: {
          subgraph: 'payments',
          argument: 'paymentId',
          resolveWith: { field: 'payment', argument: 'id' },
          ...(throttleMs === undefined ? {} : { throttleMs }),
          triggers: {
            'payments.payment.authorized.v1': {
              key: (data) => data.paymentId,
              payload: (data) => ({ id: data.paymentId, status: 'AUTHORIZED' }),
            },
            'payments.payment.captured.v1': {
              key: (data) => data.paymentId,
              ...(carryAll
                ? { payload: (data) => ({ id: data.paymentId, status: 'CAPTURED' }) }
                : {}),
            },
          },
        },
      });

    expect(
      checkLiveFields(apiSchema, { ...others, ...carried(1_000, true) }, eventCatalog),
    ).toEqual([]);
    expect(
      checkLiveFields(apiSchema, { ...others, ...carried(undefined, true) }, eventCatalog),
    ).toEqual(['paymentStatusChanged has triggers that carry a payload but no throttleMs']);
    expect(
      checkLiveFields(apiSchema, { ...others, ...carried(1_000, false) }, eventCatalog),
    ).toEqual(['paymentStatusChanged is throttled, so every trigger must carry the payload']);
  });

  it('reports a Subscription field nobody declared', () => {
    expect(checkLiveFields(apiSchema, others, eventCatalog)).toEqual([
      'Subscription.paymentStatusChanged has no live field declaration',
    ]);
  });
});
