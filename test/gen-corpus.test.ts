import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateCorpus, writeCorpus } from '../scripts/corpus/write-corpus.ts';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'scripts', 'gen-corpus.ts');
const scratch = await mkdtemp(join(tmpdir(), 'gen-corpus-test-'));
after(() => rm(scratch, { recursive: true, force: true }));

async function readAll(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir)).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(dir, n))] as const)));
}

describe('gen-corpus determinism', () => {
  test('the CLI and the library write byte-identical files for the same n and seed', async () => {
    const viaCli = join(scratch, 'cli');
    const viaLib = join(scratch, 'lib');
    await run(process.execPath, ['--import', 'tsx', CLI, '--n', '30', '--out', viaCli, '--seed', '7'], { cwd: ROOT });
    await writeCorpus(viaLib, 30, 7);
    const [a, b] = [await readAll(viaCli), await readAll(viaLib)];
    assert.deepEqual([...a.keys()], [...b.keys()]);
    for (const [name, bytes] of a) assert.ok(bytes.equals(b.get(name) as Buffer), `${name} differs`);
  });

  test('a different seed gives different names and texts', () => {
    const one = generateCorpus(20, 1);
    const two = generateCorpus(20, 2);
    assert.notDeepEqual(one.map((r) => r.fileName), two.map((r) => r.fileName));
    assert.ok(one.every((r, i) => r.text !== two[i]?.text), 'every report should change with the seed');
  });

  test('report i does not depend on N, so the bench can add report N as "one more"', () => {
    const small = generateCorpus(10, 3);
    const large = generateCorpus(25, 3);
    assert.deepEqual(large.slice(0, 10), small);
  });

  test('uses neither Math.random nor the clock', (t) => {
    t.mock.method(Math, 'random', () => { throw new Error('Math.random called'); });
    t.mock.method(Date, 'now', () => { throw new Error('Date.now called'); });
    assert.equal(generateCorpus(50, 1).length, 50);
  });
});

describe('gen-corpus content', () => {
  const corpus = generateCorpus(400, 1);

  test('mixes all four layouts, each at least a tenth of the corpus', () => {
    const counts = new Map<string, number>();
    for (const r of corpus) counts.set(r.layout, (counts.get(r.layout) ?? 0) + 1);
    assert.deepEqual([...counts.keys()].sort(), ['inline-bullets', 'live', 'overview', 'wire']);
    for (const [layout, n] of counts) assert.ok(n >= 40, `${layout}: only ${n} of 400`);
  });

  test('each layout has the shape it stands for', () => {
    const textsOf = (layout: string): string[] => corpus.filter((r) => r.layout === layout).map((r) => r.text);
    assert.ok(textsOf('overview').every((t) => /^Information from Baku:?$/m.test(t) && /^• /m.test(t)));
    assert.ok(textsOf('inline-bullets').every((t) => /^Information from (Yerevan|Baku) • .+ Information from (Baku|Yerevan) • /m.test(t)));
    assert.ok(textsOf('live').every((t) => /^(-|\d\d:\d\d)$/m.test(t)));
    assert.ok(textsOf('live').some((t) => /^.+ — Karabakh Defense Army$/m.test(t)));
    const dateline = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day \d{1,2} [A-Z][a-z]+ 2020 \d\d:\d\d GMT$/m;
    assert.ok(textsOf('wire').every((t) => dateline.test(t) && t.includes('Thank you for registering')));
  });

  test('about a quarter of the reports open with YAML front matter', () => {
    const withFm = corpus.filter((r) => r.hasFrontMatter);
    assert.ok(withFm.length > 60 && withFm.length < 140, `${withFm.length} of 400`);
    for (const r of withFm) assert.match(r.text, /^---\ntitle: ".+"\ndate: 2020-\d\d-\d\d\nurl: https:\/\/\S+\npublisher: .+\n---\n/);
    assert.ok(corpus.filter((r) => !r.hasFrontMatter).every((r) => !r.text.startsWith('---')));
  });

  test('dates spread over 27 September to 31 December 2020, some titles without a year', () => {
    const dates = corpus.map((r) => r.date);
    assert.ok(dates.every((d) => d >= '2020-09-27' && d <= '2020-12-31'), 'date out of period');
    assert.equal(new Set(dates.map((d) => d.slice(0, 7))).size, 4);
    assert.ok(new Set(dates).size >= 80, `only ${new Set(dates).size} distinct days`);
    assert.ok(corpus.some((r) => /Overview as of [A-Z][a-z]+ \d{1,2}(,|\n|$)/m.test(r.text)));
  });

  test('averages roughly 3 KB per report', () => {
    const mean = corpus.reduce((s, r) => s + Buffer.byteLength(r.text), 0) / corpus.length;
    assert.ok(mean > 2500 && mean < 3500, `mean ${mean.toFixed(0)} bytes`);
  });
});

describe('writeCorpus', () => {
  test('writes exactly N files with unique names', async () => {
    const dir = join(scratch, 'count');
    const reports = await writeCorpus(dir, 57, 1);
    const names = await readdir(dir);
    assert.equal(names.length, 57);
    assert.deepEqual(names.sort(), reports.map((r) => r.fileName).sort());
  });

  test('refuses a non-empty directory rather than mixing corpora', async () => {
    const dir = join(scratch, 'dirty');
    await writeCorpus(dir, 1, 1);
    await writeFile(join(dir, 'stray.txt'), 'x');
    await assert.rejects(writeCorpus(dir, 5, 1), /not empty/);
  });
});
