import type { Document } from 'bson';
import { commandNotSupported, MongoServerFailure } from '../errors';
import type { CommandContext } from './context';
import { findDocuments } from './find';

const VERBOSITIES = new Set(['queryPlanner', 'executionStats', 'allPlansExecution']);

/**
 * `explain` of a find: which index the engine would use and how many documents it examines, in
 * MongoDB's classic plan shape (FETCH over IXSCAN, or COLLSCAN).
 */
export function explain(ctx: CommandContext): Document {
  const inner = ctx.command.explain as Document | undefined;
  if (!inner || typeof inner !== 'object' || typeof inner.find !== 'string') {
    throw commandNotSupported(
      `explain of ${inner ? `'${Object.keys(inner)[0]}'` : 'this command'}`,
    );
  }
  const verbosity = (ctx.command.verbosity as string | undefined) ?? 'allPlansExecution';
  if (!VERBOSITIES.has(verbosity)) {
    throw new MongoServerFailure(
      'BadValue',
      `verbosity string must be one of {'queryPlanner', 'executionStats', 'allPlansExecution'}`,
    );
  }
  const collection = inner.find;
  const filter = (inner.filter as Document | undefined) ?? {};
  const limit = Math.abs(Number(inner.limit ?? 0));
  const hint = inner.hint as string | Document | undefined;
  const { engine } = ctx.server;
  const stats = engine.explain(ctx.db, collection, filter, {
    ...(limit > 0 && inner.sort === undefined ? { limit } : {}),
    ...(hint !== undefined ? { hint } : {}),
  });
  const namespace = `${ctx.db}.${collection}`;
  const winningPlan = stats.index
    ? {
        stage: 'FETCH',
        inputStage: {
          stage: 'IXSCAN',
          indexName: stats.index,
          keyPattern: engine
            .listIndexes(ctx.db, collection)
            .find((index) => index.name === stats.index)?.key,
          direction: 'forward',
        },
      }
    : { stage: 'COLLSCAN', filter, direction: 'forward' };
  const reply: Document = {
    explainVersion: '1',
    queryPlanner: {
      namespace,
      indexFilterSet: false,
      parsedQuery: filter,
      winningPlan,
      rejectedPlans: [],
    },
  };
  if (verbosity !== 'queryPlanner') {
    const innerCtx = { ...ctx, command: inner };
    const returned = findDocuments(innerCtx, collection, filter, {
      sort: inner.sort as Document | undefined,
      skip: Number(inner.skip ?? 0),
      limit,
    });
    reply.executionStats = {
      executionSuccess: true,
      nReturned: returned.length,
      executionTimeMillis: 0,
      totalKeysExamined: stats.index ? stats.docsExamined : 0,
      totalDocsExamined: stats.docsExamined,
    };
  }
  return {
    ...reply,
    command: inner,
    serverInfo: { host: ctx.connection.localHostPort, version: '7.0.0' },
    ok: 1,
  };
}
