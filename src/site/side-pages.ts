import type { Day } from '../model.ts';
import { claimView, type ClaimContext } from './claim-view.ts';
import { buildMonthPages } from './month-pages.ts';
import { SIDE_INFO } from './side-info.ts';
import type { MonthPage, SidePage } from './site-model.ts';

/**
 * Per side, an overview listing its months and one page per month with its claims day by day
 * (days without its claims are left out). At ~100 reports a day a side's claims made a single
 * page of ~35 MB, and editing one report re-rendered all of it; a month page is a fraction of
 * that and an edit re-renders only its own month.
 */
export function buildSidePages(days: readonly Day[], ctx: ClaimContext): { pages: SidePage[]; months: MonthPage[] } {
  const pages: SidePage[] = [];
  const months: MonthPage[] = [];
  for (const info of SIDE_INFO) {
    const own = days.map((d) => ({ date: d.date, claims: d.claims[info.side].map((c) => claimView(c, ctx)) }));
    const split = buildMonthPages({ name: info.label, url: info.url, side: info.side }, own, [info]);
    pages.push({ info, count: split.pages.reduce((n, p) => n + p.count, 0), months: split.summaries });
    months.push(...split.pages);
  }
  return { pages, months };
}
