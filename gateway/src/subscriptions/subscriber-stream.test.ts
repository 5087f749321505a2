import { Channel } from './channel';
import { subscriberStream } from './subscriber-stream';

const admitAll = { admit: async () => undefined, refused: () => undefined };

describe('subscriberStream', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('with a throttle, delivers the first payload at once, then only the newest per interval', async () => {
    const channel = new Channel<number>(1, () => undefined);
    const stream = subscriberStream(channel, { ...admitAll, throttleMs: 1_000 });

    channel.push(1);
    expect(await stream.next()).toEqual({ value: 1, done: false });
    channel.push(2);
    const second = stream.next();
    channel.push(3);
    channel.push(4);
    await jest.advanceTimersByTimeAsync(1_000);

    expect(await second).toEqual({ value: 4, done: false });
  });

  it('ends the channel when the subscriber stops while waiting for a payload', async () => {
    let ended = false;
    const channel = new Channel<number>(16, () => (ended = true));
    const stream = subscriberStream(channel, admitAll);

    const waiting = stream.next();
    await stream.return!();

    expect(ended).toBe(true);
    expect(await waiting).toEqual({ value: undefined, done: true });
  });

  it('ends the stream, and says why, when the subscriber is no longer admitted', async () => {
    const channel = new Channel<number>(16, () => undefined);
    const refusals: unknown[] = [];
    const revoked = new Error('Access token revoked');
    const stream = subscriberStream(channel, {
      admit: async () => {
        throw revoked;
      },
      refused: (error) => refusals.push(error),
    });

    channel.push(1);

    expect(await stream.next()).toEqual({ value: undefined, done: true });
    expect(refusals).toEqual([revoked]);
    expect(channel.ended).toBe(true);
  });
});
