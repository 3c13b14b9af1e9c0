import * as chrono from 'chrono-node';
import { isoDay, isRealDate } from './calendar.ts';
import type { DateSource } from './model.ts';

/** A date as a report gives it: the year may be missing ("Overview as of November 4"). */
export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
  /** The words the date was read from. */
  text: string;
}

export interface DateFinding {
  date: PartialDate | null;
  source: DateSource;
}

/** One block offered to the date finder, with what the classifier made of it. */
export interface DateCandidate {
  text: string;
  /** title, heading, dateline, or body text. */
  place: 'title' | 'heading' | 'dateline' | 'body';
}

// chrono resolves a missing year against this instant; we discard implied years, and a fixed
// reference keeps the machine's clock out of the output.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** Words that say the date which follows is the day the report covers. */
const OVERVIEW_CUE =
  /\b(?:as of|for the (?:morning|evening|afternoon|night|day|events) of|(?:during|on|for) the (?:day|night) of|overview|summary|chronicle|digest|round-?up|recap|update[sd]?|live|results of)\b/iu;
const ISO_LINE = /^\s*(?:date[:\s]\s*)?(\d{4})-(\d{2})-(\d{2})\b/iu;
const DATELINE_PREFIX = /^(?:published|updated|posted|last updated|date|dateline)?:?\s*/iu;

/** Dates in a text, as chrono reads them, limited to real days. */
export function datesIn(text: string): PartialDate[] {
  const out: PartialDate[] = [];
  for (const r of chrono.strict.parse(text, REFERENCE)) {
    const month = r.start.get('month');
    const day = r.start.get('day');
    if (month === null || day === null || !r.start.isCertain('day') || !r.start.isCertain('month')) continue;
    const year = r.start.isCertain('year') ? r.start.get('year') : null;
    if (year !== null && !isRealDate(year, month, day)) continue;
    if (year === null && !isRealDate(2000, month, day)) continue;
    out.push({ year, month, day, text: r.text });
  }
  return out;
}

/**
 * Whether a block is a dateline: a date (with year), maybe a weekday and time, and nothing else.
 *
 * @example
 *   isDateLine('Thursday 29 October 2020 13:08 GMT') // true
 */
export function isDateLine(text: string): boolean {
  const t = text.replace(DATELINE_PREFIX, '').trim();
  if (t.length > 60) return false;
  const found = chrono.strict.parse(t, REFERENCE);
  if (found.length !== 1 || !found[0]!.start.isCertain('year')) return false;
  const rest = t.replace(found[0]!.text, '').replace(/\b(?:GMT|UTC|[A-Z]{3,4}|am|pm|at)\b|[\s,.:|–—()+\d-]/giu, '');
  return rest === '' || /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)$/iu.test(rest);
}

/**
 * The day a report is about, from the most to the least certain source:
 * front matter (decided by the caller), an ISO date line at the top, a dateline, an overview
 * phrase in the title or a heading ("Overview as of November 4"), any date in the title, and
 * last the latest date its text mentions.
 */
export function findReportDate(candidates: readonly DateCandidate[]): DateFinding {
  const top = candidates.slice(0, 4);
  for (const c of top) {
    const m = ISO_LINE.exec(c.text);
    if (m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      return { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), text: m[0].trim() }, source: 'iso-line' };
    }
  }
  for (const c of candidates) {
    if (c.place !== 'dateline') continue;
    const d = datesIn(c.text)[0];
    if (d) return { date: d, source: 'dateline' };
  }
  for (const c of candidates) {
    if (c.place !== 'title' && c.place !== 'heading') continue;
    if (!OVERVIEW_CUE.test(c.text)) continue;
    const d = datesIn(c.text)[0];
    if (d) return { date: d, source: 'phrase' };
  }
  for (const c of candidates) {
    if (c.place !== 'title') continue;
    const d = datesIn(c.text)[0];
    if (d) return { date: d, source: 'title' };
  }
  const mentioned = candidates.filter((c) => c.place === 'body').flatMap((c) => datesIn(c.text));
  if (mentioned.length > 0) {
    const key = (d: PartialDate) => (d.year ?? 0) * 10000 + d.month * 100 + d.day;
    const withYear = mentioned.filter((d) => d.year !== null);
    const pool = withYear.length > 0 ? withYear : mentioned;
    const latest = pool.reduce((a, b) => (key(b) > key(a) ? b : a));
    return { date: latest, source: 'mentioned' };
  }
  return { date: null, source: 'none' };
}

/** `YYYY-MM-DD` of a partial date whose year is known. */
export function formatPartial(d: PartialDate): string | null {
  return d.year === null ? null : isoDay(d.year, d.month, d.day);
}
