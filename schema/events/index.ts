import { z } from 'zod';
import { defineEventCatalog } from './catalog';

export * from './catalog';
export * from './envelope';

/**
 * Every event Dabba publishes, with the schema of its data. Events carry ids and the few fields
 * consumers need, never whole documents. A breaking change is a new version (`.v2`) published
 * beside the old one until every consumer has moved.
 */
export const eventCatalog = defineEventCatalog({
  'users.user.registered.v1': z.object({
    userId: z.string().min(1),
    locale: z.enum(['EN', 'VI']),
  }),
});

export type DabbaEventCatalog = typeof eventCatalog;
