import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import type { PlacePage, SiteData } from '../src/site/site-model.ts';
import { sideSection } from './_includes/claims.ts';

interface Data {
  site: SiteData;
  place: PlacePage;
}

export const data = {
  pagination: { data: 'site.places', size: 1, alias: 'place' },
  permalink: (d: Data) => `${d.place.url}index.html`,
};

export function render(this: EleventyThis, { site, place }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const body = html`<p class="breadcrumb"><a href="${href('/places/')}">Places</a></p>
<h1>${place.name}</h1>
<p class="lede">${place.region ? html`${place.region}. ` : ''}${place.aliases.length > 0 ? html`Also written ${place.aliases.join(', ')}. ` : ''}${countLabel(place.count, 'claim')} mention it, by day and side.</p>
${place.days.map(
  (d, i) => html`<section class="place-day" aria-labelledby="day-${i}">
<h2 id="day-${i}"><a href="${href(d.day.url)}">${d.day.label}</a></h2>
<div class="columns">
${d.sides.map((s) => sideSection(s, 'h3', `day-${i}-`, ctx, `day-${i}`, `Nothing from ${s.info.label} about ${place.name} that day.`))}
</div>
</section>
`,
)}`;
  return page({ title: place.name, description: `What each side said about ${place.name}, by date: ${countLabel(place.count, 'claim')}.`, path: place.url, section: 'places', body }, ctx);
}
