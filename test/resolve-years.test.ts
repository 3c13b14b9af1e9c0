import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ExtractedReport } from '../src/extract-report.ts';
import { resolveYears } from '../src/resolve-years.ts';

function report(file: string, year: number | null, month: number, day: number): ExtractedReport {
  return { file, title: file, date: { year, month, day, text: `${month}/${day}` }, dateSource: 'phrase', url: null, publisher: null, claims: [], setAside: [], diagnostics: [] };
}
const undated: ExtractedReport = { ...report('u.txt', null, 1, 1), date: null, dateSource: 'none' };

describe('resolveYears', () => {
  it('keeps full dates and gives a yearless one the year of the nearest dated report, with a warning', () => {
    const out = resolveYears([report('a.txt', 2020, 10, 8), report('b.txt', null, 10, 9), undated]);
    assert.deepEqual(out.map((r) => r.date), ['2020-10-08', '2020-10-09', null]);
    assert.deepEqual(out[0]!.diagnostics, []);
    assert.deepEqual(out[1]!.diagnostics.map((d) => [d.file, d.ruleId, d.severity]), [['b.txt', 'date-year-inferred', 'warning']]);
    assert.match(out[1]!.diagnostics[0]!.message, /October 9.*2020 was inferred/);
  });

  it('crosses a new year: January 2 among late-December reports is in the next year, and back', () => {
    assert.equal(resolveYears([report('a.txt', 2020, 12, 29), report('b.txt', null, 1, 2)])[1]!.date, '2021-01-02');
    assert.equal(resolveYears([report('a.txt', 2021, 1, 3), report('b.txt', null, 12, 30)])[1]!.date, '2020-12-30');
  });

  it('gives February 29 the nearest year in which it exists', () => {
    assert.equal(resolveYears([report('a.txt', 2021, 3, 1), report('b.txt', null, 2, 29)])[1]!.date, '2020-02-29');
  });

  it('lists a yearless report under “undated”, with a warning, when no report has a year', () => {
    const [out] = resolveYears([report('b.txt', null, 10, 9)]);
    assert.equal(out!.date, null);
    assert.deepEqual(out!.diagnostics.map((d) => d.ruleId), ['date-year-unknown']);
  });

  it('does not depend on the order of the reports', () => {
    const a = report('a.txt', 2020, 12, 29);
    const b = report('b.txt', null, 1, 2);
    const c = report('c.txt', 2021, 6, 1);
    assert.equal(resolveYears([a, b, c])[1]!.date, resolveYears([c, b, a])[1]!.date);
  });
});
