import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import { onePagePer } from '../src/site/paginate.ts';
import type { SidePage, SiteData } from '../src/site/site-model.ts';
import { monthList } from './_includes/months.ts';

interface Data {
  site: SiteData;
  side: SidePage;
}

export const data = onePagePer('sides', 'side');

export function render(this: EleventyThis, { site, side }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const { info } = side;
  const body = html`<p class="breadcrumb"><a href="${href('/')}">Timeline</a></p>
<h1 class="side-${info.side}"><span class="side-name">${info.label}</span>: everything claimed</h1>
<p class="lede">${info.label} stands for the ${info.who}. ${info.description}</p>
<p>${countLabel(side.count, 'claim')} from ${info.label}, by month; each month’s page shows them day by day, with links to the source paragraphs.</p>
${side.months.length > 0 ? monthList(side.months, ctx) : html`<p class="empty">No claims from ${info.label} yet.</p>`}`;
  return page({ title: `${info.label}: everything claimed`, description: `Every claim from ${info.label} (${info.who}), month by month: ${countLabel(side.count, 'claim')}.`, path: info.url, section: info.side, body }, ctx);
}
