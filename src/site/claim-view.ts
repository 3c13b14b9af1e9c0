import type { Claim, Report } from '../model.ts';
import { excerpt } from './excerpt.ts';
import { shortDayLabel } from './format-date.ts';
import { sideInfo } from './side-info.ts';
import type { ClaimView, Link } from './site-model.ts';

/** What a claim view needs to know about the rest of the site. */
export interface ClaimContext {
  reportsById: ReadonlyMap<string, Report>;
  placeSlugs: ReadonlyMap<string, string>;
}

/** Longest report title shown in a source link before it is cut. */
const SOURCE_TITLE_CHARS = 60;

/** When no speaker is named, the reader is told how the side was decided instead. */
const BASIS: Record<Claim['sideBasis'], (sideLabel: string) => string> = {
  header: (label) => `No speaker named; listed under the report’s ${label} section`,
  speaker: () => 'Speaker named in the report',
  context: () => 'No speaker named; continues the speaker before it',
  narration: () => 'The outlet’s own narration',
};

/** The page of the day a report is about (or of the undated reports). */
export function dayLink(date: string | null): Link {
  return date === null ? { url: '/days/undated/', label: 'Undated reports' } : { url: `/days/${date}/`, label: shortDayLabel(date) };
}

/** The link to a place page. */
export function placeUrl(slug: string): string {
  return `/places/${slug}/`;
}

/** A report's title cut to fit a tab or a link. */
export function shortTitle(title: string): string {
  return excerpt(title, SOURCE_TITLE_CHARS);
}

/** Element id of a claim on day, side and place pages. */
export function claimElementId(claimId: string): string {
  return `claim-${claimId}`;
}

/** What every claim of a report shows of it, made once per report (each claim is viewed on three pages). */
const REPORT_PARTS = new WeakMap<Report, { sourceLabel: string; day: Link }>();

function reportParts(report: Report): { sourceLabel: string; day: Link } {
  let parts = REPORT_PARTS.get(report);
  if (parts === undefined) {
    parts = { sourceLabel: report.publisher ?? shortTitle(report.title), day: dayLink(report.date) };
    REPORT_PARTS.set(report, parts);
  }
  return parts;
}

/** Views made in a context, by claim: each claim shows on its day, side and place pages. */
const VIEWS = new WeakMap<ClaimContext, WeakMap<Claim, ClaimView>>();
/** Each view's report's views, in claim order. */
const REPORT_VIEWS = new WeakMap<ClaimView, readonly ClaimView[]>();

/**
 * One claim as day, side and place pages show it. The same object on every page (views are
 * never changed once made): made once, and fingerprinted once (src/hash-json.ts). The views
 * of a report's claims are made together, so that they can be fingerprinted together.
 */
export function claimView(claim: Claim, ctx: ClaimContext): ClaimView {
  let views = VIEWS.get(ctx);
  if (views === undefined) VIEWS.set(ctx, (views = new WeakMap()));
  const known = views.get(claim);
  if (known !== undefined) return known;
  const report = ctx.reportsById.get(claim.reportId);
  const claims = report?.claims.includes(claim) ? report.claims : [claim];
  const made = claims.map((c) => makeView(c, ctx));
  made.forEach((view, i) => {
    views.set(claims[i]!, view);
    REPORT_VIEWS.set(view, made);
  });
  return views.get(claim)!;
}

/**
 * The views of all claims of `view`'s report, in order. A page fingerprint hashes them as one
 * text per report (10,000 sha256 instead of 216,741 for the generated 10,000 reports): a view stands for
 * that digest and its place in the list.
 */
export function reportViews(view: object): readonly object[] | undefined {
  return REPORT_VIEWS.get(view as ClaimView);
}

function makeView(claim: Claim, ctx: ClaimContext): ClaimView {
  const report = ctx.reportsById.get(claim.reportId);
  if (!report) throw new Error(`Claim ${claim.id} names report ${claim.reportId}, which is not in the corpus.`);
  const info = sideInfo(claim.side);
  const { sourceLabel, day } = reportParts(report);
  return {
    id: claim.id,
    elementId: claimElementId(claim.id),
    side: claim.side,
    sideLabel: info.label,
    text: claim.text,
    attribution: claim.attribution ?? BASIS[claim.sideBasis](info.label),
    headline: claim.headline,
    background: claim.background,
    sourceUrl: `/reports/${report.id}/#${claim.anchor}`,
    sourceLabel,
    day: { ...day },
    places: claim.places.map((name) => ({ url: placeUrl(slugOf(name, ctx)), label: name })),
  };
}

function slugOf(name: string, ctx: ClaimContext): string {
  const slug = ctx.placeSlugs.get(name);
  if (slug === undefined) throw new Error(`Place "${name}" has no page address; place slugs must be computed over every claim.`);
  return slug;
}
