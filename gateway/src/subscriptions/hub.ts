import { Channel } from './channel';

/** What a change notification tells the streams of one entity. */
export interface LiveChange {
  /** The entity will not change again: streams complete after this payload. */
  ends: boolean;
  /** The new value itself, when the event carries it (high-rate streams). */
  payload?: Record<string, unknown>;
  /** W3C traceparent of the operation that made the change. */
  traceparent?: string;
}

export interface StreamRequest<T> {
  /** The live field, e.g. `paymentStatusChanged`. */
  field: string;
  /** The followed entity's id. */
  key: string;
  /**
   * Subscribers with the same share key (selection, variables and identity) share each
   * resolution of their payload.
   */
  shareKey: string;
  /** Produces the payload for the current state of the entity. */
  resolve(change: LiveChange): Promise<T>;
  /** Payloads kept for a subscriber that reads slowly, the newest (16 by default). */
  backlog?: number;
}

interface Group<T> {
  resolve(change: LiveChange): Promise<T>;
  subscribers: Set<Channel<T>>;
  /** The change waiting for the resolution in flight to finish, if one came meanwhile. */
  pending: LiveChange | undefined;
  running: boolean;
}

/** Payloads kept for a subscriber that reads slowly; older ones are dropped first. */
const SUBSCRIBER_BACKLOG = 16;

/**
 * The gateway's live subscriptions, by field and followed entity. A change resolves the payload
 * once per group of subscribers that share a selection, variables and identity, and hands it to
 * each of them. Changes that arrive while a group's resolution is in flight collapse into one
 * more resolution after it: the last payload a subscriber gets always reflects the latest change.
 */
export class LiveHub<T> {
  private readonly streams = new Map<string, Map<string, Group<T>>>();
  private readonly counts = new Map<string, number>();

  subscribe(request: StreamRequest<T>): Channel<T> {
    const streamKey = this.streamKey(request.field, request.key);
    let groups = this.streams.get(streamKey);
    if (!groups) this.streams.set(streamKey, (groups = new Map()));
    let group = groups.get(request.shareKey);
    if (!group) {
      group = {
        resolve: request.resolve,
        subscribers: new Set(),
        pending: undefined,
        running: false,
      };
      groups.set(request.shareKey, group);
    }
    const joined = group;
    const channel: Channel<T> = new Channel<T>(request.backlog ?? SUBSCRIBER_BACKLOG, () => {
      joined.subscribers.delete(channel);
      this.count(request.field, -1);
      if (joined.subscribers.size > 0) return;
      groups.delete(request.shareKey);
      if (groups.size === 0) this.streams.delete(streamKey);
    });
    joined.subscribers.add(channel);
    this.count(request.field, 1);
    return channel;
  }

  /** The entity `key` of `field` changed: every group following it resolves a payload. */
  publish(field: string, key: string, change: LiveChange): void {
    const groups = this.streams.get(this.streamKey(field, key));
    if (!groups) return;
    for (const group of groups.values()) this.schedule(group, change);
  }

  /** Active subscribers by field. */
  active(): ReadonlyMap<string, number> {
    return this.counts;
  }

  /** Ends every stream, e.g. when the gateway stops. */
  endAll(): void {
    for (const groups of [...this.streams.values()]) {
      for (const group of [...groups.values()]) {
        for (const subscriber of [...group.subscribers]) subscriber.end();
      }
    }
  }

  private schedule(group: Group<T>, change: LiveChange): void {
    if (group.running) {
      // An ending change is never folded away by a later one.
      group.pending = { ...change, ends: change.ends || (group.pending?.ends ?? false) };
      return;
    }
    group.running = true;
    void this.run(group, change);
  }

  /** `resolve` reports failures as payloads (errors for the client): it never rejects. */
  private async run(group: Group<T>, first: LiveChange): Promise<void> {
    let change: LiveChange | undefined = first;
    try {
      while (change && group.subscribers.size > 0) {
        group.pending = undefined;
        const payload = await group.resolve(change);
        for (const subscriber of [...group.subscribers]) {
          subscriber.push(payload);
          if (change.ends) subscriber.end();
        }
        change = group.pending;
      }
    } finally {
      group.running = false;
    }
  }

  private count(field: string, delta: number): void {
    this.counts.set(field, (this.counts.get(field) ?? 0) + delta);
  }

  private streamKey(field: string, key: string): string {
    return `${field}\u0000${key}`;
  }
}
