import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import { onePagePer } from '../src/site/paginate.ts';
import type { PlacePage, SiteData } from '../src/site/site-model.ts';
import { daySections, monthTable } from './_includes/months.ts';

interface Data {
  site: SiteData;
  place: PlacePage;
}

export const data = onePagePer('places', 'place');

export function render(this: EleventyThis, { site, place }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const split = place.months.length > 0;
  const body = html`<p class="breadcrumb"><a href="${href('/places/')}">Places</a></p>
<h1>${place.name}</h1>
<p class="lede">${place.region ? html`${place.region}. ` : ''}${place.aliases.length > 0 ? html`Also written ${place.aliases.join(', ')}. ` : ''}${countLabel(place.count, 'claim')} mention it, ${split ? 'by month and side: each month has its own page' : 'by day and side'}.</p>
${split ? monthTable(place.months, site.sides, `Claims about ${place.name} by month and side`, ctx) : daySections(place.days, { name: place.name, url: place.url, side: null }, ctx)}`;
  return page({ title: place.name, description: `What each side said about ${place.name}, by date: ${countLabel(place.count, 'claim')}.`, path: place.url, section: 'places', body }, ctx);
}
