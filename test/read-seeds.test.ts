import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fsPromises, { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { join } from 'node:path';
import { describe, it, mock } from 'node:test';
import { LIMITS } from '../src/guard-input.ts';
import type { Diagnostic, SeedFile } from '../src/model.ts';
import { digestText } from '../src/page-texts.ts';
import { KEPT_INDEXES, SeedIndex } from '../src/seed-index.ts';
import { readSeeds } from '../src/read-seeds.ts';
import { tempDir } from './helpers.ts';

async function folder(files: Record<string, string | Buffer>): Promise<string> {
  const dir = await tempDir('seeds-');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
  return dir;
}

const rules = (list: Diagnostic[]) => list.map((d) => `${d.file} ${d.severity} ${d.ruleId}`);

describe('reading the seeds folder', () => {
  it('reads report files of every folder level in code-unit order of their paths', async () => {
    const dir = await folder({ 'b.md': 'B text.', 'a/z.txt': 'Z text.', 'a.txt': 'A text.', 'C.TXT': 'C text.', 'a/b/c.markdown': 'Deep text.' });
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['C.TXT', 'a.txt', 'a/b/c.markdown', 'a/z.txt', 'b.md']);
    assert.deepEqual(diagnostics, []);
  });

  it('gives the same files in the same order whatever order the file system lists them in', async () => {
    const dir = await folder({ 'n1.txt': 'One.', 'n2.txt': 'Two.', 'sub/n3.txt': 'Three.', 'n0.md': 'Zero.' });
    const plain = await readSeeds(dir);
    const original = fsPromises.readdir;
    const listing = mock.method(fsPromises, 'readdir', async (...args: Parameters<typeof original>) => ((await original(...args)) as unknown[]).reverse());
    syncBuiltinESMExports();
    try {
      const reversed = await readSeeds(dir);
      assert.equal(listing.mock.callCount(), 1, 'the reversed listing was used');
      assert.deepEqual([reversed.files, reversed.diagnostics], [plain.files, plain.diagnostics]);
    } finally {
      mock.restoreAll();
      syncBuiltinESMExports();
    }
  });

  it('reads a file again as it read it the first time (decoded the same way), or gives null once it is gone', async () => {
    const dir = await folder({ 'sub/one.txt': '\uFEFFOne line.\r\nAnother line.', 'two.md': Buffer.from('\uFEFFShelling near Terter, the ministry said.', 'utf16le') });
    const { files, reread } = await readSeeds(dir);
    assert.equal(files.length, 2);
    for (const f of files) assert.deepEqual(reread(f.file), f);
    await fsPromises.rm(join(dir, 'sub'), { recursive: true });
    assert.equal(reread('sub/one.txt'), null);
  });

  it('keeps file names with spaces and non-Latin letters exactly as they are', async () => {
    const names = ['Report of 3 November.txt', 'Отчёт за день.md', 'Հաշվետվություն.txt', 'تقرير.txt', '報告 2.md'];
    const dir = await folder(Object.fromEntries(names.map((n) => [n, `Text of ${n}.`])));
    const { files } = await readSeeds(dir);
    assert.deepEqual(new Set(files.map((f) => f.file)), new Set(names));
    for (const f of files) assert.equal(f.text, `Text of ${f.file}.`);
  });

  it('skips empty and whitespace-only files with a warning: they get no page and no record', async () => {
    const dir = await folder({ 'empty.txt': '', 'spaces.txt': '  \n\t\n\n', 'bom-only.txt': Buffer.from([0xef, 0xbb, 0xbf, 0x0a]), 'zero-width.md': '\u200B\n', 'real.txt': 'Something happened.' });
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['real.txt']);
    assert.deepEqual(rules(diagnostics), ['bom-only.txt warning file-empty', 'empty.txt warning file-empty', 'spaces.txt warning file-empty', 'zero-width.md warning file-empty']);
  });

  it('refuses a symbolic link that points outside the seeds folder, naming the link and its target', async () => {
    const outside = await folder({ 'secret.txt': 'Not a report of ours.' });
    const dir = await folder({ 'real.txt': 'Something happened.' });
    await symlink(join(outside, 'secret.txt'), join(dir, 'leak.txt'));
    await symlink(outside, join(dir, 'elsewhere'));
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['real.txt']);
    assert.deepEqual(rules(diagnostics), ['elsewhere error seed-symlink-outside', 'leak.txt error seed-symlink-outside']);
    assert.ok(diagnostics[1]!.message.includes(join(outside, 'secret.txt')));
  });

  it('skips a symbolic link inside the folder with a warning and reads its target once, under its own name', async () => {
    const dir = await folder({ 'days/d1.txt': 'Something happened.' });
    await symlink('days/d1.txt', join(dir, 'latest.txt'));
    await symlink('days', join(dir, 'alias'));
    await symlink('missing.txt', join(dir, 'broken.txt'));
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['days/d1.txt']);
    assert.deepEqual(rules(diagnostics), ['alias warning seed-symlink-inside', 'broken.txt error seed-symlink-broken', 'latest.txt warning seed-symlink-inside']);
  });

  it('does not read hidden files and folders, and warns about a hidden report or a file that is not a report', async () => {
    const dir = await folder({ '.draft.txt': 'Hidden draft.', '.git/notes.txt': 'Tool data.', '.DS_Store': 'x', 'photo.jpg': 'x', 'notes.docx': 'x', 'ok.md': 'Fine.' });
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['ok.md']);
    assert.deepEqual(rules(diagnostics), ['.draft.txt warning seed-hidden', 'notes.docx warning seed-not-a-report', 'photo.jpg warning seed-not-a-report']);
  });

  it('refuses a file whose name is not valid UTF-8, naming it', async () => {
    const dir = await folder({ 'ok.txt': 'Fine.' });
    await writeFile(Buffer.from([...Buffer.from(join(dir, 'bad')), 0xff, 0xfe, ...Buffer.from('.txt')]), 'Text under a broken name.');
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['ok.txt']);
    assert.deepEqual(rules(diagnostics), ['bad\uFFFD\uFFFD.txt error seed-name-encoding']);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const dir = await folder({ 'small.txt': 'Fine.' });
    // A sparse file: its size is over the limit, yet it takes no room and no time to make.
    await writeFile(join(dir, 'huge.txt'), '');
    await truncate(join(dir, 'huge.txt'), LIMITS.maxFileBytes + 1);
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['small.txt']);
    assert.deepEqual(rules(diagnostics), ['huge.txt error input-too-large']);
  });

  it('keeps two files with the same text and warns on the second', async () => {
    const dir = await folder({ 'a.txt': 'Same words.', 'b.txt': 'Same words.' });
    const { files, diagnostics } = await readSeeds(dir);
    assert.equal(files.length, 2);
    assert.deepEqual(rules(diagnostics), ['b.txt warning report-duplicate']);
    assert.match(diagnostics[0]!.message, /a\.txt/);
  });

  it('lists every bad file, not only the first', async () => {
    const dir = await folder({ 'bin.txt': Buffer.from([0, 1, 2, 3]), 'latin.txt': Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'ok.txt': 'Fine.' });
    const { files, diagnostics } = await readSeeds(dir);
    assert.deepEqual(files.map((f) => f.file), ['ok.txt']);
    assert.deepEqual(rules(diagnostics), ['bin.txt error encoding-binary', 'latin.txt error encoding-invalid-utf8']);
  });

  it('reports a missing seeds folder as an error, not an exception', async () => {
    const { files, diagnostics } = await readSeeds(join(await tempDir(), 'no-such-folder'));
    assert.deepEqual(files, []);
    assert.deepEqual(rules(diagnostics), [' error seeds-unreadable']);
  });
});

describe('reading the seeds folder as a build does, with a seed index', () => {
  // Texts in our own words: a mojibake warning, a duplicate, and two plain reports.
  const texts = {
    'a.txt': 'Shelling near Tartar overnight, the ministry said.',
    'b.txt': 'Shelling near Tartar overnight, the ministry said.',
    'c/d.md': 'The mayor said the bridge at Hadrut was closed.',
    'e.txt': 'The envoyâ€™s statement was read out in Geneva.',
  };
  const settled = { settledMs: 0 };
  // Longer than a tick of the file system's clock, so a file written again gets new timestamps.
  const tick = () => new Promise((resolve) => setTimeout(resolve, 30));
  const listed = (files: readonly SeedFile[]) => files.map((f) => [f.file, f.digest]);

  it('holds no text, and leaves unread the files unchanged since the last read, with the same digests, warnings and order', async () => {
    const dir = await folder(texts);
    const indexDir = join(await tempDir(), 'seeds');
    const plain = await readSeeds(dir);
    const first = await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    const second = await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    assert.equal(first.unread, 0);
    assert.equal(second.unread, 4);
    assert.deepEqual(plain.files.map((f) => f.digest), plain.files.map((f) => digestText(f.text)));
    for (const read of [first, second]) {
      assert.deepEqual(read.files.map((f) => f.text), [null, null, null, null]);
      assert.deepEqual(listed(read.files), listed(plain.files));
      assert.deepEqual(read.diagnostics, plain.diagnostics);
      // A text is read again on demand, as it was read the first time.
      for (const f of plain.files) assert.deepEqual(read.reread(f.file), f);
    }
    assert.deepEqual(rules(second.diagnostics), ['b.txt warning report-duplicate', 'e.txt warning encoding-mojibake']);
  });

  it('reads a file again once it was written to, even with its old size and modification time, and forgets removed files', async () => {
    const dir = await folder(texts);
    const indexDir = join(await tempDir(), 'seeds');
    await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    await tick();
    // As `rsync -t` or `cp -p` would: the same size, and the old modification time to the nanosecond.
    const before = join(await tempDir(), 'times');
    await writeFile(before, '');
    execFileSync('touch', ['-r', join(dir, 'a.txt'), before]);
    await writeFile(join(dir, 'a.txt'), texts['a.txt'].replace('Tartar', 'Barda '));
    execFileSync('touch', ['-r', before, join(dir, 'a.txt')]);
    const times = await Promise.all([before, join(dir, 'a.txt')].map((f) => fsPromises.stat(f, { bigint: true })));
    assert.equal(times[1]!.mtimeNs, times[0]!.mtimeNs);
    await fsPromises.rm(join(dir, 'c'), { recursive: true });
    await writeFile(join(dir, 'f.txt'), 'A new report from Stepanakert.');
    const next = await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    // a.txt and f.txt read, b.txt and e.txt known.
    assert.equal(next.unread, 2);
    assert.deepEqual(listed(next.files), listed((await readSeeds(dir)).files));
    // b.txt, unread, is no longer a copy of a.txt: the copies are found by digest.
    assert.deepEqual(rules(next.diagnostics), ['e.txt warning encoding-mojibake']);
    const again = await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    assert.equal(again.unread, 4);
    assert.deepEqual(listed(again.files), listed(next.files));
  });

  it('reads again a file changed less than two seconds before it was read, and every file when the index is damaged', async () => {
    const dir = await folder(texts);
    const indexDir = join(await tempDir(), 'seeds');
    await readSeeds(dir, { index: { dir: indexDir, version: 'test' } });
    assert.equal((await readSeeds(dir, { index: { dir: indexDir, version: 'test' } })).unread, 0, 'files just written are not remembered');
    await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    const [index] = await fsPromises.readdir(indexDir);
    const path = join(indexDir, index!);
    const stored = JSON.parse(await fsPromises.readFile(path, 'utf8')) as { files: Record<string, [string, { digest: string }]> };
    stored.files['a.txt']![1].digest = 'not a digest';
    await writeFile(path, JSON.stringify(stored));
    assert.equal((await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled })).unread, 3);
    await writeFile(path, '{"format": "seed-index-2", "files": ');
    const damaged = await readSeeds(dir, { index: { dir: indexDir, version: 'test' }, ...settled });
    assert.equal(damaged.unread, 0);
    assert.deepEqual(listed(damaged.files), listed((await readSeeds(dir)).files));
  });

  it('forgets what it knew once the code that reads seeds is another version', async () => {
    const dir = await folder({ 'a.txt': texts['a.txt'] });
    const indexDir = join(await tempDir(), 'seeds');
    const root = await fsPromises.realpath(dir);
    const stat = await fsPromises.lstat(join(dir, 'a.txt'), { bigint: true });
    const seed = { digest: digestText(texts['a.txt']), diagnostics: [] };
    const first = await SeedIndex.open(indexDir, root, 'v1', 0);
    assert.equal(first.lookup('a.txt', stat), null);
    first.remember('a.txt', stat, seed);
    await first.save();
    assert.deepEqual((await SeedIndex.open(indexDir, root, 'v1', 0)).lookup('a.txt', stat), seed);
    assert.equal((await SeedIndex.open(indexDir, root, 'v2', 0)).lookup('a.txt', stat), null);
  });

  it('keeps the index files of the most recently read seeds folders only', async () => {
    const indexDir = join(await tempDir(), 'seeds');
    const folders: string[] = [];
    for (let i = 0; i < KEPT_INDEXES + 2; i++) {
      folders.push(await folder({ 'a.txt': `Report ${i} from Terter.` }));
      await readSeeds(folders[i]!, { index: { dir: indexDir, version: 'test' }, ...settled });
      // Folder i was last read i minutes after 2001 began: the higher, the more recently.
      const [newest] = (await Promise.all((await fsPromises.readdir(indexDir)).map(async (n) => ({ n, t: (await fsPromises.stat(join(indexDir, n))).mtimeMs })))).sort((a, b) => b.t - a.t);
      const at = new Date(Date.UTC(2001, 0, 1, 0, i));
      await fsPromises.utimes(join(indexDir, newest!.n), at, at);
    }
    const names = async () => (await fsPromises.readdir(indexDir)).sort();
    assert.equal((await names()).length, KEPT_INDEXES, 'the two least recently read are gone');
    // Reading folder 2 again (unchanged: its index is not rewritten) marks its index as used …
    const kept = await names();
    assert.equal((await readSeeds(folders[2]!, { index: { dir: indexDir, version: 'test' }, ...settled })).unread, 1);
    await readSeeds(await folder({ 'a.txt': 'One more report.' }), { index: { dir: indexDir, version: 'test' }, ...settled });
    // … so a new folder's index replaces folder 3's, now the least recently read.
    const now = await names();
    assert.equal(now.length, KEPT_INDEXES);
    assert.equal(kept.filter((n) => !now.includes(n)).length, 1);
    assert.equal((await readSeeds(folders[2]!, { index: { dir: indexDir, version: 'test' }, ...settled })).unread, 1, 'folder 2 still known');
    assert.equal((await readSeeds(folders[3]!, { index: { dir: indexDir, version: 'test' }, ...settled })).unread, 0, 'folder 3 forgotten');
  });

  it('holds no text without an index either', async () => {
    const dir = await folder(texts);
    const read = await readSeeds(dir, { index: null });
    assert.deepEqual(listed(read.files), listed((await readSeeds(dir)).files));
    assert.deepEqual(read.files.map((f) => f.text), [null, null, null, null]);
    assert.equal(read.unread, 0);
  });
});
