import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { busiestDay, CATEGORIES, lighthouseScores } from '../scripts/lighthouse-scores.ts';
import { serveFolder, type StaticServer } from '../scripts/static-server.ts';
import { SEEDS, runBuild, tempDir } from './helpers.ts';
import { readRecords } from './records-file.ts';

// Lighthouse 12 on the seeds' home page and heaviest day page (~8 s a page here).
const MIN = 95;

describe('Lighthouse', () => {
  let server: StaticServer;
  let paths: string[];
  let out: string;

  before(async () => {
    out = join(await tempDir('lighthouse-'), 'site');
    server = await serveFolder(out, { notFoundPage: join(out, '404.html') });
    // Built with the origin it is served from, as a published site is, so canonical links are absolute.
    const result = await runBuild(['--seeds', SEEDS, '--out', out, '--site-url', server.origin]);
    assert.equal(result.code, 0, result.stderr);
    const records = await readRecords(join(out, 'data', 'records.json'));
    paths = ['/', ...busiestDay(records.days)];
  });

  after(async () => {
    await server?.close();
    if (out) await rm(dirname(out), { recursive: true, force: true });
  });

  it(`scores at least ${MIN} in every category on the home page and a day page`, async (t) => {
    assert.equal(paths.length, 2, 'the seeds have a dated day');
    const results = await lighthouseScores(paths.map((p) => `${server.origin}${p}`));
    const low = results.flatMap((r) => CATEGORIES.filter((c) => r.scores[c] < MIN).map((c) => `${new URL(r.url).pathname} ${c} ${r.scores[c]} — ${r.failing.join('; ')}`));
    for (const r of results) t.diagnostic(`lighthouse ${new URL(r.url).pathname}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}`);
    assert.deepEqual(low, []);
  });
});
