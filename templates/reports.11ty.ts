import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import type { SiteData } from '../src/site/site-model.ts';

interface Data {
  site: SiteData;
}

export const data = { permalink: '/reports/index.html' };

export function render(this: EleventyThis, { site }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const body = html`<div class="prose">
<h1>Reports</h1>
<p class="lede">The reports the timeline is built from, by date. Each page shows the report’s text with its claims marked by side.</p>
<ul class="report-list">
${site.reportIndex.map((r) => html`<li><span class="date">${r.dateLabel}</span> <a href="${href(r.url)}">${r.title}</a>${r.publisher ? html` <span class="publisher">${r.publisher}</span>` : ''} <span class="count">${countLabel(r.claimCount, 'claim')}</span></li>
`)}</ul>
</div>`;
  return page({ title: 'Reports', description: 'Every report the Karabakh timeline is built from, by date, with its claims marked by side.', path: '/reports/', section: 'reports', body }, ctx);
}
