import type { Day } from '../model.ts';
import type { ClaimContext } from './claim-view.ts';
import { planMonthPages } from './month-pages.ts';
import { madePlan } from './page-plan.ts';
import { SIDE_INFO } from './side-info.ts';
import type { MonthPage, PagePlan, SidePage } from './site-model.ts';

/**
 * Most claims a side's month page shows itself; a busier month lists its days, each linking to
 * the side's section of the day's page. Measured on 10,000 generated reports (~80 a day): a
 * claim takes ~600 bytes of a side's page, so a month held ~20,000 claims of a side in 11–14 MB,
 * too long to read or load, and an edit re-rendered the three sides' months whole (~37 MB).
 * 500 claims make ~300 KB; a day of a side there was ~660 claims, ~400 KB of its day page.
 */
export const SIDE_MONTH_MAX_CLAIMS = 500;

/**
 * Per side, an overview listing its months and one page per month with its claims day by day
 * (days without its claims are left out), or with its days listed when it has more than
 * `maxClaims`. At ~100 reports a day a side's claims made a single page of ~35 MB, and editing
 * one report re-rendered all of it; a month page is a fraction of that and an edit re-renders
 * only its own month.
 */
export function planSidePages(days: readonly Day[], ctx: ClaimContext, maxClaims = SIDE_MONTH_MAX_CLAIMS): { pages: PagePlan<SidePage>[]; months: PagePlan<MonthPage>[] } {
  const pages: PagePlan<SidePage>[] = [];
  const months: PagePlan<MonthPage>[] = [];
  for (const info of SIDE_INFO) {
    const own = days.map((d) => ({ date: d.date, claims: d.claims[info.side] }));
    const split = planMonthPages({ name: info.label, url: info.url, side: info.side }, own, [info], ctx, maxClaims);
    pages.push(madePlan(info.url, { info, count: split.summaries.reduce((n, m) => n + m.count, 0), months: split.summaries }));
    months.push(...split.pages);
  }
  return { pages, months };
}
