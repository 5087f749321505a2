export {
  REPO_ROOT,
  SUBGRAPHS,
  envPrefix,
  existingSubgraphs,
  localRoutingUrl,
  subgraphSchemaPath,
  type SubgraphInfo,
} from './subgraphs';
export {
  API_SCHEMA_PATH,
  SUPERGRAPH_PATH,
  composeSupergraph,
  readSupergraphSdl,
  type CompositionOutcome,
} from './composition';
