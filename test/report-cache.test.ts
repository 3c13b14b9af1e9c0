import assert from 'node:assert/strict';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { SourceFile } from '../src/model.ts';
import { reportOutput } from '../src/process-report.ts';
import { ReportCache } from '../src/report-cache.ts';
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

  it('tells by a stat which reports have an entry, counting the others as misses', async () => {
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

  it('keeps at most as many entries the last build did not use as it used, the newest', async () => {
    const { cache, path } = await cacheWith(shelling);
    await utimes(path, new Date(2001, 0, 1), new Date(2001, 0, 1));
    const notes = ['A short note.\n', 'Another short note.\n'].map((text, i): SourceFile => ({ file: `reports/note-${i}.txt`, text }));
    for (const note of notes) await cache.put(note, reportOutput(note));
    const next = new ReportCache(cache.dir, 'v1');
    assert.ok(next.get(notes[0]!));
    await next.prune();
    assert.deepEqual((await readdir(cache.dir)).sort(), notes.map((n) => `${cache.keyOf(n)}.json`).sort());
    assert.equal(next.stats.pruned, 1);
  });

  it('counts a write it could not make as nothing, without failing', async () => {
    const blocker = join(await tempDir('cache-'), 'a-file');
    await writeFile(blocker, 'not a folder');
    const cache = new ReportCache(join(blocker, 'entries'), 'v1');
    await cache.put(shelling, reportOutput(shelling));
    assert.equal(cache.stats.written, 0);
    assert.equal(await cache.get(shelling), null);
  });
});
