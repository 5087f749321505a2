export { createEngine } from './engine';
export { compareValues, keyOf } from './order';
export * from './types';
