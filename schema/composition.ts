import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { parse, printSchema, type GraphQLError } from 'graphql';
import {
  REPO_ROOT,
  existingSubgraphs,
  localRoutingUrl,
  subgraphSchemaPath,
  type SubgraphInfo,
} from './subgraphs';

/** The checked-in supergraph, read by the gateway. */
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'schema', 'supergraph.graphql');
/** The public API schema (no federation machinery), input of the client SDK's code generation. */
export const API_SCHEMA_PATH = path.join(REPO_ROOT, 'client-sdk', 'schema.graphql');

export type CompositionOutcome =
  | { ok: true; supergraphSdl: string; apiSchemaSdl: string; hints: string[] }
  | { ok: false; errors: string[] };

function describeError(error: GraphQLError): string {
  const code = error.extensions['code'];
  return typeof code === 'string' ? `[${code}] ${error.message}` : error.message;
}

/** Composes the given subgraphs (default: every existing one) with their local routing URLs. */
export function composeSupergraph(
  subgraphs: readonly SubgraphInfo[] = existingSubgraphs(),
  root: string = REPO_ROOT,
): CompositionOutcome {
  const services = subgraphs.map((subgraph) => ({
    name: subgraph.name,
    url: localRoutingUrl(subgraph),
    typeDefs: parse(readFileSync(subgraphSchemaPath(subgraph.name, root), 'utf8')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    return { ok: false, errors: result.errors.map(describeError) };
  }
  const apiSchema = Supergraph.build(result.supergraphSdl).apiSchema().toGraphQLJSSchema();
  return {
    ok: true,
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: `${printSchema(apiSchema)}\n`,
    hints: result.hints.map((hint) => hint.toString()),
  };
}

/** The checked-in supergraph SDL; the gateway's static schema. */
export function readSupergraphSdl(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
