import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import EleventyDevServer from '@11ty/eleventy-dev-server';
import { COMMON_OPTIONS, runCommand } from './cli.ts';
import { watchBuilds } from './run-build.ts';

/**
 * Preview with live reload: `npm run serve [-- --seeds DIR --port 8080]`. The site is built
 * into `.cache/preview` (`--out`) as `npm run build -- --watch` builds it: again after each
 * change to the seeds or to the files the site copies from `templates/` (its stylesheet),
 * reading, processing and rendering only what changed. The browser reloads after each build
 * that wrote the site; a seed with errors leaves the last good pages up (or none, until it is
 * fixed). Changes to code, `src/` or the templates' `.ts` files, need a restart: Node keeps
 * the modules it loaded, and the build's version of the site's code is taken once a process.
 */
const USAGE = 'Usage: npm run serve -- [--seeds DIR] [--port 8080] [--out DIR] [--cache DIR] [--all-warnings] [--debug]';
const ROOT = resolve(import.meta.dirname, '..');
const OUT = relative(process.cwd(), join(ROOT, '.cache', 'preview')) || '.';
const TEMPLATES = join(ROOT, 'templates');

const options = {
  ...COMMON_OPTIONS,
  seeds: { type: 'string', default: 'seeds' },
  port: { type: 'string', default: '8080' },
  /** Where the preview is built: not the build's `_site`, which may hold a site built for publishing. */
  out: { type: 'string', default: OUT },
  cache: { type: 'string' },
} as const;

await runCommand(
  USAGE,
  () => parseArgs({ options }).values,
  async (args, debug) => {
    const port = Number(args.port);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      console.error(`--port wants a port number (1-65535); got ${args.port}\n${USAGE}`);
      return 2;
    }
    // Eleventy's own dev server, on a folder: it serves what is there and reloads the page when told.
    const server = EleventyDevServer.getServer('timeline-preview', args.out, { domDiff: false, liveReload: true });
    const code = await watchBuilds({ seedsDir: args.seeds, outDir: args.out, pathPrefix: '/', origin: null, cacheDir: args.cache }, { command: 'npm run serve', allWarnings: args['all-warnings'], debug }, [args.seeds, TEMPLATES], {
      started: async () => void (await server.serve(port)),
      built: () => server.reload({}),
    });
    await server.close();
    return code;
  },
);
