/** Plain-text rendering of bench results for the terminal. */
import type { CaseResult, Scaling } from './results.ts';

export interface Machine {
  cpus: number;
  cpuModel: string;
  totalMemMiB: number;
  platform: string;
  node: string;
  eleventy: string;
  gnuTime: boolean;
  commit: string;
  /** 1-minute load average when the bench started: other work on the machine skews timings. */
  loadAvg1: number;
}

const num = (v: number | null, digits: number): string => (v === null ? '–' : v.toFixed(digits));
const times = (v: number | null): string => (v === null ? '–' : `${v.toFixed(2)}×`);

export function formatMachine(m: Machine): string {
  return [
    `machine: ${m.cpus} × ${m.cpuModel}, ${(m.totalMemMiB / 1024).toFixed(1)} GiB RAM, ${m.platform}`,
    `node ${m.node}, @11ty/eleventy ${m.eleventy}, commit ${m.commit}, load average ${m.loadAvg1.toFixed(2)} at start`,
    m.gnuTime ? 'CPU and peak RSS from GNU time (wait4 rusage of the child tree)' : 'no GNU time: wall time only',
  ].join('\n');
}

export function formatTable(results: readonly CaseResult[]): string {
  const header = ['N', 'case', 'wall s', 'CPU s', 'RSS MiB', 'wall/base', 'CPU/base', 'RSS/base', 'runs ok'];
  const rows = results.map((r) => [
    String(r.n),
    r.label,
    num(r.median.wallS, 2),
    num(r.median.cpuS, 2),
    num(r.median.rssMiB, 0),
    r.case === 'baseline' ? '' : times(r.vsBaseline.wallS),
    r.case === 'baseline' ? '' : times(r.vsBaseline.cpuS),
    r.case === 'baseline' ? '' : times(r.vsBaseline.rssMiB),
    `${r.okRuns}/${r.okRuns + r.failedRuns}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  // Text columns left-aligned, figures right-aligned, as in any results table.
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i <= 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function formatScaling(checks: readonly Scaling[]): string {
  if (checks.length === 0) return 'scaling: give N and 2N (e.g. --n 5000,10000) to check it';
  return checks
    .map((c) => `scaling ${c.n} → ${c.twoN}, cold wall ×: ours ${times(c.ours)}, Eleventy ${times(c.baseline)} (linear = 2.00×)`)
    .join('\n');
}
