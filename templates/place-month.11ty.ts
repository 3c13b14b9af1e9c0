import { countLabel } from '../src/site/count-label.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import { onePagePer } from '../src/site/paginate.ts';
import type { MonthPage, SiteData } from '../src/site/site-model.ts';
import { monthBody } from './_includes/months.ts';

interface Data {
  site: SiteData;
  month: MonthPage;
}

export const data = onePagePer('placeMonths', 'month');

export function render(this: EleventyThis, { site, month }: Data): string {
  const ctx = pageContext(this, site);
  const { name } = month.subject;
  const when = month.month === null ? 'in reports without a date' : `in ${month.label}`;
  const lede = `${countLabel(month.count, 'claim')} mention ${name} ${when}, by day and side.`;
  const body = monthBody(month, { url: '/places/', label: 'Places' }, lede, ctx);
  return page({ title: `${name}: ${month.label}`, description: `What each side said about ${name} ${when}: ${countLabel(month.count, 'claim')}.`, path: month.url, section: 'places', body }, ctx);
}
