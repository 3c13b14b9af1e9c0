import { countLabel } from '../src/site/count-label.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import { onePagePer } from '../src/site/paginate.ts';
import type { MonthPage, SiteData } from '../src/site/site-model.ts';
import { monthBody } from './_includes/months.ts';

interface Data {
  site: SiteData;
  month: MonthPage;
}

export const data = onePagePer('sideMonths', 'month');

export function render(this: EleventyThis, { site, month }: Data): string {
  const ctx = pageContext(this, site);
  const { name } = month.subject;
  const when = month.month === null ? 'in reports without a date' : `in ${month.label}`;
  const listed = month.dayList.length > 0;
  const lede = listed
    ? `${countLabel(month.count, 'claim')} from ${name} ${when}: too many for one page, so each day below links to ${name}’s claims on that day’s page.`
    : `${countLabel(month.count, 'claim')} from ${name} ${when}, day by day.`;
  const body = monthBody(month, { url: '/', label: 'Timeline' }, lede, ctx);
  return page({ title: `${name}: ${month.label}`, description: listed ? `${name} ${when}, day by day: how many claims each day and how the first began, with links to them.` : `Every claim from ${name} ${when}, day by day, with links to the source paragraphs.`, path: month.url, section: month.subject.side, body }, ctx);
}
