import { readFileSync } from 'node:fs';

/** A V8 CPU profile as `node --cpu-prof` writes it. */
interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code comes from, first match wins; paths as they appear in profile URLs. */
const CATEGORIES: readonly { name: string; test: (url: string) => boolean }[] = [
  {
    name: 'federation internals (operation model, planning on a cache miss)',
    test: (url) => /@apollo\/(query-planner|federation-internals)/.test(url),
  },
  { name: 'plan execution (@apollo/gateway)', test: (url) => url.includes('@apollo/gateway') },
  { name: 'Apollo Server (request pipeline)', test: (url) => url.includes('@apollo/server') },
  {
    name: 'graphql-js (parse, validate, execute)',
    test: (url) => /\/graphql\/|graphql@/.test(url),
  },
  {
    name: 'subgraph HTTP client',
    test: (url) => /undici|make-fetch-happen|minipass|node:_http_client|node:_http_agent/.test(url),
  },
  {
    name: 'HTTP server and sockets',
    test: (url) => /node:(_http_|net|stream|internal\/stream)/.test(url),
  },
  { name: 'logging and metrics', test: (url) => /pino|prom-client/.test(url) },
  { name: 'OpenTelemetry', test: (url) => url.includes('@opentelemetry') },
  { name: 'MongoDB client', test: (url) => /mongoose|mongodb|bson/.test(url) },
  { name: 'DataLoader', test: (url) => url.includes('dataloader') },
  { name: 'zod', test: (url) => url.includes('zod') },
  { name: 'Dabba gateway (gateway/src)', test: (url) => url.includes('/gateway/src/') },
  { name: 'Dabba subgraph kit', test: (url) => url.includes('/subgraphs/kit/src/') },
  { name: 'Dabba subgraph', test: (url) => /\/subgraphs\/\w+\/src\//.test(url) },
];

const IDLE = '(idle)';
/** Native frames the profiler cannot place under a JavaScript caller. */
const SPECIAL = new Map([
  ['(garbage collector)', 'garbage collection'],
  ['(program)', 'V8 and native, unattributed'],
]);

/**
 * The busy time of a CPU profile as bench/cpu-profiler.mjs writes it, from `fromMs` (wall clock)
 * on, by where it was spent. A sample in a builtin (JSON.stringify,
 * a Node internal that is no category's) counts for the nearest caller that has a category, so
 * serialising a response counts for the code that asked for it.
 */
export function summarizeProfile(
  path: string,
  fromMs: number,
): { category: string; share: number }[] {
  const { startedAt, profile } = JSON.parse(readFileSync(path, 'utf8')) as {
    startedAt: number;
    profile: CpuProfile;
  };
  const parent = new Map<number, number>();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const categoryOf = new Map<number, string | null>();
  const categorize = (id: number): string | null => {
    const known = categoryOf.get(id);
    if (known !== undefined) return known;
    const frame = byId.get(id)!.callFrame;
    let category: string | null;
    if (frame.functionName === IDLE) category = null;
    else if (SPECIAL.has(frame.functionName)) category = SPECIAL.get(frame.functionName)!;
    else {
      const match = CATEGORIES.find((candidate) => candidate.test(frame.url));
      const up = parent.get(id);
      category = match?.name ?? (up === undefined ? 'other' : categorize(up));
    }
    categoryOf.set(id, category);
    return category;
  };
  const time = new Map<string, number>();
  let busy = 0;
  let at = startedAt * 1000;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    const category = categorize(id);
    if (category === null || at < fromMs * 1000) return;
    time.set(category, (time.get(category) ?? 0) + delta);
    busy += delta;
  });
  return [...time]
    .map(([category, micros]) => ({ category, share: micros / busy }))
    .sort((a, b) => b.share - a.share);
}
