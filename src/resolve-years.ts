import { dayNumber, isoDay, isRealDate } from './calendar.ts';
import type { ExtractedReport } from './extract-report.ts';
import type { Diagnostic } from './model.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ResolvedDate {
  /** `YYYY-MM-DD`, or null for the undated group. */
  date: string | null;
  diagnostics: Diagnostic[];
}

/**
 * The years of a corpus's dated reports, and the rule that gives a day without a year its
 * year: the one that puts it nearest to a dated report ("January 2" among reports of late
 * December 2020 → 2021), among the years that make it a real day.
 */
export interface CorpusYears {
  /** Whether any report of the corpus has a date with a year. */
  readonly dated: boolean;
  /** The year for month/day nearest to a dated report, or null when no report is dated or no year near them makes it a real day. */
  nearest(month: number, day: number): number | null;
}

/** `CorpusYears` of these reports: their dated days sorted once, each look-up a binary search. */
export function corpusYears(reports: readonly ExtractedReport[]): CorpusYears {
  const anchors = reports.flatMap((r) => (r.date && r.date.year !== null ? [dayNumber(r.date.year, r.date.month, r.date.day)] : [])).sort((a, b) => a - b);
  const years = [...new Set(reports.flatMap((r) => (r.date?.year != null ? [r.date.year] : [])))].flatMap((y) => [y - 1, y, y + 1]).sort((a, b) => a - b);
  return {
    dated: anchors.length > 0,
    nearest(month, day) {
      if (anchors.length === 0) return null;
      let best: { year: number; distance: number } | null = null;
      for (const y of years) {
        if (!isRealDate(y, month, day)) continue;
        const distance = distanceToNearest(anchors, dayNumber(y, month, day));
        if (best === null || distance < best.distance) best = { year: y, distance };
      }
      return best === null ? null : best.year;
    },
  };
}

/**
 * Give every report a full date. A date without a year takes the year that puts it nearest
 * to a dated report of the corpus ("Overview as of November 4" among 2020 reports → 2020;
 * "January 2" among reports of late December 2020 → 2021), with a warning saying so.
 * `years`: `corpusYears(reports)`, when the caller needs it too.
 *
 * @example
 *   resolveYears(reports).map((r) => r.date) // ['2020-11-04', …]
 */
export function resolveYears(reports: readonly ExtractedReport[], years: CorpusYears = corpusYears(reports)): ResolvedDate[] {
  return reports.map((r) => {
    const d = r.date;
    if (d === null) return { date: null, diagnostics: [] };
    if (d.year !== null) return { date: isoDay(d.year, d.month, d.day), diagnostics: [] };
    const label = `${MONTH_NAMES[d.month - 1]} ${d.day}`;
    if (!years.dated) {
      return {
        date: null,
        diagnostics: [warning(r.file, 'date-year-unknown', `The report's date (${label}) has no year, and no other report gives one; it is listed under “Undated”.`, 'Add `date: YYYY-MM-DD` front matter.')],
      };
    }
    const year = years.nearest(d.month, d.day);
    if (year === null) return { date: null, diagnostics: [warning(r.file, 'date-year-unknown', `The report's date (${label}) has no year that makes it a real day.`, 'Add `date: YYYY-MM-DD` front matter.')] };
    return {
      date: isoDay(year, d.month, d.day),
      diagnostics: [warning(r.file, 'date-year-inferred', `The report's date (${label}) has no year; ${year} was inferred from the nearest dated reports.`, 'Add `date: YYYY-MM-DD` front matter to state the year.')],
    };
  });
}

/** Distance from `n` to the nearest of `sorted` (ascending, not empty), by binary search: linear in the corpus overall. */
function distanceToNearest(sorted: readonly number[], n: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < n) lo = mid + 1;
    else hi = mid;
  }
  const after = Math.abs(sorted[lo]! - n);
  return lo > 0 ? Math.min(after, Math.abs(sorted[lo - 1]! - n)) : after;
}

function warning(file: string, ruleId: string, message: string, hint: string): Diagnostic {
  return { file, line: null, column: null, ruleId, severity: 'warning', message, hint };
}
