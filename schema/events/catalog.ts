import { z } from 'zod';
import { EVENT_TYPE, eventEnvelopeSchema, type EventEnvelope } from './envelope';

/** Event types and the schema of their `data`. */
export type EventCatalog = Readonly<Record<string, z.ZodType>>;

export type EventType<C extends EventCatalog> = Extract<keyof C, string>;
export type EventData<C extends EventCatalog, T extends EventType<C>> = z.output<C[T]>;

/** Checks every type name once, where the catalog is declared. */
export function defineEventCatalog<const C extends EventCatalog>(catalog: C): C {
  const bad = Object.keys(catalog).filter((type) => !EVENT_TYPE.test(type));
  if (bad.length > 0) throw new Error(`invalid event type names: ${bad.join(', ')}`);
  return catalog;
}

export type EventValidation = { ok: true; event: EventEnvelope } | { ok: false; reason: string };

function describe(error: z.ZodError, prefix: string): string {
  return error.issues
    .map((issue) => `${[prefix, ...issue.path.map(String)].join('.')}: ${issue.message}`)
    .join('; ');
}

/**
 * Validates an envelope and its data against the catalog. Used when an event is published and
 * again when it is consumed: the two ends may run different versions of the code.
 */
export function validateEvent(catalog: EventCatalog, candidate: unknown): EventValidation {
  const envelope = eventEnvelopeSchema.safeParse(candidate);
  if (!envelope.success)
    return { ok: false, reason: `invalid envelope: ${describe(envelope.error, 'event')}` };
  const schema = catalog[envelope.data.type];
  if (!schema) return { ok: false, reason: `unknown event type ${envelope.data.type}` };
  const data = schema.safeParse(envelope.data.data);
  if (!data.success) return { ok: false, reason: `invalid data: ${describe(data.error, 'data')}` };
  return { ok: true, event: { ...(envelope.data as EventEnvelope), data: data.data } };
}
