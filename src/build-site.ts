import { mkdir, rename, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import { extractorVersion } from './code-version.ts';
import type { CacheStats, Diagnostic, PageStats } from './model.ts';
import { assembleCorpus, type Corpus } from './assemble-corpus.ts';
import { processCorpus, type ProcessOptions } from './process-corpus.ts';
import { readSeeds } from './read-seeds.ts';
import { eleventyOutputs, OutputReuse, spareOf } from './reuse-output.ts';
import { defaultCacheDir, ReportCache } from './report-cache.ts';
import { siteData } from './site/site-data.ts';
import { writeJsonStreaming } from './write-json-streaming.ts';

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** URL path the site is served under, e.g. `/timeline/`. */
  pathPrefix: string;
  /** Folder of the report cache; null disables it. Default: `.cache/timeline` beside `outDir`. */
  cacheDir?: string | null;
  /** Worker threads for processing reports (default: the machine's cores). */
  threads?: number;
  /** Origin the site is published at (`https://example.org`), for absolute canonical links; null when unknown. */
  origin?: string | null;
}

export interface BuildResult {
  /** True when the site was written to `outDir`. */
  ok: boolean;
  diagnostics: Diagnostic[];
  corpus: Corpus | null;
  /** What the report cache did; null when it was disabled. */
  cache: CacheStats | null;
  /** Worker threads started to process reports (0: processed on the main thread, or all cached). */
  workers: number;
  /** Pages of paginated templates rendered and reused, by kind (`reports`, `days` …); null when the build stopped before rendering. */
  pages: Record<string, PageStats> | null;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/**
 * The whole build: read → parse → extract → group → render. The site is written to a
 * temporary folder beside `outDir` and swapped in only when everything succeeded, so a failed
 * build leaves the previous output exactly as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const cacheDir = options.cacheDir === undefined ? defaultCacheDir(options.outDir) : options.cacheDir;
  const cache = cacheDir === null ? null : new ReportCache(cacheDir, await extractorVersion());
  const { corpus, workers, readDiagnostics, reportTexts } = await corpusOf(options.seedsDir, { cache, threads: options.threads });
  const diagnostics = [...readDiagnostics, ...corpus.diagnostics];
  const stats = { cache: cache?.stats ?? null, workers };
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, corpus, ...stats, pages: null };

  const outDir = resolve(options.outDir);
  const site = siteData(corpus, { origin: options.origin ?? null, reportTexts });
  const output = await OutputReuse.prepare(outDir, `${options.pathPrefix} ${site.origin ?? ''}`, cache !== null);
  const staging = output.staging;
  try {
    await mkdir(join(staging, 'data'), { recursive: true });
    const records = join(staging, 'data', 'records.json');
    await writeJsonStreaming(records, corpus.records);
    const render = {
      reports: output.select('reports', site.reports, (p) => p.url),
      days: output.select('days', site.days, (d) => d.url),
      places: output.select('places', site.places, (p) => p.url),
      sides: output.select('sides', site.sidePages, (s) => s.info.url),
    };
    await output.settle();
    const elev = new Eleventy(join(PROJECT_ROOT, 'templates'), staging, {
      configPath: join(PROJECT_ROOT, 'eleventy.config.ts'),
      quietMode: true,
      pathPrefix: options.pathPrefix,
      config: (cfg) => cfg.addGlobalData('site', { ...site, render }),
    });
    await output.finish([...eleventyOutputs(await elev.write()), records]);
    await swapIn(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await cache?.prune();
  return { ok: true, diagnostics, corpus, ...stats, pages: output.stats };
}

/** Read, process and assemble. The texts and per-file results die here (~80 MB at 10,000 reports), before rendering. */
async function corpusOf(seedsDir: string, options: ProcessOptions): Promise<{ corpus: Corpus; workers: number; readDiagnostics: Diagnostic[]; reportTexts: string[] }> {
  const read = await readSeeds(seedsDir);
  const { processed, workers } = await processCorpus(read.files, options);
  return { corpus: assembleCorpus(processed), workers, readDiagnostics: read.diagnostics, reportTexts: processed.map((p) => p.pageText) };
}

/**
 * Replace `outDir` by `staging` with two renames, so the old site is never half-replaced.
 * The old site is kept as the spare the next build starts from (see `OutputReuse`).
 */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = spareOf(outDir);
  await rm(old, { recursive: true, force: true });
  try {
    await rename(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(staging, outDir);
}
