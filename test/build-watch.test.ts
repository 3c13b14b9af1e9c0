import assert from 'node:assert/strict';
import { appendFile, cp, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSite } from '../src/build-site.ts';
import { assertSameSite, SEEDS, tempDir } from './helpers.ts';
import { snapshot } from './trust-support.ts';
import { type Running, start } from './watch-support.ts';

describe('npm run build -- --watch', () => {
  let root: string;
  let seeds: string;
  let out: string;
  let watching: Running;

  /** The site a build without any cache makes of the seeds as they are now. */
  const coldSite = async (name: string): Promise<Map<string, Buffer>> => {
    const result = await buildSite({ seedsDir: seeds, outDir: join(root, name), pathPrefix: '/', cacheDir: null });
    assert.ok(result.ok);
    return snapshot(join(root, name));
  };

  before(async () => {
    root = await tempDir('watch-build-');
    seeds = join(root, 'seeds');
    out = join(root, '_site');
    await cp(SEEDS, seeds, { recursive: true });
    // The site is up to date when the watching starts: its first build loads the corpus all the same.
    assert.ok((await buildSite({ seedsDir: seeds, outDir: out, pathPrefix: '/', cacheDir: join(root, 'cache') })).ok);
    watching = start('build', ['--seeds', seeds, '--out', out, '--cache', join(root, 'cache'), '--watch']);
    await watching.printed(/^Watching /);
  });

  after(() => watching.kill('SIGKILL'));

  it('builds again when a report is edited, to the site a cold build makes, processing only that report', async () => {
    assert.match(watching.output(), /^Built /mu);
    // The results of the unchanged reports are in the process's memory: the cache on disk is not read.
    await rm(join(root, 'cache', 'reports'), { recursive: true });
    const [first] = (await readdir(seeds)).sort();
    const mark = watching.output().length;
    await appendFile(join(seeds, first!), '\nLate that night the Azerbaijani Defense Ministry said the shelling of Terter had stopped.\n');
    await watching.printed(/^Done in /, 1, mark);
    const rebuild = watching.output().slice(mark);
    assert.match(rebuild, /Changed: [^\n]*\. Building again\./u);
    assert.match(rebuild, /Cache: 4 report\(s\) reused, 1 processed\./u);
    assertSameSite(await snapshot(out), await coldSite('cold-after-edit'));
  });

  it('keeps the last good site when a seed holds an error, names the file, and goes on watching', async () => {
    const before = await snapshot(out);
    let mark = watching.output().length;
    await writeFile(join(seeds, 'scanned.txt'), Buffer.from([0x52, 0x65, 0x70, 0x00, 0x6f, 0x72, 0x74, 0x0a]));
    // A build that failed, and the watching going on after it.
    await watching.printed(/^Build failed: 1 error\(s\)[\s\S]*?^Done in /, 1, mark);
    assert.match(watching.output().slice(mark), /scanned\.txt[^\n]*binary data/u);
    assertSameSite(await snapshot(out), before);

    mark = watching.output().length;
    await rm(join(seeds, 'scanned.txt'));
    // The seeds are those of the last good build again: found up to date, or built.
    await watching.printed(/^(?:Built |\S+ is up to date)[\s\S]*?^Done in /, 1, mark);
    assertSameSite(await snapshot(out), await coldSite('cold-after-fix'));
  });

  it('stops on Ctrl-C with exit code 0', async () => {
    watching.kill('SIGINT');
    assert.equal(await watching.exited, 0);
  });
});
