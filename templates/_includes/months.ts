import { countLabel } from '../../src/site/count-label.ts';
import { html, type SafeHtml } from '../../src/site/html.ts';
import type { PageContext } from '../../src/site/layout.ts';
import type { DayClaims, MonthDay, MonthPage, MonthSubject, MonthSummary, SideInfo } from '../../src/site/site-model.ts';
import { backgroundFold, claimList, sideSection } from './claims.ts';

/** Markup of a subject's claims by day and month, shared by side and place pages. */

/**
 * A subject's claims day by day: a side's in one list per day, a place's in the three side
 * columns (each day's heading names its sections, so their accessible names are unique).
 */
export function daySections(days: readonly DayClaims[], subject: MonthSubject, ctx: PageContext): SafeHtml {
  const { href } = ctx;
  return html`${days.map(
    (d, i) => html`<section class="${subject.side ? `side-day side-${subject.side}` : 'place-day'}" aria-labelledby="day-${i}">
<h2 id="day-${i}"><a href="${href(d.day.url)}">${d.day.label}</a></h2>
${
  subject.side
    ? d.sides.map((s) => html`${s.claims.length > 0 ? claimList(s.claims, ctx) : ''}
${backgroundFold(s.background, ctx)}`)
    : html`<div class="columns">
${d.sides.map((s) => sideSection(s, 'h3', `day-${i}-`, ctx, `day-${i}`, `Nothing from ${s.info.label} about ${subject.name} that day.`))}
</div>`
}
</section>
`,
  )}`;
}

/** The body of a month page: where it sits, its month, the months around it, its days. */
export function monthBody(month: MonthPage, crumb: { url: string; label: string }, lede: string, ctx: PageContext): SafeHtml {
  const { href } = ctx;
  const { subject } = month;
  const nav = html`<nav class="day-nav" aria-label="Previous and next month">
${month.previous ? html`<a class="previous" href="${href(month.previous.url)}" rel="prev"><span aria-hidden="true">←</span> Previous month: ${month.previous.label}</a>` : ''}
${month.next ? html`<a class="next" href="${href(month.next.url)}" rel="next">Next month: ${month.next.label} <span aria-hidden="true">→</span></a>` : ''}
</nav>`;
  return html`<p class="breadcrumb"><a href="${href(crumb.url)}">${crumb.label}</a> › <a href="${href(subject.url)}">${subject.name}</a></p>
<h1${subject.side ? html` class="side-${subject.side}"` : ''}>${subject.side ? html`<span class="side-name">${subject.name}</span>` : subject.name}: ${month.label}</h1>
<p class="lede">${lede}</p>
${month.previous || month.next ? nav : ''}
${month.dayList.length > 0 ? dayList(month.dayList, subject, ctx) : daySections(month.days, subject, ctx)}`;
}

/** A busy month's days, each a link to the subject's section of the day's page, with its count and first line. */
function dayList(days: readonly MonthDay[], subject: MonthSubject, { href }: PageContext): SafeHtml {
  return html`<ol class="month-days">
${days.map((d) => html`<li class="month-day${subject.side ? ` side-${subject.side}` : ''}"><a href="${href(d.url)}">${d.label}</a> <span class="count">${countLabel(d.count, 'claim')}</span>
<span class="first-line">${d.firstLine}</span></li>
`)}</ol>`;
}

/** A side's months as a list, each with its claim count. */
export function monthList(months: readonly MonthSummary[], { href }: PageContext): SafeHtml {
  return html`<ul class="month-list">
${months.map((m) => html`<li><a href="${href(m.url)}">${m.label}</a> <span class="count">${countLabel(m.count, 'claim')}</span></li>
`)}</ul>`;
}

/** A place's months as a table of claims by side, so that who spoke when shows at a glance. */
export function monthTable(months: readonly MonthSummary[], sides: readonly SideInfo[], caption: string, { href }: PageContext): SafeHtml {
  return html`<table class="month-table">
<caption>${caption}</caption>
<thead><tr><th scope="col">Month</th>${sides.map((s) => html`<th scope="col">${s.label}</th>`)}<th scope="col">All sides</th></tr></thead>
<tbody>
${months.map((m) => html`<tr><th scope="row"><a href="${href(m.url)}">${m.label}</a></th>${m.sides.map((s) => html`<td>${s.count}</td>`)}<td>${m.count}</td></tr>
`)}</tbody>
</table>`;
}
