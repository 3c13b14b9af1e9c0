import { isValid } from 'date-fns/isValid';

/** Reports are about events between these years; anything else is a typo. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/**
 * Whether `s` is `YYYY-MM-DD` and names a day that exists (no 2020-02-30), within the
 * plausible range.
 *
 * @example
 *   isRealDay('2020-02-29') // true
 *   isRealDay('2021-02-29') // false
 */
export function isRealDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Whether year/month/day (month 1-based) is a day that exists, within the plausible range. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) return false;
  // Built in UTC and read back: a date that rolled over (Feb 30 → Mar 1) is not real.
  const d = new Date(Date.UTC(year, month - 1, day));
  return isValid(d) && d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** `YYYY-MM-DD` from parts, without going through a local-time Date. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970 of a year, month (1-based) and day; a day past the month's end counts on into
 * the next (31 September is 1 October), which is what a distance between days needs.
 *
 * @example
 *   dayNumber(2021, 1, 2) - dayNumber(2020, 12, 30) // 3
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}
