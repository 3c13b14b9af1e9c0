import assert from 'node:assert/strict';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { generateCorpus } from '../scripts/corpus/write-corpus.ts';
import { assembleCorpus } from '../src/assemble-corpus.ts';
import { buildSite, type BuildOptions } from '../src/build-site.ts';
import { readSeeds } from '../src/read-seeds.ts';
import { processCorpus } from '../src/process-corpus.ts';
import { runPipeline } from '../src/process-report.ts';
import { ReportCache } from '../src/report-cache.ts';
import { SETTLED_MS } from '../src/seed-index.ts';
import { assertSameSite, tempDir } from './helpers.ts';
import { snapshot } from './trust-support.ts';
import { plannedPages } from './site-fixtures.ts';

// A synthetic corpus from the bench's generator: every layout the extractor reads.
const CORPUS_SIZE = 16;

describe('building with the report cache', () => {
  let root: string;
  let seeds: string;
  let cold: Map<string, Buffer>;
  const options = (name: string, cacheDir: string | null): BuildOptions => ({ seedsDir: seeds, outDir: join(root, name), pathPrefix: '/', cacheDir });

  before(async () => {
    root = await tempDir('incremental-');
    seeds = join(root, 'seeds');
    await mkdir(seeds);
    for (const r of generateCorpus(CORPUS_SIZE, 7)) await writeFile(join(seeds, r.fileName), r.text);
    const result = await buildSite(options('cold', null));
    assert.ok(result.ok);
    assert.equal(result.cache, null);
    cold = await snapshot(join(root, 'cold'));
  });

  it('writes the same bytes from the cache as a build without it', async () => {
    const cacheDir = join(root, 'cache-same');
    const first = await buildSite(options('first', cacheDir));
    assert.deepEqual([first.cache?.hits, first.cache?.misses, first.cache?.written], [0, CORPUS_SIZE, CORPUS_SIZE]);
    const second = await buildSite(options('second', cacheDir));
    assert.deepEqual([second.cache?.hits, second.cache?.misses], [CORPUS_SIZE, 0]);
    assertSameSite(await snapshot(join(root, 'first')), cold);
    assertSameSite(await snapshot(join(root, 'second')), cold);
  });

  it('processes again only the report that was edited, and a report that was added', async () => {
    const cacheDir = join(root, 'cache-edit');
    await buildSite(options('edit', cacheDir));
    const [first] = (await readdir(seeds)).sort();
    await appendFile(join(seeds, first!), '\nLate that night a drone was shot down over Barda, the Azerbaijani Defense Ministry said.\n');
    await writeFile(join(seeds, 'zz-added.txt'), 'Overview as of May 9, 2021\n• Quiet along the whole line of contact, observers said.\n');
    try {
      const rebuilt = await buildSite(options('edit', cacheDir));
      assert.deepEqual([rebuilt.cache?.hits, rebuilt.cache?.misses], [CORPUS_SIZE - 1, 2]);
      const page = rebuilt.corpus!.reports.find((r) => r.file === first)!;
      assert.ok(page.claims.some((c) => c.text.includes('drone was shot down over Barda')), 'the edit reached the records');
      assert.ok(rebuilt.corpus!.reports.some((r) => r.file === 'zz-added.txt'));
    } finally {
      await writeFile(join(seeds, first!), (await readFile(join(seeds, first!), 'utf8')).replace(/\nLate that night[^\n]*\n$/, ''));
      await rm(join(seeds, 'zz-added.txt'));
    }
  });

  it('ignores a damaged entry, processes that report again and repairs the entry', async () => {
    const cacheDir = join(root, 'cache-damaged');
    await buildSite(options('damaged', cacheDir));
    const [entry] = (await readdir(join(cacheDir, 'reports'))).sort();
    await writeFile(join(cacheDir, 'reports', entry!), '0'.repeat(64) + '\n{"extracted":{},"html":"<p>wrong</p>"}');
    // Forced: nothing the site is made from changed, so it would be found up to date.
    const rebuilt = await buildSite({ ...options('damaged', cacheDir), force: true });
    assert.deepEqual([rebuilt.cache?.rejected, rebuilt.cache?.misses, rebuilt.cache?.written], [1, 1, 1]);
    assertSameSite(await snapshot(join(root, 'damaged')), cold);
    const again = await buildSite({ ...options('damaged', cacheDir), force: true });
    assert.deepEqual([again.cache?.hits, again.cache?.rejected], [CORPUS_SIZE, 0]);
  });

  it('renders a report page from its cached text, or from the report again when that text was damaged', async () => {
    const cacheDir = join(root, 'cache-text');
    await buildSite(options('text-first', cacheDir));
    const entries = (await readdir(join(cacheDir, 'reports'))).sort();
    // Every page of a new output folder is rendered, so every page text is read from the cache.
    const [damaged] = entries;
    const path = join(cacheDir, 'reports', damaged!);
    await writeFile(path, (await readFile(path, 'utf8')).replace(/<p[^\n]*$/, '<p>a text that is not this report’s</p>'));
    const rebuilt = await buildSite(options('text-second', cacheDir));
    assert.deepEqual([rebuilt.cache?.hits, rebuilt.cache?.misses], [CORPUS_SIZE, 0], 'the results were all read from the cache');
    assertSameSite(await snapshot(join(root, 'text-second')), cold);
  });

  it('makes a damaged page text again from its report read anew, and refuses to when the report changed since it was read', async () => {
    const changing = join(root, 'seeds-changing');
    await mkdir(changing);
    for (const r of generateCorpus(3, 11)) await writeFile(join(changing, r.fileName), r.text);
    const dir = join(root, 'cache-reread', 'reports');
    const first = await readSeeds(changing);
    await processCorpus(first.files, { cache: new ReportCache(dir, 'test'), threads: 0, reread: first.reread });
    const [report] = first.files;
    const entry = join(dir, `${new ReportCache(dir, 'test').keyOf(report!)}.json`);
    // An entry is a header line, the result's line, then the page text.
    const [header, result] = (await readFile(entry, 'utf8')).split('\n');
    await writeFile(entry, `${header}\n${result}\n<p>A text that is not this report’s.</p>`);
    // As a build does: list the seeds without holding their texts, take the results from the
    // cache; the page text is asked for later.
    const fromCache = async () => {
      const read = await readSeeds(changing, { index: null });
      return processCorpus(read.files, { cache: new ReportCache(dir, 'test'), threads: 0, reread: read.reread });
    };
    const intact = await fromCache();
    assert.equal(await intact.texts.text(0), await runPipeline(first.files).texts.text(0));
    const stale = await fromCache();
    await appendFile(join(changing, report!.file), '\nA line added while the site was being built.\n');
    await assert.rejects(stale.texts.text(0), (e: Error) => e.message.startsWith(`${report!.file}: `) && e.message.includes('changed or gone'));
  });

  it('reads a seed left unread when its report must be processed, and refuses one changed since it was listed', async () => {
    const known = join(root, 'seeds-known');
    await mkdir(known);
    for (const r of generateCorpus(3, 13)) await writeFile(join(known, r.fileName), r.text);
    const indexDir = join(root, 'index-known');
    await readSeeds(known, { index: { dir: indexDir, version: 'test' }, settledMs: 0 });
    const read = await readSeeds(known, { index: { dir: indexDir, version: 'test' }, settledMs: 0 });
    assert.equal(read.unread, 3);
    // No cache: every report is processed, from its text read now.
    for (const threads of [0, 2]) {
      const processed = await processCorpus(read.files, { cache: null, threads, workerThreshold: 0, reread: read.reread });
      assert.deepEqual(processed.results, (await processCorpus((await readSeeds(known)).files, { cache: null, threads: 0 })).results);
    }
    await appendFile(join(known, read.files[1]!.file), '\nA line added after the seeds were listed.\n');
    // On this thread, or as a worker's next batch is read.
    for (const threads of [0, 2]) {
      await assert.rejects(processCorpus(read.files, { cache: null, threads, workerThreshold: 0, reread: read.reread }), (e: Error) => e.message.startsWith(`${read.files[1]!.file}: `) && e.message.includes('changed or gone'));
    }
  });

  it('writes the same bytes when seeds known unchanged are left unread', async () => {
    const cacheDir = join(root, 'cache-index');
    // Files are remembered two seconds after their last change (SETTLED_MS); the tests above edit some.
    const changed = await Promise.all((await readdir(seeds)).map(async (f) => (await stat(join(seeds, f))).ctimeMs));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.max(...changed) + SETTLED_MS + 100 - Date.now())));
    assert.equal((await buildSite(options('index-first', cacheDir))).unread, 0);
    const second = await buildSite(options('index-second', cacheDir));
    assert.equal(second.unread, CORPUS_SIZE);
    assertSameSite(await snapshot(join(root, 'index-second')), cold);
    // With the cache emptied, every report is processed again from its text, read then.
    await rm(join(cacheDir, 'reports'), { recursive: true });
    const third = await buildSite(options('index-third', cacheDir));
    assert.deepEqual([third.unread, third.cache?.misses], [CORPUS_SIZE, CORPUS_SIZE]);
    assertSameSite(await snapshot(join(root, 'index-third')), cold);
  });

  it('writes the same bytes when the pages are rendered in several Eleventy passes', async () => {
    const result = await buildSite({ ...options('passes', null), passBudget: 150 });
    assert.ok(result.passes >= 3, `${result.passes} passes`);
    assertSameSite(await snapshot(join(root, 'passes')), cold);
    // The reference build above was a single pass: the budget is far above a corpus this small.
    assert.equal((await buildSite(options('one-pass', null))).passes, 1);
  });

  it('gives the same corpus and page texts with the cache and workers as the in-process pipeline', async () => {
    const { files } = await readSeeds(seeds);
    const inProcess = runPipeline(files);
    const { results, texts } = await processCorpus(files, { cache: null, threads: 2, workerThreshold: 0 });
    const built = assembleCorpus(results, texts);
    assert.deepEqual(built.records, inProcess.records);
    assert.deepEqual(texts.digests, inProcess.texts.digests);
    for (let i = 0; i < files.length; i++) assert.equal(await texts.text(i), await inProcess.texts.text(i));
    assert.deepEqual(plannedPages(built), plannedPages(inProcess));
  });

  it('gives the same results on worker threads as on the main thread', async () => {
    const { files } = await readSeeds(seeds);
    const inThread = await processCorpus(files, { cache: null, threads: 0 });
    const onWorkers = await processCorpus(files, { cache: null, threads: 2, workerThreshold: 0 });
    assert.equal(inThread.workers, 0);
    assert.equal(onWorkers.workers, 2);
    assert.deepEqual(onWorkers.results, inThread.results);
    for (let i = 0; i < files.length; i++) assert.equal(await onWorkers.texts.text(i), await inThread.texts.text(i));
  });
});
