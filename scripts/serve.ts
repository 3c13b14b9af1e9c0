import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import Eleventy from '@11ty/eleventy';
import { countDiagnostics, formatDiagnosticList } from '../src/format-diagnostic.ts';
import { loadCorpus } from '../src/build-site.ts';
import { extractorVersion } from '../src/code-version.ts';
import { DEFAULT_CACHE_DIR, ReportCache } from '../src/report-cache.ts';
import { siteData, withPages } from '../src/site/site-data.ts';
import type { SiteData } from '../src/site/site-model.ts';
import type { Records } from '../src/model.ts';
import { writeRecords } from '../src/write-records.ts';
import { WARNINGS_PER_RULE } from './cli.ts';

/**
 * Preview with live reload: `npm run serve [-- --seeds DIR --port 8080]`. Eleventy's dev
 * server watches the templates, the stylesheet and the seeds folder; a changed seed re-runs
 * the pipeline, and the browser reloads. A seed with errors leaves the last good pages up.
 * Changes to `src/` need a restart (Node caches modules), and so does deleting a seed
 * (Eleventy's watcher does not rebuild on deletions).
 */
const USAGE = 'Usage: npm run serve -- [--seeds DIR] [--port 8080] [--all-warnings]';
const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, '.cache', 'preview');

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ options: { seeds: { type: 'string', default: 'seeds' }, port: { type: 'string', default: '8080' }, 'all-warnings': { type: 'boolean', default: false } } }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const seeds = resolve(args.seeds);
  let records: Records | null = null;
  let lastGood: SiteData | null = null;
  const load = async (): Promise<SiteData> => {
    // The build's cache and seed index: a preview reads and re-processes only the reports that changed.
    const { corpus } = await loadCorpus(seeds, { cache: new ReportCache(join(DEFAULT_CACHE_DIR, 'reports'), await extractorVersion()) }, join(DEFAULT_CACHE_DIR, 'seeds'));
    // Cut as the build cuts them: a rule that fires on most reports would bury the rest on every save.
    const lines = formatDiagnosticList(corpus.diagnostics, {
      seedsDir: args.seeds,
      warningsPerRule: args['all-warnings'] ? Infinity : WARNINGS_PER_RULE,
      whereAll: 'npm run serve -- --all-warnings prints every one',
      debug: false,
    });
    if (lines.length > 0) console.error(lines.join('\n'));
    const { errors } = countDiagnostics(corpus.diagnostics);
    if (errors === 0) {
      records = corpus.records;
      lastGood = await withPages(siteData(corpus), corpus);
    } else if (lastGood) {
      console.error(`${errors} error(s) in ${args.seeds}: still showing the last good build; fix them and save again.`);
    } else {
      console.error(`${errors} error(s) in ${args.seeds}: fix them and run npm run serve again.`);
      process.exit(1);
    }
    return lastGood!;
  };
  const elev = new Eleventy(join(ROOT, 'templates'), OUT, {
    configPath: join(ROOT, 'eleventy.config.ts'),
    runMode: 'serve',
    quietMode: true,
    config: (cfg) => {
      cfg.addGlobalData('site', load);
      cfg.addWatchTarget(seeds);
      cfg.setServerOptions({ port: Number(args.port), domDiff: false });
      cfg.on('eleventy.after', async () => {
        if (records === null) return;
        await mkdir(join(OUT, 'data'), { recursive: true });
        // The build's writer, so the preview's export is the same bytes and never one giant string.
        await writeRecords(join(OUT, 'data', 'records.json'), records);
      });
    },
  });
  await elev.init();
  await elev.watch();
  await elev.serve(Number(args.port));
  return 0;
}

process.exitCode = await main();
