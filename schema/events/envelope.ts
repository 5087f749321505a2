import { z } from 'zod';

/**
 * An event type names what happened, owned by one subgraph, versioned:
 * `<subgraph>.<entity>.<past_tense_verb>.v<major>`, e.g. `orders.order.placed.v1`.
 */
export const EVENT_TYPE = /^[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*){2}\.v[1-9]\d*$/;

/**
 * The envelope every event travels in (CloudEvents-shaped). `data` is validated separately,
 * against the schema its type has in the catalog.
 */
export const eventEnvelopeSchema = z.object({
  /** UUIDv7: unique, and ordered by creation time. */
  id: z.uuid({ version: 'v7' }),
  type: z.string().regex(EVENT_TYPE, 'must look like <subgraph>.<entity>.<verb>.v<n>'),
  /** The subgraph that published it. */
  source: z.string().min(1).max(64),
  /** The id of the entity the event is about. */
  subject: z.string().min(1).max(256),
  time: z.iso.datetime({ offset: true }),
  /** The partner organisation the event belongs to, when it belongs to one. */
  tenant: z.string().min(1).max(128).optional(),
  /** W3C traceparent of the operation that published it. */
  traceparent: z.string().max(55).optional(),
  data: z.unknown(),
});

export interface EventEnvelope<Data = unknown> {
  id: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  tenant?: string;
  traceparent?: string;
  data: Data;
}
