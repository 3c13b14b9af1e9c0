import type { Entities } from '../hash-json.ts';
import { sha256 } from '../sha256.ts';
import type { Claim, Report } from '../model.ts';
import { excerpt } from './excerpt.ts';
import { shortDayLabel } from './format-date.ts';
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

/** The page of the day a report is about (or of the undated reports). */
export function dayLink(date: string | null): Link {
  return date === null ? { url: '/days/undated/', label: 'Undated reports' } : { url: `/days/${date}/`, label: shortDayLabel(date) };
}

/** The link to a place page. */
export function placeUrl(slug: string): string {
  return `/places/${slug}/`;
}

/**
 * Where a claim stands on its place's page: the place's page, or the month page of the claim's
 * day when the place's claims are split by month (`/places/agdam/2020-10/#claim-…`), so that a
 * reader lands on what every side said about the place that day.
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
/** A digest of everything a report's views are made of, by the list of those views. */
const VIEWS_DIGEST = new WeakMap<readonly ClaimView[], string>();

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
  if (!report) throw new Error(`Claim ${claim.id} names report ${claim.reportId}, which is not in the corpus.`);
  const whole = report.claims.includes(claim);
  const claims = whole ? report.claims : [claim];
  const homes = new Map(claims.flatMap((c) => c.places).map((name) => [name, homeOf(name, ctx)]));
  const made = claims.map((c) => makeView(c, report, c.places.map((name) => placeClaimUrl(homes.get(name)!, report.date, c.id))));
  made.forEach((view, i) => {
    views.set(claims[i]!, view);
    REPORT_VIEWS.set(view, made);
  });
  // `makeView` sees the report and the place links only, and the links are made from the
  // report (its date, the claims' ids) and the places' homes: these stand for the whole list.
  const digest = ctx.reportDigests.get(report.id);
  if (whole && digest !== undefined) VIEWS_DIGEST.set(made, sha256(digest, JSON.stringify([...homes])));
  return views.get(claim)!;
}

/**
 * How page fingerprints (src/reuse-output.ts) hash claim views: the views of a report's claims
 * as one list (10,000 lists instead of 216,741 views for the generated 10,000 reports), a view
 * standing for the list's digest and its place in it. That digest is made from the report's
 * digest and its places' homes, what the views are made of, instead of from the views' JSON
 * (~0.9 s of a 10,000-report rebuild).
 */
export const VIEW_GROUPS: Omit<Entities, 'digests'> = {
  groupOf: (view) => REPORT_VIEWS.get(view as ClaimView),
  digestOf: (group) => VIEWS_DIGEST.get(group as readonly ClaimView[]),
};

/**
 * A claim as it is shown: made from the claim, its report and the links of its places, and
 * from nothing else (`claimView` digests a report's views from exactly these). A new input
 * must be a parameter here, and join that digest.
 */
function makeView(claim: Claim, report: Report, placeLinks: readonly string[]): ClaimView {
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
    places: claim.places.map((name, i) => ({ url: placeLinks[i]!, label: name })),
  };
}

function homeOf(name: string, ctx: ClaimContext): PlaceHome {
  const home = ctx.places.get(name);
  if (home === undefined) throw new Error(`Place "${name}" has no page address; place homes must be computed over every claim.`);
  return home;
}
