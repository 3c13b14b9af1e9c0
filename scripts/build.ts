import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSite } from '../src/build-site.ts';
import type { CacheStats } from '../src/model.ts';
import { siteOrigin } from '../src/site/site-origin.ts';
import { COMMON_OPTIONS, describeError, printDiagnostics, runCommand } from './cli.ts';

const USAGE = 'Usage: npm run build -- [--seeds DIR] [--out DIR] [--path-prefix /sub/] [--site-url https://example.org] [--cache DIR | --no-cache] [--force] [--all-warnings] [--debug]';

const options = {
  ...COMMON_OPTIONS,
  seeds: { type: 'string', default: 'seeds' },
  out: { type: 'string', default: '_site' },
  'path-prefix': { type: 'string', default: '/' },
  'site-url': { type: 'string' },
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  force: { type: 'boolean', default: false },
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
    let result;
    try {
      const cacheDir = args['no-cache'] ? null : args.cache;
      result = await buildSite({ seedsDir: args.seeds, outDir: args.out, pathPrefix: args['path-prefix'], origin: site.origin, cacheDir, force: args.force });
    } catch (error) {
      if (debug) console.error(error);
      console.error(`Build failed: ${describeError(error)}\nNothing was written; ${args.out} is unchanged.${debug ? '' : ' (run with --debug for the stack trace)'}`);
      return 1;
    }
    const recordsFile = result.ok ? join(args.out, 'data', 'records.json') : null;
    const { errors, warnings } = printDiagnostics(result.diagnostics, args.seeds, { command: 'npm run build', allWarnings: args['all-warnings'], debug, recordsFile });
    if (!result.ok) {
      console.error(`\nBuild failed: ${errors} error(s), ${warnings} warning(s). Nothing was written; ${args.out} is unchanged.`);
      return 1;
    }
    const { reports, days, claims } = result.summary!;
    const holds = `${reports} reports, ${days} days, ${claims} claims, ${warnings} warning(s).`;
    if (result.upToDate) {
      console.log(`${args.out} is up to date: ${holds}`);
      console.log('Nothing was built: the seeds, the code and the options are those of the build that wrote it, and what it wrote is still there. (--force builds it again.)');
      return 0;
    }
    console.log(`Built ${args.out}: ${holds}`);
    console.log(describeWork(result.cache, result.workers, result.unread));
    if (result.pages) console.log(`Pages: ${Object.entries(result.pages).map(([kind, p]) => `${kind} ${p.rendered} rendered, ${p.reused} unchanged`).join('; ')}.`);
    if (result.records) console.log(`records.json: ${result.records.rendered} line(s) written, ${result.records.reused} copied from the previous site.`);
    return 0;
  },
);

function describeWork(cache: CacheStats | null, workers: number, unread: number): string {
  const threads = workers > 0 ? ` on ${workers} worker thread${workers === 1 ? '' : 's'}` : '';
  if (cache === null) return `Cache off: every report processed${threads}.`;
  const rejected = cache.rejected > 0 ? `, ${cache.rejected} damaged entr${cache.rejected === 1 ? 'y' : 'ies'} ignored` : '';
  const known = unread > 0 ? ` ${unread} seed file(s) known unchanged since the last build were not read.` : '';
  return `Cache: ${cache.hits} report(s) reused, ${cache.misses} processed${threads}${rejected}.${known}`;
}
