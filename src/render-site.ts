import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { PagesToRender, SiteData } from './site/site-model.ts';

const PROJECT_ROOT = join(import.meta.dirname, '..');
const TEMPLATES = join(PROJECT_ROOT, 'templates');

/**
 * Characters of page-model JSON rendered per Eleventy run. Eleventy keeps every page it wrote
 * until `write()` returns: 10,000 reports make ~430 MB of pages (twice that in memory), so
 * they are rendered a slice at a time. A run costs ~0.2 s more than rendering its pages.
 */
const RUN_BUDGET = 96 * 2 ** 20;

export interface RenderOptions {
  site: SiteData;
  /** The pages to render of each paginated template (see `OutputReuse.select`). */
  render: PagesToRender;
  /** Size of a page model (its JSON length), to share them out between runs. */
  weight: (model: object) => number;
  outDir: string;
  pathPrefix: string;
  /** Characters of page-model JSON per Eleventy run (default `RUN_BUDGET`). */
  runBudget?: number;
}

/**
 * Render the site with Eleventy into `outDir`: the first run renders every template, later
 * runs only the rest of the paginated pages. Returns the paths of every file written, and the number of runs.
 */
export async function renderSite(o: RenderOptions): Promise<{ written: string[]; runs: number }> {
  const runs = shareOut(o.render, o.weight, o.runBudget ?? RUN_BUDGET);
  const others = runs.length > 1 ? await unpaginatedTemplates() : [];
  const written: string[] = [];
  for (const [i, render] of runs.entries()) {
    const elev = new Eleventy(TEMPLATES, o.outDir, {
      configPath: join(PROJECT_ROOT, 'eleventy.config.ts'),
      quietMode: true,
      pathPrefix: o.pathPrefix,
      config: (cfg) => {
        cfg.addGlobalData('site', { ...o.site, render });
        // Pages that do not depend on the slice were written by the first run (an optimisation only: writing them again gives the same bytes).
        if (i > 0) for (const t of others) cfg.ignores.add(t);
      },
    });
    written.push(...eleventyOutputs(await elev.write()));
  }
  return { written, runs: runs.length };
}

/** The pages to render, in runs of about `budget` (a page larger than that gets a run alone). */
function shareOut(render: PagesToRender, weight: (model: object) => number, budget: number): PagesToRender[] {
  const runs: PagesToRender[] = [];
  let run = emptyRun();
  let size = 0;
  for (const kind of Object.keys(render) as (keyof PagesToRender)[]) {
    for (const model of render[kind]) {
      const w = weight(model);
      if (size > 0 && size + w > budget) {
        runs.push(run);
        run = emptyRun();
        size = 0;
      }
      (run[kind] as object[]).push(model);
      size += w;
    }
  }
  runs.push(run);
  return runs;
}

function emptyRun(): PagesToRender {
  return { reports: [], days: [], places: [], sides: [] };
}

/** Templates whose pages do not come from `site.render` (home, indexes, about), as Eleventy ignore paths. */
async function unpaginatedTemplates(): Promise<string[]> {
  const files = (await readdir(TEMPLATES)).filter((f) => f.endsWith('.11ty.ts'));
  const out: string[] = [];
  for (const f of files) {
    const module = (await import(join(TEMPLATES, f))) as { data?: { pagination?: { data?: string } } };
    if (!module.data?.pagination?.data?.startsWith('site.render.')) out.push(`./${relative(process.cwd(), join(TEMPLATES, f))}`);
  }
  return out;
}

/** Paths of the files an Eleventy `write()` produced: its pages and its passthrough copies. */
export function eleventyOutputs(result: unknown): string[] {
  const out: string[] = [];
  for (const group of Array.isArray(result) ? (result as unknown[]) : []) {
    for (const entry of Array.isArray(group) ? (group as Record<string, unknown>[]) : []) {
      if (typeof entry.outputPath === 'string') out.push(entry.outputPath);
      if (entry.map && typeof entry.map === 'object') out.push(...Object.values(entry.map as Record<string, unknown>).filter((p): p is string => typeof p === 'string'));
    }
  }
  return out;
}
