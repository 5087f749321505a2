import { join } from 'node:path';
import type { SubgraphDefinition } from '../subgraph';

/** A minimal subgraph for testing the kit's lifecycle without depending on a real one. */
export const echoSubgraph: SubgraphDefinition<{ greeting: string }, Record<string, never>> = {
  name: 'echo',
  schemaPath: join(__dirname, 'echo.graphql'),
  resolvers: {
    Query: {
      whoami: (_parent, _args, { identity }) => identity.userId,
      slow: async (_parent, { ms }: { ms: number }, { logger, services }) => {
        logger.info('slow request started');
        await new Promise((resolve) => setTimeout(resolve, ms));
        return services.greeting;
      },
    },
  },
  createServices: async () => ({ greeting: 'done' }),
  createLoaders: () => ({}),
};
