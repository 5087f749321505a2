import { eventCatalog, validateEvent } from '@dabba/schema/events';
import type { LiveField } from '@dabba/schema/live';
import type { Transport, TransportSubscription } from '@dabba/subgraph-kit';
import type pino from 'pino';
import type { LiveChange } from './hub';

/** Messages a gateway that falls behind keeps; older ones are dropped (each payload is a full state). */
const MAX_BACKLOG = 10_000;

type Trigger = {
  key(data: unknown): string;
  ends?(data: unknown): boolean;
  payload?(data: unknown): Record<string, unknown>;
};

/**
 * Listens to every event that drives a live field, on this gateway's own fan-out queue, and
 * tells `publish` which entity of which field changed. Each gateway instance gets every event, so
 * any instance can serve any subscriber.
 */
export async function listenToLiveEvents(options: {
  transport: Transport;
  queue: string;
  liveFields: Readonly<Record<string, LiveField>>;
  publish(field: string, key: string, change: LiveChange): void;
  logger: pino.Logger;
}): Promise<TransportSubscription> {
  const { liveFields, publish, logger } = options;
  const byType = new Map<string, { field: string; trigger: Trigger }[]>();
  for (const [field, live] of Object.entries(liveFields)) {
    for (const [type, trigger] of Object.entries(live.triggers)) {
      byType.set(type, [...(byType.get(type) ?? []), { field, trigger: trigger as Trigger }]);
    }
  }
  return options.transport.listen(
    { queue: options.queue, routingKeys: [...byType.keys()], maxBacklog: MAX_BACKLOG },
    (message) => {
      let candidate: unknown;
      try {
        candidate = JSON.parse(message.body.toString('utf8'));
      } catch {
        logger.warn({ eventId: message.messageId }, 'live event is not JSON; dropped');
        return;
      }
      const validation = validateEvent(eventCatalog, candidate);
      if (!validation.ok) {
        logger.warn(
          { eventId: message.messageId, reason: validation.reason },
          'invalid live event; dropped',
        );
        return;
      }
      const { event } = validation;
      for (const { field, trigger } of byType.get(event.type) ?? []) {
        publish(field, trigger.key(event.data), {
          ends: trigger.ends?.(event.data) ?? false,
          ...(trigger.payload ? { payload: trigger.payload(event.data) } : {}),
          ...(event.traceparent ? { traceparent: event.traceparent } : {}),
        });
      }
    },
  );
}
