import { parseArgs } from 'node:util';
import { siteOrigin } from '../src/site/site-origin.ts';
import { COMMON_OPTIONS, runCommand } from './cli.ts';
import { buildAndPrint, watchBuilds } from './run-build.ts';

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
    const buildOptions = { seedsDir: args.seeds, outDir: args.out, pathPrefix: args['path-prefix'], origin: site.origin, cacheDir, force: args.force };
    const print = { command: 'npm run build', allWarnings: args['all-warnings'], debug };
    if (!args.watch) return (await buildAndPrint(buildOptions, print)).code;
    return watchBuilds(buildOptions, print, [args.seeds]);
  },
);
