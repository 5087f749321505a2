import { defineLiveFields, type LiveField } from './define';
import { paymentsLiveFields } from './payments';

export * from './check';
export * from './define';

/** Every Subscription field of the supergraph, by field name. */
export const liveFields: Readonly<Record<string, LiveField>> = defineLiveFields({
  ...paymentsLiveFields,
});
