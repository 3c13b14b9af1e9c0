import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCorpus } from '../scripts/corpus/write-corpus.ts';
import { generateReport } from '../scripts/corpus/generate-report.ts';
import type { SourceFile } from '../src/model.ts';
import { runPipeline } from '../src/process-report.ts';
import { PAGE_URL } from '../src/site/paginate.ts';
import { siteData, type SiteOptions } from '../src/site/site-data.ts';
import type { PagePlan } from '../src/site/site-model.ts';
import { claim, corpus, plannedPages, report } from './site-fixtures.ts';

// A rebuild renders a page again only when its plan's key changed (src/reuse-output.ts), and
// builds the models of those pages only: a key that stays the same while its model changes
// would leave a stale page on the site. These tests change a generated corpus the ways an
// editor does and compare, for every page, the key with the model it builds.

const SEED = 7;
const base: SourceFile[] = generateCorpus(40, SEED).map((r) => ({ file: r.fileName, text: r.text }));

/** Pages by kind and URL: key and model JSON. */
function pages(files: readonly SourceFile[], options?: SiteOptions) {
  return new Map(plannedPages(runPipeline(files), options).map((p) => [`${p.kind} ${p.url}`, p]));
}

const edited = base.map((f, i) => (i === 5 ? { ...f, text: `${f.text}\nAt dusk a convoy was shelled near Lachin, the Armenian Defense Ministry said.\n` } : f));
/** The first report without front matter, given some: a date (it moves to another day and month) or a title. */
const plain = base.findIndex((f) => !f.text.startsWith('---'));
const withFrontMatter = (yaml: string) => base.map((f, i) => (i === plain ? { ...f, text: `---\n${yaml}\n---\n${f.text}` } : f));

/** A report with nothing to claim: it shows on its day's page as a link only. */
const note = (title: string): SourceFile => ({ file: 'note.md', text: `---\ndate: 2020-10-12\n---\n# ${title}\n\n![A map of the front](map.png)\n` });

/** Corpora before and after a change, and the site options after it. */
const variants: [string, readonly SourceFile[], readonly SourceFile[], SiteOptions?][] = [
  ['the same reports', base, base.map((f) => ({ ...f }))],
  ['one report edited', base, edited],
  ['one report added', base, [...base, { file: generateReport(SEED, 40).fileName, text: generateReport(SEED, 40).text }]],
  ['one report removed', base, base.filter((_, i) => i !== 11)],
  ['one report moved to another month', base, withFrontMatter('date: 2021-03-15')],
  ['one report retitled', base, withFrontMatter('title: A corrected bulletin from the front')],
  ['a report without claims retitled', [...base, note('Editor’s note')], [...base, note('Editor’s note, corrected')]],
  ['places split by month (claims link to month pages)', base, base, { origin: null, placeMaxClaims: 3 }],
  ['side months listing their days', base, base, { origin: null, sideMonthMaxClaims: 3 }],
];

type Pages = ReturnType<typeof pages>;

/** Same key, same model, for every page on both sides of a change; true when some page changed. */
function assertKeysSound(old: Pages, after: Pages): boolean {
  let sameKey = 0;
  let changed = 0;
  for (const [page, was] of old) {
    const now = after.get(page);
    if (now === undefined) continue;
    if (now.key === was.key) {
      sameKey++;
      assert.equal(now.json, was.json, `${page} kept its key, so its model must be the same`);
    }
    if (now.json !== was.json) changed++;
  }
  // Most pages are untouched by one change.
  assert.ok(sameKey > 0, 'some pages keep their key');
  return changed > 0;
}

describe('page plans', () => {
  const before = pages(base);

  for (const [name, from, to, options] of variants) {
    it(`build the same model whenever their key is the same: ${name}`, () => {
      const changed = assertKeysSound(from === base ? before : pages(from), pages(to, options));
      // Each variant changes some page, the copy excepted.
      assert.equal(changed, name !== 'the same reports');
    });
  }

  // The limit is the median side month's count: some months list their days, the others show their claims.
  const counts = plannedPages(runPipeline(base)).filter((p) => p.kind === 'sideMonths').map((p) => (JSON.parse(p.json) as { count: number }).count).sort((a, b) => a - b);
  const listing: SiteOptions = { origin: null, sideMonthMaxClaims: counts[Math.floor(counts.length / 2)]! };
  for (const [name, from, to] of variants.filter(([, , , options]) => options === undefined)) {
    it(`build the same model whenever their key is the same, side months listing their days: ${name}`, () => {
      const [old, after] = [pages(from, listing), pages(to, listing)];
      const listed = [...after.values()].filter((p) => p.kind === 'sideMonths' && (JSON.parse(p.json) as { dayList: unknown[] }).dayList.length > 0);
      assert.ok(listed.length > 0 && listed.length < counts.length, 'some side months list their days, not all');
      assert.equal(assertKeysSound(old, after), name !== 'the same reports');
    });
  }

  it('change the key of no page that neither changed nor shows the edited report', () => {
    const after = pages(edited);
    const id = runPipeline(base).reports[5]!.id;
    const changedKeys = [...before].filter(([page, old]) => after.get(page)?.key !== old.key);
    assert.ok(changedKeys.length > 0);
    for (const [page, old] of changedKeys) {
      if (after.get(page)!.json === old.json) assert.ok(old.json.includes(`/reports/${id}/`), `${page} was rendered again without showing report ${id}`);
    }
  });

  it('weigh a page by the claims it shows (render passes are cut by weight)', () => {
    for (const p of before.values()) {
      const model = JSON.parse(p.json) as { claimCount?: number; setAsideCount?: number; count?: number; days?: unknown[]; columns?: unknown };
      const shown = p.kind === 'reports' ? model.claimCount! + model.setAsideCount!
        : p.kind === 'days' ? model.claimCount!
        : p.kind === 'sides' ? 0
        : model.days!.length > 0 ? model.count! : 0;
      assert.equal(p.weight, 1 + shown, `${p.kind} ${p.url}`);
    }
  });

  it('are at the URL their template writes the model to (where page reuse looks for the page)', () => {
    const { pages } = siteData(runPipeline(base), { origin: null, placeMaxClaims: 3 });
    for (const [kind, plans] of Object.entries(pages)) {
      const urlOf = PAGE_URL[kind as keyof typeof PAGE_URL] as (model: unknown) => string;
      assert.ok(plans.length > 0, kind);
      for (const plan of plans as readonly PagePlan<unknown>[]) assert.equal(urlOf(plan.build()), plan.url, kind);
    }
  });

  it('are made for a day of 200,000 claims (a key is not made with an argument per claim)', () => {
    const flood = report('flood', '2021-05-01', (id) => Array.from({ length: 200_000 }, (_, i) => claim(id, i % 2 ? 'baku' : 'yerevan', `Bulletin line ${i} on the ford.`, { places: ['Riverton'] })));
    const { pages } = siteData(corpus([flood]));
    assert.deepEqual([pages.days.length, pages.sideMonths.length, pages.places.length], [1, 2, 1]);
    assert.equal(pages.days[0]!.weight, 200_001);
  });
});
