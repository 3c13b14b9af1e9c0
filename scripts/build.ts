import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { BuildRefused, type BuildOptions, buildSite, warmUp } from '../src/build-site.ts';
import type { KeptResults } from '../src/report-cache.ts';
import type { CacheStats } from '../src/model.ts';
import { siteOrigin } from '../src/site/site-origin.ts';
import { COMMON_OPTIONS, describeError, printDiagnostics, runCommand } from './cli.ts';
import { watchFolder } from './watch-folder.ts';

const USAGE = 'Usage: npm run build -- [--seeds DIR] [--out DIR] [--path-prefix /sub/] [--site-url https://example.org] [--cache DIR | --no-cache] [--force] [--watch] [--all-warnings] [--debug]';

const options = {
  ...COMMON_OPTIONS,
  seeds: { type: 'string', default: 'seeds' },
  out: { type: 'string', default: '_site' },
  'path-prefix': { type: 'string', default: '/' },
  'site-url': { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
  watch: { type: 'boolean', default: false },
} as const;

await runCommand(
  USAGE,
  () => parseArgs({ options }).values,
  async (args, debug) => {
    const site = args['site-url'] === undefined ? { origin: null } : siteOrigin(args['site-url']);
    if ('error' in site) {
      console.error(`${site.error}\n${USAGE}`);
      return 2;
    }
    const cacheDir = args['no-cache'] ? null : args.cache;
    const build = (keep?: KeptResults, force = args.force) => buildOnce({ seedsDir: args.seeds, outDir: args.out, pathPrefix: args['path-prefix'], origin: site.origin, cacheDir, force, keep }, args, debug);
    if (!args.watch) return (await build()).code;
    return watchSeeds(args, build);
  },
);

type Args = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

/** One build, its outcome printed; the exit code, and whether the build was refused (it never will be built). */
async function buildOnce(buildOptions: BuildOptions, args: Args, debug: boolean): Promise<{ code: number; refused: boolean }> {
  let result;
  try {
    result = await buildSite(buildOptions);
  } catch (error) {
    if (debug) console.error(error);
    console.error(`Build failed: ${describeError(error)}\nNothing was written; ${args.out} is unchanged.${debug ? '' : ' (run with --debug for the stack trace)'}`);
    return { code: 1, refused: error instanceof BuildRefused };
  }
  const recordsFile = result.ok ? join(args.out, 'data', 'records.json') : null;
  const { errors, warnings } = printDiagnostics(result.diagnostics, args.seeds, { command: 'npm run build', allWarnings: args['all-warnings'], debug, recordsFile });
  if (!result.ok) {
    console.error(`\nBuild failed: ${errors} error(s), ${warnings} warning(s). Nothing was written; ${args.out} is unchanged.`);
    return { code: 1, refused: false };
  }
  const { reports, days, claims } = result.summary!;
  const holds = `${reports} reports, ${days} days, ${claims} claims, ${warnings} warning(s).`;
  if (result.upToDate) {
    console.log(`${args.out} is up to date: ${holds}`);
    console.log('Nothing was built: the seeds, the code and the options are those of the build that wrote it, and what it wrote is still there. (--force builds it again.)');
    return { code: 0, refused: false };
  }
  console.log(`Built ${args.out}: ${holds}`);
  console.log(describeWork(result.cache, result.workers, result.unread));
  if (result.pages) console.log(`Pages: ${Object.entries(result.pages).map(([kind, p]) => `${kind} ${p.rendered} rendered, ${p.reused} unchanged`).join('; ')}.`);
  if (result.records) console.log(`records.json: ${result.records.rendered} line(s) written, ${result.records.reused} copied from the previous site.`);
  return { code: 0, refused: false };
}

/**
 * `--watch`: build, then build again whenever something in the seeds folder changes, until
 * Ctrl-C. The process keeps every report's result in memory between builds, so a rebuild
 * reads no cache entry of an unchanged report: only the reports that changed are read and
 * processed. A build that fails (errors in a seed) leaves the last good site in place, and
 * the watching goes on.
 */
async function watchSeeds(args: Args, build: (keep: KeptResults, force?: boolean) => Promise<{ code: number; refused: boolean }>): Promise<number> {
  const keep: KeptResults = new Map();
  const first = await build(keep);
  if (first.refused) return first.code;
  await warmUp();
  const watching = `Watching ${args.seeds} for changes (Ctrl-C stops).`;
  const watch = watchFolder(
    args.seeds,
    async (changed) => {
      const shown = changed.slice(0, CHANGES_SHOWN).map((p) => relative(args.seeds, p) || '.').join(', ');
      const more = changed.length > CHANGES_SHOWN ? ` and ${changed.length - CHANGES_SHOWN} more` : '';
      console.log(`\nChanged: ${shown}${more}. Building again.`);
      const started = performance.now();
      // Not forced: a change that changes no input (a file that is not a report) builds nothing.
      await build(keep, false);
      console.log(`Done in ${((performance.now() - started) / 1000).toFixed(2)} s. ${watching}`);
    },
    (error) => console.error(`Watching ${args.seeds}: ${describeError(error)}`),
    // The build writes there: a cache or an output folder inside the seeds would wake it up again.
    { ignore: [args.out, ...(typeof args.cache === 'string' ? [args.cache] : [])] },
  );
  await watch.ready;
  console.log(`\n${watching}`);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watch.close();
  return signal === 'SIGINT' ? 0 : 143;
}

/** Changed paths named when a rebuild starts. */
const CHANGES_SHOWN = 3;

function describeWork(cache: CacheStats | null, workers: number, unread: number): string {
  const threads = workers > 0 ? ` on ${workers} worker thread${workers === 1 ? '' : 's'}` : '';
  if (cache === null) return `Cache off: every report processed${threads}.`;
  const rejected = cache.rejected > 0 ? `, ${cache.rejected} damaged entr${cache.rejected === 1 ? 'y' : 'ies'} ignored` : '';
  const known = unread > 0 ? ` ${unread} seed file(s) known unchanged since the last build were not read.` : '';
  return `Cache: ${cache.hits} report(s) reused, ${cache.misses} processed${threads}${rejected}.${known}`;
}
