import { defineEventCatalog } from './catalog';
import { catalogEvents } from './subgraphs/catalog';
import { ordersEvents } from './subgraphs/orders';
import { paymentsEvents } from './subgraphs/payments';
import { usersEvents } from './subgraphs/users';

export * from './catalog';
export * from './envelope';
export * as eventFields from './fields';

/**
 * Every event Dabba publishes, with the schema of its data. Events carry ids and the few fields
 * consumers need, never whole documents. Each subgraph declares its own in `subgraphs/<name>.ts`. A breaking change is a new version (`.v2`) published
 * beside the old one until every consumer has moved.
 */
export const eventCatalog = defineEventCatalog({
  ...usersEvents,
  ...catalogEvents,
  ...ordersEvents,
  ...paymentsEvents,
});

export type DabbaEventCatalog = typeof eventCatalog;
