import { readdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lstat, mkdir, readdir, realpath, rename, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, parse, relative, resolve } from 'node:path';
import Eleventy, { type EleventyConfig } from '@11ty/eleventy';
import { assembleCorpus, type Corpus } from './assemble-corpus.ts';
import { buildVersion, extractorVersion, recordsVersion, seedsVersion, siteVersion } from './code-version.ts';
import type { CacheStats, Diagnostic, PageStats, Report, SeedFile } from './model.ts';
import { processCorpus, type ProcessOptions } from './process-corpus.ts';
import { readSeeds, type ReadResult } from './read-seeds.ts';
import { DEFAULT_CACHE_DIR, type KeptResults, ReportCache } from './report-cache.ts';
import { eleventyOutputs, keepAsSpare, linkSpare, OutputReuse } from './reuse-output.ts';
import { buildAll } from './site/page-plan.ts';
import { siteData, withPages } from './site/site-data.ts';
import { renderPasses } from './render-passes.ts';
import type { PagePlans, SiteData } from './site/site-model.ts';
import { assetsDigest, buildInputs, type BuildSummary, recordBuild, upToDate } from './up-to-date.ts';
import { RECORDS_FILE, recordKeys, writeRecords } from './write-records.ts';

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** URL path the site is served under, e.g. `/timeline/`. */
  pathPrefix: string;
  /** Origin the site is published at (`https://example.org`), for absolute canonical links; null when unknown. */
  origin?: string | null;
  /** More Eleventy configuration, applied last (tests use it to make rendering fail). */
  configureEleventy?: (config: EleventyConfig) => void;
  /** Folder of the cache (report results, the previous site); null disables it and page reuse. Default: the project's `.cache/timeline`. */
  cacheDir?: string | null;
  /** Worker threads for processing reports (default: the machine's cores). */
  threads?: number;
  /** Claims' worth of pages one Eleventy pass renders at most (default `PASS_BUDGET`). */
  passBudget?: number;
  /** Build even when the site in `outDir` was built from the same inputs (see `upToDate`). */
  force?: boolean;
  /** What is held in memory from one build to the next in the same process (`--watch`); nothing by default. */
  keep?: Kept;
}

/**
 * What a process that builds again and again (`--watch`) keeps from one build to the next:
 * every report's result (`ReportCache`) and every report the corpus stage made of it
 * (`assembleCorpus`). A rebuild reads and makes again only what changed.
 */
export interface Kept {
  results: KeptResults;
  reports: Map<string, Report>;
}

/** Nothing kept yet: what the first build of a watching process starts from. */
export function keepNothing(): Kept {
  return { results: new Map(), reports: new Map() };
}

export interface BuildResult {
  /** True when the site in `outDir` is the one these seeds make: written now, or already there (`upToDate`). */
  ok: boolean;
  /** True when nothing was built: the last build into `outDir` had the same inputs, and its site is intact. */
  upToDate: boolean;
  diagnostics: Diagnostic[];
  /** What the site holds; null when the build failed. */
  summary: BuildSummary | null;
  /** The corpus built; null when the build failed or nothing was built. */
  corpus: Corpus | null;
  /** What the report cache did; null when it was disabled. */
  cache: CacheStats | null;
  /** Worker threads started to process reports (0: processed on the main thread, or all cached). */
  workers: number;
  /** Seed files known unchanged since the last build (the seed index, kept with the cache), and not read. */
  unread: number;
  /** Pages of paginated templates rendered and reused, by kind (`reports`, `days` …); null when the build stopped before rendering. */
  pages: Record<string, PageStats> | null;
  /** Eleventy passes the pages were rendered in (0 when the build stopped before rendering). */
  passes: number;
  /** Lines of `records.json` serialised (`rendered`) and copied from the live site's (`reused`); null when the build stopped before. */
  records: PageStats | null;
}

/** A build that cannot start (an unsafe output folder): a usage problem, not a problem of the seeds. */
export class BuildRefused extends Error {}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const TEMPLATES = join(PROJECT_ROOT, 'templates');

/**
 * The whole build: read → parse → extract → group → render. The site is written to a
 * staging folder beside `outDir` and swapped in only when everything succeeded, so a failed
 * build (input errors, or Eleventy throwing) leaves the previous output exactly as it was and
 * no staging folder behind.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const outDir = resolve(options.outDir);
  await refuseUnsafeOutDir(outDir, options.seedsDir);
  const cacheDir = cacheDirOf(options);
  const cache = cacheDir === null ? null : new ReportCache(join(cacheDir, 'reports'), await extractorVersion(), options.keep?.results ?? null);
  const spares = cacheDir === null ? null : join(cacheDir, 'sites');
  const seedIndex = cacheDir === null ? null : join(cacheDir, 'seeds');
  const read = await listSeeds(options.seedsDir, seedIndex);
  // A build with a test's own Eleventy configuration is never skipped: its inputs include code
  // that cannot be hashed. A forced build is not skipped, but is recorded for the next one.
  const inputs = cacheDir === null || options.configureEleventy !== undefined ? null : await inputsOf(read, options);
  const known = inputs === null || options.force === true ? null : await upToDate(cacheDir!, outDir, inputs);
  if (known !== null) {
    return { ok: true, upToDate: true, ...known, corpus: null, cache: cache?.stats ?? null, workers: 0, unread: read.unread, pages: null, passes: 0, records: null };
  }
  // A process that keeps results has processed reports before (or warmed up, `warmUp`): a few changed reports take less here than a worker takes to start.
  const workerThreshold = options.keep === undefined ? undefined : KEPT_WORKER_THRESHOLD;
  const { corpus, workers } = await corpusOf(read, { cache, threads: options.threads, workerThreshold }, options.keep?.reports);
  // From here the heap holds the corpus (~130 MB live at 10,000 reports) and the pages being
  // rendered, and V8's own heuristic let the heap grow far past it between major collections
  // (229 → 973 MB in a traced cold build). A fixed growth is set instead. It is set only once
  // the workers are gone: flags are per process, and on the workers it cost ~12 s of CPU. It
  // is reset when the build ends (0 is V8's default, its own heuristic).
  setHeapGrowth(HEAP_GROWING_PERCENT);
  let built: { result: BuildResult; files: readonly string[] };
  try {
    built = await renderAndWrite(options, outDir, corpus, cache, spares, { workers, unread: read.unread });
  } finally {
    setHeapGrowth(0);
  }
  const { result, files } = built;
  if (result.ok && inputs !== null) await recordBuild(cacheDir!, outDir, inputs, files, result.summary!, result.diagnostics);
  return result;
}

/** The cache folder a build uses (`BuildOptions.cacheDir`): the project's by default, none when null. */
export function cacheDirOf(options: BuildOptions): string | null {
  return options.cacheDir === undefined ? DEFAULT_CACHE_DIR : options.cacheDir;
}

/**
 * Characters of changed reports below which a build that keeps what it made (`BuildOptions.keep`)
 * processes them on this thread: ~60 reports of the generated corpus, ~0.2 s of work.
 */
const KEPT_WORKER_THRESHOLD = 200_000;

/**
 * Load the per-report stage on this thread and run it once, so that the first report a
 * long-lived process (`--watch`) processes here is not slowed by loading remark and chrono.
 */
export async function warmUp(): Promise<void> {
  const { reportOutput } = await import('./process-report.ts');
  reportOutput({ file: 'warm-up.md', text: '# October 1\n\nInformation from Baku:\n\n- Shelling near Terter, the ministry said.\n' });
}

/** What the site is made from: the seeds' digests and what reading them found, the code and the assets, the options. */
async function inputsOf(read: ReadResult<SeedFile>, options: BuildOptions): Promise<string> {
  return buildInputs({
    code: await buildVersion(),
    site: await siteVersion(),
    assets: await assetsDigest(TEMPLATES),
    pathPrefix: options.pathPrefix,
    origin: options.origin ?? null,
    seeds: read.files,
    readDiagnostics: read.diagnostics,
  });
}

/** Node warns that a V8 flag set at run time may do nothing; a runtime that refuses it builds with V8's own growth. */
function setHeapGrowth(percent: number): void {
  try {
    setFlagsFromString(`--heap-growing-percent=${percent}`);
  } catch {
    // Memory use only: the build's output does not depend on it.
  }
}

/**
 * How much V8 lets the heap grow past what survived the last major collection, while the site
 * is rendered. Cold builds of 10,000 reports, rendering phase: 595–614 MiB peak at 50 % (2
 * runs), 543–552 MiB at 25 % (3 runs), for ~0.9 s more (11.9–12.5 s against 10.9–11.6 s);
 * rebuilds after an edit showed no cost (3.94–4.23 s at 25 %, 4.29–4.93 s at 50 %, interleaved).
 */
const HEAP_GROWING_PERCENT = 25;

/**
 * A full collection now, so that the heap growth set above applies from here: V8 sets the
 * heap size of its next full collection at each one, and the last one was made while the
 * corpus was loading, with V8's own factor (up to 4×). Without it, a cold build of 10,000
 * reports let the heap grow from ~300 to ~900 MB through the report pages' passes (1,052 MB
 * peak RSS) in one run and not in another. It costs ~0.13 s, so only builds of many passes pay it.
 */
function collectGarbage(): void {
  try {
    setFlagsFromString('--expose-gc');
    // The flag exposes `gc` to contexts made from now on, not to this one.
    (runInNewContext('gc') as () => void)();
  } catch {
    // Memory use only, as for the heap growth.
  }
}

/**
 * The build after the corpus is loaded: site data, pages, `records.json`, the swap. With the
 * result, the site's files that are not pages (as its manifest lists them; none when it failed).
 */
async function renderAndWrite(options: BuildOptions, outDir: string, corpus: Corpus, cache: ReportCache | null, spares: string | null, work: { workers: number; unread: number }): Promise<{ result: BuildResult; files: readonly string[] }> {
  const diagnostics = corpus.diagnostics;
  const stats = { cache: cache?.stats ?? null, ...work };
  if (diagnostics.some((d) => d.severity === 'error')) return { result: { ok: false, upToDate: false, diagnostics, summary: null, corpus, ...stats, pages: null, passes: 0, records: null }, files: [] };

  const parent = dirname(outDir);
  const staging = join(parent, `.${basename(outDir)}.staging-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await removeStaleLeftovers(parent, basename(outDir));
  const site = siteData(corpus, { origin: options.origin ?? null });
  // The staging folder starts from the site before last, emptied of what changed (see OutputReuse).
  let passCount = 0;
  let lines: PageStats | null = null;
  let files: string[] = [];
  const output = await OutputReuse.prepare(outDir, staging, `${options.pathPrefix} ${site.origin ?? ''}`, spares);
  try {
    const { pages } = site;
    const passes = renderPasses({
      reports: output.select('reports', pages.reports),
      days: output.select('days', pages.days),
      places: output.select('places', pages.places),
      sides: output.select('sides', pages.sides),
      sideMonths: output.select('sideMonths', pages.sideMonths),
      placeMonths: output.select('placeMonths', pages.placeMonths),
    }, options.passBudget);
    passCount = passes.length;
    if (passes.length > 1) collectGarbage();
    await output.settle();
    const written: string[] = [];
    for (const [i, pass] of passes.entries()) {
      // Models and report texts are made pass by pass: all at once they were ~140 and ~220 MB at 10,000 reports.
      const withRender = await withPages(site, corpus, buildAll(pass));
      written.push(...(await renderPass(staging, withRender, i === 0 ? [] : skippedTemplates(pass), options)));
    }
    const records = join(staging, RECORDS_FILE);
    await mkdir(dirname(records), { recursive: true });
    const reuse = { keys: recordKeys(corpus.records, corpus.reportDigests, await recordsVersion()), previous: await output.liveRecords() };
    const { index, copied } = await writeRecords(records, corpus.records, { reuse });
    lines = { rendered: index.keys.length - copied, reused: copied };
    files = await output.finish([...new Set([...written, records])], index);
    const replaced = await swapIn(staging, outDir, join(parent, `.${basename(outDir)}.previous-${process.pid}`), spares);
    if (!replaced && spares !== null) await linkSpare(outDir, spares, output.pagePaths);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  await cache?.prune();
  const summary = { reports: corpus.reports.length, days: corpus.records.days.length, claims: corpus.reports.reduce((n, r) => n + r.claims.length, 0) };
  return { result: { ok: true, upToDate: false, diagnostics, summary, corpus, ...stats, pages: output.stats, passes: passCount, records: lines }, files };
}

async function listSeeds(seedsDir: string, seedIndex: string | null): Promise<ReadResult<SeedFile>> {
  return readSeeds(seedsDir, { index: seedIndex === null ? null : { dir: seedIndex, version: await seedsVersion() } });
}

/**
 * Process and assemble. The seeds' texts are not held: each is read again when its report is
 * processed, or when a page text has to be made again after all (`ReadResult.reread`). The
 * per-file results die here, before rendering, unless the build keeps them (`Kept`).
 */
async function corpusOf(read: ReadResult<SeedFile>, options: ProcessOptions, made?: Map<string, Report>): Promise<{ corpus: Corpus; workers: number }> {
  const { results, digests, texts, workers } = await processCorpus(read.files, { ...options, reread: read.reread });
  return { corpus: assembleCorpus(results, texts, read.diagnostics, digests, made), workers };
}

/** The paginated template of each kind of page. */
const PAGINATED: Record<keyof PagePlans, string> = {
  reports: 'report.11ty.ts',
  days: 'day.11ty.ts',
  places: 'place.11ty.ts',
  sides: 'side.11ty.ts',
  sideMonths: 'side-month.11ty.ts',
  placeMonths: 'place-month.11ty.ts',
};

/** Templates a pass after the first leaves out: those not paginated (rendered by the first) and the kinds it has no page of. */
function skippedTemplates(pass: PagePlans): string[] {
  const needed = new Set(Object.entries(PAGINATED).filter(([kind]) => pass[kind as keyof PagePlans].length > 0).map(([, file]) => file));
  return readdirSync(TEMPLATES).filter((f) => f.endsWith('.11ty.ts') && !needed.has(f));
}

/** One Eleventy run into `staging`, leaving out `skip` (template file names); returns the files it wrote. */
async function renderPass(staging: string, site: SiteData, skip: readonly string[], options: BuildOptions): Promise<string[]> {
  const elev = new Eleventy(TEMPLATES, staging, {
    configPath: join(PROJECT_ROOT, 'eleventy.config.ts'),
    quietMode: true,
    pathPrefix: options.pathPrefix,
    config: (cfg) => {
      cfg.addGlobalData('site', site);
      // A `**/` entry is matched as it is; any other is taken relative to the current folder.
      for (const file of skip) cfg.ignores.add(`**/${file}`);
      quietBenchmarks(cfg);
      options.configureEleventy?.(cfg);
    },
  });
  // Eleventy prints a failure's stack itself; the CLI decides (--debug) whether a stack is shown.
  elev.disableLogger();
  return eleventyOutputs(await elev.write());
}

interface BenchmarkManager {
  setVerboseOutput(verbose: boolean): void;
  getAll(): Record<string, { setIsVerbose(verbose: boolean): void }>;
}

/**
 * Eleventy warns on the console when a filter took more than 8% of the build ("Benchmark
 * 71ms 12% (Configuration) url"): timing noise in the build's output, different on every run.
 */
function quietBenchmarks(config: EleventyConfig): void {
  const manager = config.benchmarkManager as BenchmarkManager | undefined;
  manager?.setVerboseOutput(false);
  for (const group of Object.values(manager?.getAll() ?? {})) group.setIsVerbose(false);
}

/**
 * Replace `outDir` by `staging` with two renames, moving the old site back if the second one
 * fails, so the old site is never half-replaced (the folder is missing only between the renames).
 * The old site is then kept as the spare the next build starts from (deleting it cost 10–15 s
 * for 10,000 pages on this disk). True when there was an old site.
 */
async function swapIn(staging: string, outDir: string, previous: string, spares: string | null): Promise<boolean> {
  let moved = false;
  try {
    await rename(outDir, previous);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (moved) await rename(previous, outDir);
    throw error;
  }
  if (moved) await keepAsSpare(previous, outDir, spares);
  return moved;
}

/** Staging and previous-site folders of builds that were killed: their process is gone. */
async function removeStaleLeftovers(parent: string, base: string): Promise<void> {
  const pattern = new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:staging|previous)-(\\d+)$`, 'u');
  for (const name of await readdir(parent)) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid)) await rm(join(parent, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The output folder is deleted and replaced on success, so it must never be a folder that
 * holds anything else: not the file system root, the home folder, the project, the current
 * folder or the seeds (or a folder around them), not inside the seeds, not a link, and, if it
 * exists, empty or holding a site this build wrote (`data/records.json`).
 */
async function refuseUnsafeOutDir(outDir: string, seedsDir: string): Promise<void> {
  const seeds = await realpath(seedsDir).catch(() => resolve(seedsDir));
  const contains = (outer: string, inner: string) => {
    const rel = relative(outer, inner);
    return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
  };
  const guarded = [parse(outDir).root, homedir(), PROJECT_ROOT, process.cwd(), seeds];
  if (guarded.some((g) => contains(outDir, g))) throw new BuildRefused(`The output folder ${outDir} is or contains the project, the seeds or the current folder; it would be replaced. Choose an output folder of its own (e.g. _site).`);
  if (contains(seeds, outDir)) throw new BuildRefused(`The output folder ${outDir} is inside the seeds folder. Choose an output folder outside it.`);
  const stat = await lstat(outDir).catch(() => null);
  if (stat === null) return;
  if (stat.isSymbolicLink() || !stat.isDirectory()) throw new BuildRefused(`The output path ${outDir} exists and is not a folder (or is a link); it is left alone. Choose another output folder.`);
  const entries = await readdir(outDir);
  const ours = await lstat(join(outDir, 'data', 'records.json')).then((s) => s.isFile(), () => false);
  if (entries.length > 0 && !ours) throw new BuildRefused(`The output folder ${outDir} holds files but no data/records.json, so it is not a site this build wrote; it is left alone. Empty it or choose another output folder.`);
}
