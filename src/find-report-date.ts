import * as chrono from 'chrono-node';
import { dayNumber, isRealDate } from './calendar.ts';
import type { DateSource } from './model.ts';
import { wordStarts } from './word-start.ts';

/** What may follow a clock time in a live blog's stamp: `am`, `p.m.`, a time zone (`GMT`, `AZT` …). A regular expression's source. */
export const TIME_SUFFIX = String.raw`(?:am|pm|a\.m\.|p\.m\.|GMT|UTC|MSK|AZT|AMT|BST|CET)`;

/** An ISO date, labelled or not: `2020-11-04`, `date 2020-11-04`, `Date: 2020-11-04`; year, month and day captured. A regular expression's source (case-insensitive). */
export const ISO_DATE_STAMP = String.raw`(?:date[:\s]\s*)?(\d{4})-(\d{2})-(\d{2})`;

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
  /** Set when the year was missing and was taken from the report's own dated lines. */
  yearFrom: PartialDate | null;
}

/** One block offered to the date finder, with what the classifier made of it. */
export interface DateCandidate {
  text: string;
  /**
   * title; heading; dateline (a date line, or a wire story's opening "BAKU, Oct 5 (Reuters) -");
   * publication (a line naming who published, aired or last edited the page, and when: "Published by
   * Example Monitor 17.10.2020", "This page was last edited on 14 November 2020"); stamp (a live-blog
   * time stamp); body text.
   */
  place: 'title' | 'heading' | 'dateline' | 'publication' | 'stamp' | 'body';
}

// chrono resolves a missing year against this instant; we discard implied years, and a fixed
// reference keeps the machine's clock out of the output.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: 0 };

/** Words that say the date which follows is the day the report covers. */
const OVERVIEW_CUE =
  /\b(?:as of|for the (?:morning|evening|afternoon|night|day|events) of|(?:during|on|for) the (?:day|night) of|overview|summary|chronicle|digest|round-?up|recap|update[sd]?|live|results of|day \d{1,3}|events? (?:of|on)|situation|briefing|bulletin|(?:morning|evening|afternoon|night) of)\b/iu;
const ISO_LINE = new RegExp(String.raw`^\s*${ISO_DATE_STAMP}\b`, 'iu');
const DATELINE_PREFIX = /^(?:(?:first |originally |last )?(?:published|updated|posted|modified)|date|dateline|created|pubdate|lastbuilddate|aired|broadcast|sent)?(?:\s+on)?:?\s*/iu;
/**
 * Words that say a line gives when the page (or the text it translates) was published, with a
 * name or more between them and the date: "Published by Example Monitor 17.10.2020, 14:10",
 * "Original: Example Daily (Stepanakert), 17.10.2020", "This page was last edited on 14 November 2020".
 */
const PUBLICATION_CUE =
  /^(?:(?:this|the) (?:page|article|story|post|report|transcript) (?:was|has been) )?(?:(?:first |originally |last )?(?:published|posted|updated|modified|edited)|aired|broadcast|issued|released|original|originally)\b(?:\s+(?:on|at))?\s*:?\s*/iu;
/** The publisher's or the original outlet's name (and its town) before the date of a publication line. */
const SOURCE_BEFORE_DATE = /^(?:by\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,4}(?:\s*\([^()]{1,30}\))?,?\s+/u;
/**
 * A byline's short name before its date, split by a bar or a dot: "Karabakh Conflict Tracker | Nov. 3, 2020",
 * "Caucasus Desk newsroom · October 14". Capitalised words only (a staff word may close them), so
 * that a headline ("Shelling in Terter | October 5") is not taken for a name; not an author's
 * "By …", which stays a byline (it gives its date all the same).
 */
const NAME_BEFORE_DATE = /^(?!By\s)\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3}(?:\s+(?:newsroom|staff|desk|team|bureau|editors|editorial|reporters?|correspondents?))?\s+[|·]\s+/u;
/** A byline's name after the date, behind a bar or a dot: "11 October 2020, 19:40 | Anna Example", "… · By Ann Roe". Capitalised words only. */
const NAME_AFTER_DATE = /\s+[|·]\s+(?:By\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;
/** The zone named after a clock time, as outlets write it: "21:00 Baku time", "09:30 (Moscow time)". */
const NAMED_ZONE_AFTER_CLOCK = /(?<=\d{1,2}[:.]\d{2})\s*\(?\p{Lu}\p{L}+ time\)?/u;
/** The place a regional agency puts before its date: "Baku, 6 November 2020", "YEREVAN, NOVEMBER 6". */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2},\s*/u;
/** And the agency's name after it, in capitals or in brackets: "YEREVAN, NOVEMBER 6, ARMENPRESS.", "BAKU, October 12 (Trend):". */
const AGENCY_AFTER_DATE = /(?:,\s*\p{Lu}{3,}\.?|\s*\([^()]{2,30}\)\s*[:.]?)\s*$/u;
/** `05.10.2020`, `5/10/2020`: day first, as outlets of the region write them (chrono reads them month first). */
const NUMERIC_DATE = /\b(\d{1,2})([./])(\d{1,2})\2(\d{4})\b/gu;
/** `2020/10/19`, `2020.10.19`: year, month and day, as a document's own date stamp writes them. */
const YEAR_FIRST_DATE = /\b(\d{4})([./])(\d{1,2})\2(\d{1,2})\b/gu;
/** `10/5/20`: a slash date with a two-digit year, as a chat export stamps its messages (`[10/5/20, 09:02]`). */
const SHORT_SLASH_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/gu;
/** A slash date that can only be month first (`10/13/2020`, `10/13/20`): then every slash date of the page is. */
const MONTH_FIRST_ONLY = /\b(?:0?[1-9]|1[0-2])\/(?:1[3-9]|2\d|3[01])\/(?:\d{2}){1,2}\b/u;
/** A slash date that can only be day first (`13/10/2020`, `13/10/20`). */
const DAY_FIRST_ONLY = /\b(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])\/(?:\d{2}){1,2}\b/u;
/** Any slash date, its first two numbers captured: for the order a page's dates follow one another in. */
const SLASH_PAIR = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(?:\d{2}){1,2}(?![\d/])/gu;

/**
 * How a page writes its slash dates: month first when one of them can only be read so, and none
 * only day first. When every one could be either, the order they run in decides: dates that keep
 * their first number and change their second (`10/5/20`, `10/6/20`) are days of one month, month
 * first; dates that keep their second (`5/10/2020`, `6/10/2020`) are day first.
 */
export function slashOrder(texts: readonly string[]): 'month-first' | null {
  return slashEvidence(texts) === 'month-first' ? 'month-first' : null;
}

/** What a page's slash dates say of their order, or null when they say nothing (none, or a single one that could be either). */
function slashEvidence(texts: readonly string[]): 'month-first' | 'day-first' | null {
  const slashed = texts.filter((t) => t.includes('/'));
  if (slashed.length === 0) return null;
  const monthFirst = slashed.some((t) => MONTH_FIRST_ONLY.test(t));
  const dayFirst = slashed.some((t) => DAY_FIRST_ONLY.test(t));
  if (monthFirst || dayFirst) return monthFirst && !dayFirst ? 'month-first' : 'day-first';
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (const t of slashed) {
    for (const m of t.matchAll(SLASH_PAIR)) {
      firsts.add(String(Number(m[1])));
      seconds.add(String(Number(m[2])));
    }
  }
  if (firsts.size === 1 && seconds.size > 1) return 'month-first';
  if (seconds.size === 1 && firsts.size > 1) return 'day-first';
  return null;
}

/**
 * Month names of the region's other languages, as their dates write them, day first: Russian and
 * Ukrainian in any case ("10 ноября 2020", "11 жовтня", "в октябре"), Turkish ("05 Ekim 2020"),
 * French and German ("5 octobre 2020", "5. Oktober 2020"). Cyrillic stems take any ending; the
 * Latin names are matched whole, and only with a year (a Turkish "mart" or French "mars" alone
 * may be a word of the text).
 */
const CYRILLIC_MONTHS: readonly (readonly [string, number])[] = [
  ['январ', 1], ['феврал', 2], ['март', 3], ['апрел', 4], ['ма', 5], ['июн', 6], ['июл', 7], ['август', 8], ['сентябр', 9], ['октябр', 10], ['ноябр', 11], ['декабр', 12],
  ['січ', 1], ['лют', 2], ['берез', 3], ['квіт', 4], ['трав', 5], ['черв', 6], ['лип', 7], ['серп', 8], ['верес', 9], ['жовт', 10], ['листопад', 11], ['груд', 12],
];
const LATIN_MONTHS = new Map<string, number>([
  ...(['ocak', 'şubat|subat', 'mart', 'nisan', 'mayıs|mayis', 'haziran', 'temmuz', 'ağustos|agustos', 'eylül|eylul', 'ekim', 'kasım|kasim', 'aralık|aralik'] as const).flatMap((names, i) => names.split('|').map((n) => [n, i + 1] as const)),
  ...(['janvier', 'février|fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août|aout', 'septembre', 'octobre', 'novembre', 'décembre|decembre'] as const).flatMap((names, i) => names.split('|').map((n) => [n, i + 1] as const)),
  ...(['januar', 'februar', 'märz|maerz', '', 'mai', 'juni', 'juli', '', '', 'oktober', '', 'dezember'] as const).flatMap((names, i) => (names === '' ? [] : names.split('|').map((n) => [n, i + 1] as const))),
]);
const CYRILLIC_MONTH_WORD = String.raw`(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\p{L}*|ма[йяею]`;
const LATIN_MONTH_WORD = [...LATIN_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/** A day, a month of another language and maybe a year (with the Russian or Ukrainian word for "year" after it). */
const FOREIGN_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(\d{1,2})\.?\s+(?:(${CYRILLIC_MONTH_WORD})(?!\p{L})(?:,?\s+(\d{4})(?:\s*(?:года|году|год|г\.|року|рік|р\.))?)?|(${LATIN_MONTH_WORD})(?!\p{L}),?\s+(\d{4}))(?!\d)`,
  'giu',
);
/** The month number of a month's name of another language (`FOREIGN_DATE`). */
function foreignMonth(word: string): number | undefined {
  const w = word.toLowerCase();
  return LATIN_MONTHS.get(w) ?? CYRILLIC_MONTHS.find(([stem]) => (stem === 'ма' ? /^ма[йяею]$/u.test(w) : w.startsWith(stem)))?.[1];
}
/** "0ctober", "0ct": a scanned page's zero for the letter O, which chrono would not read. */
const OCR_ZERO_OCTOBER = /(?<![\p{L}\d])0(?=ct(?:ober)?\b)/gu;
/** A wire story's opening: `BAKU, Oct 5 (Reuters) -`, `STEPANAKERT, Azerbaijan (AP) —`, `BAKU, October 12 (Trend):` (a colon after the agency's bracket). */
const WIRE_DATELINE = /^(\p{Lu}[\p{Lu}'’. -]{2,}),\s+([^—–\n]{0,60}?)(?:\s+(?:[—–]|-{1,2})\s|(?<=\))\s*:(?:\s|$))/u;
/** A heading this short with a full date in it is a date line spoiled by a stray word or sign; a longer one is a section's title. */
const DATE_HEADING_WORDS = 8;
/** A date heading nearer than this before the publication date is taken as the day covered. */
const TITLE_BEFORE_DATELINE_DAYS = 3;

/**
 * Dates in a text, as chrono reads them (numeric dates day first), limited to real days; the
 * end of a range ("from October 5 to October 11") counts as a date of its own.
 * A year counts only when the text writes it with four digits ("October 10, 18 and 26" is
 * three days, not October 10, 2018).
 *
 * @example
 *   datesIn('Updated: 05.10.2020').map((d) => [d.year, d.month, d.day]) // [[2020, 10, 5]]
 */
export function datesIn(text: string, order: 'month-first' | null = null): PartialDate[] {
  return locatedDatesIn(text, order).map((f) => f.date);
}

/** A date and the index in its text where it is written. */
interface LocatedDate {
  index: number;
  date: PartialDate;
  /** The first day of a range whose last day is found too ("3–5 October"): a report on a span covers up to its end. */
  startsRange?: true;
}

/**
 * Texts chrono read lately and what it found. The classifier asks about a line, and the date
 * finder asks again about the same title, dateline or stamp (a third of chrono's calls, which
 * cost about 0.15 ms each); live pages repeat their stamps. Frozen, as they are handed out
 * more than once; a bounded memo of a pure function, so results never depend on it.
 */
const recent = new Map<string, readonly Readonly<LocatedDate>[]>();
const RECENT_MAX = 256;

/** Dates with the index in `text` where each is written; `order` is how the page writes its slash dates. */
function locatedDatesIn(text: string, order: 'month-first' | null = null): readonly Readonly<LocatedDate>[] {
  const key = order === null ? text : `\u0000${text}`;
  const known = recent.get(key);
  if (known) return known;
  const found = Object.freeze(readDates(text, order).map((f) => Object.freeze({ ...f, date: Object.freeze(f.date) })));
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(key, found);
  return found;
}

function readDates(text: string, order: 'month-first' | null): LocatedDate[] {
  const found: LocatedDate[] = [];
  // In one text, slash dates share one order: "Published 10/12/2020 | Updated 10/13/2020" is month first throughout.
  const monthFirst = order === 'month-first' || slashOrder([text]) === 'month-first';
  const yearFirst = text.replace(YEAR_FIRST_DATE, (m, y: string, _sep: string, mo: string, d: string, index: number) => {
    if (isRealDate(Number(y), Number(mo), Number(d))) found.push({ index, date: { year: Number(y), month: Number(mo), day: Number(d), text: m } });
    return ' '.repeat(m.length);
  });
  const fullYear = yearFirst.replace(NUMERIC_DATE, (m, a: string, sep: string, b: string, y: string, index: number) => {
    let [day, month] = [Number(a), Number(b)];
    // A slash date that cannot be day first (`10/25/2020`) is month first, and so are the others of its page.
    if ((month > 12 && day <= 12) || (sep === '/' && monthFirst && day <= 12)) [day, month] = [month, day];
    if (isRealDate(Number(y), month, day)) found.push({ index, date: { year: Number(y), month, day, text: m } });
    return ' '.repeat(m.length);
  });
  // `10/5/20`: read as the four-digit ones are, in the page's order; the year is of this century.
  const shortYear = !fullYear.includes('/')
    ? fullYear
    : fullYear.replace(SHORT_SLASH_DATE, (m, a: string, b: string, y: string, index: number) => {
        let [day, month] = [Number(a), Number(b)];
        if ((month > 12 && day <= 12) || (monthFirst && day <= 12)) [day, month] = [month, day];
        if (isRealDate(2000 + Number(y), month, day)) found.push({ index, date: { year: 2000 + Number(y), month, day, text: m } });
        return ' '.repeat(m.length);
      });
  const numeric = shortYear.replace(FOREIGN_DATE, (m, d: string, cyrillic: string | undefined, cy: string | undefined, latin: string | undefined, ly: string | undefined, index: number) => {
    const month = foreignMonth(cyrillic ?? latin!);
    const y = cy ?? ly;
    const year = y === undefined ? null : Number(y);
    if (month !== undefined && isRealDate(year ?? 2000, month, Number(d))) found.push({ index, date: { year, month, day: Number(d), text: m.trim() } });
    return ' '.repeat(m.length);
  });
  for (const r of chrono.strict.parse(numeric.replace(DAY_RANGE_DASH, '-').replace(OCR_ZERO_OCTOBER, 'O'), REFERENCE)) {
    // The words as the text writes them (the same length: only dashes were changed).
    const written = numeric.slice(r.index, r.index + r.text.length);
    // "a day after", "two days later": chrono counts them from its reference day, which is no day of the report's.
    if (!MAY_BE_DATE.test(written)) continue;
    const end = r.end ? partial(r.end, written) : null;
    const start = partial(r.start, written);
    const isRange = end !== null && (end.month !== start?.month || end.day !== start?.day);
    if (start) found.push({ index: r.index, date: isRange && start.year === null && end.year !== null ? { ...start, year: yearBefore(start, end) } : start, ...(isRange ? { startsRange: true as const } : {}) });
    if (isRange) found.push({ index: r.index + r.text.length, date: end });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A dash between two days of a range ("October 5–6", "October 5 – 6, 2020"), which chrono reads
 * only as a hyphen. Spaced, only when the day ends the phrase: "October 5 – 6 people died" is no range.
 */
const DAY_RANGE_DASH = /(?<=\d)[–—](?=\d{1,2}(?!\d|[:.]\d))|(?<=\d\s)[–—](?=\s\d{1,2}(?:,?\s+\d{4})?\s*(?:$|[).,;:|\]]))/gu;

/** The year of a range's first day, from its last day's: "30 December – 2 January 2021" starts in 2020. */
function yearBefore(start: PartialDate, end: PartialDate): number {
  const endYear = end.year!;
  return start.month * 100 + start.day > end.month * 100 + end.day ? endYear - 1 : endYear;
}

function partial(c: chrono.ParsedComponents, text: string): PartialDate | null {
  const month = c.get('month');
  const day = c.get('day');
  if (month === null || day === null || !c.isCertain('day') || !c.isCertain('month')) return null;
  let year = c.isCertain('year') ? c.get('year') : null;
  if (year !== null && !text.includes(String(year))) year = null;
  if (year !== null && !isRealDate(year, month, day)) return null;
  if (year === null && !isRealDate(2000, month, day)) return null;
  return { year, month, day, text: text.trim() };
}

/**
 * Whether a block is a dateline: a date (with year), maybe a weekday, a time and a
 * "Published:" word, and nothing else.
 *
 * @example
 *   isDateLine('Thursday 29 October 2020 13:08 GMT') // true
 *   isDateLine('Day 19: October 15, 2020') // false: that is a title
 */
export function isDateLine(text: string): boolean {
  return dateLineKind(text) === 'full';
}

/**
 * Whether a block is a date alone, with or without a year ("Monday, October 5"): in a live
 * page, the line that starts a new day.
 */
export function isBareDate(text: string): boolean {
  return dateLineKind(text) !== null;
}

/** A month's name or a numeric date: without one, a line is no date line and chrono is not asked. */
const MAY_BE_DATE = wordStarts(new RegExp(
  String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b0ct|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2}|\d\.?\s+(?:${CYRILLIC_MONTH_WORD}|${LATIN_MONTH_WORD})`,
  'iu',
));

/**
 * Whether a line is a date alone ("full" with a year, "bare" without), with at most a weekday,
 * a time and its zone, a "Published:" word, the place or a byline's name before it and an
 * agency's name after it; null when it is anything else.
 */
export function dateLineKind(text: string): 'full' | 'bare' | null {
  const date = dateLineDate(text);
  return date === null ? null : date.year === null ? 'bare' : 'full';
}

/**
 * The date of a line that is a date alone (`dateLineKind`), or null when the line is anything else.
 *
 * @example
 *   dateLineDate('5 October') // { year: null, month: 10, day: 5, text: '5 October' }
 *   dateLineDate('October 5: heavy shelling') // null: a headline, not a date alone
 */
export function dateLineDate(text: string): PartialDate | null {
  return oneDateLine(text) ?? bilingualDateLine(text);
}

/**
 * What any text `MAY_BE_DATE` matches has: a digit or a month's first three letters. The words a date
 * line may have around its date are taken off its ends (and a zone's name after a clock's digits), so
 * a line without either is no date line, and those patterns are not run on it (most paragraphs).
 */
const DATE_SIGN = /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;

function oneDateLine(text: string): PartialDate | null {
  if (!DATE_SIGN.test(text)) return null;
  // "Anna Example | Published: 3 November 2020": the name, then the word; "11 October 2020, 19:40 | Anna Example": the name after the date.
  const t = text.replace(DATELINE_PREFIX, '').replace(NAME_BEFORE_DATE, '').replace(DATELINE_PREFIX, '').replace(PLACE_BEFORE_DATE, '').replace(AGENCY_AFTER_DATE, '').replace(NAME_AFTER_DATE, '').replace(NAMED_ZONE_AFTER_CLOCK, '').trim();
  if (t.length > 60 || !MAY_BE_DATE.test(t)) return null;
  const found = datesIn(t);
  if (found.length !== 1) return null;
  const rest = t
    .replace(found[0]!.text, '')
    .replace(/\b(?:GMT|UTC|[A-Z]{1,4}T|BST|CET|CEST|MSK|AMT|AZT|EET|EEST)\b/gu, '')
    .replace(/\b(?:am|pm|at|on|local time)\b|[\s,.:|–—()+\d/-]/giu, '');
  return rest === '' || WEEKDAY.test(rest) ? found[0]! : null;
}

/** A weekday's name, in English (in full or short) and in the languages whose month names `datesIn` reads. */
const WEEKDAY =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|понеділок|вівторок|середа|четвер|п[’']ятниця|субота|неділя|pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)$/iu;

/**
 * A date line given in two languages, split by a slash ("10 ноября 2020, 09:12 / 10 November 2020, 09:12"):
 * one half is a date line, and the other is one too or is short and writes the same year (a
 * language whose months are not read). Its date is the first half's that reads.
 */
function bilingualDateLine(text: string): PartialDate | null {
  const slash = text.indexOf(' / ');
  if (slash < 0 || text.length > 120 || text.indexOf(' / ', slash + 1) >= 0) return null;
  const halves = [text.slice(0, slash), text.slice(slash + 3)] as const;
  const dates = halves.map((h) => oneDateLine(h));
  const date = dates[0] ?? dates[1];
  if (!date || date.year === null) return null;
  return halves.every((h, i) => dates[i] !== null || (h.length <= 40 && h.includes(String(date.year)))) ? date : null;
}

/**
 * The day a live page's item stamp names (`October 5, 00:10`, `[Oct 6, 00:10 AZT]`), or null
 * for a time alone (`00:10`), which chrono is not asked about. The classifier has already
 * decided the line is a stamp: any one date in it is the stamp's day.
 */
export function stampDate(text: string): PartialDate | null {
  if (!MAY_BE_DATE.test(text)) return null;
  const found = datesIn(text);
  return found.length === 1 ? found[0]! : null;
}

const MONTH_NUMBER: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTHS = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;
/** An English month's name or its abbreviation, for patterns built elsewhere (no capture). */
export const MONTH_NAME = String.raw`(?:${MONTHS})\.?`;
const MONTH_WORD = String.raw`(${MONTHS})\.?`;
/** What may stand around a written day and month in a heading or stamp: a weekday before it, a year and a clock time after it, brackets. */
const WEEKDAY_BEFORE = String.raw`^[[(]?\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const YEAR_TIME_AFTER = String.raw`(?:,?\s+(\d{4}))?(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}[^\d]*)?\s*[\])]?$`;
const DAY_THEN_MONTH = new RegExp(String.raw`${WEEKDAY_BEFORE}(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_WORD}${YEAR_TIME_AFTER}`, 'iu');
const MONTH_THEN_DAY = new RegExp(String.raw`${WEEKDAY_BEFORE}${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?${YEAR_TIME_AFTER}`, 'iu');

/**
 * A heading or stamp that is only a day of a month that has no such day (`31 September`,
 * `September 31, 00:10`, `30 February 2020`), as written: chrono reads no date there, but the
 * line still starts a new day of the report, one that cannot be placed. Null for anything else,
 * a real day included (`29 February` without a year may be real: its year decides).
 */
export function impossibleDate(text: string): PartialDate | null {
  const t = text.trim();
  if (t.length > 60) return null;
  const dm = DAY_THEN_MONTH.exec(t);
  const md = dm ? null : MONTH_THEN_DAY.exec(t);
  if (!dm && !md) return null;
  const day = Number(dm ? dm[1] : md![2]);
  const month = MONTH_NUMBER[(dm ? dm[2]! : md![1]!).slice(0, 3).toLowerCase()]!;
  const yearText = dm ? dm[3] : md![3];
  const year = yearText === undefined ? null : Number(yearText);
  if (day < 1 || day > 31 || isRealDate(year ?? 2000, month, day)) return null;
  return { year, month, day, text: t };
}

/**
 * Whether a line says when the page was published, with a name between the word and the date:
 * "Published by Example Monitor 17.10.2020, 14:10", "Original: Example Daily (Stepanakert),
 * 17.10.2020, 08:40", "This page was last edited on 14 November 2020, at 09:12 (UTC)", "Aired
 * October 5, 2020 — 21:00 ET". A line `dateLineKind` reads already ("Published: 5 May 2021") is one too.
 */
export function isPublicationLine(text: string): boolean {
  const cue = PUBLICATION_CUE.exec(text);
  if (cue === null || cue[0].trim() === '' || text.length > 160) return false;
  const rest = text.slice(cue[0].length);
  if (dateLineKind(rest) === 'full') return true;
  const named = rest.replace(SOURCE_BEFORE_DATE, '');
  return named !== rest && dateLineKind(named) === 'full';
}

/** Fields of a page's header line, split by a bar or a middle dot. */
const FIELD_BAR = /\s[|·∙]\s/u;
/** A field that says when the page was published, updated or refreshed: "Published 30 September 2020", "Last updated 19 October 2020, 18:00 UTC", "Page refreshed 17 Oct 2020". */
const PUBLISHED_FIELD = /^(?:(?:page|list|feed|table|tracker|site)\s+)?(?:(?:first |originally |last )?(?:published|posted|updated|modified|edited|refreshed))(?:\s+(?:on|at))?\s*:?\s*/iu;
/** Words a field of a header line may have at most: more is a sentence, not a field. */
const FIELD_WORDS = 10;

/**
 * Whether a line is short fields split by bars or middle dots, one of which says when the page
 * was published, updated or refreshed with a full date, whatever the line's length: "Explainer ·
 * By Ann Roe · Published 30 September 2020 · Updated 1 October 2020, 08:15 CET", "Sorted by: Most
 * recent · Page refreshed 17 Oct 2020, 11:20 UTC".
 *
 * @example
 *   hasPublishedField('Example Lab · Last updated 19 October 2020, 18:00 UTC · New rows are added at the top') // true
 *   hasPublishedField('Shelling resumed near Terter on Monday, the ministry said | Updated 5 October 2020') // false
 */
export function hasPublishedField(text: string): boolean {
  if (text.length > 300 || (!text.includes('·') && !text.includes('|') && !text.includes('∙'))) return false;
  const fields = text.split(FIELD_BAR).map((f) => f.replace(/^[\s*_]+|[\s*_]+$/gu, ''));
  if (fields.length < 2 || fields.some((f) => f === '' || f.split(/\s+/u).length > FIELD_WORDS)) return false;
  return fields.some((f) => {
    const cue = PUBLISHED_FIELD.exec(f);
    return cue !== null && cue[0].trim() !== '' && dateLineKind(f.slice(cue[0].length)) === 'full';
  });
}

/**
 * Month names of the Persian solar calendar, which Iranian outlets date their pages by ("16 Mehr
 * 1399 - 11:05"). Not converted: a line of such a date is only known to be a date line.
 */
const PERSIAN_MONTH = String.raw`(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Abán|Azar|Dey|Day|Bahman|Esfand)`;
const OTHER_CALENDAR_LINE = new RegExp(String.raw`^\d{1,2}\s+${PERSIAN_MONTH}\s+1[34]\d\d(?:\s*(?:[-–—,|]\s*)?\d{1,2}:\d{2})?$`, 'u');

/**
 * Whether a line is a date of a calendar other than the Gregorian alone (a day, a Persian month's
 * name and a year of that calendar, maybe a time): a date line that no day can be read from.
 *
 * @example
 *   isOtherCalendarDateLine('16 Mehr 1399 - 11:05') // true
 */
export function isOtherCalendarDateLine(text: string): boolean {
  return text.length <= 40 && OTHER_CALENDAR_LINE.test(text.trim());
}

/**
 * The opening of a wire story ("BAKU, Oct 5 (Reuters) -"), or null. Its date, when it has one,
 * is a dateline.
 *
 * @example
 *   wireDateline('BAKU, Oct 5 (Reuters) - Azerbaijan said …') // 'BAKU, Oct 5 (Reuters) -'
 */
export function wireDateline(text: string): string | null {
  const m = WIRE_DATELINE.exec(text) ?? agencyDateline(text);
  return m ? m[0].trim() : null;
}

/**
 * A regional agency's opening, its place in any case: "Moscow, 5 October, INTERFAX - ",
 * "STEPANAKERT, OCTOBER 8, ARTSAKHPRESS. ", "Baku, October 4 (AZERTAC): ". The place, a day and
 * month (maybe a year), and the agency's name in capitals or in brackets, then a dash, a full stop or a colon.
 */
const AGENCY_DATELINE = /^\p{Lu}[\p{L}'’.-]+(?:[ -]\p{Lu}[\p{L}'’.-]+){0,2},\s+(\d{1,2}\s+\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2})(?:,?\s+\d{4})?,?\s+(?:\p{Lu}[\p{Lu}&-]{2,}|\([^()]{2,30}\))\s*(?:[—–:.]|-{1,2})(?=\s)/u;
/** The day and month of `AGENCY_DATELINE`, checked to be a month's name. */
const DAY_AND_MONTH = new RegExp(String.raw`^(?:\d{1,2}\s+${MONTH_WORD}|${MONTH_WORD}\s+\d{1,2})$`, 'iu');

function agencyDateline(text: string): RegExpExecArray | null {
  const m = AGENCY_DATELINE.exec(text);
  return m && DAY_AND_MONTH.test(m[1]!) ? m : null;
}

/**
 * The day a report is about, from the most to the least certain source:
 * front matter (decided by the caller); an ISO date line at the top; an overview phrase in the
 * title or a heading ("Overview as of November 4", "Day 14: October 10"); a date in the title
 * when it is the day of the dateline or just before it; the dateline; any date in the title;
 * a publication line; the day most live-blog stamps give; a short heading with a full date; and
 * last the latest date the text mentions. Slash dates are read month first throughout when one
 * of the page's own lines (not its text) can only be read so ("Published 10/12/2020 | Updated 10/13/2020").
 * A date without a year takes the year of the report's own dated lines, when it has some.
 */
export function findReportDate(candidates: readonly DateCandidate[]): DateFinding {
  // The page's own lines decide; a date the text mentions may be written another way (a quoted document's "09/29/2020").
  // When they have no slash date, the text's two-digit-year ones decide: a chat export's stamps ("[10/5/20, 09:02]") are the page's own.
  const ownOrder = slashEvidence(candidates.filter((c) => c.place !== 'body').map((c) => c.text));
  const order = (ownOrder ?? slashEvidence(candidates.filter((c) => c.place === 'body' && c.text.includes('/')).flatMap((c) => c.text.match(SHORT_SLASH_DATE) ?? []))) === 'month-first' ? 'month-first' : null;
  const found = findDate(candidates, order);
  if (found.date === null || found.date.year !== null) return { ...found, yearFrom: null };
  const own = candidates.filter((c) => c.place !== 'body').flatMap((c) => datesIn(c.text, order)).find((d) => d.year !== null);
  if (!own) return { ...found, yearFrom: null };
  return { ...found, date: { ...found.date, year: nearestYear(found.date, own) }, yearFrom: own };
}

function findDate(candidates: readonly DateCandidate[], order: 'month-first' | null): Omit<DateFinding, 'yearFrom'> {
  const readDays = (text: string) => datesIn(text, order);
  for (const c of candidates.slice(0, 4)) {
    const m = ISO_LINE.exec(c.text);
    if (m && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) {
      return { date: { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), text: m[0].trim() }, source: 'iso-line' };
    }
  }
  const headed = candidates.filter((c) => c.place === 'title' || c.place === 'heading');
  for (const c of [...headed.filter((c) => c.place === 'title'), ...headed.filter((c) => c.place === 'heading')]) {
    if (!OVERVIEW_CUE.test(c.text)) continue;
    const d = coveredDatesIn(c.text, order)[0];
    if (d) return { date: d, source: 'phrase' };
  }
  const inTitle = candidates.filter((c) => c.place === 'title').flatMap((c) => coveredDatesIn(c.text, order))[0];
  // A line that gives when the page was published and when it was updated dates it by the publication: an update
  // (a correction, a line added the next morning) does not move a story about Monday to Tuesday. A page that gives
  // only its update ("Last updated", a wiki's "last edited") is dated by that.
  const dateline = firstOfLine(candidates.filter((c) => c.place === 'dateline').map((c) => readDays(c.text)).find((ds) => ds.length > 0));
  if (inTitle && dateline) {
    const gap = dayNumber(dateline.year ?? 2000, dateline.month, dateline.day) - dayNumber(inTitle.year ?? dateline.year ?? 2000, inTitle.month, inTitle.day);
    if (gap >= 0 && gap <= TITLE_BEFORE_DATELINE_DAYS) return { date: inTitle, source: 'title' };
  }
  if (dateline) return { date: dateline, source: 'dateline' };
  if (inTitle) return { date: inTitle, source: 'title' };
  // Weaker than a date line or the title's date (a wiki's last edit comes weeks after the day its title names), stronger than any guess.
  const published = firstOfLine(candidates.filter((c) => c.place === 'publication').map((c) => readDays(c.text).filter((d) => d.year !== null)).find((ds) => ds.length > 0));
  if (published) return { date: published, source: 'dateline' };
  const stamp = mostFrequent(candidates.filter((c) => c.place === 'stamp').flatMap((c) => readDays(c.text)));
  if (stamp) return { date: stamp, source: 'dateline' };
  // A short heading holding a full date that no rule read as the dateline ("Monday 5 October 2020 Â· 16:20 CEST"): the latest.
  const dateHeadings = candidates.filter((c) => c.place === 'heading' && c.text.split(/\s+/u).length <= DATE_HEADING_WORDS);
  const headedDay = latest(dateHeadings.flatMap((c) => coveredDatesIn(c.text, order)).filter((d) => d.year !== null));
  if (headedDay) return { date: headedDay, source: 'dateline' };
  const mentioned = candidates.filter((c) => c.place === 'body').flatMap((c) => readDays(c.text));
  if (mentioned.length > 0) {
    const withYear = mentioned.filter((d) => d.year !== null);
    const pool = withYear.length > 0 ? withYear : mentioned;
    return { date: latest(pool)!, source: 'mentioned' };
  }
  return { date: null, source: 'none' };
}

/** A date a title counts from or to ("1,000 dead since September 27") is not the day it covers. */
const BOUNDARY_BEFORE = /\b(?:since|after|before|until|till|from|by)\s+(?:the\s+)?(?:(?:morning|evening|night|end|start|beginning)\s+of\s+)?$/iu;

/** Dates of a title or heading, without those it only counts from or to, nor the first day of a span it covers (its last day stands for it). */
function coveredDatesIn(text: string, order: 'month-first' | null = null): PartialDate[] {
  return locatedDatesIn(text, order)
    .filter((f) => !f.startsRange && !BOUNDARY_BEFORE.test(text.slice(Math.max(0, f.index - 40), f.index)))
    .map((f) => f.date);
}

/** The first date of one line (of those with a year, when some have one), or undefined for none. */
function firstOfLine(dates: readonly PartialDate[] | undefined): PartialDate | undefined {
  if (dates === undefined) return undefined;
  return dates.find((d) => d.year !== null) ?? dates[0];
}

/** The latest of some dates (the first of equal ones), or null. */
function latest(dates: readonly PartialDate[]): PartialDate | null {
  const key = (d: PartialDate) => (d.year ?? 0) * 10000 + d.month * 100 + d.day;
  return dates.length === 0 ? null : dates.reduce((a, b) => (key(b) > key(a) ? b : a));
}

/** The day most stamps give (the latest of equally frequent ones). */
function mostFrequent(dates: readonly PartialDate[]): PartialDate | null {
  const counts = new Map<string, { date: PartialDate; n: number }>();
  for (const d of dates) {
    const key = `${d.year ?? 0}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
    counts.set(key, { date: counts.get(key)?.date ?? d, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? 1 : -1))[0];
  return best ? best[1].date : null;
}

/** The year that puts month/day nearest to a dated line of the same report. */
function nearestYear(d: PartialDate, anchor: PartialDate): number {
  const y = anchor.year!;
  const target = dayNumber(y, anchor.month, anchor.day);
  const options = [y - 1, y, y + 1].filter((year) => isRealDate(year, d.month, d.day));
  return options.reduce((best, year) => (Math.abs(dayNumber(year, d.month, d.day) - target) < Math.abs(dayNumber(best, d.month, d.day) - target) ? year : best), options[0] ?? y);
}
