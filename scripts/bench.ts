/**
 * Benchmark: our build against plain Eleventy on synthetic corpora.
 * Usage: npm run bench -- [--n 1000,10000] [--runs 3] [--seed 1] [--skip-ours] [--keep]
 *        [--build-script scripts/build.ts]
 * For each N: generate the corpus once, then per run: ours (a) cold, (b) no change,
 * (c) one report edited, (d) one added, (f) and (g) the same in a watching build (`--watch`),
 * then (e) Eleventy cold — A B A B, so drift in the machine's state hits both sides alike. Prints medians and writes bench/results/latest.json.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from './corpus/write-corpus.ts';
import { baselineBuild, baselineOutput, prepareBaselineSite, REPO_ROOT } from './bench/baseline-site.ts';
import { addOneReport, editOneReport } from './bench/corpus-edits.ts';
import { formatMachine, formatScaling, formatTable, type Machine } from './bench/format-report.ts';
import { hasGnuTime, measure, type Sample } from './bench/measure.ts';
import { ourBuild, ourBuildPaths, type OurBuildPaths } from './bench/our-build.ts';
import { measureWatchRebuilds } from './bench/watch-build.ts';
import { CASES, scalingChecks, summarise, withRatios, type CaseId, type CaseResult } from './bench/results.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'build-script': { type: 'string', default: 'scripts/build.ts' },
    'skip-ours': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const ns = values.n.split(',').map((s) => Number(s.trim()));
const runs = Number(values.runs);
const seed = Number(values.seed);
if (ns.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error(`bench: --n wants positive integers separated by commas, --runs and --seed integers; got --n ${values.n} --runs ${values.runs} --seed ${values.seed}`);
  process.exit(2);
}
if (runs < 3) console.warn(`bench: ${runs} run(s) only; medians need at least 3 to mean much`);

const gnuTime = hasGnuTime();
const machine = await describeMachine(gnuTime);
console.log(formatMachine(machine));

const workRoot = await mkdtemp(join(tmpdir(), 'timeline-bench-'));
const results: CaseResult[] = [];
try {
  for (const n of ns) results.push(...(await benchOneSize(n)));
} finally {
  if (values.keep) console.log(`kept work files in ${workRoot}`);
  else await rm(workRoot, { recursive: true, force: true });
}

const final = withRatios(results);
const scaling = scalingChecks(final, ns);
console.log(`\nmedians of ${runs} run(s); ratios are to (e) for the same N\n`);
console.log(formatTable(final));
console.log(`\n${formatScaling(scaling)}`);
const loadAtEnd = loadavg()[0] ?? 0;
console.log(`load average ${loadAtEnd.toFixed(2)} at end (the bench alone adds about 1–2 on 2 cores; much more means other work competed)`);
const resultsDir = join(REPO_ROOT, 'bench', 'results');
await mkdir(resultsDir, { recursive: true });
const json = { date: new Date().toISOString(), machine, loadAvg1AtEnd: loadAtEnd, args: { ns, runs, seed }, results: final, scaling };
await writeFile(join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
console.log(`wrote ${join('bench', 'results', 'latest.json')}`);

async function benchOneSize(n: number): Promise<CaseResult[]> {
  const dir = join(workRoot, `n${n}`);
  const seeds = join(dir, 'seeds');
  const siteDir = join(dir, 'baseline');
  let t = performance.now();
  const reports = await writeCorpus(seeds, n, seed);
  console.log(`\nN=${n}: corpus written in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  await prepareBaselineSite(seeds, siteDir);
  console.log(`N=${n}: baseline posts prepared in ${((performance.now() - t) / 1000).toFixed(1)} s (not timed)`);

  const samples = new Map<CaseId, Sample[]>(CASES.map((c) => [c.id, []]));
  const record = (id: CaseId, run: number, s: Sample): void => {
    samples.get(id)?.push(s);
    const cpu = s.cpuS === null ? '' : `, ${s.cpuS.toFixed(2)} s CPU`;
    const rss = s.rssMiB === null ? '' : `, ${s.rssMiB.toFixed(0)} MiB`;
    console.log(`  N=${n} run ${run}/${runs} ${CASES.find((c) => c.id === id)?.label}: ${s.ok ? 'ok' : 'FAILED'} ${s.wallS.toFixed(2)} s wall${cpu}${rss}`);
  };
  const ours = { available: !values['skip-ours'] && ourScriptExists(), cacheFlag: true, paths: ourBuildPaths(seeds, dir) };

  for (let run = 1; run <= runs; run++) {
    if (ours.available) ours.available = await runOurs(ours, reports, n, (id, s) => record(id, run, s));
    await rm(baselineOutput(siteDir), { recursive: true, force: true });
    const base = await measure(baselineBuild(siteDir), gnuTime);
    record('baseline', run, base);
    if (!base.ok) console.error(`  baseline build failed:\n${base.tail}`);
  }
  return CASES.filter((c) => (samples.get(c.id)?.length ?? 0) > 0).map((c) => summarise(n, c.id, samples.get(c.id) ?? []));
}

/** Runs (a)–(d) once; returns false when our build cannot run at all, so later runs skip it. */
async function runOurs(
  ours: { cacheFlag: boolean; paths: OurBuildPaths },
  reports: Parameters<typeof editOneReport>[1],
  n: number,
  record: (id: CaseId, s: Sample) => void,
): Promise<boolean> {
  const script = values['build-script'];
  const coldStart = async (): Promise<Sample> => {
    await rm(ours.paths.out, { recursive: true, force: true });
    await rm(ours.paths.cache, { recursive: true, force: true });
    return measure(ourBuild(script, ours.paths, ours.cacheFlag), gnuTime);
  };
  let cold = await coldStart();
  if (!cold.ok && ours.cacheFlag) {
    // The build may not know --cache yet; it still gets TIMELINE_CACHE_DIR and <out>/../.cache.
    ours.cacheFlag = false;
    const retry = await coldStart();
    if (retry.ok) {
      console.warn('  our build failed with --cache and succeeded without it: continuing without the flag');
      cold = retry;
    } else ours.cacheFlag = true;
  }
  if (!cold.ok) {
    console.error(`  our build failed (${script}); continuing with the baseline only. Output:\n${indent(cold.tail)}`);
    record('cold', cold);
    return false;
  }
  record('cold', cold);
  const rebuild = (): Promise<Sample> => measure(ourBuild(script, ours.paths, ours.cacheFlag), gnuTime);
  record('noop', await rebuild());
  const undoEdit = await editOneReport(ours.paths.seeds, reports);
  record('edit', await rebuild());
  const undoAdd = await addOneReport(ours.paths.seeds, seed, n);
  record('add', await rebuild());
  await undoAdd();
  await undoEdit();
  // Other changes than (c) and (d): theirs are in the report cache now.
  const watched = await measureWatchRebuilds(ourBuild(script, ours.paths, ours.cacheFlag), [() => editOneReport(ours.paths.seeds, reports, 1), () => addOneReport(ours.paths.seeds, seed, n + 1)]);
  const [watchEdit, watchAdd] = watched.samples;
  if (watchEdit) record('watchEdit', watchEdit);
  if (watchAdd) record('watchAdd', watchAdd);
  if (watched.peakRssMiB !== null) console.log(`  N=${n} --watch: the watching process peaked at ${watched.peakRssMiB.toFixed(0)} MiB (its first build included)`);
  return true;
}

function ourScriptExists(): boolean {
  const path = resolve(REPO_ROOT, values['build-script']);
  if (existsSync(path)) return true;
  console.error(`  our build script ${path} does not exist (yet): measuring the baseline only`);
  return false;
}

function indent(text: string): string {
  return text.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
}

async function describeMachine(gnu: boolean): Promise<Machine> {
  const pkg = JSON.parse(await readFile(join(REPO_ROOT, 'node_modules', '@11ty', 'eleventy', 'package.json'), 'utf8')) as { version: string };
  const git = spawnSync('git', ['-C', REPO_ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' });
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    totalMemMiB: Math.round(totalmem() / 2 ** 20),
    platform: `${platform()} ${release()}`,
    node: process.version,
    eleventy: pkg.version,
    gnuTime: gnu,
    commit: git.status === 0 ? git.stdout.trim() : 'unknown',
    loadAvg1: loadavg()[0] ?? 0,
  };
}
