import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { errorCodeOf } from './errors';

export interface Metrics {
  /** This service's own registry, served on /metrics. */
  readonly registry: Registry;
  /** Add to the ApolloServer's plugins to record requests, latency and errors. */
  readonly plugin: ApolloServerPlugin<BaseContext>;
}

export function createMetrics(service: string): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });

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
    help: 'GraphQL errors by code',
    labelNames: ['code'] as const,
    registers: [registry],
  });

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      let failed = false;
      return {
        async didEncounterErrors({ errors: encountered }) {
          failed = true;
          for (const error of encountered) errors.inc({ code: errorCodeOf(error) });
        },
        async willSendResponse({ operationName }) {
          // Only names of operations that parsed and resolved are used, which bounds cardinality.
          const operation = operationName ?? 'anonymous';
          stopTimer({ operation });
          requests.inc({ operation, outcome: failed ? 'error' : 'success' });
        },
      };
    },
  };

  return { registry, plugin };
}
