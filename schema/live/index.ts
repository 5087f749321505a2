import { defineLiveFields, type LiveField } from './define';
import { ordersLiveFields } from './orders';
import { paymentsLiveFields } from './payments';

export * from './check';
export * from './define';

/** Every Subscription field of the supergraph, by field name. */
export const liveFields: Readonly<Record<string, LiveField>> = defineLiveFields({
  ...ordersLiveFields,
  ...paymentsLiveFields,
});
