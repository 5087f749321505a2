import { liveFields } from '@dabba/schema/live';
import { parse } from 'graphql';
import { toLiveQuery } from './live-query';

const normalize = (query: string) => query.replace(/\s+/g, ' ').trim();

describe('toLiveQuery', () => {
  it('turns the subscription into a query of its resolving field, keeping selection, alias and fragments', () => {
    const document = parse(`
      subscription Follow($id: ID!, $withPayer: Boolean!) {
        latest: paymentStatusChanged(paymentId: $id) {
          status
          ...Payer @include(if: $withPayer)
        }
      }
      fragment Payer on Payment { payer { displayName } }
    `);

    const live = toLiveQuery(document, undefined, { id: 'pay_1', withPayer: true }, liveFields);

    expect(live.field).toBe('paymentStatusChanged');
    expect(live.key).toBe('pay_1');
    expect(live.operationName).toBe('Follow');
    expect(normalize(live.query)).toBe(
      normalize(`
        query Follow($id: ID!, $withPayer: Boolean!) {
          latest: payment(id: $id) { status ...Payer @include(if: $withPayer) }
        }
        fragment Payer on Payment { payer { displayName } }
      `),
    );
  });

  it('reads an id written in the document, and aliases the field to its own name', () => {
    const document = parse('subscription { paymentStatusChanged(paymentId: "pay_2") { status } }');

    const live = toLiveQuery(document, null, {}, liveFields);

    expect(live.key).toBe('pay_2');
    expect(normalize(live.query)).toBe('{ paymentStatusChanged: payment(id: "pay_2") { status } }');
  });

  it.each([
    ['a query', 'query { me { id } }', 'Only subscriptions are served over WebSocket'],
    [
      'a fragment at the root',
      'subscription { ...Root } fragment Root on Subscription { paymentStatusChanged(paymentId: "p") { status } }',
      'Select the subscription field directly',
    ],
    ['an undeclared field', 'subscription { somethingElse(id: "x") { id } }', 'is not served'],
    [
      'an empty id',
      'subscription { paymentStatusChanged(paymentId: "") { status } }',
      'needs its paymentId',
    ],
  ])('refuses %s with BAD_USER_INPUT', (_case, source, message) => {
    let thrown: unknown;
    try {
      toLiveQuery(parse(source), undefined, {}, liveFields);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({
      message: expect.stringContaining(message),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
