import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { excerpt } from '../src/site/excerpt.ts';
import { dayLabel, monthLabel } from '../src/site/format-date.ts';
import { placeSlugs } from '../src/site/place-slugs.ts';
import { siteOrigin } from '../src/site/site-origin.ts';
import { documentTitle } from '../src/site/layout.ts';
import { siteModels, smallWar } from './site-fixtures.ts';

describe('excerpt', () => {
  it('leaves a short text whole', () => {
    assert.equal(excerpt('Bridges were closed.', 40), 'Bridges were closed.');
  });

  it('cuts a long text at a word boundary and marks the cut', () => {
    const out = excerpt('The weather station on the ridge reported heavy fog all morning', 30);
    assert.equal(out, 'The weather station on the…');
    assert.ok([...out].length <= 31);
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    assert.equal(excerpt('Trains, buses, ferries: all stopped at dusk today', 15), 'Trains, buses…');
  });

  it('cuts inside a single word longer than the limit rather than returning nothing', () => {
    assert.equal(excerpt('Supercalifragilistic', 5), 'Super…');
  });
});

describe('dates', () => {
  it('labels a day by its own date in every time zone', () => {
    const saved = process.env.TZ;
    try {
      // A different day per zone: labels are cached per day, and each must be computed under its zone.
      const labels = [['UTC', '2021-04-02'], ['America/Los_Angeles', '2021-04-03'], ['Pacific/Kiritimati', '2021-04-04']].map(([tz, day]) => {
        process.env.TZ = tz;
        return dayLabel(day!);
      });
      assert.deepEqual(labels, ['Friday 2 April 2021', 'Saturday 3 April 2021', 'Sunday 4 April 2021']);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('names the month of a day', () => {
    assert.equal(monthLabel('2021-12-31'), 'December 2021');
  });
});

describe('place slugs', () => {
  it('turns names into ASCII addresses', () => {
    const slugs = placeSlugs(['Old Mill', 'Şəki']);
    assert.equal(slugs.get('Old Mill'), 'old-mill');
    assert.match(slugs.get('Şəki')!, /^[a-z0-9-]+$/);
  });

  it('gives names that slug alike different addresses, whatever order they come in', () => {
    const a = placeSlugs(['Lake Town', 'Lake-Town', 'lake town']);
    const b = placeSlugs(['lake town', 'Lake-Town', 'Lake Town']);
    assert.deepEqual([...a].sort(), [...b].sort());
    assert.equal(new Set(a.values()).size, 3);
  });
});

describe('site origin', () => {
  it('keeps only the origin of a full address', () => {
    assert.deepEqual(siteOrigin('https://news.example/'), { origin: 'https://news.example' });
  });

  it('refuses an address with a path, pointing at --path-prefix', () => {
    const r = siteOrigin('https://news.example/timeline/');
    assert.ok('error' in r && /--path-prefix/.test(r.error));
  });

  it('refuses a host without a scheme', () => {
    assert.ok('error' in siteOrigin('news.example'));
  });
});

describe('document titles', () => {
  it('fit in 70 characters with the site name', () => {
    const t = documentTitle('A very long headline about the reopening of every mountain pass in the northern districts');
    assert.ok(t.length <= 70, t);
    assert.match(t, /… · Karabakh timeline$/);
  });
});

describe('site data', () => {
  const site = siteModels(smallWar());

  it('lists dated days by month on the timeline, the undated group last', () => {
    assert.deepEqual(
      site.timeline.months.map((m) => [m.label, m.days.map((d) => d.shortLabel)]),
      [
        ['March 2021', ['30']],
        ['April 2021', ['2', '10']],
      ],
    );
    assert.equal(site.timeline.undated?.url, '/days/undated/');
    assert.equal(site.timeline.reportCount, 5);
  });

  it('counts claims per side on the timeline and shows what a side reported before its background', () => {
    const april2 = site.timeline.months[1]!.days[0]!;
    assert.deepEqual(april2.sides.map((s) => [s.info.label, s.count]), [['Baku', 1], ['Yerevan', 1], ['International', 2]]);
    assert.equal(april2.sides[2]!.firstLine, 'Observers counted eleven lorries at the northern checkpoint.');
  });

  it('links each day to the dated days before and after it, and keeps the undated page out of the chain', () => {
    const chain = site.days.map((d) => [d.url, d.previous?.url ?? null, d.next?.url ?? null]);
    assert.deepEqual(chain, [
      ['/days/2021-03-30/', null, '/days/2021-04-02/'],
      ['/days/2021-04-02/', '/days/2021-03-30/', '/days/2021-04-10/'],
      ['/days/2021-04-10/', '/days/2021-04-02/', null],
      ['/days/undated/', null, null],
    ]);
  });

  it('puts a day’s claims of every report in three columns, background apart', () => {
    const day = site.days[1]!;
    assert.deepEqual(day.columns.map((c) => c.info.side), ['baku', 'yerevan', 'international']);
    assert.deepEqual(day.columns[0]!.claims.map((c) => c.sourceUrl.split('#')[0]), ['/reports/charlie/']);
    assert.deepEqual(day.columns[2]!.background.map((c) => c.text), ['For months the two camps have traded blame over the dam.']);
    assert.deepEqual(day.reports.map((r) => r.url), ['/reports/bravo/', '/reports/charlie/']);
  });

  it('links every claim to its paragraph and says how its side was decided when nobody is named', () => {
    const yerevan = site.days[1]!.columns[1]!.claims[0]!;
    assert.match(yerevan.sourceUrl, /^\/reports\/bravo\/#p\d+$/);
    assert.match(yerevan.attribution, /Yerevan section/);
    const named = site.days[0]!.columns[0]!.claims[0]!;
    assert.equal(named.attribution, 'the port authority');
  });

  it('gathers what every side said about a place on its page, by day', () => {
    const riverton = site.places.find((p) => p.name === 'Riverton')!;
    assert.equal(riverton.url, '/places/riverton/');
    assert.deepEqual(
      riverton.days.map((d) => [d.day.url, d.sides.map((s) => [s.info.side, s.count])]),
      [
        ['/days/2021-03-30/', [['baku', 1], ['yerevan', 0], ['international', 0]]],
        ['/days/2021-04-02/', [['baku', 0], ['yerevan', 1], ['international', 0]]],
      ],
    );
    assert.equal(riverton.count, 2);
    const claim = site.days[0]!.columns[0]!.claims[0]!;
    assert.deepEqual(claim.places, [{ url: `/places/riverton/#${claim.elementId}`, label: 'Riverton' }], 'a claim links to itself on its place’s page');
  });

  it('lists everything one side claimed, by month on its overview and by day on its month pages', () => {
    const baku = site.sidePages.find((s) => s.info.side === 'baku')!;
    assert.deepEqual(baku.months.map((m) => [m.url, m.count]), [['/sides/baku/2021-03/', 1], ['/sides/baku/2021-04/', 2]]);
    assert.equal(baku.count, 3);
    const april = site.sideMonths.find((m) => m.url === '/sides/baku/2021-04/')!;
    assert.deepEqual(april.days.map((d) => d.day.url), ['/days/2021-04-02/', '/days/2021-04-10/']);
  });

  it('orders the report index by date, undated last', () => {
    assert.deepEqual(site.reportIndex.map((r) => r.url), ['/reports/alpha/', '/reports/bravo/', '/reports/charlie/', '/reports/delta/', '/reports/echo/']);
  });
});
