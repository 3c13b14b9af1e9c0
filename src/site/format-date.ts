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

/**
 * @example
 *   dayLabel('2020-11-04') // 'Wednesday 4 November 2020'
 */
export function dayLabel(iso: string): string {
  return format(toDate(iso), 'EEEE d MMMM yyyy');
}

/**
 * @example
 *   shortDayLabel('2020-11-04') // '4 November 2020'
 */
export function shortDayLabel(iso: string): string {
  return format(toDate(iso), 'd MMMM yyyy');
}

/**
 * @example
 *   monthLabel('2020-11-04') // 'November 2020'
 */
export function monthLabel(iso: string): string {
  return format(toDate(iso), 'MMMM yyyy');
}

/**
 * @example
 *   dayOfMonth('2020-11-04') // '4'
 */
export function dayOfMonth(iso: string): string {
  return String(Number(iso.slice(8, 10)));
}
