import type { z } from 'zod';
import type { DabbaEventCatalog } from '../events';

export type LiveEventType = keyof DabbaEventCatalog & string;
export type LiveEventData<T extends LiveEventType> = z.infer<DabbaEventCatalog[T]>;

/** How one event type moves the streams of a live field. */
export interface LiveTrigger<T extends LiveEventType> {
  /** The id of the entity the event is about: the streams following that id get a payload. */
  key(data: LiveEventData<T>): string;
  /** True when the entity will not change again after this event: its streams complete. */
  ends?(data: LiveEventData<T>): boolean;
  /**
   * For a high-rate stream (see `throttleMs`): the field's value, carried by the event itself,
   * shaped to each subscriber's selection without asking any subgraph.
   */
  payload?(data: LiveEventData<T>): Record<string, unknown>;
}

/**
 * A Subscription field of the supergraph and what drives it. The subgraph that declares the field
 * in its SDL publishes the trigger events; the gateway listens to them and, for each one,
 * resolves the subscriber's selection through `resolveWith`, a Query field fetching the followed
 * entity by its id. That same query, run once at subscribe time with the subscriber's identity,
 * is the authorization check: whoever may not read the entity may not follow it.
 */
export interface LiveField {
  /** The subgraph whose SDL declares the field and whose events drive it. */
  subgraph: string;
  /** The field's argument holding the id of the followed entity (an `ID!`). */
  argument: string;
  /** The Query field (returning the same type) that reads the entity by that id. */
  resolveWith: { field: string; argument: string };
  triggers: { [T in LiveEventType]?: LiveTrigger<T> };
  /**
   * Set for a high-rate stream (e.g. a driver's location), whose triggers all carry the payload:
   * each subscriber gets at most one payload per `throttleMs`, the newest. Other fields resolve
   * every payload through the supergraph.
   */
  throttleMs?: number;
}

export function defineLiveFields<const F extends Record<string, LiveField>>(fields: F): F {
  return fields;
}
