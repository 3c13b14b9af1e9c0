import { join, relative } from 'node:path';
import { BuildRefused, type BuildOptions, buildSite, cacheDirOf, keepNothing, warmUp } from '../src/build-site.ts';
import type { CacheStats } from '../src/model.ts';
import { describeError, printDiagnostics, type PrintOptions as DiagnosticsOptions } from './cli.ts';
import { watchFolders } from './watch-folders.ts';

// Builds run from the command line (`npm run build`, its `--watch`, `npm run serve`): one
// build with its outcome printed, or one after each change.

/** How a build's outcome is printed: as its diagnostics are, the records file being the build's own. */
export type PrintOptions = Omit<DiagnosticsOptions, 'recordsFile'>;

/** What one build did: its exit code, whether it was refused (it never will be built), and whether it wrote a site. */
export interface BuildOutcome {
  code: number;
  refused: boolean;
  wrote: boolean;
}

/** One build, its outcome printed. The seeds and output folders are named as the user gave them. */
export async function buildAndPrint(options: BuildOptions, print: PrintOptions): Promise<BuildOutcome> {
  const out = options.outDir;
  let result;
  try {
    result = await buildSite(options);
  } catch (error) {
    if (print.debug) console.error(error);
    console.error(`Build failed: ${describeError(error)}\nNothing was written; ${out} is unchanged.${print.debug ? '' : ' (run with --debug for the stack trace)'}`);
    return { code: 1, refused: error instanceof BuildRefused, wrote: false };
  }
  const recordsFile = result.ok ? join(out, 'data', 'records.json') : null;
  const { errors, warnings } = printDiagnostics(result.diagnostics, options.seedsDir, { ...print, recordsFile });
  if (!result.ok) {
    console.error(`\nBuild failed: ${errors} error(s), ${warnings} warning(s). Nothing was written; ${out} is unchanged.`);
    return { code: 1, refused: false, wrote: false };
  }
  const { reports, days, claims } = result.summary!;
  const holds = `${reports} reports, ${days} days, ${claims} claims, ${warnings} warning(s).`;
  if (result.upToDate) {
    console.log(`${out} is up to date: ${holds}`);
    console.log('Nothing was built: the seeds, the code and the options are those of the build that wrote it, and what it wrote is still there. (--force builds it again.)');
    return { code: 0, refused: false, wrote: false };
  }
  console.log(`Built ${out}: ${holds}`);
  console.log(describeWork(result.cache, result.workers, result.unread));
  if (result.pages) console.log(`Pages: ${Object.entries(result.pages).map(([kind, p]) => `${kind} ${p.rendered} rendered, ${p.reused} unchanged`).join('; ')}.`);
  if (result.records) console.log(`records.json: ${result.records.rendered} line(s) written, ${result.records.reused} copied from the previous site.`);
  return { code: 0, refused: false, wrote: true };
}

function describeWork(cache: CacheStats | null, workers: number, unread: number): string {
  const threads = workers > 0 ? ` on ${workers} worker thread${workers === 1 ? '' : 's'}` : '';
  if (cache === null) return `Cache off: every report processed${threads}.`;
  const rejected = cache.rejected > 0 ? `, ${cache.rejected} damaged entr${cache.rejected === 1 ? 'y' : 'ies'} ignored` : '';
  const known = unread > 0 ? ` ${unread} seed file(s) known unchanged since the last build were not read.` : '';
  return `Cache: ${cache.hits} report(s) reused, ${cache.misses} processed${threads}${rejected}.${known}`;
}

/**
 * Build, then build again whenever something in `watched` (folders) changes, until Ctrl-C.
 * The process keeps every report's result and record in memory between builds (`Kept`), so
 * a rebuild reads no cache entry of an unchanged report: only the reports that changed are
 * read and processed. A build that fails (errors in a seed) leaves the last good site in
 * place, and the watching goes on. `started` runs once the first build is done (a preview
 * server starts there); `built` after each build that wrote the site. The exit code.
 */
export async function watchBuilds(
  options: BuildOptions,
  print: PrintOptions,
  watched: readonly string[],
  hooks: { started?: () => Promise<void>; built?: () => void } = {},
): Promise<number> {
  const keep = keepNothing();
  // Always built (not found up to date): the build loads the corpus the rebuilds start from.
  // Otherwise the first change would read every cache entry (3.5 s at 10,000 reports, not 1.1 s).
  const first = await buildAndPrint({ ...options, keep, force: true }, print);
  if (first.refused) return first.code;
  await warmUp();
  await hooks.started?.();
  const names = watched.map((d) => relative(process.cwd(), d) || '.').join(' and ');
  const watching = `Watching ${names} for changes (Ctrl-C stops).`;
  const watch = watchFolders(
    watched,
    async (changed) => {
      const shown = changed.slice(0, CHANGES_SHOWN).map((p) => relative(process.cwd(), p) || '.').join(', ');
      const more = changed.length > CHANGES_SHOWN ? ` and ${changed.length - CHANGES_SHOWN} more` : '';
      console.log(`\nChanged: ${shown}${more}. Building again.`);
      const started = performance.now();
      // Not forced: a change that changes no input (a file that is not a report) builds nothing.
      const outcome = await buildAndPrint({ ...options, keep, force: false }, print);
      if (outcome.wrote) hooks.built?.();
      console.log(`Done in ${((performance.now() - started) / 1000).toFixed(2)} s. ${watching}`);
    },
    (error) => console.error(`Watching ${names}: ${describeError(error)}`),
    // The build writes there: a cache or an output folder inside a watched one would wake it up again.
    { ignore: [options.outDir, cacheDirOf(options)].filter((d) => d !== null) },
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
