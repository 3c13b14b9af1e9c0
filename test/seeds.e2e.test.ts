import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SIDES, type Claim, type RecordsExport } from '../src/model.ts';
import { ROOT, SEEDS, runBuild, tempDir } from './helpers.ts';
import { allClaims, claimsByReport, readRecords } from './records-file.ts';

// The five seeds, used whole, built through the CLI as an editor would.
describe('building the seeds', () => {
  let out: string;
  let records: RecordsExport;
  let claimsOf: Map<string, Claim[]>;
  let stderr: string;
  const byFile = (prefix: string) => {
    const r = records.reports.find((x) => x.file.startsWith(prefix));
    assert.ok(r, `report ${prefix} is in the export`);
    return { ...r, claims: claimsOf.get(r.id)! };
  };

  before(async () => {
    out = join(await tempDir(), 'site');
    const result = await runBuild(['--seeds', SEEDS, '--out', out]);
    assert.equal(result.code, 0, result.stderr);
    stderr = result.stderr;
    records = await readRecords(join(out, 'data', 'records.json'));
    claimsOf = claimsByReport(records);
  });

  it('writes the home page, one page per report and a records export valid against the schema', async () => {
    assert.match(await readFile(join(out, 'index.html'), 'utf8'), /<html lang="en">/);
    const seeds = (await readdir(SEEDS)).filter((f) => f.endsWith('.txt'));
    assert.equal(records.reports.length, seeds.length);
    for (const r of records.reports) await readFile(join(out, 'reports', r.id, 'index.html'), 'utf8');
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'records.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(records), JSON.stringify(validate.errors, null, 2));
  });

  it('writes each claim once, under its report’s day and its side, listed by id in its report in reading order', () => {
    const ids = allClaims(records).map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length, 'no claim is written twice');
    assert.deepEqual([...ids].sort(), records.reports.flatMap((r) => r.claimIds).sort(), 'the reports list exactly the claims of the days');
    for (const r of records.reports) {
      const day = records.days.find((d) => d.date === r.date)!;
      assert.ok(day.reports.includes(r.id), `${r.id} is in its day`);
      const ofDay = new Map(SIDES.flatMap((side) => day.claims[side].map((c) => [c.id, side] as const)));
      for (const c of claimsOf.get(r.id)!) {
        assert.equal(c.reportId, r.id);
        assert.equal(ofDay.get(c.id), c.side, `${c.id} is under its side on its report’s day`);
      }
      const lines = claimsOf.get(r.id)!.map((c) => c.line);
      assert.deepEqual(lines, [...lines].sort((a, b) => a - b), `${r.id}: claim ids in reading order`);
    }
  });

  it('writes records.json one report and one day per line', async () => {
    const lines = (await readFile(join(out, 'data', 'records.json'), 'utf8')).split('\n');
    assert.equal(lines.length, 8 + records.reports.length + records.days.length);
    for (const r of records.reports) assert.equal(lines.filter((l) => l.includes(`"id":${JSON.stringify(r.id)},`)).length, 1, `${r.id} on one line`);
    assert.ok(lines.every((l) => l.length === 0 || /^[{}\]]|^"(schemaVersion|reports|days)"|^\{".*\},?$/.test(l)), 'no record spans lines');
  });

  it('finds the day each report is about', () => {
    assert.deepEqual(
      ['000', '001', '002', '003', '004'].map((p) => byFile(p).date),
      ['2020-11-01', '2020-11-04', '2020-11-04', '2020-10-03', '2020-10-29'],
    );
  });

  it('warns, naming the file, when a year was inferred', () => {
    for (const p of ['001', '003']) {
      assert.ok(byFile(p).warnings.some((w) => /no year/.test(w)), `${p} carries a year warning`);
      assert.match(stderr, new RegExp(`${p}_[0-9a-f]+\\.txt: warning: .*no year`));
    }
    assert.deepEqual(byFile('002').warnings, []);
  });

  it('splits the run-together bullets of 002 into claims under the right sides', () => {
    const claims = byFile('002').claims;
    const sideOf = (start: string) => claims.filter((c) => c.text.startsWith(start)).map((c) => c.side);
    assert.deepEqual(sideOf('In the evening of November 4'), ['yerevan']);
    assert.deepEqual(sideOf('Some sections of the Shushi-Berdzor'), ['yerevan']);
    assert.deepEqual(sideOf('In the morning of November 4'), ['baku']);
    assert.deepEqual(sideOf('91 Azerbaijani civilians'), ['baku']);
    assert.ok(claims.every((c) => !c.text.includes('•') && !/Information from/.test(c.text)));
  });

  it('splits the bullet of 003 carrying both sides’ demands into one claim per side', () => {
    const claims = byFile('003').claims;
    const baku = claims.find((c) => c.text.startsWith('Azerbaijan demanded'));
    const yerevan = claims.find((c) => c.text.startsWith('Armenia stated'));
    assert.equal(baku?.side, 'baku');
    assert.equal(yerevan?.side, 'yerevan');
    assert.equal(baku?.anchor, yerevan?.anchor, 'both come from the same bullet');
    assert.ok(!baku!.text.includes('Armenia stated'));
  });

  it('takes no site chrome, teaser, caption or credit for a claim, and keeps each in the set-aside list', () => {
    const all = allClaims(records);
    for (const phrase of ['notifications', 'Your support', 'Thank you for registering', 'logged in', 'Op-ed', 'Photo/video', 'cultural autonomy', 'Map of the region', 'contributed to this report', 'Copyright', 'photos / videos']) {
      assert.ok(!all.some((c) => c.text.includes(phrase)), `no claim contains “${phrase}”`);
      const setAside = records.reports.flatMap((r) => r.setAside);
      assert.ok(setAside.some((s) => s.text.includes(phrase)), `“${phrase}” is listed as set aside`);
    }
  });

  it('gives every claim an anchor that is an element id on its report page', async () => {
    for (const r of records.reports) {
      const page = await readFile(join(out, 'reports', r.id, 'index.html'), 'utf8');
      const ids = new Set([...page.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const c of claimsOf.get(r.id)!) assert.ok(ids.has(c.anchor), `${c.id}: #${c.anchor} is on /reports/${r.id}/`);
    }
  });

  it('marks every claim’s paragraph or bullet on the report page with the claim’s side', async () => {
    for (const r of records.reports) {
      const page = await readFile(join(out, 'reports', r.id, 'index.html'), 'utf8');
      for (const c of claimsOf.get(r.id)!) {
        const tag = new RegExp(`<(?:p|li|h\\d)[^>]*\\sid="${c.anchor}"[^>]*>`).exec(page)?.[0] ?? '';
        assert.match(tag, new RegExp(`class="[^"]*\\bside-${c.side}\\b`), `${c.id} (${c.side}) is marked in ${tag}`);
      }
    }
  });

  it('groups claims into days in ascending order, each under its side', () => {
    assert.deepEqual(records.days.map((d) => d.date), ['2020-10-03', '2020-10-29', '2020-11-01', '2020-11-04']);
    const nov4 = records.days.find((d) => d.date === '2020-11-04')!;
    assert.equal(nov4.reports.length, 2);
    for (const side of ['baku', 'yerevan', 'international'] as const) for (const c of nov4.claims[side]) assert.equal(c.side, side);
    const ids = records.days.flatMap((d) => [...d.claims.baku, ...d.claims.yerevan, ...d.claims.international].map((c) => c.id));
    assert.equal(new Set(ids).size, ids.length, 'claim ids are unique');
  });
});
