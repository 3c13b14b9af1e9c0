import { DAY_SIDE_ID_PREFIX } from '../src/site/claim-view.ts';
import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import { onePagePer } from '../src/site/paginate.ts';
import type { DayPage, SiteData } from '../src/site/site-model.ts';
import { sideSection } from './_includes/claims.ts';

interface Data {
  site: SiteData;
  day: DayPage;
}

export const data = onePagePer('days', 'day');

export function render(this: EleventyThis, { site, day }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const dayNav = html`<nav class="day-nav" aria-label="Previous and next day">
${day.previous ? html`<a class="previous" href="${href(day.previous.url)}" rel="prev"><span aria-hidden="true">←</span> Previous day: ${day.previous.label}</a>` : ''}
${day.next ? html`<a class="next" href="${href(day.next.url)}" rel="next">Next day: ${day.next.label} <span aria-hidden="true">→</span></a>` : ''}
</nav>`;
  const body = html`<p class="breadcrumb"><a href="${href('/')}">Timeline</a></p>
<h1>${day.label}</h1>
<p class="lede">${countLabel(day.claimCount, 'claim')} from ${countLabel(day.reports.length, 'report')}, by side. Each claim links to the paragraph it comes from.</p>
${day.previous || day.next ? dayNav : ''}
<div class="columns">
${day.columns.map((c) => sideSection(c, 'h2', DAY_SIDE_ID_PREFIX, ctx))}
</div>
<section class="day-reports" aria-labelledby="reports-heading">
<h2 id="reports-heading">Reports of this day</h2>
<ul>
${day.reports.map((r) => html`<li><a href="${href(r.url)}">${r.title}</a>${r.publisher ? html` <span class="publisher">${r.publisher}</span>` : ''} <span class="count">${countLabel(r.claimCount, 'claim')}</span></li>
`)}</ul>
</section>`;
  const description = day.date === null ? 'Claims from reports whose date could not be found, grouped by side.' : `What Baku, Yerevan and international voices said on ${day.label}: ${countLabel(day.claimCount, 'claim')} from ${countLabel(day.reports.length, 'report')}.`;
  return page({ title: day.label, description, path: day.url, section: 'timeline', body }, ctx);
}
