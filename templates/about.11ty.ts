import { countLabel } from '../src/site/count-label.ts';
import { html } from '../src/site/html.ts';
import { page, pageContext, SITE_NAME, type EleventyThis } from '../src/site/layout.ts';
import type { SiteData } from '../src/site/site-model.ts';

interface Data {
  site: SiteData;
}

export const data = { permalink: '/about/index.html' };

export function render(this: EleventyThis, { site }: Data): string {
  const ctx = pageContext(this, site);
  const { href } = ctx;
  const m = site.method;
  const body = html`<div class="prose">
<h1>How this timeline is made</h1>
<p class="lede">${SITE_NAME} is generated from ${countLabel(m.reportCount, 'report')} by a program, not written by an editor. It covers ${countLabel(m.dayCount, 'day')} and holds ${countLabel(m.claimCount, 'claim')}. This page says how the program decides, and where it can be wrong.</p>

<section aria-labelledby="claims-heading">
<h2 id="claims-heading">What a claim is</h2>
<p>A claim is one statement as a report gives it: a bullet of a daily overview, a row of a table, the paragraphs under one headline of a live page, or one sentence of a wire story. A claim is what someone <em>said</em>. Nothing here is checked against other sources; the point of the site is to put the sides’ versions next to each other.</p>
<p>What is not a statement is set aside and shown folded on the report’s page, with the reason: the title, the dateline and byline, the news site’s own chrome (“sign up for notifications”), teasers for other stories, photo captions, credit lines and bare links. Nothing is dropped without a trace.</p>
</section>

<section aria-labelledby="dates-heading">
<h2 id="dates-heading">How the day is decided</h2>
<p>Each report is placed on one day, found in this order, from the most to the least certain:</p>
<ol>
<li>a date the editor wrote in the file’s front matter (<code>date: 2020-11-04</code>);</li>
<li>a date line at the top of the text;</li>
<li>the report’s dateline (“Thursday 29 October 2020 13:08 GMT”);</li>
<li>a phrase in the title or a heading that says which day is covered (“overview as of November 4”);</li>
<li>any date in the title;</li>
<li>the latest date the text mentions.</li>
</ol>
<p>When a report gives a day without a year, the year is taken from the dated reports nearest to it, and the build warns about it (${countLabel(m.inferredYearCount, 'report')} here). Each report’s page says how its date was found. A report with no date at all is not guessed onto a day: it is listed under “Reports without a date” at the end of the timeline (${countLabel(m.undatedReportCount, 'report')} here).</p>
<p>A claim is on its report’s day, unless the report is cut into days: a timeline with a heading per date (“5 October”), a digest with a section per day, a live page whose items run past midnight under dated stamps (“October 6, 00:10”). Then each claim is on the day of the heading or stamp above it, the year being the one nearest to the report’s date, and the report is listed on each of those days; its page lists them too. A time alone changes nothing.</p>
</section>

<section aria-labelledby="sides-heading">
<h2 id="sides-heading">How the side is decided</h2>
<p>Every claim belongs to one of three sides:</p>
<ul>
${site.sides.map((s) => html`<li><a href="${href(s.url)}">${s.label}</a> (${s.who}): ${s.description}</li>
`)}</ul>
<p>The side comes from, in this order:</p>
<ol>
<li><strong>a section header</strong> of the report, such as “Information from Baku”, or a table’s column, such as “Baku says”: everything under it is that side’s;</li>
<li><strong>the speaker</strong> named next to a verb of speech (“…, the Azerbaijani Defense Ministry said”) or as the label of a paragraph (“Baku: …”, “… (Azerbaijani Defense Ministry)”, “Source: Armenpress”), looked up in the table below; words inside quotation marks are never taken for the speaker;</li>
<li><strong>the speaker before</strong>, when a sentence refers back (“he added”, “the ministry said”);</li>
<li>otherwise the claim is <strong>the outlet’s own narration</strong> and counts as International.</li>
</ol>
<p>On a day page, each claim says which of these applied when no speaker is named. The outlet’s background (“since September 27 …”, totals, the history of the truces) is folded under each column, so that the day’s news comes first.</p>
<details class="actors">
<summary>Who counts as which side (the program’s table)</summary>
${m.actors.map((a) => html`<h3>${a.info.label}</h3>
<ul class="actor-list">${a.labels.map((l) => html`<li>${l}</li>`)}</ul>
`)}</details>
</section>

<section aria-labelledby="places-heading">
<h2 id="places-heading">How places are found</h2>
<p>Places come from a table of the towns, villages and districts of the conflict area with every name each side uses (Shusha and Shushi, Khankendi and Stepanakert), so that both sides’ claims about one place meet on <a href="${href('/places/')}">one page</a>. Villages missing from the table are still found when the text says “the village of …”.</p>
</section>

<section aria-labelledby="limits-heading">
<h2 id="limits-heading">Limits</h2>
<ul>
<li>The program reads English text with rules, not understanding. An unusual sentence can get the wrong speaker, and so the wrong side; the link under every claim leads to the paragraph it comes from, so that you can check.</li>
<li>A sentence that reports what another side said (“Baku denied Yerevan’s report”) belongs to the side that speaks, not to the side it mentions.</li>
<li>A day is the day a report covers, not the day each event happened; a report that looks back files its events under its own day.</li>
<li>Places outside the table are found only in the “village of …” pattern; a place named in another way is missed.</li>
<li>Years and dates inferred from neighbouring reports are flagged when the site is built, but can be wrong for a corpus that spans a new year with few dated reports.</li>
</ul>
</section>

<section aria-labelledby="data-heading">
<h2 id="data-heading">The data</h2>
<p><a href="${href('/data/records.json')}" download>Download the data</a>: every report, claim and day as JSON (<code>records.json</code>), with each claim’s side, speaker, places, and the paragraph it comes from.</p>
</section>
</div>`;
  return page({ title: 'How this timeline is made', description: 'How the Karabakh timeline decides the day and the side of every claim, in plain words, with its limits.', path: '/about/', section: 'about', body }, ctx);
}
