import type { Claim, Day, Report } from '../model.ts';
import { sha256 } from '../sha256.ts';
import { SIDES } from '../model.ts';
import { claimView, dayLink, viewKey, type ClaimContext } from './claim-view.ts';
import { dayTitle } from './format-date.ts';
import { reportUrl } from './report-pages.ts';
import { sideClaims } from './side-claims.ts';
import type { DayPage, Link, PagePlan, ReportLink } from './site-model.ts';

/**
 * One page per day, in date order, each linked to the dated days before and after it.
 * The undated group gets a page too, outside the chain: it is not a day.
 */
export function planDayPages(days: readonly Day[], ctx: ClaimContext): PagePlan<DayPage>[] {
  const dated = days.filter((d) => d.date !== null);
  const position = new Map(dated.map((d, i) => [d, i]));
  return days.map((day) => {
    const i = position.get(day) ?? -1;
    const previous = i > 0 ? dated[i - 1]!.date : null;
    const next = i >= 0 ? (dated[i + 1]?.date ?? null) : null;
    const claims = SIDES.flatMap((s) => day.claims[s]);
    // A day's page shows its claims, its neighbours' dates and its reports' links (made from the reports).
    const reports = day.reports.map((id) => `${id} ${ctx.reportDigests.get(id) ?? ''}`).join('\0');
    return {
      url: dayLink(day.date).url,
      key: sha256('day', JSON.stringify([day.date, previous, next]), viewKey(claims, ctx), reports),
      weight: 1 + claims.length,
      build: () => dayPage(day, claims, previous, next, ctx),
    };
  });
}

function dayPage(day: Day, claims: readonly Claim[], previous: string | null, next: string | null, ctx: ClaimContext): DayPage {
  const link = (date: string | null): Link | null => (date ? dayLink(date) : null);
  const views = claims.map((c) => claimView(c, ctx));
  const onDay = new Map<string, number>();
  for (const c of claims) onDay.set(c.reportId, (onDay.get(c.reportId) ?? 0) + 1);
  return {
    date: day.date,
    url: dayLink(day.date).url,
    label: dayTitle(day.date),
    columns: sideClaims(views),
    claimCount: views.length,
    previous: link(previous),
    next: link(next),
    // A report of several days (a timeline) counts here only its claims of this day.
    reports: day.reports.map((id) => ({ ...reportLink(lookup(id, ctx)), claimCount: onDay.get(id) ?? 0 })),
  };
}

/** A report as listed under a day or in the report index. */
export function reportLink(report: Report): ReportLink {
  return {
    url: reportUrl(report),
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
