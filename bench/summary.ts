// One row per target: what was aimed at, what this run measured (with its baseline), met or not.
export interface Row {
  bench: string;
  target: string;
  measured: string;
  /** null: a figure without a target (shown for context). */
  met: boolean | null;
}

export type Benchmark = () => Promise<Row[]>;

const verdict = (met: boolean | null) => (met === null ? '-' : met ? 'met' : 'MISSED');

/** A Markdown table, so the run's output can be pasted into docs/performance.md as it is. */
export function table(rows: Row[]): string {
  const lines = [
    '| benchmark | target | measured (median; baseline from the same run) | |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.bench} | ${r.target} | ${r.measured} | ${verdict(r.met)} |`),
  ];
  return lines.join('\n');
}
