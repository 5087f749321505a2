import { ApolloGateway } from '@apollo/gateway';
import { readSupergraphSdl } from '@dabba/schema';
import { createSubgraphDispatcher } from '@dabba/subgraph-kit';
import type pino from 'pino';
import type { Agent } from 'undici';
import { SignedIdentityDataSource } from './datasource';

export interface SubgraphRouting {
  identitySecret: string;
  /** Limit of one subgraph fetch; a slower subgraph fails that part of the operation. */
  timeoutMs: number;
  /** Routing URL overrides by subgraph name, e.g. ephemeral ports in tests. */
  subgraphUrls: Record<string, string>;
  logger: pino.Logger;
  /** Send a query identical to one in flight (same subgraph, caller and variables) only once. */
  deduplicateQueries: boolean;
}

/**
 * The federated executor over the checked-in supergraph. Composition happens at build time
 * (`pnpm compose`), so the gateway never introspects subgraphs and starts without them running.
 */
export function createFederatedGateway(routing: SubgraphRouting): {
  gateway: ApolloGateway;
  /** Keep-alive connections to the subgraphs; destroy after the gateway stops. */
  agent: Agent;
} {
  const agent = createSubgraphDispatcher();
  const gateway = new ApolloGateway({
    supergraphSdl: readSupergraphSdl(),
    logger: routing.logger,
    buildService: ({ name, url }) => {
      const target = routing.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`Subgraph "${name}" has no routing URL`);
      return new SignedIdentityDataSource({
        name,
        url: target,
        identitySecret: routing.identitySecret,
        dispatcher: agent,
        timeoutMs: routing.timeoutMs,
        logger: routing.logger,
        deduplicateQueries: routing.deduplicateQueries,
      });
    },
  });
  return { gateway, agent };
}
