import type { Day, Report, Side } from './model.ts';
import { compareCodePoints } from './read-seeds.ts';

/**
 * Group the claims of all reports by the day their report is about, then by side.
 * Days ascend by date, the undated group last; within a side, claims keep report order.
 *
 * @example
 *   groupByDay(reports).map((d) => d.date) // ['2020-10-03', '2020-10-29', …, null]
 */
export function groupByDay(reports: readonly Report[]): Day[] {
  const byDate = new Map<string | null, Report[]>();
  for (const r of reports) {
    const list = byDate.get(r.date) ?? [];
    list.push(r);
    byDate.set(r.date, list);
  }
  const dates = [...byDate.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareCodePoints(a, b)));
  return dates.map((date) => {
    const dayReports = [...byDate.get(date)!].sort((a, b) => compareCodePoints(a.id, b.id));
    const claims: Record<Side, Day['claims'][Side]> = { baku: [], yerevan: [], international: [] };
    for (const r of dayReports) for (const c of r.claims) claims[c.side].push(c);
    return { date, reports: dayReports.map((r) => r.id), claims };
  });
}
