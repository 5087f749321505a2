import type { Summary } from './measure';

export interface Row {
  operation: string;
  concurrency: number;
  /** Client processes the load came from. */
  clients: number;
  summary: Summary;
}

const TARGET_RATIO = 1.5;
const TARGET_FIND_BY_ID_C32 = 8000;

function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** The configurations measured, in table order: concurrency 1, then 32 from one and from `clients` processes. */
function configurations(
  clients: number,
): { concurrency: number; clients: number; label: string }[] {
  return [
    { concurrency: 1, clients: 1, label: 'c1, 1 client' },
    { concurrency: 32, clients: 1, label: 'c32, 1 client' },
    { concurrency: 32, clients, label: `c32, ${clients} clients` },
  ];
}

function find(rows: Row[], operation: string, concurrency: number, clients: number) {
  return rows.find(
    (row) =>
      row.operation === operation && row.concurrency === concurrency && row.clients === clients,
  )?.summary;
}

/**
 * One table for the run: every operation at each configuration (with the multi-client rows'
 * speed-up over one client), the findById / indexed findOne ratio per configuration, and the
 * targets per configuration.
 */
export function render(rows: Row[], clients: number): string {
  const configs = configurations(clients);
  const operations = [...new Set(rows.map((row) => row.operation))];
  const results = table(
    ['operation', 'load', 'median ops/s', 'vs 1 client', 'p50 ms', 'p99 ms', 'runs (ops/s)'],
    operations.flatMap((operation) =>
      configs.flatMap((config) => {
        const summary = find(rows, operation, config.concurrency, config.clients);
        if (!summary) return [];
        const single = find(rows, operation, config.concurrency, 1);
        return [
          [
            operation,
            config.label,
            formatNumber(summary.medianOpsPerSecond),
            config.clients === 1 || !single
              ? ''
              : `${formatNumber(summary.medianOpsPerSecond / single.medianOpsPerSecond, 2)}x`,
            formatNumber(summary.p50Ms, 2),
            formatNumber(summary.p99Ms, 2),
            summary.runs.map((ops) => formatNumber(ops)).join(' / '),
          ],
        ];
      }),
    ),
  );

  const verdict = (met: boolean): string => (met ? 'MET' : 'NOT MET');
  const targets = table(
    [
      'load',
      'findById / indexed findOne',
      `<= ${TARGET_RATIO}x`,
      `findById/s >= ${formatNumber(TARGET_FIND_BY_ID_C32)}`,
    ],
    configs.map((config) => {
      const byId =
        find(rows, 'findById', config.concurrency, config.clients)?.medianOpsPerSecond ??
        Number.NaN;
      const bySku =
        find(rows, 'findOne (indexed sku)', config.concurrency, config.clients)
          ?.medianOpsPerSecond ?? Number.NaN;
      return [
        config.label,
        `${formatNumber(byId / bySku, 2)}x`,
        verdict(byId / bySku <= TARGET_RATIO),
        config.concurrency === 32
          ? `${formatNumber(byId)}/s ${verdict(byId >= TARGET_FIND_BY_ID_C32)}`
          : 'n/a (target is at c32)',
      ];
    }),
  );

  return [results, '', targets].join('\n');
}
