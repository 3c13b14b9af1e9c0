import { format } from 'date-fns/format';

/**
 * Dates as readers see them. A `YYYY-MM-DD` day is built from its parts in local time and
 * formatted in local time, so the label is the same in every time zone, and date-fns's own
 * English names keep it independent of the ICU data Node ships with.
 */
function toDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

// Every claim of a day asks for the same label; formatting once per day and pattern keeps big corpora fast.
const cache = new Map<string, string>();
function formatted(iso: string, pattern: string): string {
  const key = `${pattern}|${iso}`;
  let label = cache.get(key);
  if (label === undefined) {
    label = format(toDate(iso), pattern);
    cache.set(key, label);
  }
  return label;
}

/**
 * @example
 *   dayLabel('2020-11-04') // 'Wednesday 4 November 2020'
 */
export function dayLabel(iso: string): string {
  return formatted(iso, 'EEEE d MMMM yyyy');
}

/** What the reports without a date are called wherever a day or a month would be named. */
export const UNDATED_LABEL = 'Undated reports';

/** `dayLabel`, or `UNDATED_LABEL` for the reports without a date. */
export function dayTitle(date: string | null): string {
  return date === null ? UNDATED_LABEL : dayLabel(date);
}

/**
 * @example
 *   shortDayLabel('2020-11-04') // '4 November 2020'
 */
export function shortDayLabel(iso: string): string {
  return formatted(iso, 'd MMMM yyyy');
}

/**
 * @example
 *   monthLabel('2020-11-04') // 'November 2020'
 */
export function monthLabel(iso: string): string {
  return formatted(iso, 'MMMM yyyy');
}

/**
 * @example
 *   dayOfMonth('2020-11-04') // '4'
 */
export function dayOfMonth(iso: string): string {
  return String(Number(iso.slice(8, 10)));
}
