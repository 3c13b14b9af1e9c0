import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Claim, RecordsExport } from '../src/model.ts';
import { runPipeline } from '../src/process-report.ts';
import { ROOT, runBuild, tempDir } from './helpers.ts';
import { allClaims, readRecords } from './records-file.ts';
import { siteModels } from './site-fixtures.ts';

// Reports covering several days, built through the CLI as an editor would: a chronicle with a
// heading per day (dated 1 October, its sections from 29 September), a live page running
// past midnight (dated 30 September, its last items on 1 October), and a bulletin of 1 October.
const FIXTURES = join(ROOT, 'test', 'fixtures', 'claim-days');

function claimStarting(claims: readonly Claim[], start: string): Claim {
  const found = claims.filter((c) => c.text.startsWith(start));
  assert.equal(found.length, 1, `exactly one claim starts with “${start}”`);
  return found[0]!;
}

describe('a site of reports covering several days', () => {
  let out: string;
  let records: RecordsExport;
  const page = (path: string) => readFile(join(out, path, 'index.html'), 'utf8');

  before(async () => {
    out = join(await tempDir('claim-days-'), 'site');
    const result = await runBuild(['--seeds', FIXTURES, '--out', out, '--no-cache']);
    assert.equal(result.code, 0, result.stderr);
    records = await readRecords(join(out, 'data', 'records.json'));
  });

  it('puts a claim under a date heading on that day’s page, not on its report’s day page', async () => {
    const convoy = claimStarting(allClaims(records), "Armenia's Defence Ministry said a convoy");
    const chronicle = records.reports.find((r) => r.file === 'front-chronicle.txt')!;
    assert.equal(chronicle.date, '2020-10-01');
    assert.equal(convoy.date, '2020-09-30');
    assert.match(await page('days/2020-09-30'), new RegExp(`id="claim-${convoy.id}"`, 'u'));
    assert.doesNotMatch(await page('days/2020-10-01'), new RegExp(`id="claim-${convoy.id}"`, 'u'));
    // The day lists the chronicle among its reports, with the one claim it has there.
    assert.match(await page('days/2020-09-30'), /Chronicle of the front for the week to 1 October 2020<\/a> <span class="count">1 claim<\/span>/u);
  });

  it('puts the items of a live page after a dated stamp past midnight on the next day', async () => {
    const tartar = claimStarting(allClaims(records), "Azerbaijan's Defence Ministry said Armenian artillery");
    assert.equal(records.reports.find((r) => r.file === 'night-live.txt')!.date, '2020-09-30');
    assert.equal(tartar.date, '2020-10-01');
    assert.match(await page('days/2020-10-01'), new RegExp(`id="claim-${tartar.id}"`, 'u'));
    assert.doesNotMatch(await page('days/2020-09-30'), new RegExp(`id="claim-${tartar.id}"`, 'u'));
  });

  it('writes each claim once, under its own day, with its date, valid against the schema', async () => {
    const schema = JSON.parse(await readFile(join(ROOT, 'schema', 'records.schema.json'), 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(records), JSON.stringify(validate.errors, null, 2));
    const ids = allClaims(records).map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const day of records.days) for (const c of [...day.claims.baku, ...day.claims.yerevan, ...day.claims.international]) assert.equal(c.date, day.date, c.id);
    assert.deepEqual(records.days.map((d) => [d.date, d.reports.length]), [['2020-09-29', 1], ['2020-09-30', 2], ['2020-10-01', 3]]);
  });

  it('shows the claim on its place’s page under its own day', async () => {
    const shusha = await page('places/shusha');
    const [, underDay] = /<h2[^>]*>(?:(?!<h2).)*?<a href="\/days\/(\d{4}-\d{2}-\d{2})\/"(?:(?!<h2).)*?Armenia's Defence Ministry said a convoy/su.exec(shusha.replace(/&#39;/gu, "'")) ?? [];
    assert.equal(underDay, '2020-09-30', shusha);
  });

  it('lists on the report page the days its claims are on', async () => {
    const chronicle = records.reports.find((r) => r.file === 'front-chronicle.txt')!;
    const html = await page(`reports/${chronicle.id}`);
    assert.match(html, /<dt>Claims by day<\/dt><dd><a href="\/days\/2020-09-29\/">29 September 2020<\/a> \(1\) · <a href="\/days\/2020-09-30\/">30 September 2020<\/a> \(1\) · <a href="\/days\/2020-10-01\/">1 October 2020<\/a> \(1\)/u);
    const bulletin = records.reports.find((r) => r.file === 'morning-bulletin.txt')!;
    assert.doesNotMatch(await page(`reports/${bulletin.id}`), /Claims by day/u, 'a report of one day says nothing more');
  });
});

describe('a place split by month, with claims of a report on days of another month', () => {
  const corpus = runPipeline(readdirSync(FIXTURES).map((file) => ({ file, text: readFileSync(join(FIXTURES, file), 'utf8') })));
  const site = siteModels(corpus, { origin: null, placeMaxClaims: 0 });
  const convoy = claimStarting(corpus.reports.flatMap((r) => r.claims), "Armenia's Defence Ministry said a convoy");
  const tartar = claimStarting(corpus.reports.flatMap((r) => r.claims), "Azerbaijan's Defence Ministry said Armenian artillery");

  it('links the claim to the month page of its own day, where it is', () => {
    const view = site.days.find((d) => d.date === '2020-09-30')!.columns.flatMap((c) => c.claims).find((c) => c.id === convoy.id)!;
    assert.deepEqual(view.places.map((p) => p.url), [`/places/shusha/2020-09/#claim-${convoy.id}`]);
    assert.equal(view.day.url, '/days/2020-09-30/');
    const months = site.placeMonths.filter((m) => m.url.startsWith('/places/shusha/'));
    assert.deepEqual(months.map((m) => [m.url, m.days.flatMap((d) => d.sides.flatMap((s) => s.claims.map((c) => c.id)))]), [['/places/shusha/2020-09/', [convoy.id]]]);
  });

  it('does so for a live item past midnight too, whose report is of the month before', () => {
    const view = site.days.find((d) => d.date === '2020-10-01')!.columns.flatMap((c) => c.claims).find((c) => c.id === tartar.id)!;
    assert.equal(corpus.reports.find((r) => r.id === tartar.reportId)!.date, '2020-09-30');
    assert.deepEqual(view.places.map((p) => p.url), [`/places/terter/2020-10/#claim-${tartar.id}`]);
  });
});
