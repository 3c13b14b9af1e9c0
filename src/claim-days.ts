import { dayNumber, isoDay, isRealDate } from './calendar.ts';
import type { ExtractedReport } from './extract-report.ts';
import type { Diagnostic, SectionDay } from './model.ts';
import type { CorpusYears } from './resolve-years.ts';

/** The claims' days of one report, and what went wrong in finding them. */
export interface ClaimDays {
  /** `Claim.date` of each claim, parallel to the report's claims. */
  dates: (string | null)[];
  /** Each date heading or stamp of the report that rules a claim, by its line, and the day it gave: what `dates` was made of besides the report's date. */
  sections: [line: number, date: string | null][];
  diagnostics: Diagnostic[];
}

/**
 * The day each claim of a report is about: the report's resolved date (`reportDate`), unless
 * the claim stands under a date heading or dated stamp (`DraftClaim.sectionDay`). A section day
 * with a year is itself. Without one it takes the year that puts it nearest to the report's
 * date ("30 December" in a report of 2021-01-02 is 2020-12-30, "2 January" in one of
 * 2020-12-30 is 2021-01-02) but not more than a week after it, when another year can
 * ("2 April" in a report of 2020-10-27 is 2020-04-02, not 2021-04-02), or, in a report without a date, the year `resolveYears` would give
 * a report dated so (`years`); with no dated report at all it is undated. A day that does not
 * exist ("31 September", or 29 February in a year without one) falls back to the report's
 * date, with a warning naming the line.
 *
 * @example
 *   claimDays(report, '2021-01-02', years).dates // ['2021-01-02', '2020-12-30', '2020-12-31']
 */
export function claimDays(report: Pick<ExtractedReport, 'file' | 'claims'>, reportDate: string | null, years: CorpusYears): ClaimDays {
  const diagnostics: Diagnostic[] = [];
  // Claims under one heading share its day: each heading (its line) is resolved once.
  const byLine = new Map<number, string | null>();
  const sections: ClaimDays['sections'] = [];
  const dates = report.claims.map((c) => {
    const section = c.sectionDay;
    if (section === null) return reportDate;
    let date = byLine.get(section.line);
    if (date === undefined) {
      const resolved = resolveSection(section, reportDate, years);
      date = resolved === 'impossible' ? reportDate : resolved;
      if (resolved === 'impossible') diagnostics.push(impossible(report.file, section));
      byLine.set(section.line, date);
      sections.push([section.line, date]);
    }
    return date;
  });
  return { dates, sections, diagnostics };
}

/** How many days after its report's date a date heading without a year may fall (a digest dated a day or two early). */
const SECTION_DAYS_AFTER_REPORT = 7;

function resolveSection(section: SectionDay, reportDate: string | null, years: CorpusYears): string | null | 'impossible' {
  const { month, day } = section;
  if (section.year !== null) return isRealDate(section.year, month, day) ? isoDay(section.year, month, day) : 'impossible';
  if (reportDate === null) {
    // Not a day in any year (2000 has a 29 February): no year can help.
    if (!isRealDate(2000, month, day)) return 'impossible';
    const year = years.nearest(month, day);
    return year === null ? null : isoDay(year, month, day);
  }
  const [ry, rm, rd] = reportDate.split('-').map(Number) as [number, number, number];
  const target = dayNumber(ry, rm, rd);
  // The nearest of the report's year and those around it, real or not: 29 February near a
  // date of 2021 is no day of 2020 more than a year before, but a day that does not exist.
  // A report tells of what has happened: not a year putting the day well after the report's
  // date (the year before always puts it before that date, so one is found).
  const distance = (y: number) => Math.abs(dayNumber(y, month, day) - target);
  const byNearness = [ry, ry - 1, ry + 1].sort((a, b) => distance(a) - distance(b));
  const year = byNearness.find((y) => dayNumber(y, month, day) - target <= SECTION_DAYS_AFTER_REPORT)!;
  return isRealDate(year, month, day) ? isoDay(year, month, day) : 'impossible';
}

function impossible(file: string, section: SectionDay): Diagnostic {
  return {
    file,
    line: section.line,
    column: null,
    ruleId: 'section-date-impossible',
    severity: 'warning',
    message: `The date heading or stamp “${section.text}” names a day that does not exist; the claims under it are put on the report's day.`,
    hint: 'Correct the date on that line.',
  };
}
