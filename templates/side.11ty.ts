import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import type { SidePage, SiteData } from '../src/site/site-model.ts';
import { backgroundFold, claimList } from './_includes/claims.ts';

interface Data {
  site: SiteData;
  side: SidePage;
}

export const data = {
  pagination: { data: 'site.sidePages', size: 1, alias: 'side' },
  permalink: (d: Data) => `${d.side.info.url}index.html`,
};

export function render(this: EleventyThis, { site, side }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const { info } = side;
  const body = html`<p class="breadcrumb"><a href="${href('/')}">Timeline</a></p>
<h1 class="side-${info.side}"><span class="side-name">${info.label}</span>: everything claimed</h1>
<p class="lede">${info.description} ${countLabel(side.count, 'claim')}, day by day.</p>
${side.days.map(
  (d, i) => html`<section class="side-day side-${info.side}" aria-labelledby="day-${i}">
<h2 id="day-${i}"><a href="${href(d.day.url)}">${d.day.label}</a></h2>
${d.claims.length > 0 ? claimList(d.claims, ctx) : ''}
${backgroundFold(d.background, ctx)}
</section>
`,
)}${side.days.length === 0 ? html`<p class="empty">No claims from ${info.label} yet.</p>` : ''}`;
  return page({ title: `${info.label}: everything claimed`, description: `Every claim from ${info.label} (${info.who}), day by day, with links to the source paragraphs.`, path: info.url, section: info.side, body }, ctx);
}
