/** Bench results: per-case medians, ratios to the baseline, and the N → 2N scaling check. */
import type { Sample } from './measure.ts';
import { median, ratio } from './stats.ts';

export type CaseId = 'cold' | 'noop' | 'edit' | 'add' | 'watchEdit' | 'watchAdd' | 'baseline';

/**
 * The measured cases in run order; (a)–(d) and (f)–(g) are ours, (e) plain Eleventy. (f) and
 * (g) are the rebuilds of `--watch`, from the change written to the rebuild done.
 */
export const CASES: readonly { id: CaseId; label: string }[] = [
  { id: 'cold', label: '(a) ours, cold' },
  { id: 'noop', label: '(b) ours, no change' },
  { id: 'edit', label: '(c) ours, 1 edited' },
  { id: 'add', label: '(d) ours, 1 added' },
  { id: 'watchEdit', label: '(f) ours --watch, 1 edited' },
  { id: 'watchAdd', label: '(g) ours --watch, 1 added' },
  { id: 'baseline', label: '(e) Eleventy, cold' },
];

export interface Figures {
  wallS: number | null;
  cpuS: number | null;
  rssMiB: number | null;
}

export interface CaseResult {
  n: number;
  case: CaseId;
  label: string;
  okRuns: number;
  failedRuns: number;
  /** Every run, failures included, without output tails. */
  samples: Omit<Sample, 'tail'>[];
  /** Medians over successful runs only. */
  median: Figures;
  /** This case's median divided by the baseline's for the same N. */
  vsBaseline: Figures;
  /** Output tail of the last failed run. */
  lastError?: string;
}

export interface Scaling {
  n: number;
  twoN: number;
  /** cold(2N) / cold(N) wall time; 2.0 is linear. */
  ours: number | null;
  baseline: number | null;
}

export function summarise(n: number, id: CaseId, samples: readonly Sample[]): CaseResult {
  const ok = samples.filter((s) => s.ok);
  const pick = (f: (s: Sample) => number | null): number | null =>
    median(ok.map(f).filter((v): v is number => v !== null));
  const failed = samples.filter((s) => !s.ok);
  const label = CASES.find((c) => c.id === id)?.label ?? id;
  return {
    n,
    case: id,
    label,
    okRuns: ok.length,
    failedRuns: failed.length,
    samples: samples.map(({ tail: _tail, ...rest }) => rest),
    median: { wallS: pick((s) => s.wallS), cpuS: pick((s) => s.cpuS), rssMiB: pick((s) => s.rssMiB) },
    vsBaseline: { wallS: null, cpuS: null, rssMiB: null },
    ...(failed.length > 0 ? { lastError: failed.at(-1)?.tail } : {}),
  };
}

/** Fills `vsBaseline` of every case from the baseline result of the same N. */
export function withRatios(results: readonly CaseResult[]): CaseResult[] {
  return results.map((r) => {
    const base = results.find((b) => b.n === r.n && b.case === 'baseline')?.median;
    if (base === undefined) return r;
    return {
      ...r,
      vsBaseline: {
        wallS: ratio(r.median.wallS, base.wallS),
        cpuS: ratio(r.median.cpuS, base.cpuS),
        rssMiB: ratio(r.median.rssMiB, base.rssMiB),
      },
    };
  });
}

/** For every N whose double was also measured: how cold-build wall time grew. */
export function scalingChecks(results: readonly CaseResult[], ns: readonly number[]): Scaling[] {
  const wall = (n: number, id: CaseId): number | null =>
    results.find((r) => r.n === n && r.case === id)?.median.wallS ?? null;
  return ns
    .filter((n) => ns.includes(2 * n))
    .map((n) => ({
      n,
      twoN: 2 * n,
      ours: ratio(wall(2 * n, 'cold'), wall(n, 'cold')),
      baseline: ratio(wall(2 * n, 'baseline'), wall(n, 'baseline')),
    }));
}
