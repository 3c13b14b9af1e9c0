import type { Claim, Day } from '../model.ts';
import { SIDES } from '../model.ts';
import { dayLink } from './claim-view.ts';
import { excerpt } from './excerpt.ts';
import { dayOfMonth, dayTitle, monthLabel } from './format-date.ts';
import { sideInfo } from './side-info.ts';
import type { DaySummary, MonthGroup, Timeline } from './site-model.ts';

/** Length of a side's first line on the home page. */
const FIRST_LINE_CHARS = 160;

/**
 * The home page: days grouped by month in date order, each with its claim count and first
 * line per side; the undated group last. Days arrive sorted from `groupByDay`.
 */
export function buildTimeline(days: readonly Day[]): Timeline {
  const months: MonthGroup[] = [];
  let undated: DaySummary | null = null;
  for (const day of days) {
    const summary = summarise(day);
    if (day.date === null) {
      undated = summary;
      continue;
    }
    const key = day.date.slice(0, 7);
    let month = months.at(-1);
    if (month?.key !== key) {
      month = { key, anchor: `m-${key}`, label: monthLabel(day.date), days: [] };
      months.push(month);
    }
    month.days.push(summary);
  }
  // A report with claims on several days (a timeline) is listed under each: counted once.
  const reportCount = new Set(days.flatMap((d) => d.reports)).size;
  const claimCount = days.reduce((n, d) => n + SIDES.reduce((m, s) => m + d.claims[s].length, 0), 0);
  return { months, undated, reportCount, claimCount };
}

/**
 * The beginning of the first thing a side *reported* that day, as the home page shows it; the
 * outlet's background comes only when nothing else does. Null for no claims.
 */
export function firstLine(claims: readonly Claim[]): string | null {
  const first = claims.find((c) => !c.background) ?? claims[0];
  return first ? excerpt(first.text, FIRST_LINE_CHARS) : null;
}

function summarise(day: Day): DaySummary {
  const sides = SIDES.map((side) => {
    const claims = day.claims[side];
    return { info: sideInfo(side), count: claims.length, firstLine: firstLine(claims) };
  });
  return {
    anchor: day.date === null ? 'undated' : `d-${day.date}`,
    url: dayLink(day.date).url,
    label: dayTitle(day.date),
    shortLabel: day.date === null ? 'Undated' : dayOfMonth(day.date),
    reportCount: day.reports.length,
    claimCount: sides.reduce((n, s) => n + s.count, 0),
    sides,
  };
}
