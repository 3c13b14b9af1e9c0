/**
 * Every type shared between pipeline stages, in one place.
 *
 * read seeds → parse (remark) → extract (dates, claims, sides, places) → group (days) → render (Eleventy)
 *
 * Field names of `Report`, `Claim`, `Day` and `Records` are the public records export
 * (`data/records.json`, described by `schema/records.schema.json`): rename nothing there.
 */

import type { ExtractedReport } from './extract-report.ts';
import type { PartialDate } from './find-report-date.ts';

/** Who a claim comes from. */
export type Side = 'baku' | 'yerevan' | 'international';

/** The three sides in display order: Baku | Yerevan | International. */
export const SIDES: readonly Side[] = ['baku', 'yerevan', 'international'];

/** A problem found in the input, with its place, in the manner of vfile messages. */
export interface Diagnostic {
  /** Path of the seed relative to the seeds folder (or the folder itself for corpus-wide problems). */
  file: string;
  /** 1-based line, when known. */
  line: number | null;
  /** 1-based column, when known. */
  column: number | null;
  /** Short stable rule id, e.g. `date-year-inferred`. */
  ruleId: string;
  /** `error` stops the build; `warning` is printed and kept on the report. */
  severity: 'error' | 'warning';
  /** What happened, in one sentence. */
  message: string;
  /** What to do next, when there is something to do. */
  hint: string | null;
  /** Stack trace of an internal failure (a bug, not a problem of the input), printed only with `--debug`. */
  stack?: string;
}

/** Optional YAML front matter of a report, validated. */
export interface FrontMatter {
  /** Overrides the title found in the text. */
  title: string | null;
  /** The day the report is about, `YYYY-MM-DD`. */
  date: string | null;
  /** Original address of the report. */
  url: string | null;
  /** The outlet that published it. */
  publisher: string | null;
}

/** Stage 1 output: one seed file, decoded. */
export interface SourceFile {
  /** Path relative to the seeds folder, `/`-separated. */
  file: string;
  /** The text after decoding (BOM removed, line endings normalised to `\n`). */
  text: string;
}

/**
 * A seed file as listed for a build: its text, or null when the text is not held (the build
 * reads it again only if its report must be processed; `readSeeds`).
 */
export interface SeedFile {
  file: string;
  /** `digestText` of the text: it stands for the text in cache keys. */
  digest: string;
  text: string | null;
}

/** What a block is, after the layout of the page has been read. */
export type BlockKind =
  /** A bullet (`•`, `-`, `*`, or one of several run together on a line). */
  | 'bullet'
  /** A prose paragraph. */
  | 'paragraph'
  /** A short line that heads what follows (section header or live-page headline). */
  | 'heading'
  /** A line holding only a separator (`-`, `___`) between live-page items. */
  | 'separator'
  /** The header row of a pipe table: the names of its columns. */
  | 'table-head'
  /** A row of a pipe table, or one cell of it under a column that names a side (see `table-units`). */
  | 'table-row';

/** One paragraph, bullet or heading of a report, with the id it carries on the report page. */
export interface Block {
  /** Element id on the report page (`p3`), unique within the report. */
  id: string;
  kind: BlockKind;
  /** Plain text of the block. */
  text: string;
  /** 1-based line in the original file. */
  line: number;
  /** The side a table gives the row: its column ("Baku says") or its source cell ("Yerevan"). As a section header does, it rules the claim's side. */
  side?: Side;
  /** The day a table row's date cell names ("Oct 17" under "Date"): the day of the claims read from it, as a date heading's is. */
  day?: PartialDate;
  /** A Markdown heading's level (1 for `#`, 2 for `##` or a wiki's `== … ==`); absent for every other block, a heading of plain text too. */
  depth?: number;
  /** A chat message's stamp, taken out of its text ("10/5/20, 09:02"): when it was sent. */
  sentAt?: string;
  /** An item of a numbered list ("1. …", "7. …"); absent for every other block. */
  numbered?: true;
  /** A quotation set off as a block (Markdown's `> …`); absent for every other block. */
  quoted?: true;
}

/** Why a piece of a report is not a claim. */
export type SetAsideReason =
  | 'title'
  | 'dateline'
  | 'byline'
  | 'heading'
  | 'chrome'
  | 'teaser'
  | 'caption'
  | 'credit'
  | 'link'
  | 'separator';

/** A piece of a report that is not a claim, kept so that nothing is silently lost. */
export interface SetAside {
  /** Id of its element on the report page. */
  anchor: string;
  text: string;
  reason: SetAsideReason;
  /** The reason in plain words, for the report page. */
  explanation: string;
  line: number;
}

/** One statement of one side, as a report states it. */
export interface Claim {
  /** Unique and stable across builds: `<reportId>-<anchor>-<n>`. */
  id: string;
  reportId: string;
  /** Id of its paragraph on the report's page. */
  anchor: string;
  /** Ids of every block its text comes from (a live-page item can span paragraphs); the first is `anchor`. */
  spans: readonly string[];
  side: Side;
  /** The claim as the report states it, plain text. */
  text: string;
  /** Who says it, when the text says so. */
  attribution: string | null;
  /** Canonical names of the places it mentions. */
  places: readonly string[];
  /** The outlet's own background narration ("Since September 27 …"), folded on the site. */
  background: boolean;
  /** How the side was decided: a section header, the speaker, an earlier speaker, or the outlet's narration. */
  sideBasis: 'header' | 'speaker' | 'context' | 'narration';
  /** Headline of the live-page item it belongs to, if any. */
  headline: string | null;
  /** 1-based line in the seed file. */
  line: number;
  /**
   * The day the claim is about, `YYYY-MM-DD`, or null (the undated group): its report's date,
   * unless a date heading or a dated item stamp above it ("=== 5 October ===", "October 5, 00:10")
   * names another day, as in a timeline, a digest of several days or a live page running past
   * midnight. The claim is grouped, and written in `records.json`, under this day.
   */
  date: string | null;
}

/**
 * The day a section of a report is about, as its date heading or dated stamp writes it (maybe
 * without a year, maybe a day that does not exist, such as 31 September), and the line of that
 * heading or stamp. Extraction leaves it on each claim under it; the corpus stage resolves it.
 */
export interface SectionDay extends PartialDate {
  line: number;
}

/** How the report date was found, from most to least certain. */
export type DateSource = 'front-matter' | 'iso-line' | 'dateline' | 'phrase' | 'title' | 'mentioned' | 'none';

/** A report after extraction: the unit of the report page. */
export interface Report {
  /** URL-safe, unique across the corpus. */
  id: string;
  /** Path relative to the seeds folder. */
  file: string;
  title: string;
  /** The day the report is about, or null when no date could be found. */
  date: string | null;
  dateSource: DateSource;
  url: string | null;
  publisher: string | null;
  /** Warnings about this report, in plain words (also printed by the build). */
  warnings: string[];
  claims: Claim[];
  setAside: SetAside[];
}

/** Claims of one day, grouped by side. */
export interface Day {
  /** `YYYY-MM-DD`, or null for the undated group. */
  date: string | null;
  /** Ids of the reports about this day, and of the reports with a claim on this day (a timeline's section of it), ascending. */
  reports: string[];
  claims: Record<Side, Claim[]>;
}

/** Reports and days of the corpus as the site uses them (each report holds its claims, each day them again by side). */
export interface Records {
  schemaVersion: 1;
  reports: Report[];
  days: Day[];
}

/**
 * A report as `data/records.json` holds it: its claims are listed by id only, because each
 * claim is written in full once, under its day and side. Every other field is the report's.
 */
export interface ExportedReport extends Omit<Report, 'claims'> {
  /** Ids of its claims in reading order; the claims themselves are in `days[].claims`. */
  claimIds: string[];
}

/** The records export, `data/records.json`, as written and as outside readers parse it. */
export interface RecordsExport {
  /** Bumped when a required field is renamed or removed. */
  schemaVersion: 1;
  /** Every report, in file order. */
  reports: ExportedReport[];
  /** Days ascending, the undated group last, each with its claims in full by side. */
  days: Day[];
}

/** What the report cache did during one build (returned by the build, printed by the CLI). */
export interface CacheStats {
  /** Reports whose stored result was used: not parsed. */
  hits: number;
  /** Reports processed because no valid entry was stored. */
  misses: number;
  /** Entries found but refused (corrupt, truncated, or not matching their key); counted in `misses` too. */
  rejected: number;
  /** Entries stored by this build. */
  written: number;
  /** Entries deleted because this build no longer needs them. */
  pruned: number;
}

/** What the build did with the pages of one paginated template (reports, days …) of the previous site. */
export interface PageStats {
  /** Pages rendered by this build. */
  rendered: number;
  /** Pages kept unchanged from the previous build, not rendered. */
  reused: number;
}

/**
 * What the corpus stage needs of one processed report, cached per file: its extraction, and a
 * digest standing for its page text, which is kept apart (`PageTexts`) so that a rebuild reads
 * the text of the few reports whose page it renders, not of all of them.
 */
export interface ReportResult {
  extracted: ExtractedReport;
  /** sha256 (hex) of the report page's text: the page depends on the text only through it. */
  textDigest: string;
}

/** The per-file stage's output as it travels from a worker and is stored: the result as JSON text, and the page text. */
export interface ReportOutput {
  /** `JSON.stringify` of the `ReportResult`. */
  result: string;
  /** sha256 (hex) of `result`: it stands for the result in later stages (equal digests, equal results). */
  digest: string;
  text: string;
}

/** The page texts of a corpus's reports (the report text as its page shows it), by corpus index. */
export interface PageTexts {
  /** `ReportResult.textDigest` of each report, in corpus order. */
  readonly digests: readonly string[];
  /** The page text of report `index`, from memory or from the cache. */
  text(index: number): Promise<string>;
}
