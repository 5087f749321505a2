import { parseConfig } from '@dabba/subgraph-kit';
import { z } from 'zod';

const searchEnvSchema = z.object({
  /** OpenSearch to search with, e.g. http://127.0.0.1:9200; unset: the in-process index. */
  OPENSEARCH_URL: z.url().optional(),
  /** The alias searches go through; each rebuild creates `<alias>-<timestamp>` behind it. */
  OPENSEARCH_INDEX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,100}$/)
    .default('catalog-search'),
});

export type SearchSettings = z.infer<typeof searchEnvSchema>;

export function parseSearchSettings(env: NodeJS.ProcessEnv): SearchSettings {
  return parseConfig(searchEnvSchema, env);
}
