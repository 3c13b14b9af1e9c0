/**
 * The site's view of the corpus: what each page displays, computed in `src/site/` so that
 * templates only loop and branch. Every `url` is site-relative and unprefixed (`/days/2020-11-04/`);
 * templates pass it through Eleventy's `url` filter, which adds the path prefix.
 */
import type { Side } from '../model.ts';

/** How a side is named on the site: labels and headings tell sides apart, never colour alone. */
export interface SideInfo {
  side: Side;
  /** Short label, e.g. `Baku`. */
  label: string;
  /** Who the label stands for, e.g. `Azerbaijani side`. */
  who: string;
  /** One sentence on what counts as this side. */
  description: string;
  /** Page of everything the side claimed. */
  url: string;
}

/** Where a place's claims are shown: its page's address, and whether they are on month pages of it. */
export interface PlaceHome {
  slug: string;
  byMonth: boolean;
}

/** A link to a page, with the words shown for it. */
export interface Link {
  url: string;
  label: string;
}

/** One claim as the site shows it. */
export interface ClaimView {
  /** The claim id. */
  id: string;
  /** Element id of the claim on day, side and place pages: `claim-<id>` (ids must start with a letter). */
  elementId: string;
  side: Side;
  /** The side's short label. */
  sideLabel: string;
  text: string;
  /** Who says it according to the report, or how the side was decided when nobody is named. */
  attribution: string;
  /** Live-page headline the claim sits under, if any. */
  headline: string | null;
  /** The outlet's background narration, shown folded. */
  background: boolean;
  /** The exact paragraph of the source report: `/reports/<id>/#<anchor>`. */
  sourceUrl: string;
  /** Words of the source link: the outlet, or the report's short title. */
  sourceLabel: string;
  /** Day page of the claim's report (the undated page when the report has no date). */
  day: Link;
  /** The places it mentions, each linked to the claim on its place's page (or month page). */
  places: Link[];
}

/** Claims of one side within a group (a day, a place on a day). */
export interface SideClaims {
  info: SideInfo;
  /** Claims in report order, background narration excluded. */
  claims: ClaimView[];
  /** Background narration, shown folded. */
  background: ClaimView[];
  /** All claims of the side, background included. */
  count: number;
}

/** A report as listed under a day or in the report index. */
export interface ReportLink {
  url: string;
  title: string;
  /** The outlet, when known. */
  publisher: string | null;
  dateLabel: string;
  claimCount: number;
}

/** The count and first line of one side on the home page. */
export interface SideSummary {
  info: SideInfo;
  count: number;
  /** The beginning of the side's first claim of the day, or null when the side said nothing. */
  firstLine: string | null;
}

/** One day on the home page. */
export interface DaySummary {
  /** Element id on the home page, target of the month/day index. */
  anchor: string;
  url: string;
  /** `Wednesday 4 November 2020`, or `Undated reports`. */
  label: string;
  /** Day of month for the index (`4`), or `Undated`. */
  shortLabel: string;
  reportCount: number;
  claimCount: number;
  sides: SideSummary[];
}

/** A month of the timeline. */
export interface MonthGroup {
  /** `2020-11` */
  key: string;
  /** Element id of the month heading. */
  anchor: string;
  /** `November 2020` */
  label: string;
  days: DaySummary[];
}

/** The home page. */
export interface Timeline {
  months: MonthGroup[];
  /** Reports without a date, shown last; null when every report is dated. */
  undated: DaySummary | null;
  reportCount: number;
  claimCount: number;
}

/** A day page: `/days/YYYY-MM-DD/` (or `/days/undated/`). */
export interface DayPage {
  /** `YYYY-MM-DD`, or null for the undated group. */
  date: string | null;
  url: string;
  label: string;
  columns: SideClaims[];
  claimCount: number;
  /** Neighbouring dated days; the undated page has none. */
  previous: Link | null;
  next: Link | null;
  reports: ReportLink[];
}

/** A piece of a report set aside by the extractor, shown folded on the report page. */
export interface SetAsideView {
  anchor: string;
  /** The reason as a short label, e.g. `site chrome`. */
  reasonLabel: string;
  explanation: string;
}

/** A report page: `/reports/<id>/`. */
export interface ReportPage {
  id: string;
  url: string;
  title: string;
  /** The title cut to a length that fits a browser tab and a link. */
  shortTitle: string;
  file: string;
  day: Link;
  /**
   * The days its claims are on, in date order, each with how many, when some claim is on
   * another day than the report's (a timeline's claims are on their headings' days); else empty.
   */
  claimDays: { day: Link; count: number }[];
  /** How the date was found, in plain words. */
  dateBasis: string;
  publisher: string | null;
  /** Original address of the report, when known (an external link). */
  originalUrl: string | null;
  sides: { info: SideInfo; count: number }[];
  claimCount: number;
  setAsideCount: number;
  warnings: string[];
  /** `textDigest` of the report's page text: the page's model holds the text only when it is rendered (`ReportPageText`). */
  textDigest: string;
}

/** A report page as the report template renders it. */
export interface ReportPageText extends ReportPage {
  /** The report text: every block keeps its id, claims carry side labels, set-aside pieces are folded. */
  html: string;
}

/** Claims of one day under one subject (a side, a place), in the subject's side columns. */
export interface DayClaims {
  day: Link;
  /** The sides shown: the side itself on a side's pages, all three (empty ones too) on a place's. */
  sides: SideClaims[];
}

/** Whose claims a month page shows: a side or a place, and its overview page. */
export interface MonthSubject {
  /** `Baku`, `Shusha`. */
  name: string;
  /** The overview page: `/sides/baku/`, `/places/shusha/`. */
  url: string;
  /** The side when the subject is one (its colour, its navigation entry); null for a place. */
  side: Side | null;
}

/** One month of a subject as its overview lists it. */
export interface MonthSummary {
  /** The month page. */
  url: string;
  /** `November 2020`, or `Undated reports`. */
  label: string;
  /** Claims per side shown, in display order (one entry on a side's overview). */
  sides: { info: SideInfo; count: number }[];
  /** All claims of the month, background included. */
  count: number;
}

/** A month page of a side or a place: `<overview>/<yyyy-mm>/`, or `<overview>/undated/` for claims without a date. */
export interface MonthPage {
  url: string;
  /** `YYYY-MM`, or null for the undated claims. */
  month: string | null;
  /** `November 2020`, or `Undated reports`. */
  label: string;
  subject: MonthSubject;
  /** All claims of the page, background included. */
  count: number;
  /** The month's days in date order, with their claims; empty when the days are listed instead (`dayList`). */
  days: DayClaims[];
  /**
   * The month's days as links to the subject's part of each day's page, in date order, when
   * the month has more claims than one page shows (`SIDE_MONTH_MAX_CLAIMS`); empty otherwise.
   */
  dayList: MonthDay[];
  /** The subject's neighbouring dated months; the undated page has none. */
  previous: Link | null;
  next: Link | null;
}

/** One day of a month page that lists its days: a link to the subject's section of the day's page, with its count and first line. */
export interface MonthDay {
  /** `/days/2020-10-05/#side-baku`. */
  url: string;
  /** `Monday 5 October 2020`, or `Undated reports`. */
  label: string;
  /** The subject's claims that day, background included. */
  count: number;
  /** The beginning of its first claim of the day (background only when there is nothing else). */
  firstLine: string;
}

/** A side's overview: `/sides/<side>/`; its claims are on its month pages. */
export interface SidePage {
  info: SideInfo;
  count: number;
  /** Months in date order, undated last. */
  months: MonthSummary[];
}

/** A place page: `/places/<slug>/`, with all its claims, or an overview of its month pages when it has many. */
export interface PlacePage {
  slug: string;
  url: string;
  name: string;
  /** Other names the place goes by (each side's name, transliterations). */
  aliases: string[];
  /** Where it lies, when the gazetteer knows it. */
  region: string | null;
  count: number;
  /** Its claims by day (timeline order); empty when they are split into month pages. */
  days: DayClaims[];
  /** Its month pages, in date order, undated last; empty when the claims are all on this page. */
  months: MonthSummary[];
}

/** Figures and tables for the about/method page. */
export interface MethodFacts {
  reportCount: number;
  dayCount: number;
  claimCount: number;
  undatedReportCount: number;
  /** Reports whose year was inferred from their neighbours. */
  inferredYearCount: number;
  /** Who counts as which side, from the actor table, per side. */
  actors: { info: SideInfo; labels: string[] }[];
}

/**
 * The pages of each paginated template a build renders: all of them, except the pages reused
 * unchanged from the previous build (src/reuse-output.ts). Such a page shows its model, the
 * origin and the path prefix, and nothing else, so whether it changed is known from those
 * alone: from its plan's key (`PagePlan`), the site version and the build's options.
 */
export interface PagesToRender {
  reports: ReportPageText[];
  days: DayPage[];
  places: PlacePage[];
  sides: SidePage[];
  sideMonths: MonthPage[];
  placeMonths: MonthPage[];
}

/** The pages chosen to render, before the report pages are given their text. */
export type PagesSelected = Omit<PagesToRender, 'reports'> & { reports: ReportPage[] };

/**
 * A page of a paginated template, known by what it is made of before its model is built: a
 * rebuild builds the models of the pages that changed only, and a build holds the models of
 * the pages it is rendering only.
 */
export interface PagePlan<M> {
  /** Where the page is written (its model's URL, `PAGE_URL`). */
  url: string;
  /**
   * A digest of everything the model is made of (report digests, claim ids, neighbours'
   * dates, place homes): plans with equal keys build equal models.
   */
  key: string;
  /** Roughly how much HTML the page makes, in claims shown (~0.6–1 KB each; `renderPasses`). */
  weight: number;
  build(): M;
}

/** The pages of each paginated template, as plans. */
export type PagePlans = { [K in keyof PagesSelected]: PagePlan<PagesSelected[K][number]>[] };

/** A place as the list of places shows it. */
export interface PlaceSummary {
  url: string;
  name: string;
  region: string | null;
  count: number;
}

/** Everything the templates display, but the pages of paginated templates. */
export interface SiteGlobals {
  /** Origin the site is published at (`https://example.org`), for canonical links; null when unknown. */
  origin: string | null;
  sides: SideInfo[];
  timeline: Timeline;
  reportIndex: ReportLink[];
  /** Every place, by name. */
  placeIndex: PlaceSummary[];
  method: MethodFacts;
}

/** The site: what every template displays, and the plans of the pages of paginated ones. */
export interface SiteModel extends SiteGlobals {
  pages: PagePlans;
}

/** Everything the templates display: the `site` global. */
export interface SiteData extends SiteGlobals {
  /** The pages of each paginated template that this build renders. */
  render: PagesToRender;
}
