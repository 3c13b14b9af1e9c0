import type { Claim, Day, Report, Side } from './model.ts';
import { compareCodePoints } from './read-seeds.ts';

/**
 * Group the claims of all reports by the day each claim is about (`Claim.date`: mostly its
 * report's day, but a timeline's claims are on the days of their headings), then by side.
 * A day lists the reports about it and the reports with a claim on it, by id. Days ascend
 * by date, the undated group last; within a side, claims keep report order, then reading order.
 *
 * @example
 *   groupByDay(reports).map((d) => d.date) // ['2020-10-03', '2020-10-29', …, null]
 */
export function groupByDay(reports: readonly Report[]): Day[] {
  // Day → its reports, each with its claims of that day in reading order.
  const byDate = new Map<string | null, Map<Report, Claim[]>>();
  const dayOf = (date: string | null) => byDate.get(date) ?? byDate.set(date, new Map()).get(date)!;
  for (const r of reports) {
    const own = dayOf(r.date);
    if (!own.has(r)) own.set(r, []);
    for (const c of r.claims) {
      const day = c.date === r.date ? own : dayOf(c.date);
      (day.get(r) ?? day.set(r, []).get(r)!).push(c);
    }
  }
  const dates = [...byDate.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : compareCodePoints(a, b)));
  return dates.map((date) => {
    const ofDay = byDate.get(date)!;
    const dayReports = [...ofDay.keys()].sort((a, b) => compareCodePoints(a.id, b.id));
    const claims: Record<Side, Day['claims'][Side]> = { baku: [], yerevan: [], international: [] };
    for (const r of dayReports) for (const c of ofDay.get(r)!) claims[c.side].push(c);
    return { date, reports: dayReports.map((r) => r.id), claims };
  });
}
