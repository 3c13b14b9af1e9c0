import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSite } from '../src/build-site.ts';
import { busiestDay, CATEGORIES, lighthouseScores } from './lighthouse-scores.ts';
import { serveFolder } from './static-server.ts';

/**
 * `npm run lighthouse [-- --seeds DIR]`: build the seeds, serve them on 127.0.0.1 and print
 * Lighthouse's four scores for the home page and the day page with the most claims. Exits 1 when a score is
 * under 95. The site is built with the origin it is served from, as it would be when published,
 * so that canonical links are absolute.
 */
const MIN = 95;
const seedsArg = process.argv.indexOf('--seeds');
const seeds = resolve(seedsArg > 0 ? process.argv[seedsArg + 1]! : 'seeds');
const dir = await mkdtemp(join(tmpdir(), 'lighthouse-'));
const out = join(dir, 'site');
const server = await serveFolder(out, { notFoundPage: join(out, '404.html') });
try {
  const built = await buildSite({ seedsDir: seeds, outDir: out, pathPrefix: '/', origin: server.origin });
  if (!built.ok || !built.corpus) throw new Error(`the build failed; run npm run build -- --seeds ${seeds} to see why`);
  const paths = ['/', ...busiestDay(built.corpus.records.days)];
  const started = Date.now();
  const results = await lighthouseScores(paths.map((p) => `${server.origin}${p}`));
  const row = (cells: string[]) => cells.map((v, i) => v.padEnd(i === 0 ? 20 : 16)).join('');
  console.log(row(['page', ...CATEGORIES]));
  for (const r of results) console.log(row([new URL(r.url).pathname, ...CATEGORIES.map((c) => String(r.scores[c]))]));
  for (const r of results) for (const f of r.failing) console.log(`  ${new URL(r.url).pathname} ${f}`);
  console.log(`(${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const low = results.some((r) => CATEGORIES.some((c) => r.scores[c] < MIN));
  if (low) console.error(`A score is under ${MIN}.`);
  process.exitCode = low ? 1 : 0;
} catch (error) {
  console.error(`Lighthouse run failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
