import type { Day } from '../model.ts';
import type { ClaimContext } from './claim-view.ts';
import { planMonthPages } from './month-pages.ts';
import { madePlan } from './page-plan.ts';
import { SIDE_INFO } from './side-info.ts';
import type { MonthPage, PagePlan, SidePage } from './site-model.ts';

/**
 * Per side, an overview listing its months and one page per month with its claims day by day
 * (days without its claims are left out). At ~100 reports a day a side's claims made a single
 * page of ~35 MB, and editing one report re-rendered all of it; a month page is a fraction of
 * that and an edit re-renders only its own month.
 */
export function planSidePages(days: readonly Day[], ctx: ClaimContext): { pages: PagePlan<SidePage>[]; months: PagePlan<MonthPage>[] } {
  const pages: PagePlan<SidePage>[] = [];
  const months: PagePlan<MonthPage>[] = [];
  for (const info of SIDE_INFO) {
    const own = days.map((d) => ({ date: d.date, claims: d.claims[info.side] }));
    const split = planMonthPages({ name: info.label, url: info.url, side: info.side }, own, [info], ctx);
    pages.push(madePlan(info.url, { info, count: split.summaries.reduce((n, m) => n + m.count, 0), months: split.summaries }));
    months.push(...split.pages);
  }
  return { pages, months };
}
