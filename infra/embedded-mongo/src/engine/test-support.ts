import { MongoServerFailure } from '../errors';

/** Runs `run` and returns the MongoServerFailure it throws; fails the test if it throws nothing. */
export function failure(run: () => unknown): MongoServerFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof MongoServerFailure) return error;
    throw error;
  }
  throw new Error('expected a MongoServerFailure');
}
