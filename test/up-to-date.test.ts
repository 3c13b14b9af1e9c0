import assert from 'node:assert/strict';
import { appendFile, lstat, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { buildSite, type BuildOptions } from '../src/build-site.ts';
import { MANIFEST } from '../src/reuse-output.ts';
import { assetsDigest, buildInputs, type BuildInputs } from '../src/up-to-date.ts';
import { runBuild, tempDir } from './helpers.ts';

const REPORTS: Record<string, string> = {
  'a.txt': 'Overview as of October 12, 2020\nInformation from Baku:\n• Shells fell on Terter overnight, the Azerbaijani Defense Ministry said.\nInformation from Yerevan:\n• Two drones were downed over Martakert, the Armenian Defense Ministry said.\n',
  'b.txt': 'Overview as of October 13\nInformation from Baku:\n• A school in Barda was hit, presidential aide Hikmet Hajiyev said.\n',
  'c.txt': 'Overview as of October 14, 2020\n• The OSCE Minsk Group co-chairs called for the truce to be respected.\n',
};

/** Each file of a site with its inode and modification time: what any write would change. */
async function fileStamps(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const stamps = new Map<string, string>();
  for (const e of entries.filter((x) => x.isFile())) {
    const s = await lstat(join(e.parentPath, e.name), { bigint: true });
    stamps.set(join(e.parentPath, e.name), `${s.ino} ${s.mtimeNs}`);
  }
  return stamps;
}

describe('a build whose inputs have not changed', () => {
  let root: string;
  let seeds: string;
  const options = (more: Partial<BuildOptions> = {}): BuildOptions => ({ seedsDir: seeds, outDir: join(root, 'site'), pathPrefix: '/', cacheDir: join(root, 'cache'), ...more });

  before(async () => {
    root = await tempDir('up-to-date-');
    seeds = join(root, 'seeds');
    await mkdir(seeds);
    for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(seeds, name), text);
  });

  it('writes nothing, and reports what the build before it reported', async () => {
    const first = await buildSite(options());
    assert.ok(first.ok && !first.upToDate);
    const before = await fileStamps(join(root, 'site'));
    const second = await buildSite(options());
    assert.ok(second.ok && second.upToDate);
    assert.deepEqual(second.summary, first.summary);
    assert.deepEqual(second.summary, { reports: 3, days: 3, claims: first.corpus!.reports.reduce((n, r) => n + r.claims.length, 0) });
    assert.deepEqual(second.diagnostics, first.diagnostics);
    assert.ok(first.diagnostics.some((d) => d.ruleId === 'date-year-inferred'), 'b.txt has no year: there is a warning to report');
    assert.deepEqual(await fileStamps(join(root, 'site')), before, 'no file of the site was written');
    assert.deepEqual((await readdir(root)).sort(), ['cache', 'seeds', 'site'], 'no staging folder');
  });

  for (const [name, change, after] of [
    ['a seed was edited', () => appendFile(join(seeds, 'b.txt'), '• Barda was shelled again at noon, the Azerbaijani Defense Ministry said.\n'), {}],
    ['a seed was added', () => writeFile(join(seeds, 'd.txt'), 'Overview as of October 15, 2020\n• Quiet night near Hadrut, the OSCE said.\n'), {}],
    ['a seed was removed', () => rm(join(seeds, 'd.txt')), {}],
    ['the path prefix is another', async () => undefined, { pathPrefix: '/timeline/' }],
    ['the site address is another', async () => undefined, { origin: 'https://example.org' }],
    ['a page of the site was deleted', () => rm(join(root, 'site', 'about', 'index.html')), {}],
    ['a page of the site was edited by hand', () => appendFile(join(root, 'site', 'index.html'), '<!-- edited -->'), {}],
    // The same pages, so the same manifest, but every file written anew: the site is not the
    // one the record describes. (Built with another style sheet, its files would differ while
    // its manifest did not.)
    ['the site was rebuilt without the cache', () => buildSite(options({ cacheDir: null })), {}],
    ['the site’s manifest was changed', () => appendFile(join(root, 'site', MANIFEST), ' '), {}],
    ['the record of the last build is damaged', () => damageRecords(), {}],
    ['the build is forced', async () => undefined, { force: true }],
  ] as const) {
    it(`builds again when ${name}`, async () => {
      await buildSite(options());
      assert.ok((await buildSite(options())).upToDate, 'up to date before the change');
      await change();
      const result = await buildSite(options(after));
      assert.ok(result.ok && !result.upToDate && result.corpus !== null);
      assert.ok((await buildSite(options({ ...after, force: false }))).upToDate, 'and up to date after it');
    });
  }

  it('builds again when a report’s page was deleted', async () => {
    // An output folder of its own: the site after next would start from the site missing
    // the page (see the note in bench/README.md), and the other cases share theirs.
    const own = options({ outDir: join(root, 'pages') });
    await buildSite(own);
    assert.ok((await buildSite(own)).upToDate);
    await rm(join(root, 'pages', 'reports', 'a', 'index.html'));
    const result = await buildSite(own);
    assert.ok(result.ok && !result.upToDate);
  });

  async function damageRecords(): Promise<void> {
    const dir = join(root, 'cache', 'builds');
    for (const name of await readdir(dir)) await writeFile(join(dir, name), (await readFile(join(dir, name), 'utf8')).slice(0, 40));
  }

  it('is never skipped without a cache, or with Eleventy configured by the caller', async () => {
    const out = join(root, 'no-cache');
    await buildSite({ ...options(), outDir: out, cacheDir: null });
    assert.equal((await buildSite({ ...options(), outDir: out, cacheDir: null })).upToDate, false);
    await buildSite(options({ configureEleventy: () => undefined }));
    assert.equal((await buildSite(options({ configureEleventy: () => undefined }))).upToDate, false);
  });
});

describe('the digest of a build’s inputs', () => {
  const inputs: BuildInputs = {
    code: 'code-1',
    site: 'site-1',
    assets: 'assets-1',
    pathPrefix: '/',
    origin: null,
    seeds: [{ file: 'a.txt', digest: 'd1' }, { file: 'b.txt', digest: 'd2' }],
    readDiagnostics: [],
  };

  it('changes with every input', () => {
    const digest = buildInputs(inputs);
    assert.equal(buildInputs({ ...inputs }), digest);
    for (const other of [
      { code: 'code-2' },
      { site: 'site-2' },
      { assets: 'assets-2' },
      { pathPrefix: '/timeline/' },
      { origin: 'https://example.org' },
      { seeds: [{ file: 'a.txt', digest: 'd1' }, { file: 'b.txt', digest: 'd3' }] },
      { seeds: [{ file: 'a.txt', digest: 'd1' }, { file: 'c.txt', digest: 'd2' }] },
      { seeds: [{ file: 'a.txt', digest: 'd1' }] },
      { readDiagnostics: [{ file: 'b.txt', line: 1, column: 1, severity: 'warning' as const, ruleId: 'report-duplicate', message: 'A copy of a.txt.', hint: null }] },
    ]) {
      assert.notEqual(buildInputs({ ...inputs, ...other }), digest, JSON.stringify(other));
    }
  });
});

describe('the digest of the templates’ assets', () => {
  it('changes with a file copied as it is, not with a template', async () => {
    const dir = await tempDir('assets-');
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'assets', 'site.css'), 'body { color: black; }');
    await writeFile(join(dir, 'page.11ty.ts'), 'export const render = () => "";');
    const first = await assetsDigest(dir);
    await writeFile(join(dir, 'page.11ty.ts'), 'export const render = () => "<p></p>";');
    assert.equal(await assetsDigest(dir), first, 'templates have their own version (siteVersion)');
    await writeFile(join(dir, 'assets', 'site.css'), 'body { color: navy; }');
    const second = await assetsDigest(dir);
    assert.notEqual(second, first);
    await writeFile(join(dir, 'assets', 'icon.svg'), '<svg/>');
    assert.notEqual(await assetsDigest(dir), second);
  });
});

describe('npm run build when the site is up to date', () => {
  it('prints the warnings of the build that wrote it, and says nothing was built', async () => {
    const dir = await tempDir('up-to-date-cli-');
    await mkdir(join(dir, 'seeds'));
    for (const [name, text] of Object.entries(REPORTS)) await writeFile(join(dir, 'seeds', name), text);
    const args = ['--seeds', join(dir, 'seeds'), '--out', join(dir, 'site'), '--cache', join(dir, 'cache')];
    const built = await runBuild(args);
    assert.equal(built.code, 0, built.stderr);
    const skipped = await runBuild(args);
    assert.equal(skipped.code, 0, skipped.stderr);
    assert.equal(skipped.stderr, built.stderr);
    assert.match(skipped.stdout, /^.*site is up to date: 3 reports, 3 days, \d+ claims, 1 warning\(s\)\.$/mu);
    assert.match(skipped.stdout, /Nothing was built: .*\(--force builds it again\.\)/u);
    const forced = await runBuild([...args, '--force']);
    assert.match(forced.stdout, /^Built .*site: 3 reports, 3 days, \d+ claims, 1 warning\(s\)\.$/mu);
    assert.match(forced.stdout, /Cache: 3 report\(s\) reused, 0 processed/u);
  });
});
