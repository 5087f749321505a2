import { Binary, Long, Timestamp } from 'bson';

const ZERO_SIGNATURE = { hash: new Binary(Buffer.alloc(20)), keyId: Long.ZERO };

/**
 * The cluster time a single-node replica set gossips: a Timestamp (seconds, increment) that
 * advances on every write, so causally consistent sessions always see their own writes.
 */
export class ClusterClock {
  private seconds = Math.floor(Date.now() / 1000);
  private increment = 1;
  private current = new Timestamp({ t: this.seconds, i: this.increment });

  now(): Timestamp {
    return this.current;
  }

  /** A new, strictly greater time for a write. */
  tick(): Timestamp {
    const seconds = Math.floor(Date.now() / 1000);
    if (seconds > this.seconds) {
      this.seconds = seconds;
      this.increment = 1;
    } else {
      this.increment += 1;
    }
    this.current = new Timestamp({ t: this.seconds, i: this.increment });
    return this.current;
  }

  gossip(): { clusterTime: Timestamp; signature: typeof ZERO_SIGNATURE } {
    return { clusterTime: this.current, signature: ZERO_SIGNATURE };
  }
}
