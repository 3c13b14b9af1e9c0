import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SIDES, type Day, type Records, type RecordsExport } from '../src/model.ts';
import { runPipeline } from '../src/process-report.ts';
import { recordKeys, writeRecords, type LineReuse, type RecordsIndex } from '../src/write-records.ts';
import { ROOT, tempDir } from './helpers.ts';
import { allClaims, claimsByReport, readRecords } from './records-file.ts';

// Three small reports: one with a quotation across lines and a backslash; one dated by front
// matter; one without a date (the undated day).
const corpus = runPipeline([
  { file: 'a.txt', text: 'First note, November 3, 2020\nThe ministry said “quoted\nwords” and more.\n• A bullet with \\ backslash.\n• The Armenian Defense Ministry said the night was quiet.' },
  { file: 'b.md', text: '---\ndate: 2020-11-04\n---\nOfficials said nothing.\n\nObservers in Geneva said they were worried.' },
  { file: 'c.txt', text: 'A note without a day\n\nThe Azerbaijani side reported shelling near Tartar.' },
]);
const empty: Records = { schemaVersion: 1, reports: [], days: [] };
const allClaimsOf = (day: Day) => SIDES.flatMap((s) => day.claims[s]);

/** What the file must parse to: the records, each report's claims replaced by their ids. */
function expectedExport(records: Records) {
  return {
    schemaVersion: records.schemaVersion,
    reports: records.reports.map(({ claims, ...rest }) => ({ ...rest, claimIds: claims.map((c) => c.id) })),
    days: records.days,
  };
}

async function written(records: Records, chunk?: number): Promise<string> {
  const path = join(await tempDir(), 'records.json');
  await writeRecords(path, records, { chunk });
  return readFile(path, 'utf8');
}

describe('writing records.json', () => {
  it('writes every report without its claims, listing their ids instead, and every day as it is', async () => {
    assert.ok(corpus.records.reports.every((r) => r.claims.length > 0), 'each fixture report has claims');
    for (const records of [corpus.records, empty]) {
      const parsed = JSON.parse(await written(records)) as unknown;
      assert.deepEqual(parsed, expectedExport(records));
    }
  });

  it('writes one line per report and per day between the lines of the enclosing object', async () => {
    const lines = (await written(corpus.records)).split('\n');
    const { reports, days } = corpus.records;
    assert.deepEqual(lines.slice(0, 3), ['{', '"schemaVersion": 1,', '"reports": [']);
    assert.deepEqual(lines.slice(3 + reports.length, 5 + reports.length), ['],', '"days": [']);
    assert.deepEqual(lines.slice(5 + reports.length + days.length), [']', '}', '']);
    const record = (line: string | undefined) => JSON.parse(line!.replace(/,$/, '')) as unknown;
    const expected = expectedExport(corpus.records);
    reports.forEach((_, i) => assert.deepEqual(record(lines[3 + i]), expected.reports[i], `line ${4 + i} is report ${i}`));
    days.forEach((day, i) => assert.deepEqual(record(lines[5 + reports.length + i]), day, `line ${6 + reports.length + i} is day ${day.date}`));
  });

  it('escapes U+2028 and U+2029, which some line splitters break on, and keeps them in the value', async () => {
    // The pipeline folds them into spaces inside text; a file name can still carry them.
    const records = structuredClone(corpus.records);
    records.reports[0]!.file = 'line\u2028and paragraph\u2029separators.txt';
    const text = await written(records);
    assert.equal(/[\u2028\u2029]/.test(text), false, 'no raw separator in the file');
    assert.equal(text.split('\n').length, (await written(corpus.records)).split('\n').length);
    assert.deepEqual(JSON.parse(text), expectedExport(records));
  });

  it('writes the same bytes whatever the size of the pieces handed to the file', async () => {
    const whole = await written(corpus.records);
    assert.ok(whole.length > 1000, 'the fixture spans many tiny pieces');
    for (const chunk of [1, 7, 300]) assert.equal(await written(corpus.records, chunk), whole, `chunk ${chunk}`);
    assert.equal(await written(empty, 1), await written(empty));
  });

  it('holds every claim of every report exactly once, under its report’s day, listed by its report in reading order', async () => {
    const path = join(await tempDir(), 'records.json');
    await writeRecords(path, corpus.records, { chunk: 5 });
    const records = await readRecords(path);
    const ids = allClaims(records).map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'no claim is written twice');
    const claims = claimsByReport(records);
    for (const report of corpus.records.reports) {
      assert.deepEqual(claims.get(report.id), report.claims, `${report.file}: its claims, in reading order`);
      const day = records.days.find((d) => d.date === report.date)!;
      const ofDay = new Set(Object.values(day.claims).flat().map((c) => c.id));
      assert.ok(report.claims.every((c) => ofDay.has(c.id)), `${report.file}: its claims are under its day`);
    }
    assert.equal(ids.length, corpus.records.reports.reduce((n, r) => n + r.claims.length, 0), 'no day holds a claim no report lists');
  });

  it('writes a file valid against the schema, which refuses a report without claimIds', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'records.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const records = JSON.parse(await written(corpus.records)) as { reports: Record<string, unknown>[] };
    assert.ok(validate(records), JSON.stringify(validate.errors, null, 2));
    const { claimIds: _ids, ...withoutIds } = records.reports[0]!;
    assert.equal(validate({ ...records, reports: [withoutIds] }), false);
  });

  it('requires each claim’s date, a day or null, in the schema', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'records.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const records = JSON.parse(await written(corpus.records)) as RecordsExport;
    const day = records.days.find((d) => d.claims.baku.length > 0)!;
    const withDate = (date: unknown) => ({ ...records, days: [{ ...day, claims: { ...day.claims, baku: [{ ...day.claims.baku[0]!, date }] } }] });
    assert.ok(validate(withDate(null)), JSON.stringify(validate.errors));
    assert.ok(validate(withDate('2020-11-04')), JSON.stringify(validate.errors));
    assert.equal(validate(withDate('4 November 2020')), false);
    const { date: _date, ...undated } = day.claims.baku[0]!;
    assert.equal(validate({ ...records, days: [{ ...day, claims: { ...day.claims, baku: [undated] } }] }), false);
  });

  it('writes a claim of a timeline once, under its own day, which is not its report’s', async () => {
    const timeline = runPipeline([{ file: 't.md', text: '---\ndate: 2020-11-05\n---\n# The week in brief\n\n## 2 November\n\nThe Azerbaijani side reported shelling near Tartar.\n\n## 5 November\n\nThe Armenian Defense Ministry said the night was quiet.\n' }]);
    const records = JSON.parse(await written(timeline.records)) as RecordsExport;
    assert.deepEqual(records.days.map((d) => [d.date, d.reports, allClaimsOf(d).map((c) => c.date)]), [['2020-11-02', ['t'], ['2020-11-02']], ['2020-11-05', ['t'], ['2020-11-05']]]);
    assert.deepEqual(records.reports[0]!.claimIds, timeline.reports[0]!.claims.map((c) => c.id));
  });

  describe('copying unchanged lines from the previous file', () => {
    const keysOf = (c: typeof corpus) => recordKeys(c.records, c.reportDigests, 'v1');
    const write = async (records: Records, reuse?: LineReuse, window?: number): Promise<{ path: string; bytes: Buffer; index: RecordsIndex; copied: number }> => {
      const path = join(await tempDir(), 'records.json');
      const { index, copied } = await writeRecords(path, records, { reuse, window });
      return { path, bytes: await readFile(path), index, copied };
    };
    /** A previous file holding `bytes`, under `index`. */
    const stored = async (bytes: Buffer, index: RecordsIndex) => {
      const path = join(await tempDir(), 'previous.json');
      await writeFile(path, bytes);
      return { path, index };
    };
    // The same three reports, but the second says something more: its line and its day's change.
    const edited = runPipeline([
      { file: 'a.txt', text: 'First note, November 3, 2020\nThe ministry said “quoted\nwords” and more.\n• A bullet with \\ backslash.\n• The Armenian Defense Ministry said the night was quiet.' },
      { file: 'b.md', text: '---\ndate: 2020-11-04\n---\nOfficials said nothing.\n\nObservers in Geneva said they were worried.\n\nA curfew was announced in Barda, the Azerbaijani presidential aide said.' },
      { file: 'c.txt', text: 'A note without a day\n\nThe Azerbaijani side reported shelling near Tartar.' },
    ]);

    it('indexes every line it writes by key, offset and length', async () => {
      const { bytes, index } = await write(corpus.records, { keys: keysOf(corpus), previous: null });
      assert.deepEqual(index.keys, keysOf(corpus));
      assert.equal(index.size, bytes.length);
      const lines = bytes.toString('utf8').split('\n').filter((l) => l.startsWith('{"')).map((l) => l.replace(/,$/u, ''));
      assert.deepEqual(index.offsets.map((o, i) => bytes.toString('utf8', o, o + index.lengths[i]!)), lines);
    });

    it('gives a changed report’s line and its day’s a new key, and keeps the others', () => {
      const [before, after] = [keysOf(corpus), keysOf(edited)];
      const changed = before.map((k, i) => k !== after[i]);
      // Lines: reports a, b, c, then days 2020-11-03, 2020-11-04, undated.
      assert.deepEqual(changed, [false, true, false, false, true, false]);
      assert.notDeepEqual(recordKeys(corpus.records, corpus.reportDigests, 'v2'), before, 'the version is part of every key');
    });

    it('writes the same bytes as without the previous file, copying the lines whose key it has', async () => {
      const previous = await write(corpus.records, { keys: keysOf(corpus), previous: null });
      const fresh = await write(edited.records);
      const reused = await write(edited.records, { keys: keysOf(edited), previous });
      assert.ok(reused.bytes.equals(fresh.bytes));
      assert.equal(reused.copied, 4, 'all but the edited report’s line and its day’s');
      assert.equal(fresh.copied, 0);
      // Proof that lines are copied, not serialised again: a line of the previous file, altered
      // in place to text of the same length, is copied as it is.
      const at = previous.index.offsets[0]!;
      const altered = Buffer.from(previous.bytes);
      altered.write('"x"', at + 2 + 'id":'.length);
      const copied = await write(edited.records, { keys: keysOf(edited), previous: await stored(altered, previous.index) });
      assert.equal(copied.bytes.toString('utf8', at, at + 12), altered.toString('utf8', at, at + 12));
      assert.ok(!copied.bytes.equals(fresh.bytes));
    });

    it('copies the same lines whatever the window it reads the previous file by, and in any order', async () => {
      // A previous file with the reports in the other order: their lines are read backwards.
      const keys = keysOf(corpus);
      const n = corpus.records.reports.length;
      const reversed = { ...corpus.records, reports: [...corpus.records.reports].reverse() };
      const previous = await write(reversed, { keys: [...keys.slice(0, n).reverse(), ...keys.slice(n)], previous: null });
      const fresh = await write(corpus.records);
      assert.ok(!previous.bytes.equals(fresh.bytes));
      for (const window of [1, 40, 1 << 20]) {
        const reused = await write(corpus.records, { keys, previous }, window);
        assert.ok(reused.bytes.equals(fresh.bytes), `window ${window}`);
        assert.equal(reused.copied, keys.length, `window ${window}`);
      }
    });

    it('serialises again a line that is not where its index puts it, and copies the others', async () => {
      const previous = await write(corpus.records, { keys: keysOf(corpus), previous: null });
      const fresh = await write(corpus.records);
      const moved = Buffer.from(previous.bytes);
      // The first line's opening brace overwritten: the index no longer fits that line.
      moved.write(' ', previous.index.offsets[0]!);
      const result = await write(corpus.records, { keys: keysOf(corpus), previous: await stored(moved, previous.index) });
      assert.ok(result.bytes.equals(fresh.bytes));
      assert.equal(result.copied, keysOf(corpus).length - 1);
    });

    it('copies nothing from a previous file its index does not fit, or that is gone', async () => {
      const previous = await write(corpus.records, { keys: keysOf(corpus), previous: null });
      const fresh = await write(corpus.records);
      for (const bytes of [previous.bytes.subarray(1), Buffer.concat([previous.bytes, Buffer.from(' ')])]) {
        const shifted = Buffer.alloc(bytes.length, ' ');
        const result = await write(corpus.records, { keys: keysOf(corpus), previous: await stored(shifted, previous.index) });
        assert.ok(result.bytes.equals(fresh.bytes));
        assert.equal(result.copied, 0);
      }
      const short = { ...previous.index, lengths: previous.index.lengths.map((n) => n - 1) };
      const result = await write(corpus.records, { keys: keysOf(corpus), previous: { path: previous.path, index: short } });
      assert.ok(result.bytes.equals(fresh.bytes));
      assert.equal(result.copied, 0);
      const gone = await write(corpus.records, { keys: keysOf(corpus), previous: { path: join(await tempDir(), 'none.json'), index: previous.index } });
      assert.ok(gone.bytes.equals(fresh.bytes));
      assert.equal(gone.copied, 0);
    });
  });
});
