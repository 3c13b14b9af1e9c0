import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import type { SiteData } from '../src/site/site-model.ts';

interface Data {
  site: SiteData;
}

export const data = { permalink: '/places/index.html' };

export function render(this: EleventyThis, { site }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const body = html`<div class="prose">
<h1>Places</h1>
<p class="lede">Every town, village and district a claim mentions. Places go by several names (Shusha in Baku, Shushi in Yerevan); each has one page under one name.</p>
${site.placeIndex.length > 0 ? html`<ul class="place-list">
${site.placeIndex.map((p) => html`<li><a href="${href(p.url)}">${p.name}</a> <span class="count">${countLabel(p.count, 'claim')}</span>${p.region ? html` <span class="region">${p.region}</span>` : ''}</li>
`)}</ul>` : html`<p class="empty">No claim mentions a place yet.</p>`}
</div>`;
  return page({ title: 'Places', description: 'Every place the reports mention, each with what every side said about it, by date.', path: '/places/', section: 'places', body }, ctx);
}
