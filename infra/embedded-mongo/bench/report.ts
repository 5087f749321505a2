import type { Summary } from './measure';

export interface Row {
  operation: string;
  concurrency: number;
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

function find(rows: Row[], operation: string, concurrency: number): Summary | undefined {
  return rows.find((row) => row.operation === operation && row.concurrency === concurrency)
    ?.summary;
}

/** The results table, the findById/indexed findOne ratio per concurrency, and the targets. */
export function render(rows: Row[], concurrencies: number[]): string {
  const results = table(
    ['operation', 'concurrency', 'median ops/s', 'p50 ms', 'p99 ms', 'runs (ops/s)'],
    rows.map(({ operation, concurrency, summary }) => [
      operation,
      String(concurrency),
      formatNumber(summary.medianOpsPerSecond),
      formatNumber(summary.p50Ms, 2),
      formatNumber(summary.p99Ms, 2),
      summary.runs.map((ops) => formatNumber(ops)).join(' / '),
    ]),
  );

  const ratios = concurrencies.map((concurrency) => {
    const byId = find(rows, 'findById', concurrency)?.medianOpsPerSecond ?? Number.NaN;
    const bySku =
      find(rows, 'findOne (indexed sku)', concurrency)?.medianOpsPerSecond ?? Number.NaN;
    return { concurrency, ratio: byId / bySku };
  });
  const ratioTable = table(
    ['concurrency', 'findById / indexed findOne'],
    ratios.map(({ concurrency, ratio }) => [String(concurrency), formatNumber(ratio, 2)]),
  );

  const findByIdC32 = find(rows, 'findById', 32)?.medianOpsPerSecond ?? Number.NaN;
  const verdict = (met: boolean): string => (met ? 'MET' : 'NOT MET');
  const targets = table(
    ['target', 'observed', 'status'],
    [
      [
        `indexed findOne within ${TARGET_RATIO}x of findById`,
        ratios
          .map(({ concurrency, ratio }) => `c${concurrency}: ${formatNumber(ratio, 2)}x`)
          .join(', '),
        verdict(ratios.every(({ ratio }) => ratio <= TARGET_RATIO)),
      ],
      [
        `>= ${formatNumber(TARGET_FIND_BY_ID_C32)} findById/s at concurrency 32`,
        `${formatNumber(findByIdC32)}/s`,
        verdict(findByIdC32 >= TARGET_FIND_BY_ID_C32),
      ],
    ],
  );

  return [results, '', ratioTable, '', targets].join('\n');
}
