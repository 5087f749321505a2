import { API, Client } from '@opensearch-project/opensearch';
import { orderPriceBuckets, priceBuckets } from '../facets';
import { haversineMeters } from '../geo';
import type {
  FacetCount,
  SearchDocument,
  SearchIndex,
  SearchQuery,
  SearchResultPage,
  SortKey,
} from '../port';
import { indexBody, toIndexed } from './mappings';
import { priceAggregationCurrencies, searchBody } from './query-dsl';

export interface OpenSearchIndexOptions {
  url: string;
  /** The alias searches and writes go through; each build is an index `<alias>-<timestamp>`. */
  alias?: string;
  /** Refresh after each write (tests: 'wait_for'); by default writes show within a second. */
  refresh?: boolean | 'wait_for';
  /** Documents per bulk request. */
  bulkSize?: number;
}

interface Bucket {
  key: string;
  doc_count: number;
}
interface SearchResponse {
  hits: {
    total: { value: number };
    hits: { _score: number | null; _source: { source: SearchDocument }; sort: SortKey }[];
  };
  aggregations: Record<string, { buckets: Bucket[] } | { buckets: { buckets: Bucket[] } }>;
}
interface BulkResponse {
  errors: boolean;
  items: Record<string, { status: number; error?: { type: string; reason: string } }>[];
}

/**
 * The search index on OpenSearch (chosen when OPENSEARCH_URL is set). Reads and writes go
 * through an alias; `rebuild` loads a fresh index beside the live one and then moves the alias
 * in one atomic update, so searches never see a partial index. Writes this process makes during
 * a rebuild go to both indexes.
 */
export class OpenSearchIndex implements SearchIndex {
  private building: string | null = null;

  private constructor(
    private readonly client: Client,
    private readonly alias: string,
    private readonly refresh: boolean | 'wait_for',
    private readonly bulkSize: number,
    private readonly icu: boolean,
  ) {}

  /** Connects, and creates the first index behind the alias when there is none. */
  static async connect(options: OpenSearchIndexOptions): Promise<OpenSearchIndex> {
    const client = new Client({ node: options.url });
    const plugins = (await client.cat.plugins({ format: 'json' })).body as { component: string }[];
    const index = new OpenSearchIndex(
      client,
      options.alias ?? 'catalog-search',
      options.refresh ?? false,
      options.bulkSize ?? 1_000,
      plugins.some((plugin) => plugin.component === 'analysis-icu'),
    );
    const exists = (await client.indices.existsAlias({ name: index.alias })).body;
    if (!exists) {
      const name = await index.createIndex();
      await client.indices.updateAliases({
        body: { actions: [{ add: { index: name, alias: index.alias } }] },
      });
    }
    return index;
  }

  private async createIndex(): Promise<string> {
    const name = `${this.alias}-${Date.now()}`;
    await this.client.indices.create({
      index: name,
      body: indexBody({ icu: this.icu }) as API.Indices_Create_RequestBody,
    });
    return name;
  }

  private targets(): string[] {
    return this.building ? [this.alias, this.building] : [this.alias];
  }

  private async bulk(operations: object[], refresh = this.refresh): Promise<void> {
    if (operations.length === 0) return;
    const { body } = await this.client.bulk({ body: operations, refresh });
    const response = body as unknown as BulkResponse;
    if (!response.errors) return;
    const failed = response.items
      .map((item) => Object.values(item)[0]!)
      .find((item) => item.error && item.status !== 404);
    if (failed) throw new Error(`OpenSearch bulk write failed: ${failed.error!.reason}`);
  }

  private indexOperations(index: string, documents: readonly SearchDocument[], now: Date) {
    return documents.flatMap((document) => [
      { index: { _index: index, _id: document.id } },
      toIndexed(document, now),
    ]);
  }

  async upsert(documents: readonly SearchDocument[]): Promise<void> {
    const now = new Date();
    await this.bulk(this.targets().flatMap((index) => this.indexOperations(index, documents, now)));
  }

  async remove(ids: readonly string[]): Promise<void> {
    await this.bulk(
      this.targets().flatMap((index) => ids.map((id) => ({ delete: { _index: index, _id: id } }))),
    );
  }

  async replaceStore(storeId: string, documents: readonly SearchDocument[]): Promise<void> {
    await this.upsert(documents);
    for (const index of this.targets()) {
      await this.client.deleteByQuery({
        index,
        refresh: this.refresh !== false,
        body: {
          query: {
            bool: {
              filter: [{ term: { storeId } }],
              must_not: [{ ids: { values: documents.map((document) => document.id) } }],
            },
          },
        },
      });
    }
  }

  async count(): Promise<number> {
    const { body } = await this.client.count({ index: this.alias });
    return body.count;
  }

  async search(query: SearchQuery): Promise<SearchResultPage> {
    // The body is plain query DSL built (and unit-tested) in query-dsl.ts.
    const request = searchBody(query) as unknown as API.Search_RequestBody;
    const { body } = await this.client.search({ index: this.alias, body: request });
    const response = body as unknown as SearchResponse;
    const hits = response.hits.hits.map((hit) => {
      const document = hit._source.source;
      return {
        document,
        score: hit._score ?? 0,
        distanceMeters: query.origin ? haversineMeters(query.origin, document.storeLocation) : null,
        sortKey: hit.sort,
      };
    });
    const counts = (name: string): FacetCount[] => {
      const aggregation = response.aggregations[name] as { buckets: Bucket[] };
      return aggregation.buckets.map((bucket) => ({ value: bucket.key, count: bucket.doc_count }));
    };
    const prices = priceAggregationCurrencies(query).flatMap((currency) => {
      const aggregation = response.aggregations[`price_${currency}`] as {
        buckets: { buckets: Bucket[] };
      };
      return priceBuckets(currency).map((bucket, index) => ({
        currency,
        ...bucket,
        count: aggregation.buckets.buckets[index]?.doc_count ?? 0,
      }));
    });
    return {
      hits: hits.slice(0, query.page.size),
      total: response.hits.total.value,
      hasNextPage: hits.length > query.page.size,
      facets: {
        categories: counts('categories'),
        dietaryTags: counts('dietaryTags'),
        brands: counts('brands'),
        kinds: counts('kinds'),
        prices: orderPriceBuckets(prices),
      },
    };
  }

  /**
   * Zero-downtime reindex: builds `<alias>-<timestamp>`, bulk-loads it, refreshes it, moves the
   * alias to it in one atomic update and drops the indexes the alias pointed at before.
   */
  async rebuild(documents: AsyncIterable<SearchDocument>): Promise<{ indexed: number }> {
    if (this.building) throw new Error('a rebuild of the search index is already running');
    const name = await this.createIndex();
    this.building = name;
    try {
      const now = new Date();
      let batch: SearchDocument[] = [];
      let indexed = 0;
      for await (const document of documents) {
        batch.push(document);
        if (batch.length === this.bulkSize) {
          await this.bulk(this.indexOperations(name, batch, now), false);
          indexed += batch.length;
          batch = [];
        }
      }
      await this.bulk(this.indexOperations(name, batch, now), false);
      indexed += batch.length;
      await this.client.indices.refresh({ index: name });
      const previous = Object.keys(
        (await this.client.indices.getAlias({ name: this.alias })).body as Record<string, unknown>,
      );
      await this.client.indices.updateAliases({
        body: {
          actions: [
            ...previous.map((index) => ({ remove: { index, alias: this.alias } })),
            { add: { index: name, alias: this.alias } },
          ],
        },
      });
      this.building = null;
      if (previous.length > 0) await this.client.indices.delete({ index: previous });
      return { indexed };
    } catch (error) {
      this.building = null;
      await this.client.indices.delete({ index: name }).catch(() => undefined);
      throw error;
    }
  }

  /** Deletes the alias's indexes (tests). */
  async drop(): Promise<void> {
    await this.client.indices.delete({ index: `${this.alias}-*` });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}
