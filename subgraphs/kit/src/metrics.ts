import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorCodeOf } from './errors';

export interface Metrics {
  /** This service's own registry, served on /metrics. */
  readonly registry: Registry;
  /** Add to the ApolloServer's plugins to record requests, latency and errors. */
  readonly plugin: ApolloServerPlugin<BaseContext>;
}

export interface MetricsOptions {
  /** Distinct operation names recorded as their own label value; later ones count as `(other)`. */
  maxOperations?: number;
}

/**
 * Values of the `operation` label that no GraphQL operation name can take (names are letters,
 * digits and underscores), so they never collide with a client's.
 */
export const OPERATION_LABELS = {
  /** A valid operation without a name. */
  anonymous: '(anonymous)',
  /** Rejected before an operation was resolved: unparsable, invalid or unauthenticated. */
  unresolved: '(unresolved)',
  /** A valid named operation beyond the first `maxOperations` names seen. */
  other: '(other)',
} as const;

const DEFAULT_MAX_OPERATIONS = 200;
const MAX_OPERATION_NAME_LENGTH = 64;

/**
 * Operation names are chosen by clients, so the label only takes the names of operations that
 * validated, truncated, and at most `max` of them: the number of series stays bounded.
 */
function operationLabeler(max: number): (operationName: string | null) => string {
  const seen = new Set<string>();
  return (operationName) => {
    if (operationName === null) return OPERATION_LABELS.anonymous;
    const name = operationName.slice(0, MAX_OPERATION_NAME_LENGTH);
    if (seen.has(name)) return name;
    if (seen.size >= max) return OPERATION_LABELS.other;
    seen.add(name);
    return name;
  };
}

export function createMetrics(service: string, options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const labelOf = operationLabeler(options.maxOperations ?? DEFAULT_MAX_OPERATIONS);

  const requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by operation name and code',
    labelNames: ['operation', 'code'] as const,
    registers: [registry],
  });

  const plugin: ApolloServerPlugin<BaseContext> = {
    // A request refused while building its context (e.g. a forged identity) starts no request.
    async contextCreationDidFail({ error }) {
      const operation = OPERATION_LABELS.unresolved;
      errors.inc({ operation, code: errorCodeOf(error) });
      requests.inc({ operation, outcome: 'error' });
    },
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      let operation: string = OPERATION_LABELS.unresolved;
      let failed = false;
      return {
        async didResolveOperation({ operationName }) {
          operation = labelOf(operationName);
        },
        async didEncounterErrors({ errors: encountered }) {
          failed = true;
          // Errors before the operation resolved (unparsable, invalid) count as unresolved.
          for (const error of encountered) errors.inc({ operation, code: errorCodeOf(error) });
        },
        async willSendResponse() {
          stopTimer({ operation });
          requests.inc({ operation, outcome: failed ? 'error' : 'success' });
        },
      };
    },
  };

  return { registry, plugin };
}
