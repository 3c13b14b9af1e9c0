import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCorpus } from '../scripts/corpus/write-corpus.ts';
import type { Records, Side } from '../src/model.ts';
import { runPipeline } from '../src/process-report.ts';
import { groupByMonth } from '../src/site/month-pages.ts';
import type { MonthPage } from '../src/site/site-model.ts';
import { acrossMonths, siteModels } from './site-fixtures.ts';

/** Claim ids shown on some month pages, in page order. */
const claimIds = (pages: readonly MonthPage[]) => pages.flatMap((p) => p.days.flatMap((d) => d.sides.flatMap((s) => [...s.claims, ...s.background].map((c) => c.id))));

/** Ids of the claims of the records that mention a place, or come from a side. */
function recordIds(records: Records, keep: (c: Records['reports'][number]['claims'][number]) => boolean): string[] {
  return records.reports.flatMap((r) => r.claims.filter(keep).map((c) => c.id));
}

describe('grouping days by month', () => {
  it('puts each day in its own month, months in date order whatever order the days come in, undated last', () => {
    const days = [{ date: '2021-02-01' }, { date: null }, { date: '2021-01-31' }, { date: '2020-12-31' }, { date: '2021-01-01' }];
    assert.deepEqual(
      groupByMonth(days).map((m) => [m.month, m.days.map((d) => d.date)]),
      [
        ['2020-12', ['2020-12-31']],
        ['2021-01', ['2021-01-01', '2021-01-31']],
        ['2021-02', ['2021-02-01']],
        [null, [null]],
      ],
    );
  });

  it('gives no month to an empty list', () => {
    assert.deepEqual(groupByMonth([]), []);
  });
});

describe('side month pages', () => {
  const corpus = acrossMonths();
  const site = siteModels(corpus);
  const monthsOf = (side: Side) => site.sideMonths.filter((m) => m.subject.side === side);

  it('put every claim of a side in the month of its day, once, and the undated ones on their own page', () => {
    for (const side of ['baku', 'yerevan', 'international'] as const) {
      const pages = monthsOf(side);
      for (const p of pages) {
        for (const d of p.days) {
          const ids = d.sides.flatMap((s) => [...s.claims, ...s.background]);
          assert.ok(ids.every((c) => c.side === side && c.day.url === d.day.url), `${p.url}: ${d.day.url} holds that day's ${side} claims`);
          assert.equal(p.month === null ? d.day.url : d.day.url.slice(6, 13), p.month === null ? '/days/undated/' : p.month, `${d.day.url} is in ${p.url}`);
        }
      }
      const shown = claimIds(pages);
      assert.deepEqual([...shown].sort(), recordIds(corpus.records, (c) => c.side === side).sort(), `${side}: no claim lost or repeated`);
    }
    assert.deepEqual(
      monthsOf('baku').map((m) => [m.url, m.count]),
      [
        ['/sides/baku/2020-12/', 2],
        ['/sides/baku/2021-01/', 1],
        ['/sides/baku/2021-02/', 1],
        ['/sides/baku/undated/', 1],
      ],
    );
  });

  it('count on the overview what the month pages hold, adding up to the side’s total', () => {
    for (const side of site.sidePages) {
      const pages = monthsOf(side.info.side);
      assert.deepEqual(side.months.map((m) => [m.url, m.count]), pages.map((p) => [p.url, p.count]));
      assert.equal(side.months.reduce((n, m) => n + m.count, 0), side.count);
      assert.equal(side.count, recordIds(corpus.records, (c) => c.side === side.info.side).length);
    }
  });

  it('link each dated month to the one before and after it, and keep the undated page out of the chain', () => {
    assert.deepEqual(
      monthsOf('baku').map((m) => [m.label, m.previous?.url ?? null, m.next?.url ?? null]),
      [
        ['December 2020', null, '/sides/baku/2021-01/'],
        ['January 2021', '/sides/baku/2020-12/', '/sides/baku/2021-02/'],
        ['February 2021', '/sides/baku/2021-01/', null],
        ['Undated reports', null, null],
      ],
    );
  });

  it('leave out months in which the side said nothing', () => {
    assert.deepEqual(monthsOf('yerevan').map((m) => m.month), ['2021-01']);
  });
});

describe('a side’s months with more claims than a page shows', () => {
  const corpus = acrossMonths();
  // December holds Baku's two claims (one background), each other month one.
  const site = siteModels(corpus, { origin: null, sideMonthMaxClaims: 1 });
  const baku = site.sideMonths.filter((m) => m.subject.side === 'baku');

  it('list their days, each linking to the side’s section of the day’s page with its count and first line', () => {
    const december = baku.find((m) => m.month === '2020-12')!;
    assert.deepEqual(december.days, []);
    assert.deepEqual(december.dayList, [{ url: '/days/2020-12-31/#side-baku', label: 'Thursday 31 December 2020', count: 2, firstLine: 'Snow closed the pass above Millbrook.' }]);
    assert.equal(december.count, 2);
  });

  it('keep the claims of the months within the limit on the month page, and list nothing there', () => {
    for (const m of baku.filter((p) => p.month !== '2020-12')) {
      assert.equal(m.count, 1, m.url);
      assert.deepEqual(m.dayList, [], m.url);
      assert.equal(claimIds([m]).length, 1, m.url);
    }
  });

  it('link to a section the day page has, and count what it shows, the undated day too', () => {
    const all = siteModels(corpus, { origin: null, sideMonthMaxClaims: 0 });
    assert.ok(all.sideMonths.some((m) => m.dayList.some((d) => d.url.startsWith('/days/undated/'))));
    for (const m of all.sideMonths) {
      for (const d of m.dayList) {
        const [url, id] = d.url.split('#');
        const day = all.days.find((p) => p.url === url)!;
        const column = day.columns.find((c) => `side-${c.info.side}` === id);
        assert.ok(column, `${d.url} names a side of the day page`);
        assert.equal(column.count, d.count, d.url);
      }
    }
  });

  it('leave place months with their claims, whatever the side limit', () => {
    const split = siteModels(corpus, { origin: null, sideMonthMaxClaims: 0, placeMaxClaims: 1 });
    assert.ok(split.placeMonths.length > 0);
    assert.ok(split.placeMonths.every((m) => m.dayList.length === 0 && m.days.length > 0));
    assert.ok(split.sideMonths.every((m) => m.dayList.length > 0 && m.days.length === 0));
  });
});

describe('place pages split by month', () => {
  const corpus = acrossMonths();

  it('keep every claim on the place page while it has no more than the limit', () => {
    const site = siteModels(corpus, { origin: null, placeMaxClaims: 6 });
    const place = site.places.find((p) => p.name === 'Millbrook')!;
    assert.equal(place.count, 6);
    assert.deepEqual(place.months, []);
    assert.equal(place.days.length, 5);
    assert.deepEqual(site.placeMonths, []);
  });

  it('turn a place with more claims than the limit into an overview counting by side and month, with all three sides on each month page', () => {
    const site = siteModels(corpus, { origin: null, placeMaxClaims: 5 });
    const place = site.places.find((p) => p.name === 'Millbrook')!;
    assert.deepEqual(place.days, []);
    assert.deepEqual(
      place.months.map((m) => [m.url, m.sides.map((s) => s.count), m.count]),
      [
        ['/places/millbrook/2020-12/', [1, 0, 0], 1],
        ['/places/millbrook/2021-01/', [1, 1, 1], 3],
        ['/places/millbrook/2021-02/', [1, 0, 0], 1],
        ['/places/millbrook/undated/', [1, 0, 0], 1],
      ],
    );
    const pages = site.placeMonths.filter((m) => m.subject.url === place.url);
    assert.ok(pages.every((p) => p.days.every((d) => d.sides.map((s) => s.info.side).join() === 'baku,yerevan,international')));
    assert.deepEqual(claimIds(pages).sort(), recordIds(corpus.records, (c) => c.places.includes('Millbrook')).sort());
    assert.ok(site.places.find((p) => p.name === 'Stonebridge')!.days.length === 1, 'a place under the limit keeps its claims');
  });
});

describe('month pages of a generated corpus', () => {
  // Reports from the benchmark's generator, through the whole pipeline. The limit is the median
  // place's count, so that whatever the generator writes, some places are split and some are not.
  const reports = generateCorpus(40, 7).map((r) => ({ file: r.fileName, text: r.text }));
  const corpus = runPipeline(reports);
  const counts = siteModels(corpus).places.map((p) => p.count).sort((a, b) => a - b);
  const limit = counts[Math.floor(counts.length / 2)]!;
  const site = siteModels(corpus, { origin: null, placeMaxClaims: limit });

  it('link each place a claim names to that claim on the place’s page, or on its month page for a split place', () => {
    // Every page a place's claims are on, by address: the place page itself, or its month pages.
    const shown = new Map<string, Set<string>>();
    const show = (url: string, ids: string[]) => shown.set(url, new Set(ids));
    for (const place of site.places) show(place.url, place.days.flatMap((d) => d.sides.flatMap((s) => [...s.claims, ...s.background].map((c) => c.elementId))));
    for (const month of site.placeMonths) show(month.url, month.days.flatMap((d) => d.sides.flatMap((s) => [...s.claims, ...s.background].map((c) => c.elementId))));
    let links = 0;
    let toMonths = 0;
    for (const claim of site.days.flatMap((d) => d.columns.flatMap((c) => [...c.claims, ...c.background]))) {
      for (const place of claim.places) {
        const [page, anchor] = place.url.split('#');
        assert.equal(anchor, claim.elementId, place.url);
        assert.ok(shown.get(page!)?.has(claim.elementId), `${claim.id} is on ${page}`);
        links++;
        if (site.placeMonths.some((m) => m.url === page)) toMonths++;
      }
    }
    assert.ok(toMonths > 0 && toMonths < links, `${toMonths} of ${links} links go to month pages`);
  });

  it('hold, for every split place, exactly the claims that mention it, adding up to its count', () => {
    const split = site.places.filter((p) => p.months.length > 0);
    assert.ok(split.length > 0 && split.length < site.places.length, `some places split at ${limit} claims, some not`);
    for (const place of split) {
      const pages = site.placeMonths.filter((m) => m.subject.url === place.url);
      assert.equal(pages.reduce((n, p) => n + p.count, 0), place.count, place.name);
      assert.equal(place.months.reduce((n, m) => n + m.count, 0), place.count, place.name);
      assert.deepEqual(claimIds(pages).sort(), recordIds(corpus.records, (c) => c.places.includes(place.name)).sort(), place.name);
    }
    for (const side of site.sidePages) {
      const pages = site.sideMonths.filter((m) => m.subject.side === side.info.side);
      assert.deepEqual(claimIds(pages).sort(), recordIds(corpus.records, (c) => c.side === side.info.side).sort(), side.info.label);
    }
  });
});
