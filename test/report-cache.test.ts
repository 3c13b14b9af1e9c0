import assert from 'node:assert/strict';
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SourceFile } from '../src/model.ts';
import { reportOutput } from '../src/process-report.ts';
import { type KeptResults, ReportCache } from '../src/report-cache.ts';
import { tempDir } from './helpers.ts';

const shelling: SourceFile = {
  file: 'reports/shelling.txt',
  text: 'Overview as of March 3, 2021\nInformation from Baku:\n• Shells fell on the edge of Terter overnight, the Azerbaijani Defense Ministry said.\n',
};

async function cacheWith(source: SourceFile, version = 'v1'): Promise<{ cache: ReportCache; path: string }> {
  const dir = join(await tempDir('cache-'), 'entries');
  const cache = new ReportCache(dir, version);
  await cache.put(source, reportOutput(source));
  const [name] = await readdir(dir);
  return { cache, path: join(dir, name!) };
}

describe('report cache', () => {
  it('gives back the stored result of an unchanged report', async () => {
    const { cache } = await cacheWith(shelling);
    const fresh = new ReportCache(cache.dir, 'v1');
    const { result, digest } = reportOutput(shelling);
    assert.deepEqual(fresh.get(shelling), { result: JSON.parse(result), digest });
    assert.deepEqual(fresh.stats, { hits: 1, misses: 0, rejected: 0, written: 0, pruned: 0 });
  });

  it('rejects an entry whose result digest was changed, though its result is intact', async () => {
    const { cache, path } = await cacheWith(shelling);
    const text = await readFile(path, 'utf8');
    const digest = reportOutput(shelling).digest;
    assert.ok(text.includes(` ${digest}\n`));
    await writeFile(path, text.replace(digest, digest.replace(/^./u, (c) => (c === '0' ? '1' : '0'))));
    assert.equal(new ReportCache(cache.dir, 'v1').get(shelling), null);
  });

  it('tells from one listing of its folder which reports have an entry, counting the others as misses', async () => {
    const { cache } = await cacheWith(shelling);
    const fresh = new ReportCache(cache.dir, 'v1');
    assert.equal(fresh.has(shelling), true);
    assert.equal(fresh.has({ ...shelling, text: shelling.text.replace('Terter', 'Barda') }), false);
    assert.deepEqual(fresh.stats, { hits: 0, misses: 1, rejected: 0, written: 0, pruned: 0 });
    assert.ok(fresh.get(shelling, fresh.keyOf(shelling)));
    assert.equal(fresh.stats.hits, 1);
  });

  it('misses when the text, the path or the extractor version differ', async () => {
    const { cache } = await cacheWith(shelling, 'v1');
    const other = new ReportCache(cache.dir, 'v2');
    assert.equal(other.get(shelling), null);
    const same = new ReportCache(cache.dir, 'v1');
    assert.equal(same.get({ ...shelling, text: shelling.text.replace('Terter', 'Barda') }), null);
    assert.equal(same.get({ ...shelling, file: 'reports/renamed.txt' }), null);
    assert.equal(same.stats.misses, 2);
  });

  it('gives back the page text of a stored result, read only when asked for', async () => {
    const { cache } = await cacheWith(shelling);
    const { result, text } = reportOutput(shelling);
    const fresh = new ReportCache(cache.dir, 'v1');
    const stored = fresh.get(shelling)!.result;
    assert.deepEqual(stored, JSON.parse(result));
    assert.ok(text.includes('Terter'));
    assert.equal(fresh.textOf(fresh.keyOf(shelling), stored.textDigest), text);
  });

  for (const [name, damage] of [
    ['cut short', (t: string) => t.slice(0, t.length - 40)],
    ['with one character changed', (t: string) => `${t.slice(0, t.lastIndexOf('Terter'))}Tertar${t.slice(t.lastIndexOf('Terter') + 6)}`],
  ] as const) {
    it(`keeps the result of an entry whose page text is ${name}, but not the text`, async () => {
      const { cache, path } = await cacheWith(shelling);
      await writeFile(path, damage(await readFile(path, 'utf8')));
      const reread = new ReportCache(cache.dir, 'v1');
      const stored = reread.get(shelling);
      assert.ok(stored, 'the result is intact');
      assert.equal(reread.textOf(reread.keyOf(shelling), stored.result.textDigest), null);
    });
  }

  for (const [name, damage] of [
    ['truncated', (t: string) => t.slice(0, 200)],
    ['with one character of its result changed', (t: string) => t.replace('Terter', 'Tertar')],
    ['that is not JSON', () => 'not a cache entry'],
    ['that is empty', () => ''],
  ] as const) {
    it(`ignores an entry ${name}`, async () => {
      const { cache, path } = await cacheWith(shelling);
      await writeFile(path, damage(await readFile(path, 'utf8')));
      const reread = new ReportCache(cache.dir, 'v1');
      assert.equal(reread.get(shelling), null);
      assert.deepEqual({ rejected: reread.stats.rejected, misses: reread.stats.misses }, { rejected: 1, misses: 1 });
    });
  }

  it('ignores an entry stored under another report’s name', async () => {
    const other: SourceFile = { file: 'reports/other.txt', text: 'A short note.\n' };
    const { cache, path } = await cacheWith(shelling);
    await cache.put(other, reportOutput(other));
    const otherPath = join(cache.dir, `${cache.keyOf(other)}.json`);
    await writeFile(otherPath, await readFile(path));
    assert.equal(new ReportCache(cache.dir, 'v1').get(other), null);
  });

  it('prunes unused entries once they outnumber the used ones, down to the newest 90 % of that many', async () => {
    const dir = join(await tempDir('cache-'), 'entries');
    const notes = Array.from({ length: 42 }, (_, i): SourceFile => ({ file: `reports/note-${i}.txt`, text: `Note number ${i}.\n` }));
    const writer = new ReportCache(dir, 'v1');
    for (const [i, note] of notes.entries()) {
      await writer.put(note, reportOutput(note));
      // Note i was written i minutes after 2001 began: the higher, the newer.
      const at = new Date(Date.UTC(2001, 0, 1, 0, i));
      await utimes(join(dir, `${writer.keyOf(note)}.json`), at, at);
    }
    const entries = async () => (await readdir(dir)).sort();
    const nameOf = (note: SourceFile) => `${writer.keyOf(note)}.json`;

    // 21 used, 21 unused: not more unused than used, nothing is deleted.
    const level = new ReportCache(dir, 'v1');
    for (const note of notes.slice(21)) assert.ok(level.has(note));
    await level.prune();
    assert.equal(level.stats.pruned, 0);
    assert.equal((await entries()).length, 42);

    // 20 used, 22 unused: the unused ones are cut to the newest 18.
    const build = new ReportCache(dir, 'v1');
    for (const note of notes.slice(0, 20)) assert.ok(build.get(note));
    await build.prune();
    assert.equal(build.stats.pruned, 4);
    assert.deepEqual(await entries(), [...notes.slice(0, 20), ...notes.slice(24)].map(nameOf).sort());

    // Two more unused entries (20 in all): still not more than the used ones, nothing is deleted.
    const extra = ['A short note.\n', 'Another short note.\n'].map((text, i): SourceFile => ({ file: `reports/extra-${i}.txt`, text }));
    for (const note of extra) await writer.put(note, reportOutput(note));
    const next = new ReportCache(dir, 'v1');
    for (const note of notes.slice(0, 20)) assert.ok(next.has(note));
    await next.prune();
    assert.equal(next.stats.pruned, 0);
    assert.equal((await entries()).length, 40);
  });

  it('counts a write it could not make as nothing, without failing', async () => {
    const blocker = join(await tempDir('cache-'), 'a-file');
    await writeFile(blocker, 'not a folder');
    const cache = new ReportCache(join(blocker, 'entries'), 'v1');
    await cache.put(shelling, reportOutput(shelling));
    assert.equal(cache.stats.written, 0);
    assert.equal(await cache.get(shelling), null);
  });

  describe('with results kept in memory (a watching process)', () => {
    const terter: SourceFile = { file: 'reports/terter.txt', text: 'Overview as of March 4, 2021\nInformation from Yerevan:\n• A drone was shot down over Martuni, the Armenian Defense Ministry said.\n' };

    it('gives back a kept result without reading its entry, and keeps what it reads', async () => {
      const { cache, path } = await cacheWith(shelling);
      const kept: KeptResults = new Map();
      const first = new ReportCache(cache.dir, 'v1', kept);
      const read = first.get(shelling);
      assert.ok(read !== null);
      assert.equal(kept.size, 1);
      // The entry is gone from the disk: the next build of the process still has the result.
      await rm(path);
      const second = new ReportCache(cache.dir, 'v1', kept);
      assert.ok(second.has(shelling));
      assert.equal(second.get(shelling), read);
      assert.deepEqual(second.stats, { hits: 1, misses: 0, rejected: 0, written: 0, pruned: 0 });
      // Another process, or one that keeps nothing, reads the disk.
      assert.equal(new ReportCache(cache.dir, 'v1').get(shelling), null);
    });

    it('keeps what it stores, even when the write fails', async () => {
      const blocker = join(await tempDir('cache-'), 'a-file');
      await writeFile(blocker, 'not a folder');
      const kept: KeptResults = new Map();
      const output = reportOutput(shelling);
      await new ReportCache(join(blocker, 'entries'), 'v1', kept).put(shelling, output);
      assert.deepEqual(new ReportCache(join(blocker, 'entries'), 'v1', kept).get(shelling), { result: JSON.parse(output.result), digest: output.digest });
    });

    it('lets go of the results the last build did not use', async () => {
      const dir = join(await tempDir('cache-'), 'entries');
      const kept: KeptResults = new Map();
      const first = new ReportCache(dir, 'v1', kept);
      await first.put(shelling, reportOutput(shelling));
      await first.put(terter, reportOutput(terter));
      first.forgetUnused();
      assert.equal(kept.size, 2);
      // The next build has the Terter report only (the other was removed or edited).
      const second = new ReportCache(dir, 'v1', kept);
      assert.ok(second.get(terter) !== null);
      second.forgetUnused();
      assert.deepEqual([...kept.keys()], [second.keyOf(terter)]);
    });
  });
});
