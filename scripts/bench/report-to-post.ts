/**
 * Turns one raw report into a plain Eleventy Markdown post: the conversion a user of plain
 * Eleventy would do by hand (a title and a date in front matter, the text as the body).
 * Not timed by the bench: it stands for content the user has already written.
 */
import matter from 'gray-matter';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december'];
const MONTH_RE = MONTHS.join('|');
/** "November 4, 2020" / "November 4" (year assumed 2020, the corpus period). */
const MONTH_DAY = new RegExp(`\\b(${MONTH_RE}) (\\d{1,2})(?:, (\\d{4}))?`, 'i');
/** "29 October 2020", as wire datelines write it. */
const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTH_RE}) (\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** @example reportToPost('Overview as of November 4\n…') // '---\ntitle: "Overview as of November 4"\ndate: 2020-11-04\n---\n…' */
export function reportToPost(raw: string): string {
  // An options object defeats gray-matter's cache, which would otherwise hand back one shared object.
  const { data, content } = matter(raw, {});
  const title = typeof data.title === 'string' && data.title !== '' ? data.title : firstLine(content);
  const date = isoDate(data.date) ?? findDate(content);
  const head = ['---', `title: ${JSON.stringify(title)}`];
  if (date !== undefined) head.push(`date: ${date}`);
  head.push('---', '');
  return head.join('\n') + content;
}

function firstLine(text: string): string {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? 'Untitled report';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}

function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && ISO.test(value)) return ISO.exec(value)?.[0];
  return undefined;
}

function findDate(text: string): string | undefined {
  const iso = ISO.exec(text);
  if (iso) return iso[0];
  const dm = DAY_MONTH.exec(text);
  if (dm) return ymd(Number(dm[3]), dm[2] as string, Number(dm[1]));
  const md = MONTH_DAY.exec(text);
  if (md) return ymd(md[3] === undefined ? 2020 : Number(md[3]), md[1] as string, Number(md[2]));
  return undefined;
}

function ymd(year: number, monthName: string, day: number): string {
  const month = MONTHS.indexOf(monthName.toLowerCase()) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
