import assert from 'node:assert/strict';
import { access, appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { before, describe, it } from 'node:test';
import { generateCorpus } from '../scripts/corpus/write-corpus.ts';
import { buildSite, type BuildOptions } from '../src/build-site.ts';
import { MANIFEST, spareOf } from '../src/reuse-output.ts';
import { tempDir } from './helpers.ts';

async function siteFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  return new Map(await Promise.all(files.map(async (f) => [relative(dir, f), await readFile(f, 'utf8')] as const)));
}

const CORPUS_SIZE = 12;

// Every incremental build is compared with a build of the same seeds from nothing.
describe('reusing unchanged report pages', () => {
  let root: string;
  let seeds: string;
  let names: string[];
  const site = (name: string) => join(root, name);
  const incremental = (pathPrefix = '/'): BuildOptions => ({ seedsDir: seeds, outDir: site('site'), pathPrefix, cacheDir: join(root, 'cache') });

  async function assertSameAsColdBuild(pathPrefix = '/'): Promise<void> {
    const cold = site(`cold-${Math.random().toString(36).slice(2)}`);
    assert.ok((await buildSite({ seedsDir: seeds, outDir: cold, pathPrefix, cacheDir: null })).ok);
    const expected = await siteFiles(cold);
    const actual = await siteFiles(site('site'));
    assert.deepEqual([...actual.keys()].sort(), [...expected.keys()].sort());
    for (const [path, text] of expected) assert.equal(actual.get(path), text, `${path} is the same as in a cold build`);
  }

  before(async () => {
    root = await tempDir('reuse-');
    seeds = join(root, 'seeds');
    await mkdir(seeds);
    const corpus = generateCorpus(CORPUS_SIZE, 3);
    for (const r of corpus) await writeFile(join(seeds, r.fileName), r.text);
    names = corpus.map((r) => r.fileName).sort();
    const first = await buildSite(incremental());
    assert.deepEqual(first.pages?.reports, { rendered: CORPUS_SIZE, reused: 0 });
  });

  const spare = () => spareOf(site('site'), join(root, 'cache', 'sites'));

  it('leaves a spare after the first build: links to its pages, and its manifest', async () => {
    const manifest = JSON.parse(await readFile(join(site('site'), MANIFEST), 'utf8')) as { pages: Record<string, string> };
    assert.equal(await readFile(join(spare(), MANIFEST), 'utf8'), await readFile(join(site('site'), MANIFEST), 'utf8'));
    const pages = Object.keys(manifest.pages);
    assert.ok(pages.length > CORPUS_SIZE);
    for (const page of pages) assert.equal((await stat(join(spare(), page))).ino, (await stat(join(site('site'), page))).ino, `${page} is the live page, linked`);
    assert.deepEqual((await readdir(spare(), { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).length, pages.length + 1, 'pages and the manifest only');
  });

  it('renders only the pages of an edited report and of its day, starting from the first build’s spare', async () => {
    await appendFile(join(seeds, names[0]!), '\nAt dusk a convoy was shelled near Lachin, the Armenian Defense Ministry said.\n');
    const spareFolder = (await stat(spare())).ino;
    const result = await buildSite(incremental());
    assert.equal((await stat(site('site'))).ino, spareFolder, 'the new site is the spare, renamed');
    assert.deepEqual(result.pages?.reports, { rendered: 1, reused: CORPUS_SIZE - 1 });
    assert.equal(result.pages?.days?.rendered, 1);
    assert.ok(result.pages!.days!.reused > 0);
    // At most its month's page of each side (the other months of the sides stay as they were).
    assert.ok(result.pages!.sideMonths!.rendered <= 3 && result.pages!.sideMonths!.reused > 0, JSON.stringify(result.pages!.sideMonths));
    // records.json: the report's line and its day's are made again, the others copied.
    assert.deepEqual(result.records, { rendered: 2, reused: CORPUS_SIZE + (result.pages!.days!.rendered + result.pages!.days!.reused) - 2 });
    await assertSameAsColdBuild();
  });

  it('starts from the spare site, and never changes a page the live site shares with it', async () => {
    const shared = `reports/${(await buildSite({ ...incremental(), outDir: site('probe'), cacheDir: null })).corpus!.reports[1]!.id}/index.html`;
    const livePage = await readFile(join(site('site'), shared), 'utf8');
    await appendFile(join(seeds, names[1]!), '\nObservers counted four shells on the road to Goris, Reuters reported.\n');
    await writeFile(join(seeds, 'zz-new.txt'), 'Overview as of May 9, 2021\n• Quiet along the line of contact, the OSCE said.\n');
    const result = await buildSite(incremental());
    // The spare is the site of two builds ago: the page of the report edited in the previous
    // test changed since, and is linked from the live site instead of being rendered again.
    assert.deepEqual(result.pages?.reports, { rendered: 2, reused: CORPUS_SIZE - 1 });
    assert.equal(await readFile(join(spareOf(site('site'), join(root, 'cache', 'sites')), shared), 'utf8'), livePage, 'the page replaced is still whole in the old site');
    await assertSameAsColdBuild();
  });

  it('restores a page deleted by hand from the live site, and keeps it on the builds after', async () => {
    const page = join('reports', (await buildSite({ ...incremental(), outDir: site('probe'), cacheDir: null })).corpus!.reports[2]!.id, 'index.html');
    await rm(join(site('site'), page));
    // Forced: nothing the site is made from changed. The second build starts from the site missing the page.
    for (let i = 0; i < 2; i++) {
      await buildSite({ ...incremental(), force: true });
      await access(join(site('site'), page));
    }
    await assertSameAsColdBuild();
  });

  it('removes the page of a deleted report', async () => {
    // Forced, for its corpus: the site is up to date since the test before.
    const gone = (await buildSite({ ...incremental(), force: true })).corpus!.reports.find((r) => r.file === 'zz-new.txt')!;
    await rm(join(seeds, 'zz-new.txt'));
    const result = await buildSite(incremental());
    assert.deepEqual(result.pages?.reports, { rendered: 0, reused: CORPUS_SIZE });
    await assert.rejects(access(join(site('site'), 'reports', gone.id)), 'its folder is gone too');
    assert.deepEqual((await readdir(root)).filter((n) => n.startsWith('.site')), [], 'nothing is left beside the output folder');
    await assertSameAsColdBuild();
  });

  it('renders every page again when the path prefix changes', async () => {
    const result = await buildSite(incremental('/timeline/'));
    for (const kind of Object.values(result.pages!)) assert.equal(kind.reused, 0);
    await assertSameAsColdBuild('/timeline/');
  });

  it('keeps the live site’s pages on the next build, though its spare was rendered for the old prefix', async () => {
    // Forced: the site is up to date since the test before.
    const result = await buildSite({ ...incremental('/timeline/'), force: true });
    for (const [kind, pages] of Object.entries(result.pages!)) assert.equal(pages.rendered, 0, kind);
    await assertSameAsColdBuild('/timeline/');
  });

  it('renders every page when the previous site’s manifest is damaged', async () => {
    await writeFile(join(site('site'), MANIFEST), '{"format":1,"site":');
    await writeFile(join(spareOf(site('site'), join(root, 'cache', 'sites')), MANIFEST), '{"format":1,"site":"x","pages":{"../../etc/passwd":"f"},"files":[]}');
    const result = await buildSite(incremental('/timeline/'));
    for (const kind of Object.values(result.pages!)) assert.equal(kind.reused, 0);
    await assertSameAsColdBuild('/timeline/');
  });
});
