/**
 * Summary statistics for repeated timings: medians and spread, never a single run. Percentiles
 * are nearest-rank, so p95 of 20 runs is the 19th fastest (an observed run, not an interpolation).
 */

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  min: number;
  max: number;
}

function nearestRank(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** p50/p95/min/max of `values`, rounded to 0.01; all zero with n 0 for no values. */
export function summarize(values: number[]): Summary {
  if (values.length === 0) return { n: 0, p50: 0, p95: 0, min: 0, max: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    n: sorted.length,
    p50: round(nearestRank(sorted, 50)),
    p95: round(nearestRank(sorted, 95)),
    min: round(sorted[0]!),
    max: round(sorted[sorted.length - 1]!),
  };
}

/** Runs `fn` `runs` times and returns each run's wall time in ms. */
export function timeRuns(runs: number, fn: () => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times;
}
