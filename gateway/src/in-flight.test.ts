import { InFlight } from './in-flight';

/** A promise and the functions that settle it. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('InFlight', () => {
  it('runs the work once for calls with the same key while it is in flight', async () => {
    const inFlight = new InFlight<string>();
    const answer = deferred<string>();
    const work = jest.fn(() => answer.promise);

    const calls = [inFlight.run('a', work), inFlight.run('a', work), inFlight.run('a', work)];
    answer.resolve('answer');

    await expect(Promise.all(calls)).resolves.toEqual(['answer', 'answer', 'answer']);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs the work of each key', async () => {
    const inFlight = new InFlight<string>();

    const calls = [inFlight.run('a', async () => 'for a'), inFlight.run('b', async () => 'for b')];

    await expect(Promise.all(calls)).resolves.toEqual(['for a', 'for b']);
  });

  it('runs again once the run in flight has settled, and keeps nothing', async () => {
    const inFlight = new InFlight<number>();
    let runs = 0;
    const work = async () => ++runs;

    await inFlight.run('a', work);
    const second = await inFlight.run('a', work);

    expect(second).toBe(2);
    expect(inFlight.size).toBe(0);
  });

  it('shares a failure with every call that joined, then runs again', async () => {
    const inFlight = new InFlight<string>();
    const answer = deferred<string>();

    const calls = [
      inFlight.run('a', () => answer.promise),
      inFlight.run('a', () => Promise.resolve('never asked')),
    ];
    answer.reject(new Error('subgraph down'));

    for (const call of calls) await expect(call).rejects.toThrow('subgraph down');
    await expect(inFlight.run('a', async () => 'back')).resolves.toBe('back');
  });
});
