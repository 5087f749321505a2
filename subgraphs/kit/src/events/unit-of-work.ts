import {
  validateEvent,
  type DabbaEventCatalog,
  type EventCatalog,
  type EventData,
  type EventEnvelope,
  type EventType,
} from '@dabba/schema/events';
import type { ClientSession, Connection } from 'mongoose';
import { v7 as uuidv7 } from 'uuid';
import { currentTraceparent } from '../trace';
import type { Outbox } from './outbox';

export interface NewEvent<C extends EventCatalog, T extends EventType<C>> {
  type: T;
  /** The id of the entity the event is about. */
  subject: string;
  data: EventData<C, T>;
  /** The partner organisation the event belongs to, when it belongs to one. */
  tenant?: string;
}

export interface Transaction<C extends EventCatalog = DabbaEventCatalog> {
  /** Pass to every repository call of this unit of work. */
  readonly session: ClientSession;
  /**
   * Stages an event: validated now against the catalog (throws on invalid data: a programming
   * error), written to the outbox when the work commits, in the same transaction.
   */
  publish<T extends EventType<C>>(event: NewEvent<C, T>): void;
}

export interface UnitOfWork<C extends EventCatalog = DabbaEventCatalog> {
  /**
   * Runs `work` in one MongoDB transaction, retried as a whole on TransientTransactionError
   * (e.g. a write conflict) and its commit on UnknownTransactionCommitResult, so `work` must be
   * safe to rerun: the events staged by a failed attempt are discarded.
   */
  run<R>(work: (tx: Transaction<C>) => Promise<R>): Promise<R>;
}

/** Snapshot reads see one consistent state; majority commits survive a failover with their events. */
const TRANSACTION_OPTIONS = {
  readConcern: { level: 'snapshot' },
  writeConcern: { w: 'majority' },
} as const;

export function createUnitOfWork<C extends EventCatalog>(options: {
  db: Connection;
  /** The publishing subgraph's name: the events' source. */
  source: string;
  catalog: C;
  outbox: Outbox;
  /** Called after a commit that wrote events, e.g. to nudge the relay. */
  onCommitted?: () => void;
}): UnitOfWork<C> {
  const { db, source, catalog, outbox, onCommitted } = options;

  function envelope<T extends EventType<C>>(event: NewEvent<C, T>): EventEnvelope {
    const traceparent = currentTraceparent();
    const candidate: EventEnvelope = {
      id: uuidv7(),
      type: event.type,
      source,
      subject: event.subject,
      time: new Date().toISOString(),
      ...(event.tenant === undefined ? {} : { tenant: event.tenant }),
      ...(traceparent ? { traceparent } : {}),
      data: event.data,
    };
    const validation = validateEvent(catalog, candidate);
    if (!validation.ok) throw new Error(`cannot publish ${event.type}: ${validation.reason}`);
    return validation.event;
  }

  return {
    async run(work) {
      let staged: EventEnvelope[] = [];
      const result = await db.transaction(async (session) => {
        // A fresh list per attempt: a retried attempt must not inherit the aborted one's events.
        const events: EventEnvelope[] = [];
        staged = events;
        let open = true;
        const tx: Transaction<C> = {
          session,
          publish(event) {
            if (!open) throw new Error(`cannot publish ${event.type}: the unit of work is over`);
            events.push(envelope(event));
          },
        };
        try {
          const value = await work(tx);
          if (events.length > 0) {
            const createdAt = new Date();
            await outbox.add(
              events.map((event) => ({
                id: event.id,
                event,
                route: { routingKey: event.type },
                createdAt,
              })),
              session,
            );
          }
          return value;
        } finally {
          open = false;
        }
      }, TRANSACTION_OPTIONS);
      if (staged.length > 0) onCommitted?.();
      return result;
    },
  };
}
