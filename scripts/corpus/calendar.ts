/**
 * Calendar arithmetic for report dates, in UTC only so the output never depends on the
 * machine's time zone.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** First day of the period the corpus covers: the start of the 2020 war. */
export const PERIOD_START = Date.UTC(2020, 8, 27);
/** Number of days covered: 27 September to 31 December 2020 inclusive. */
export const PERIOD_DAYS = 96;

const DAY_MS = 86_400_000;

/** A calendar day of the period, with the pieces every layout formats differently. */
export interface Day {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  monthName: string;
  weekday: string;
  /** yyyy-mm-dd. */
  iso: string;
}

/** The day `offset` days after PERIOD_START. @example dayAt(0).iso // '2020-09-27' */
export function dayAt(offset: number): Day {
  const d = new Date(PERIOD_START + offset * DAY_MS);
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return {
    year: d.getUTCFullYear(),
    month,
    day,
    monthName: MONTHS[month - 1] as string,
    weekday: WEEKDAYS[d.getUTCDay()] as string,
    iso: `${d.getUTCFullYear()}-${pad2(month)}-${day < 10 ? '0' : ''}${day}`,
  };
}

/** @example pad2(5) // '05' */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "November 4" — the form report titles use without a year. */
export function monthDay(d: Day): string {
  return `${d.monthName} ${d.day}`;
}

/** "November 4, 2020". */
export function longDate(d: Day): string {
  return `${d.monthName} ${d.day}, ${d.year}`;
}

/** "Thursday 29 October 2020 13:08 GMT" — a wire-story dateline. */
export function dateline(d: Day, hour: number, minute: number): string {
  return `${d.weekday} ${d.day} ${d.monthName} ${d.year} ${pad2(hour)}:${pad2(minute)} GMT`;
}
