import type { Day, Report } from '../model.ts';
import { SIDES } from '../model.ts';
import { claimView, dayLink, type ClaimContext } from './claim-view.ts';
import { dayLabel, shortDayLabel } from './format-date.ts';
import { sideClaims } from './side-claims.ts';
import type { DayPage, Link, ReportLink } from './site-model.ts';

/**
 * One page per day, in date order, each linked to the dated days before and after it.
 * The undated group gets a page too, outside the chain: it is not a day.
 */
export function buildDayPages(days: readonly Day[], ctx: ClaimContext): DayPage[] {
  const dated = days.filter((d) => d.date !== null);
  const link = (d: Day | undefined): Link | null => (d?.date ? { url: `/days/${d.date}/`, label: shortDayLabel(d.date) } : null);
  const position = new Map(dated.map((d, i) => [d, i]));
  return days.map((day) => {
    const i = position.get(day) ?? -1;
    const claims = SIDES.flatMap((s) => day.claims[s]).map((c) => claimView(c, ctx));
    const columns = sideClaims(claims);
    return {
      date: day.date,
      url: dayLink(day.date).url,
      label: day.date === null ? 'Undated reports' : dayLabel(day.date),
      columns,
      claimCount: claims.length,
      previous: i > 0 ? link(dated[i - 1]) : null,
      next: i >= 0 ? link(dated[i + 1]) : null,
      reports: day.reports.map((id) => reportLink(lookup(id, ctx))),
    };
  });
}

/** A report as listed under a day or in the report index. */
export function reportLink(report: Report): ReportLink {
  return {
    url: `/reports/${report.id}/`,
    title: report.title,
    publisher: report.publisher,
    dateLabel: dayLink(report.date).label,
    claimCount: report.claims.length,
  };
}

function lookup(id: string, ctx: ClaimContext): Report {
  const report = ctx.reportsById.get(id);
  if (!report) throw new Error(`Day lists report ${id}, which is not in the corpus.`);
  return report;
}
