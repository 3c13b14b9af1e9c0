import { isoDay, isRealDate } from './calendar.ts';
import type { ExtractedReport } from './extract-report.ts';
import type { Diagnostic } from './model.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface ResolvedDate {
  /** `YYYY-MM-DD`, or null for the undated group. */
  date: string | null;
  diagnostics: Diagnostic[];
}

/**
 * Give every report a full date. A date without a year takes the year that puts it nearest
 * to a dated report of the corpus ("Overview as of November 4" among 2020 reports → 2020;
 * "January 2" among reports of late December 2020 → 2021), with a warning saying so.
 *
 * @example
 *   resolveYears(reports).map((r) => r.date) // ['2020-11-04', …]
 */
export function resolveYears(reports: readonly ExtractedReport[]): ResolvedDate[] {
  const anchors = reports.flatMap((r) => (r.date && r.date.year !== null ? [dayNumber(r.date.year, r.date.month, r.date.day)] : [])).sort((a, b) => a - b);
  const years = [...new Set(reports.flatMap((r) => (r.date?.year != null ? [r.date.year] : [])))];
  return reports.map((r) => {
    const d = r.date;
    if (d === null) return { date: null, diagnostics: [] };
    if (d.year !== null) return { date: isoDay(d.year, d.month, d.day), diagnostics: [] };
    const label = `${MONTH_NAMES[d.month - 1]} ${d.day}`;
    if (anchors.length === 0) {
      return {
        date: null,
        diagnostics: [warning(r.file, 'date-year-unknown', `The report's date (${label}) has no year, and no other report gives one; it is listed under “Undated”.`, 'Add `date: YYYY-MM-DD` front matter.')],
      };
    }
    let best: { year: number; distance: number } | null = null;
    for (const y of years.flatMap((y) => [y - 1, y, y + 1]).sort((a, b) => a - b)) {
      if (!isRealDate(y, d.month, d.day)) continue;
      const n = dayNumber(y, d.month, d.day);
      const distance = distanceToNearest(anchors, n);
      if (best === null || distance < best.distance) best = { year: y, distance };
    }
    if (best === null) return { date: null, diagnostics: [warning(r.file, 'date-year-unknown', `The report's date (${label}) has no year that makes it a real day.`, 'Add `date: YYYY-MM-DD` front matter.')] };
    return {
      date: isoDay(best.year, d.month, d.day),
      diagnostics: [warning(r.file, 'date-year-inferred', `The report's date (${label}) has no year; ${best.year} was inferred from the nearest dated reports.`, 'Add `date: YYYY-MM-DD` front matter to state the year.')],
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

function dayNumber(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function warning(file: string, ruleId: string, message: string, hint: string): Diagnostic {
  return { file, line: null, column: null, ruleId, severity: 'warning', message, hint };
}
