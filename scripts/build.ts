import { parseArgs } from 'node:util';
import { buildSite } from '../src/build-site.ts';
import { formatDiagnostic, sortDiagnostics } from '../src/format-diagnostic.ts';
import { siteOrigin } from '../src/site/site-origin.ts';

const USAGE = 'Usage: npm run build -- [--seeds DIR] [--out DIR] [--path-prefix /sub/] [--site-url https://example.org] [--debug]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        seeds: { type: 'string', default: 'seeds' },
        out: { type: 'string', default: '_site' },
        'path-prefix': { type: 'string', default: '/' },
        'site-url': { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const site = args['site-url'] === undefined ? { origin: null } : siteOrigin(args['site-url']);
  if ('error' in site) {
    console.error(`${site.error}\n${USAGE}`);
    return 2;
  }
  try {
    const result = await buildSite({ seedsDir: args.seeds, outDir: args.out, pathPrefix: args['path-prefix'], origin: site.origin });
    const sorted = sortDiagnostics(result.diagnostics);
    for (const d of sorted) console.error(formatDiagnostic(d, args.seeds));
    const errors = sorted.filter((d) => d.severity === 'error').length;
    const warnings = sorted.length - errors;
    if (!result.ok) {
      console.error(`\nBuild failed: ${errors} error(s), ${warnings} warning(s). Nothing was written; ${args.out} is unchanged.`);
      return 1;
    }
    const c = result.corpus!;
    const claims = c.reports.reduce((n, r) => n + r.claims.length, 0);
    console.log(`Built ${args.out}: ${c.reports.length} reports, ${c.records.days.length} days, ${claims} claims, ${warnings} warning(s).`);
    return 0;
  } catch (error) {
    if (args.debug) console.error(error);
    else console.error(`Build failed: ${(error as Error).message}\n(run with --debug for the stack trace)`);
    return 1;
  }
}

process.exitCode = await main();
