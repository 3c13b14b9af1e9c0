import { compareCodePoints } from '../read-seeds.ts';
import type { Claim, Side } from '../model.ts';
import { sha256 } from '../sha256.ts';
import { claimView, DAY_SIDE_ID_PREFIX, dayLink, viewKey, type ClaimContext } from './claim-view.ts';
import { dayTitle, monthLabel, UNDATED_LABEL } from './format-date.ts';
import { countBySide, sideClaims } from './side-claims.ts';
import type { DayClaims, Link, MonthDay, MonthPage, MonthSubject, MonthSummary, PagePlan, SideInfo } from './site-model.ts';
import { firstLine } from './timeline.ts';

/** The claims of a subject (a side, a place) on one day; `date` null for reports without a date. */
export interface SubjectDay {
  date: string | null;
  claims: readonly Claim[];
}

/** A subject's claims split by month: the overview's list and the month pages. */
export interface SubjectMonths {
  summaries: MonthSummary[];
  pages: PagePlan<MonthPage>[];
}

/**
 * Days grouped into the months they fall in, in date order, the undated group last whatever
 * order the days come in: a claim belongs to the month of its day (`Claim.date`).
 *
 * @example
 *   groupByMonth([{ date: '2020-10-31' }, { date: null }, { date: '2020-11-01' }])
 *   // [{ month: '2020-10', days: [31 Oct] }, { month: '2020-11', days: [1 Nov] }, { month: null, days: [undated] }]
 */
export function groupByMonth<T extends { date: string | null }>(days: readonly T[]): { month: string | null; days: T[] }[] {
  const months = new Map<string | null, T[]>();
  for (const day of days) {
    const key = day.date === null ? null : day.date.slice(0, 7);
    (months.get(key) ?? months.set(key, []).get(key)!).push(day);
  }
  const dated = [...months.keys()].filter((k) => k !== null).sort(compareCodePoints);
  const order = months.has(null) ? [...dated, null] : dated;
  // Undated days compare equal, and a stable sort keeps them in the order they came.
  return order.map((month) => ({ month, days: months.get(month)!.sort((a, b) => compareCodePoints(a.date ?? '', b.date ?? '')) }));
}

/** The address of a subject's month page (`/sides/baku/2020-11/`), or of its undated claims. */
export function monthUrl(subject: MonthSubject, month: string | null): string {
  return `${subject.url}${month ?? 'undated'}/`;
}

/**
 * One page per month of a subject's claims, day by day, each linked to the subject's dated
 * months before and after it and to its overview; the undated claims get a page outside the
 * chain. `sides` are the columns shown: the side itself, or all three for a place so that a
 * side's silence shows. Months without claims of the subject have no page. A side's month
 * with more than `listDaysOver` claims lists its days instead, each linking to the side's
 * section of the day's page (`listDaysOver` is null for a place: its days have three columns).
 */
export function planMonthPages(subject: MonthSubject, days: readonly SubjectDay[], sides: readonly SideInfo[], ctx: ClaimContext, listDaysOver: number | null = null): SubjectMonths {
  const months = groupByMonth(days.filter((d) => d.claims.length > 0));
  const link = (month: string | null): Link | null => (month ? { url: monthUrl(subject, month), label: monthLabel(`${month}-01`) } : null);
  const subjectKey = JSON.stringify([subject, sides.map((s) => s.side)]);
  const summaries: MonthSummary[] = [];
  const pages = months.map(({ month, days: list }, i): PagePlan<MonthPage> => {
    // The undated page is outside the chain; the undated month always comes last.
    const previous = month === null ? null : (months[i - 1]?.month ?? null);
    const next = month === null ? null : (months[i + 1]?.month ?? null);
    const url = monthUrl(subject, month);
    const label = month === null ? UNDATED_LABEL : monthLabel(`${month}-01`);
    const bySide = countBySide(list.flatMap((d) => d.claims));
    const counts = sides.map((info) => ({ info, count: bySide[info.side] }));
    const count = counts.reduce((n, c) => n + c.count, 0);
    summaries.push({ url, label, sides: counts, count });
    const around = JSON.stringify([month, previous, next]);
    const model = (days: DayClaims[], dayList: MonthDay[]): MonthPage => ({ url, month, label, subject, count, days, dayList, previous: link(previous), next: link(next) });
    if (listDaysOver !== null && subject.side !== null && count > listDaysOver) {
      const dayList = list.map((d) => monthDay(d, subject.side!));
      // The listed days are the whole page: their counts and first lines, not the claims' views.
      return { url, key: sha256('month', subjectKey, around, JSON.stringify(dayList)), weight: 1, build: () => model([], dayList) };
    }
    return {
      url,
      key: sha256('month', subjectKey, around, list.map((d) => `${d.date} ${viewKey(d.claims, ctx)}`).join('\0')),
      weight: 1 + count,
      build: () => model(list.map((d) => subjectDay(d, sides, ctx)), []),
    };
  });
  return { summaries, pages };
}

/** A day of a side's listed month: where the side's claims of that day are, how many, and how they begin. */
function monthDay(day: SubjectDay, side: Side): MonthDay {
  return {
    url: `${dayLink(day.date).url}#${DAY_SIDE_ID_PREFIX}${side}`,
    label: dayTitle(day.date),
    count: day.claims.length,
    firstLine: firstLine(day.claims)!,
  };
}

/** A day's claims in the subject's side columns, as the unsplit place page shows them too. */
export function subjectDay(day: SubjectDay, sides: readonly SideInfo[], ctx: ClaimContext): DayClaims {
  return { day: dayLink(day.date), sides: sideClaims(day.claims.map((c) => claimView(c, ctx)), sides) };
}
