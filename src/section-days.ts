import { dayNumber } from './calendar.ts';
import type { Role } from './classify-blocks.ts';
import { dateLineDate, impossibleDate, MONTH_NAME, stampDate, type PartialDate } from './find-report-date.ts';
import type { Block, SectionDay } from './model.ts';

/**
 * The day each part of a report is about, when the report is cut into days: a timeline's date
 * headings ("=== 5 October ===", "## 5 October 2020"), a digest's section per day, a live
 * page's dated stamps past midnight ("October 5, 00:10", or a date alone between items). A
 * heading or stamp naming a day rules the blocks after it up to the next one; a time alone
 * ("00:10"), a line dating the page ("Published: …") or a heading that is no date changes
 * nothing (a heading that opens with a date and goes on with words, "5 October: Day 9", names
 * its day when at least two headings of the report open with a date: `daySequence`), but for a Markdown heading as high as a Markdown date heading or higher ("## The
 * latest" after "### 12 July 2020"): it ends the date's section, and what follows is of the
 * report's day again. A lower one ("### Shelling of Ganja" under "## 5 October") is a part of
 * that day; a heading of plain text, whose level is unknown, is taken for one too.
 *
 * Returns the day of every content block under such a heading or stamp, by block id; a block
 * before any (and every block of a report without any) is absent: it is about the report's day.
 *
 * Where the report's text begins matters. Before its first content block, a stamp is the
 * report's own dateline (a live page's first "October 5, 09:12" is when it was published),
 * unless a stamp or heading in the text names a later day (then it is the first day of the
 * page: "October 31, 23:40" above the first item, "November 1, 00:15" further down),
 * and so is a date heading standing alone; but a date heading followed, past the first
 * content, by other date headings is the first section of a timeline, whose claims are of its
 * day whatever the report's own date is (a wiki page's "=== 3 October ===" precedes its text).
 *
 * Cost: the classifier has read these lines already (chrono's answers are memoised), and only
 * headings and stamps are looked at, not the claims.
 *
 * @example
 *   sectionDays(blocks, roles).get('p7') // { year: null, month: 10, day: 5, text: '5 October', line: 14 }
 */
export function sectionDays(blocks: readonly Block[], roles: readonly Role[]): Map<string, SectionDay> {
  const days = new Map<string, SectionDay>();
  const firstContent = roles.findIndex((r) => r.role === 'content');
  if (firstContent < 0) return days;
  type Mark = { index: number; day: SectionDay; heading: boolean; worded: boolean };
  const marks: Mark[] = [];
  let lead: Mark | null = null;
  const sequence = daySequence(blocks, roles);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = roles[i]!;
    const found = dayOf(block, role, sequence);
    if (found === null) continue;
    const heading = role.role === 'heading' || (role.role === 'set-aside' && role.reason === 'dateline' && block.kind === 'heading');
    const { range, worded, ...day } = found;
    const mark = { index: i, day: { ...day, line: block.line }, heading, worded: worded === true };
    // A range of days over the text ("26 October – 1 November 2020" under the title) is the period the report covers, no section.
    if (i < firstContent && range === true) continue;
    // Before the text, a stamp (or a date heading of its own) is the report's dateline, not a section…
    if (i < firstContent && !heading) lead = mark;
    else marks.push(mark);
  }
  const inText = marks.find((m) => m.index > firstContent);
  // …unless a stamp or heading in the text names a later day: then it is the first of a live page's days
  // ("October 31, 23:40" above the first item, "November 1, 00:15" further down).
  const leadCounts = lead !== null && inText !== undefined && earlier(lead.day, inText.day);
  if (leadCounts) marks.splice(marks.findIndex((m) => m.index > lead!.index), 0, lead!);
  const sectioned = marks.some((m) => m.heading && m.index > firstContent);
  let current: { day: SectionDay; depth: number | undefined; worded: boolean } | null = null;
  let next = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (next < marks.length && marks[next]!.index === i) {
      const mark = marks[next++]!;
      if (mark.index > firstContent || sectioned || (leadCounts && mark === lead)) current = { day: mark.day, depth: block.depth, worded: mark.worded };
    } else if (current?.depth !== undefined && block.depth !== undefined && block.depth <= current.depth) {
      // A Markdown heading naming no day, as high as the date heading ("## The latest" after "### 12 July"), closes its section.
      current = null;
    } else if (current?.worded === true && current.depth === undefined && block.depth === undefined && roles[i]!.role === 'heading') {
      // Among plain headings that name their day and their story ("October 11 – rockets on Ganja"), one naming
      // no day ("What comes next") is the next part of the article, not a part of that day; under a date alone
      // ("6 October") a plain heading is still taken for a part of the day.
      current = null;
    }
    if (roles[i]!.role !== 'content') continue;
    // A table row's own date cell ("| Oct 17 | …") is its day, whatever section it stands in.
    if (block.day !== undefined) days.set(block.id, { ...block.day, line: block.line });
    else if (current !== null) days.set(block.id, current.day);
  }
  return days;
}

/**
 * Whether `a` is a day before `b`. With both years known, by the calendar; with a year missing
 * (a live page's "December 31, 23:20" then "January 1, 00:30"), `b` is later when it falls in the
 * half year after `a`, across the year's end, which a live page's next stamp always does.
 */
function earlier(a: PartialDate, b: PartialDate): boolean {
  if (a.year !== null && b.year !== null) return dayNumber(a.year, a.month, a.day) < dayNumber(b.year, b.month, b.day);
  // A leap year, so that 29 February has a place.
  const ahead = (dayNumber(2000, b.month, b.day) - dayNumber(2000, a.month, a.day) + 366) % 366;
  return ahead > 0 && ahead <= 183;
}

/**
 * When the page was published or updated ("Published: 22 October 2020 09:41 BST" under a
 * story's standfirst, "Last updated: …"): the classifier takes it for a stamp once the text has
 * begun, but it dates the page, not the items after it.
 */
const PUBLICATION_STAMP = /^(?:(?:first|originally|last)\s+)?(?:published|updated|modified|edited|created)\b/iu;

/**
 * The day a block names as a date heading or a dated stamp: a heading that is a date alone, a
 * Markdown heading the classifier took for the dateline, or a live page's stamp; a day that
 * cannot exist ("31 September") counts as written, for the corpus stage to refuse with a warning.
 * In a sequence of days (`daySequence`), a heading that opens with a date and goes on with words
 * ("5 October: Day 9", "October 6 – Hadrut falls") names its day too.
 */
function dayOf(block: Block, role: Role, sequence: boolean): (PartialDate & { range?: true; worded?: true }) | null {
  if (PUBLICATION_STAMP.test(block.text) || ROW_OF_FIGURES.test(block.text)) return null;
  if (role.role === 'heading' || (role.role === 'set-aside' && role.reason === 'dateline' && block.kind === 'heading')) {
    return dateLineDate(block.text) ?? impossibleDate(block.text) ?? rangeStart(block.text) ?? (sequence && role.role === 'heading' ? worded(leadingDate(block.text)) : null);
  }
  if (role.role === 'item-break' && role.reason === 'dateline') return stampDate(block.text) ?? impossibleDate(block.text);
  return null;
}

/** A day a heading named before its words ("October 10 – the Moscow talks"), marked so. */
function worded(day: PartialDate | null): (PartialDate & { worded: true }) | null {
  return day === null ? null : { ...day, worded: true };
}

/**
 * A date opening a heading, then a colon, a dash, a comma or a bar and the heading's words: "5 October: Day 9",
 * "October 6 – Hadrut falls", "Monday, 5 October 2020 — the ninth day", "2020-10-05: talks in Moscow". The
 * date is group 1. Anchored, no part can match in two ways: linear on any line.
 */
const LEADING_DATE = new RegExp(
  String.raw`^((?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})\s*([:|–—,]|\s-)\s*\S`,
  'iu',
);

/** A weekday before a date ("Friday, 30 October"). */
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?`;
/** A dash or a word between the two ends of a range of days. */
const RANGE_JOIN = String.raw`\s*(?:[–—-]|\bto\b|\buntil\b|\bthrough\b)\s*`;
/**
 * A heading that is a range of days alone: "Friday, 30 October – Sunday, 1 November", "30–31 October 2020",
 * "October 30 – November 1", "Oct 30-31". Groups: the first day's number, then its month (when written), or its
 * month then number, and the second end's month. Anchored, each part of one shape: linear on any line.
 */
const DAY_RANGE = new RegExp(
  String.raw`^${WEEKDAY}(?:(\d{1,2})(?:st|nd|rd|th)?(?:\s+(${MONTH_NAME}))?(?:,?\s+\d{4})?${RANGE_JOIN}${WEEKDAY}\d{1,2}(?:st|nd|rd|th)?\s+(${MONTH_NAME})|(${MONTH_NAME})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+\d{4})?${RANGE_JOIN}${WEEKDAY}(?:${MONTH_NAME}\s+)?\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?[.:]?$`,
  'iu',
);

/**
 * The first day of a heading that is a range of days alone ("Friday, 30 October – Sunday, 1
 * November" → 30 October): the day its text begins with, so that what stands under it is not
 * left on the day of the section before. Its year is left to the report's date.
 */
function rangeStart(text: string): (PartialDate & { range: true }) | null {
  const m = DAY_RANGE.exec(text.trim());
  if (m === null) return null;
  const [day, month] = m[1] !== undefined ? [m[1], m[2] ?? m[3]!] : [m[5]!, m[4]!];
  const found = dateLineDate(`${day} ${month}`) ?? impossibleDate(`${day} ${month}`);
  return found === null ? null : { ...found, year: null, text: text.trim(), range: true };
}

/**
 * A row of a table of figures set out in spaces, not pipes ("26 October   41   1   3"), which
 * the classifier may take for a stamp: a date, then two figures or more. It names no section's day.
 */
const ROW_OF_FIGURES = new RegExp(
  String.raw`^${WEEKDAY}(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}|${MONTH_NAME}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?(?:\s+[-–—]|\s+[+-]?\d[\d.,%]*){2,}$`,
  'iu',
);

/**
 * What follows the dash of a range of days ("26 October – 1 November", "Friday, 30 October – Sunday, 1 November",
 * "October 26 – 31, 2020: …"): a day and its month, a weekday and a day, or a day alone that ends the date. A number
 * opening the heading's words ("6 October: 21 soldiers killed") is none, nor is anything after a colon or a comma.
 */
const RANGE_END = new RegExp(
  String.raw`^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_NAME}(?!\p{L})|${MONTH_NAME}\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\s*(?:[:|.]|$))`,
  'iu',
);

/**
 * The day a heading opens with, before its words ("5 October: Day 9"), or null; null too for a
 * range of days ("26 October – 1 November 2020"), which names no one day.
 */
function leadingDate(text: string): PartialDate | null {
  const m = LEADING_DATE.exec(text);
  if (m === null || (/[–—-]/u.test(m[2]!) && RANGE_END.test(text.slice(m[0].length - 1)))) return null;
  return dateLineDate(m[1]!) ?? impossibleDate(m[1]!);
}

/**
 * Whether a report's headings are a sequence of days, as a wiki's timeline or a digest's are: at
 * least two headings open with a date ("5 October: Day 9", "6 October – Hadrut falls", or a date
 * alone). Only then does a heading that goes on past its date name a day: one subheading of an
 * article opening with a date ("October 5: heavy shelling") does not make the text under it that
 * day's news. Only headings are read.
 */
function daySequence(blocks: readonly Block[], roles: readonly Role[]): boolean {
  let dated = 0;
  for (let i = 0; i < blocks.length; i++) {
    const role = roles[i]!;
    if (role.role !== 'heading' && !(role.role === 'set-aside' && role.reason === 'dateline' && blocks[i]!.kind === 'heading')) continue;
    const text = blocks[i]!.text;
    if ((dateLineDate(text) !== null || leadingDate(text) !== null) && ++dated >= 2) return true;
  }
  return false;
}
