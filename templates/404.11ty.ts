import { html } from '../src/site/html.ts';
import { page, pageContext, type EleventyThis } from '../src/site/layout.ts';
import type { SiteData } from '../src/site/site-model.ts';

interface Data {
  site: SiteData;
}

export const data = { permalink: '/404.html' };

export function render(this: EleventyThis, { site }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const body = html`<div class="prose">
<h1>Page not found</h1>
<p class="lede">There is no page at this address. Days live at <code>/days/YYYY-MM-DD/</code>, reports at <code>/reports/…/</code>.</p>
<ul>
<li><a href="${href('/')}">The timeline, day by day</a></li>
<li><a href="${href('/places/')}">Places</a></li>
<li><a href="${href('/reports/')}">Reports</a></li>
</ul>
</div>`;
  return page({ title: 'Page not found', description: 'This page does not exist on the Karabakh timeline.', path: '/404.html', section: null, body, noindex: true }, ctx);
}
