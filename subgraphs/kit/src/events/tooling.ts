import { v7 as uuidv7 } from 'uuid';
import type { DeadLetterStore } from './dead-letters';
import type { Outbox } from './outbox';

/** A subgraph's own event stores, as the operator tooling (`pnpm events`) opens them. */
export interface EventStores {
  outbox: Outbox;
  deadLetters: DeadLetterStore;
}

export interface RedeliveryOutcome {
  /** Dead letters whose event is back in its consumer's queue (through the outbox). */
  redelivered: string[];
  /** Dead letters left as they were, with why. */
  refused: { id: string; reason: string }[];
}

/**
 * Sends dead letters back to the one consumer that gave up on them, through the subgraph's
 * outbox: the running relay publishes each straight to the consumer's queue, with its attempts
 * reset. Every other consumer of the event is left alone. A dead letter whose message was not a
 * valid event cannot be redelivered: nothing could ever handle it.
 */
export async function redeliverDeadLetters(
  { outbox, deadLetters }: EventStores,
  selection: { ids: readonly string[] } | { consumer?: string; limit: number },
): Promise<RedeliveryOutcome> {
  const candidates =
    'ids' in selection
      ? await deadLetters.get(selection.ids)
      : await deadLetters.list({ ...selection, status: 'dead' });
  const refused: RedeliveryOutcome['refused'] = [];
  const found = new Set(candidates.map((letter) => letter.id));
  if ('ids' in selection) {
    for (const id of selection.ids) {
      if (!found.has(id)) refused.push({ id, reason: 'no such dead letter' });
    }
  }
  const redeliverable = candidates.filter((letter) => {
    if (letter.status !== 'dead') {
      refused.push({ id: letter.id, reason: `already ${letter.status}` });
      return false;
    }
    if (!letter.event) {
      refused.push({ id: letter.id, reason: 'not a valid event: it cannot be redelivered' });
      return false;
    }
    return true;
  });
  const now = new Date();
  await outbox.enqueue(
    redeliverable.map((letter) => ({
      id: uuidv7(),
      event: letter.event!,
      route: { queue: letter.consumer },
      createdAt: now,
    })),
  );
  await deadLetters.markRedelivered(redeliverable.map((letter) => letter.id));
  return { redelivered: redeliverable.map((letter) => letter.id), refused };
}
