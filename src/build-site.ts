import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { Diagnostic } from './model.ts';
import { runPipeline, type Corpus } from './pipeline.ts';
import { readSeeds } from './read-seeds.ts';
import { siteData } from './site/site-data.ts';

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** URL path the site is served under, e.g. `/timeline/`. */
  pathPrefix: string;
  /** Origin the site is published at (`https://example.org`), for absolute canonical links; null when unknown. */
  origin?: string | null;
}

export interface BuildResult {
  /** True when the site was written to `outDir`. */
  ok: boolean;
  diagnostics: Diagnostic[];
  corpus: Corpus | null;
}

const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/**
 * The whole build: read → parse → extract → group → render. The site is written to a
 * temporary folder beside `outDir` and swapped in only when everything succeeded, so a failed
 * build leaves the previous output exactly as it was.
 */
export async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const read = await readSeeds(options.seedsDir);
  const corpus = runPipeline(read.files);
  const diagnostics = [...read.diagnostics, ...corpus.diagnostics];
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics, corpus };

  const outDir = resolve(options.outDir);
  const staging = join(dirname(outDir), `.${basename(outDir)}.staging-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const elev = new Eleventy(join(PROJECT_ROOT, 'templates'), staging, {
      configPath: join(PROJECT_ROOT, 'eleventy.config.ts'),
      quietMode: true,
      pathPrefix: options.pathPrefix,
      config: (cfg) => cfg.addGlobalData('site', siteData(corpus, { origin: options.origin ?? null })),
    });
    await elev.write();
    await mkdir(join(staging, 'data'), { recursive: true });
    await writeFile(join(staging, 'data', 'records.json'), JSON.stringify(corpus.records, null, 2) + '\n');
    await swapIn(staging, outDir);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { ok: true, diagnostics, corpus };
}

/** Replace `outDir` by `staging` with two renames, so the old site is never half-replaced. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const old = `${staging}.old`;
  await rm(old, { recursive: true, force: true });
  try {
    await rename(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(staging, outDir);
  await rm(old, { recursive: true, force: true });
}
