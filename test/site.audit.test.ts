import assert from 'node:assert/strict';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { visit } from 'unist-util-visit';
import { SIDES } from '../src/model.ts';
import { ROOT } from './helpers.ts';
import { allClaims } from './records-file.ts';
import { allFiles, buildSeeds, generatedSeeds, GENERATED_REPORTS, htmlPages, removeSite, type BuildChoice, type BuiltSite } from './site-support.ts';

// Every page of three builds, checked by libraries: the seeds at the root and under /sub/, and
// a small corpus of our own with what the seeds lack (an undated report, an outlet and address);
// and the side and place pages of a generated corpus big enough to split places by month.

/**
 * html-validate's recommended and document rules, with one change: `require-sri` asks for
 * integrity hashes on same-origin files too; SRI protects against a third party changing
 * what it serves, and this site loads nothing from a third party.
 */
const VALIDATOR: ConfigData = {
  extends: ['html-validate:recommended', 'html-validate:document'],
  rules: { 'require-sri': ['error', { target: 'crossorigin' }] },
};

/** Links to other sites (a report's original address) are not ours to check, and the network is closed. */
const EXTERNAL = '^https?://(?!(?:localhost|127\\.0\\.0\\.1)[:/])';

function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

const attr = (el: Element | undefined, name: string): string | undefined => {
  const v = el?.properties[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? undefined : String(v);
};

const SMALL = join(ROOT, 'test', 'fixtures', 'site-small');
interface Build {
  name: string;
  prefix: string;
  choice: BuildChoice;
  /** Generated reports as the seeds, instead of `choice.seeds`. */
  generated?: boolean;
  /**
   * The pages checked, when not all of them: the generated build is there for the pages of
   * places split by month and the side months listing their days, which the other builds lack
   * (its other pages are of kinds they check, and validating its big side pages took 35 s).
   */
  only?: (path: string, all: readonly string[]) => boolean;
}

const BUILDS: Build[] = [
  { name: 'the seeds', prefix: '/', choice: {} },
  { name: 'the seeds under --path-prefix /sub/', prefix: '/sub/', choice: {} },
  { name: 'a small corpus with an undated report', prefix: '/', choice: { seeds: SMALL } },
  { name: `${GENERATED_REPORTS} generated reports, the busiest places split by month`, prefix: '/', choice: {}, generated: true, only: splitPage },
];

/** An overview or a month page of a place split by month, or a side's month page (the busiest list their days). */
function splitPage(path: string, all: readonly string[]): boolean {
  return SIDE_MONTH.test(path) || /^\/places\/[^/]+\/[^/]+\/$/.test(path) || (/^\/places\/[^/]+\/$/.test(path) && all.some((p) => p.startsWith(path) && p !== path));
}

const SIDE_MONTH = /^\/sides\/[^/]+\/[^/]+\/$/;

for (const { name, prefix, choice, generated, only } of BUILDS) {
  describe(`the site built from ${name}`, () => {
    let site: BuiltSite;
    let all: string[];
    let pages: string[];
    let seeds: string | undefined;
    const file = (path: string) => join(site.dir, path.endsWith('/') ? `${path}index.html` : path);

    before(async () => {
      seeds = generated ? await generatedSeeds() : undefined;
      site = await buildSeeds(prefix, seeds ? { ...choice, seeds } : choice);
      all = await htmlPages(site.dir);
      pages = only ? all.filter((p) => only(p, all)) : all;
    });

    after(async () => {
      await removeSite(site);
      if (seeds) await rm(dirname(seeds), { recursive: true, force: true });
    });

    it('has a page for every day, report, side, side month and place, plus the home, index, about and 404 pages', () => {
      const pages = all;
      for (const d of site.records.days) assert.ok(pages.includes(d.date ? `/days/${d.date}/` : '/days/undated/'));
      for (const r of site.records.reports) assert.ok(pages.includes(`/reports/${r.id}/`));
      for (const p of ['/', '/404.html', '/about/', '/places/', '/reports/', '/sides/baku/', '/sides/yerevan/', '/sides/international/']) assert.ok(pages.includes(p), p);
      const sideMonths = new Set(site.records.days.flatMap((d) => SIDES.filter((s) => d.claims[s].length > 0).map((s) => `/sides/${s}/${d.date?.slice(0, 7) ?? 'undated'}/`)));
      assert.deepEqual(pages.filter((p) => SIDE_MONTH.test(p)), [...sideMonths].sort(), 'one page per side and month it claimed something in');
      const placePages = pages.filter((p) => /^\/places\/[^/]+\/$/.test(p));
      const places = new Set(allClaims(site.records).flatMap((c) => c.places));
      assert.equal(placePages.length, places.size, 'one page per place mentioned');
    });

    if (generated) {
      it('splits the busiest places by month, the month pages holding exactly the claims that mention the place', async () => {
        const months = all.filter((p) => /^\/places\/[^/]+\/[^/]+\/$/.test(p));
        const split = [...new Set(months.map((p) => p.replace(/[^/]+\/$/, '')))];
        assert.ok(split.length > 0, 'some place is split');
        const itemIds = (text: string) => [...text.matchAll(/<li class="claim-item [^"]*" id="claim-([^"]+)"/g)].map((m) => m[1]!);
        for (const place of split) {
          const overview = await readFile(file(place), 'utf8');
          const name = /<h1>([^<]+)<\/h1>/.exec(overview)![1]!;
          const shown = (await Promise.all(months.filter((m) => m.startsWith(place)).map(async (m) => itemIds(await readFile(file(m), 'utf8'))))).flat();
          const expected = allClaims(site.records).filter((c) => c.places.includes(name)).map((c) => c.id);
          assert.deepEqual(shown.sort(), expected.sort(), `${place} (${name})`);
          assert.equal(itemIds(overview).length, 0, `${place} is an overview`);
        }
      });
    }

    if (generated) {
      it('lists the days of a side’s busiest months, each linking to that side’s section of the day’s page, with its count', async () => {
        let listed = 0;
        for (const path of all.filter((p) => SIDE_MONTH.test(p))) {
          const html = await readFile(file(path), 'utf8');
          const items = [...html.matchAll(/<li class="month-day side-([a-z]+)"><a href="\/days\/([^"#]+)\/#side-\1">[^<]+<\/a> <span class="count">(\d+ claims?)<\/span>/g)];
          if (items.length === 0) continue;
          listed++;
          assert.doesNotMatch(html, /class="claim-item/, `${path} lists days, not claims`);
          for (const [, side, date, count] of items) {
            const day = await readFile(file(`/days/${date}/`), 'utf8');
            assert.match(day, new RegExp(`<h2 id="side-${side}" class="side-heading">.*<span class="side-count">${count}</span></h2>`), `${path} → /days/${date}/#side-${side}`);
          }
        }
        assert.ok(listed > 0, 'some side month lists its days');
      });
    }

    it('passes the HTML validator with zero errors on every page', async () => {
      const validator = new HtmlValidate(VALIDATOR);
      const problems: string[] = [];
      for (const path of pages) {
        const report = await validator.validateString(await readFile(file(path), 'utf8'), path);
        for (const r of report.results) for (const m of r.messages) problems.push(`${path}:${m.line}:${m.column} ${m.message} [${m.ruleId}]`);
      }
      assert.deepEqual(problems, []);
    });

    it('has no broken internal link or anchor in the whole folder (linkinator)', async () => {
      const result = await new LinkChecker().check({
        path: only ? pages.map((p) => `${p.slice(1)}index.html`) : `${prefix.replace(/^\//, '')}**/*.html`,
        serverRoot: site.root,
        checkFragments: true,
        linksToSkip: [EXTERNAL],
      });
      const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}, status ${l.status})`);
      assert.deepEqual(broken, []);
      assert.ok(result.links.some((l) => l.url.includes('#p')) || result.links.length > pages.length, 'links were followed');
    });

    it('gives every page lang="en", a title, a description, its own canonical address and a strict CSP, and no script or inline style', async () => {
      for (const path of pages) {
        const tree = fromHtml(await readFile(file(path), 'utf8'));
        const [html] = elements(tree, 'html');
        assert.equal(attr(html, 'lang'), 'en', path);
        const titles = elements(tree, 'title');
        assert.equal(titles.length, 1, path);
        assert.ok(titles[0]!.children.length > 0, `${path} has a non-empty title`);
        const metas = elements(tree, 'meta');
        assert.ok(attr(metas.find((m) => attr(m, 'name') === 'description'), 'content'), `${path} has a description`);
        const csp = attr(metas.find((m) => attr(m, 'httpEquiv') === 'Content-Security-Policy'), 'content') ?? '';
        assert.match(csp, /default-src 'self'/, `${path} has a CSP`);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, path);
        const canonical = elements(tree, 'link').filter((l) => attr(l, 'rel') === 'canonical');
        assert.equal(canonical.length, 1, path);
        const own = path === '/404.html' ? `${prefix}404.html` : `${prefix}${path.slice(1)}`;
        assert.equal(attr(canonical[0], 'href'), own, `${path} is its own canonical page`);
        assert.deepEqual(elements(tree, 'script'), [], `${path} has no script`);
        const styled: string[] = [];
        visit(tree, 'element', (n) => {
          if (n.properties.style !== undefined || n.tagName === 'style') styled.push(n.tagName);
        });
        assert.deepEqual(styled, [], `${path} has no inline style`);
      }
    });

    it('loads nothing from elsewhere and links every page to the records download', async () => {
      for (const path of pages) {
        const tree = fromHtml(await readFile(file(path), 'utf8'));
        const loads = [...elements(tree, 'link').map((l) => attr(l, 'href')), ...['img', 'script', 'iframe', 'source', 'video', 'audio'].flatMap((t) => elements(tree, t).map((e) => attr(e, 'src')))];
        for (const url of loads) assert.ok(url?.startsWith(prefix), `${path} loads ${url} from the site`);
        const anchors = elements(tree, 'a').map((a) => attr(a, 'href'));
        assert.ok(anchors.includes(`${prefix}data/records.json`), `${path} links to the data`);
      }
    });
  });
}

describe('the built site', () => {
  it('is byte-identical whatever the time zone of the machine', async () => {
    const [east, west] = await Promise.all([buildSeeds('/', { env: { TZ: 'Pacific/Kiritimati' } }), buildSeeds('/', { env: { TZ: 'America/Los_Angeles' } })]);
    const files = await allFiles(east.dir);
    assert.deepEqual(await allFiles(west.dir), files);
    for (const f of files) assert.ok((await readFile(join(east.dir, f))).equals(await readFile(join(west.dir, f))), `${f} is the same`);
    await Promise.all([removeSite(east), removeSite(west)]);
  });
});
