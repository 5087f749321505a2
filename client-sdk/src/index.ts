export {
  SubscriptionError,
  TransportError,
  createClient,
  type Client,
  type ClientOptions,
  type ExecutionResult,
} from './client';
export * from './__generated__/graphql';
