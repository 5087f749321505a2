import type { EventEnvelope } from '@dabba/schema/events';
import type { EventConsumer, Logger } from '@dabba/subgraph-kit';
import { catalogSearchSource, type SearchRepositories } from '../search/catalog-source';
import { InProcessSearchIndex } from '../search/in-process';
import { OpenSearchIndex } from '../search/opensearch';
import type { SearchIndex } from '../search/port';
import { SEARCH_PROJECTION_EVENTS, searchProjection } from '../search/projection';
import { parseSearchSettings } from '../search/settings';
import { makeSearchCatalog, type SearchCatalog } from './search-catalog';

export interface SearchServices {
  searchCatalog: SearchCatalog;
  /** Applies one catalog changed event to the search index (the projection's consumer). */
  projectSearchEvent(event: Pick<EventEnvelope, 'type' | 'data'>): Promise<void>;
  /** Rebuilds the whole index from MongoDB and swaps it in at once. */
  rebuildSearchIndex(): Promise<{ indexed: number; milliseconds: number }>;
}

/**
 * Opens the search index (OpenSearch when OPENSEARCH_URL is set, else in-process) and, for the
 * in-process one, which does not survive a restart, builds it from MongoDB before the subgraph
 * serves. The index closes with the database connection.
 */
export async function startSearch(
  repositories: SearchRepositories,
  {
    env,
    logger,
    lifetime,
  }: {
    env: NodeJS.ProcessEnv;
    logger: Logger;
    lifetime: { once(event: 'close', listener: () => void): unknown };
  },
): Promise<SearchServices> {
  const settings = parseSearchSettings(env);
  const index: SearchIndex = settings.OPENSEARCH_URL
    ? await OpenSearchIndex.connect({
        url: settings.OPENSEARCH_URL,
        alias: settings.OPENSEARCH_INDEX,
      })
    : new InProcessSearchIndex();
  lifetime.once('close', () => void index.close());
  const projection = searchProjection(index, catalogSearchSource(repositories));
  const services: SearchServices = {
    searchCatalog: makeSearchCatalog(index),
    projectSearchEvent: (event) => projection.handle(event),
    async rebuildSearchIndex() {
      const started = performance.now();
      const { indexed } = await index.rebuild(projection.documents());
      const milliseconds = Math.round(performance.now() - started);
      logger.info({ indexed, milliseconds }, 'search index rebuilt');
      return { indexed, milliseconds };
    },
  };
  if (!settings.OPENSEARCH_URL) await services.rebuildSearchIndex();
  return services;
}

/** The projection's consumer, for the subgraph definition. */
export function searchConsumers(services: SearchServices): EventConsumer[] {
  return [
    {
      name: 'search_projection',
      events: SEARCH_PROJECTION_EVENTS,
      handle: (event) => services.projectSearchEvent(event),
    },
  ];
}
