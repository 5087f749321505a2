import { LiveHub, type LiveChange } from './hub';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

/** A resolver that counts its calls and answers with the call number, or waits when gated. */
function resolver(label = 'p') {
  const calls: LiveChange[] = [];
  let gate: Promise<void> | undefined;
  return {
    calls,
    hold() {
      const held = deferred<void>();
      gate = held.promise;
      return () => {
        gate = undefined;
        held.resolve();
      };
    },
    resolve: async (change: LiveChange) => {
      calls.push(change);
      const n = calls.length;
      if (gate) await gate;
      return `${label}${n}`;
    },
  };
}

const change = (ends = false): LiveChange => ({ ends });

async function take<T>(iterator: AsyncIterator<T>, count: number): Promise<T[]> {
  const values: T[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = await iterator.next();
    if (next.done) break;
    values.push(next.value);
  }
  return values;
}

describe('LiveHub', () => {
  it('resolves once per change for subscribers that share a key, and hands each the payload', async () => {
    const hub = new LiveHub<string>();
    const shared = resolver();
    const a = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: shared.resolve });
    const b = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: shared.resolve });

    hub.publish('f', 'e1', change());

    expect(await take(a, 1)).toEqual(['p1']);
    expect(await take(b, 1)).toEqual(['p1']);
    expect(shared.calls).toHaveLength(1);
  });

  it('resolves separately for other share keys, and not at all for other entities or fields', async () => {
    const hub = new LiveHub<string>();
    const first = resolver('a');
    const second = resolver('b');
    const elsewhere = resolver('c');
    const a = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's1', resolve: first.resolve });
    const b = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's2', resolve: second.resolve });
    hub.subscribe({ field: 'f', key: 'e2', shareKey: 's1', resolve: elsewhere.resolve });
    hub.subscribe({ field: 'g', key: 'e1', shareKey: 's1', resolve: elsewhere.resolve });

    hub.publish('f', 'e1', change());

    expect(await take(a, 1)).toEqual(['a1']);
    expect(await take(b, 1)).toEqual(['b1']);
    expect(elsewhere.calls).toHaveLength(0);
  });

  it('folds changes made during a resolution into one more, so the last payload is current', async () => {
    const hub = new LiveHub<string>();
    const slow = resolver();
    const stream = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: slow.resolve });
    const release = slow.hold();

    hub.publish('f', 'e1', change());
    hub.publish('f', 'e1', change());
    hub.publish('f', 'e1', change());
    hub.publish('f', 'e1', change());
    release();

    expect(await take(stream, 2)).toEqual(['p1', 'p2']);
    expect(slow.calls).toHaveLength(2);
  });

  it('completes the streams after the payload of an ending change, even one folded in', async () => {
    const hub = new LiveHub<string>();
    const slow = resolver();
    const stream = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: slow.resolve });
    const release = slow.hold();

    hub.publish('f', 'e1', change());
    hub.publish('f', 'e1', change(true));
    hub.publish('f', 'e1', change());
    release();

    expect(await take(stream, 5)).toEqual(['p1', 'p2']);
    expect((await stream.next()).done).toBe(true);
    expect(hub.active().get('f')).toBe(0);
  });

  it('forgets a subscriber that stops reading, and counts active subscribers by field', async () => {
    const hub = new LiveHub<string>();
    const shared = resolver();
    const a = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: shared.resolve });
    const b = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: shared.resolve });
    hub.subscribe({ field: 'g', key: 'e1', shareKey: 's', resolve: shared.resolve });
    expect(Object.fromEntries(hub.active())).toEqual({ f: 2, g: 1 });

    await a.return!();
    hub.publish('f', 'e1', change());

    expect(await take(b, 1)).toEqual(['p1']);
    expect(Object.fromEntries(hub.active())).toEqual({ f: 1, g: 1 });
    await b.return!();
    hub.publish('f', 'e1', change());
    expect(shared.calls).toHaveLength(1);
  });

  it('keeps the newest payloads for a subscriber that reads slowly', async () => {
    const hub = new LiveHub<string>();
    const quick = resolver();
    const stream = hub.subscribe({ field: 'f', key: 'e1', shareKey: 's', resolve: quick.resolve });

    for (let i = 0; i < 20; i += 1) {
      hub.publish('f', 'e1', change());
      await new Promise((resolve) => setImmediate(resolve));
    }

    const read = await take(stream, 16);
    expect(read[0]).toBe('p5');
    expect(read[15]).toBe('p20');
  });

  it('ends every stream when asked', async () => {
    const hub = new LiveHub<string>();
    const stream = hub.subscribe({
      field: 'f',
      key: 'e1',
      shareKey: 's',
      resolve: resolver().resolve,
    });
    hub.endAll();
    expect((await stream.next()).done).toBe(true);
  });
});
