export * from './config';
export * from './context';
export * from './errors';
export * from './http';
export * from './identity';
export * from './logger';
export * from './metrics';
