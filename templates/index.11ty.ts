import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, SITE_NAME, type EleventyThis } from '../src/site/layout.ts';
import type { DaySummary, SiteData } from '../src/site/site-model.ts';

interface Data {
  site: SiteData;
}

export const data = { permalink: '/index.html' };

export function render(this: EleventyThis, { site }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const t = site.timeline;
  const day = (d: DaySummary) => html`<article class="day-summary" id="${d.anchor}" aria-labelledby="h-${d.anchor}">
<h3 id="h-${d.anchor}"><a href="${href(d.url)}">${d.label}</a></h3>
<p class="day-counts">${countLabel(d.reportCount, 'report')} · ${countLabel(d.claimCount, 'claim')}</p>
<ul class="side-summaries">
${d.sides.map(
  (s) => html`<li class="side-summary side-${s.info.side}"><span class="side-name">${s.info.label}</span> <span class="side-count">${countLabel(s.count, 'claim')}</span>
${s.firstLine ? html`<span class="first-line">${s.firstLine}</span>` : html`<span class="first-line none">Nothing reported from ${s.info.label}.</span>`}</li>
`,
)}</ul>
</article>
`;
  const body = html`<h1>${SITE_NAME}</h1>
<p class="lede">What Baku, Yerevan and everyone else said about the war in and around Nagorno-Karabakh, day by day and side by side: ${countLabel(t.reportCount, 'report')}, ${countLabel(t.claimCount, 'claim')}.</p>
<nav class="day-index" aria-label="Months and days">
<ul>
${t.months.map(
  (m) => html`<li><a class="month-link" href="#${m.anchor}">${m.label}</a>
<ul>${m.days.map((d) => html`<li><a href="#${d.anchor}" aria-label="${d.label}">${d.shortLabel}</a></li>`)}</ul></li>
`,
)}${t.undated ? html`<li><a class="month-link" href="#${t.undated.anchor}">Undated</a></li>` : ''}
</ul>
</nav>
${t.months.map(
  (m) => html`<section class="month" aria-labelledby="${m.anchor}">
<h2 id="${m.anchor}">${m.label}</h2>
${m.days.map(day)}</section>
`,
)}${
    t.undated
      ? html`<section class="month" aria-labelledby="undated-heading">
<h2 id="undated-heading">Reports without a date</h2>
<p>No date could be found in these reports; their claims are kept here rather than guessed onto a day.</p>
${day(t.undated)}</section>`
      : ''
  }
${t.months.length === 0 && !t.undated ? html`<p class="empty">No reports yet: add one to <code>seeds/</code> and build again.</p>` : ''}`;
  return page({ title: SITE_NAME, description: 'What Baku, Yerevan and international voices said about the Karabakh war, day by day and side by side, with links to every source paragraph.', path: '/', section: 'timeline', body }, ctx);
}
