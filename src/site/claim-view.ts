import { sha256 } from '../sha256.ts';
import type { Claim, Report } from '../model.ts';
import { excerpt } from './excerpt.ts';
import { shortDayLabel, UNDATED_LABEL } from './format-date.ts';
import { sideInfo } from './side-info.ts';
import type { ClaimView, Link, PlaceHome } from './site-model.ts';

/** What a claim view needs to know about the rest of the site. */
export interface ClaimContext {
  reportsById: ReadonlyMap<string, Report>;
  /** `Corpus.reportDigests`, by report id: what a report's views are made of, but their place links. */
  reportDigests: ReadonlyMap<string, string>;
  /** Every place a claim names (`placeHomes`). */
  places: ReadonlyMap<string, PlaceHome>;
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

/** The page of a day (or of the undated reports). */
export function dayLink(date: string | null): Link {
  return date === null ? { url: '/days/undated/', label: UNDATED_LABEL } : { url: `/days/${date}/`, label: shortDayLabel(date) };
}

/** Prefix of the element id of a side's section on a day page (`side-baku`), where a side's listed month links to. */
export const DAY_SIDE_ID_PREFIX = 'side-';

/** The link to a place page. */
export function placeUrl(slug: string): string {
  return `/places/${slug}/`;
}

/**
 * Where a claim stands on its place's page: the place's page, or the month page of the claim's
 * day when the place's claims are split by month (`/places/agdam/2020-10/#claim-…`), so that a
 * reader lands on what every side said about the place that day. The claim's own day
 * (`Claim.date`), not its report's: a timeline's claims are on the days of its headings.
 */
function placeClaimUrl(home: PlaceHome, date: string | null, claimId: string): string {
  const page = home.byMonth ? `${placeUrl(home.slug)}${date === null ? 'undated' : date.slice(0, 7)}/` : placeUrl(home.slug);
  return `${page}#${claimElementId(claimId)}`;
}

/** A report's title cut to fit a tab or a link. */
export function shortTitle(title: string): string {
  return excerpt(title, SOURCE_TITLE_CHARS);
}

/** Element id of a claim on day, side and place pages. */
export function claimElementId(claimId: string): string {
  return `claim-${claimId}`;
}

/** The source every claim of a report names, made once per report (each claim is viewed on three pages). */
const SOURCE_LABELS = new WeakMap<Report, string>();

function sourceLabel(report: Report): string {
  let label = SOURCE_LABELS.get(report);
  if (label === undefined) SOURCE_LABELS.set(report, (label = report.publisher ?? shortTitle(report.title)));
  return label;
}

/**
 * One claim as day, side and place pages show it. Made anew for each page: a build holds the
 * views of the pages it is rendering only (all of them were ~100 MB at 10,000 reports).
 */
export function claimView(claim: Claim, ctx: ClaimContext): ClaimView {
  const report = ctx.reportsById.get(claim.reportId);
  if (!report) throw new Error(`Claim ${claim.id} names report ${claim.reportId}, which is not in the corpus.`);
  return makeView(claim, report, claim.places.map((name) => placeClaimUrl(homeOf(name, ctx), claim.date, claim.id)));
}

/** Digests of what a report's views are made of, by context and report id. */
const VIEWS_DIGESTS = new WeakMap<ClaimContext, Map<string, string>>();

/**
 * What the views of `claims` are made of, as part of a page's key (`PagePlan`): each claim's
 * id and, each time the report changes, a digest of the report and of the homes of its
 * places, joined by NUL. A view is made from its claim, its report and its places' links
 * (`makeView`), and the links from the claim's day and the homes (the report's digest covers
 * its claims' days): equal keys, equal views in the same order. One string, not a list: a
 * month page can show more claims than a function call takes arguments.
 */
export function viewKey(claims: readonly Claim[], ctx: ClaimContext): string {
  let digests = VIEWS_DIGESTS.get(ctx);
  if (digests === undefined) VIEWS_DIGESTS.set(ctx, (digests = new Map()));
  const parts: string[] = [];
  let last: string | null = null;
  for (const claim of claims) {
    if (claim.reportId !== last) {
      last = claim.reportId;
      parts.push(`@${digests.get(last) ?? viewsDigest(last, ctx, digests)}`);
    }
    parts.push(claim.id);
  }
  return parts.join('\0');
}

function viewsDigest(reportId: string, ctx: ClaimContext, digests: Map<string, string>): string {
  const report = ctx.reportsById.get(reportId);
  const digest = ctx.reportDigests.get(reportId);
  if (!report || digest === undefined) throw new Error(`A claim names report ${reportId}, which is not in the corpus.`);
  const homes = new Map(report.claims.flatMap((c) => c.places).map((name) => [name, homeOf(name, ctx)]));
  const made = sha256(digest, JSON.stringify([...homes]));
  digests.set(reportId, made);
  return made;
}

/**
 * A claim as it is shown: made from the claim, its report and the links of its places, and
 * from nothing else (`viewKey` digests a report's views from exactly these). A new input
 * must be a parameter here, and join that digest.
 */
function makeView(claim: Claim, report: Report, placeLinks: readonly string[]): ClaimView {
  const info = sideInfo(claim.side);
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
    sourceLabel: sourceLabel(report),
    // The claim's own day: in a timeline it is not its report's.
    day: dayLink(claim.date),
    places: claim.places.map((name, i) => ({ url: placeLinks[i]!, label: name })),
  };
}

function homeOf(name: string, ctx: ClaimContext): PlaceHome {
  const home = ctx.places.get(name);
  if (home === undefined) throw new Error(`Place "${name}" has no page address; place homes must be computed over every claim.`);
  return home;
}
