import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../scripts/chromium.ts';
import { serveFolder, type StaticServer } from '../scripts/static-server.ts';
import type { Claim, RecordsExport, Side } from '../src/model.ts';
import { ROOT } from './helpers.ts';
import { claimsByReport } from './records-file.ts';
import { buildSeeds, generatedSeeds, pageTypes, removeSite, type BuiltSite } from './site-support.ts';

// The seeds built whole, served on 127.0.0.1, read in Debian's Chromium.
const ARTIFACTS = join(ROOT, 'test-artifacts');
const SIDES: Side[] = ['baku', 'yerevan', 'international'];
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface Served {
  site: BuiltSite;
  server: StaticServer;
  /** Absolute URL of a site path, with the prefix. */
  url(path: string): string;
}

async function serve(site: BuiltSite): Promise<Served> {
  const server = await serveFolder(site.root, { notFoundPage: join(site.dir, '404.html') });
  return { site, server, url: (path) => `${server.origin}${site.prefix}${path.replace(/^\//, '')}` };
}

/** The claims of one day, by side, from the records export. */
function dayClaims(records: RecordsExport, date: string): Record<Side, Claim[]> {
  const day = records.days.find((d) => d.date === date);
  assert.ok(day, `${date} is a day of the records`);
  return day.claims;
}

/** Every request a page makes, to check that none leaves the site. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function axeViolations(page: Page): Promise<string[]> {
  // Folded text (background, set-aside pieces) is checked too.
  await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('the site in a browser', () => {
  let browser: Browser;
  let plain: Served;
  let prefixed: Served;

  before(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const [a, b] = await Promise.all([buildSeeds('/'), buildSeeds('/sub/')]);
    [plain, prefixed] = await Promise.all([serve(a), serve(b)]);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await plain?.server.close();
    await prefixed?.server.close();
    await Promise.all([removeSite(plain?.site), removeSite(prefixed?.site)]);
  });

  const open = async (served: Served, path: string, options: Parameters<Browser['newContext']>[0] = {}) => {
    const context = await browser.newContext({ viewport: DESKTOP, ...options });
    const requests = recordRequests(context);
    const page = await context.newPage();
    const response = await page.goto(served.url(path));
    return { context, page, requests, status: response?.status() ?? 0 };
  };

  it('opens the home page with every day of the records in order and an index to jump to each', async () => {
    const { context, page } = await open(plain, '/');
    try {
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      const dated = plain.site.records.days.filter((d) => d.date !== null).map((d) => d.date!);
      const dayLinks = await page.locator('main .day-summary h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      assert.deepEqual(dayLinks, dated.map((d) => `/days/${d}/`));
      for (const date of dated) {
        await page.locator(`.day-index a[href="#d-${date}"]`).click();
        assert.ok(await page.locator(`#d-${date}`).isVisible());
        assert.equal(new URL(page.url()).hash, `#d-${date}`);
      }
    } finally {
      await context.close();
    }
  });

  it('shows on the 2020-11-04 page three side columns holding the claims of both reports of that day', async () => {
    const expected = dayClaims(plain.site.records, '2020-11-04');
    const reportsOfDay = plain.site.records.days.find((d) => d.date === '2020-11-04')!.reports;
    assert.equal(reportsOfDay.length, 2);
    const { context, page } = await open(plain, '/days/2020-11-04/');
    try {
      const headings = await page.locator('.columns > section > h2 .side-name').allTextContents();
      assert.deepEqual(headings, ['Baku', 'Yerevan', 'International']);
      const sourceReports = new Set<string>();
      for (const side of SIDES) {
        const column = page.locator(`.columns > section.side-${side}`);
        const ids = await column.locator('li.claim-item').evaluateAll((lis) => lis.map((li) => li.id));
        assert.deepEqual([...ids].sort(), expected[side].map((c) => `claim-${c.id}`).sort(), `${side} column holds exactly the day's ${side} claims`);
        for (const c of expected[side]) {
          const item = column.locator(`li[id="claim-${c.id}"]`);
          assert.equal((await item.locator('.claim-text').textContent())?.trim(), c.text);
          const href = await item.locator('a.claim-source').getAttribute('href');
          assert.equal(href, `/reports/${c.reportId}/#${c.anchor}`);
          sourceReports.add(c.reportId);
        }
      }
      assert.deepEqual([...sourceReports].sort(), [...reportsOfDay].sort(), 'claims of both reports are in the columns');
      await page.screenshot({ path: join(ARTIFACTS, 'day-2020-11-04-desktop.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('follows a claim’s source link to its paragraph on the report page, in view', async () => {
    const claims = dayClaims(plain.site.records, '2020-11-04');
    // The last claim of the day sits far down its report: landing on it needs a real scroll.
    const target = [...claims.baku, ...claims.yerevan].at(-1)!;
    const { context, page } = await open(plain, '/days/2020-11-04/');
    try {
      await page.locator(`li[id="claim-${target.id}"] a.claim-source`).click();
      await page.waitForURL(`**/reports/${target.reportId}/#${target.anchor}`);
      const landed = await page.evaluate(() => {
        const el = document.querySelector(':target');
        if (!el) return null;
        const box = el.getBoundingClientRect();
        return { id: el.id, top: box.top, bottom: box.bottom, height: window.innerHeight, text: el.textContent ?? '' };
      });
      assert.ok(landed, 'a paragraph is the target');
      assert.equal(landed.id, target.anchor);
      assert.ok(landed.top >= 0 && landed.top < landed.height, `the paragraph is in view (top ${landed.top})`);
      assert.ok(landed.text.replace(/\s+/g, ' ').includes(target.text.slice(0, 40)), 'the paragraph holds the claim');
    } finally {
      await context.close();
    }
  });

  it('shows a report with its metadata, every claim labelled by side and set-aside pieces folded with their reason', async () => {
    const report = plain.site.records.reports.find((r) => r.setAside.some((s) => s.reason !== 'heading'))!;
    const { context, page } = await open(plain, `/reports/${report.id}/`);
    try {
      assert.equal(await page.locator('h1').textContent(), report.title);
      assert.equal(await page.locator('.report-meta a').first().getAttribute('href'), report.date ? `/days/${report.date}/` : '/days/undated/');
      for (const c of claimsByReport(plain.site.records).get(report.id)!) {
        const block = page.locator(`.report-text [id="${c.anchor}"]`);
        assert.ok(((await block.getAttribute('class')) ?? '').split(' ').includes(`side-${c.side}`), `#${c.anchor} is marked ${c.side}`);
        assert.ok(await block.locator(`.side-tag-${c.side}`).isVisible(), `#${c.anchor} shows its side label`);
      }
      for (const s of report.setAside.filter((x) => x.reason !== 'heading')) {
        // A folded paragraph sits inside its fold; a folded list item holds its fold.
        const fold = page.locator(`details:has([id="${s.anchor}"]), [id="${s.anchor}"] > details`);
        assert.equal(await fold.count(), 1, `#${s.anchor} is folded`);
        assert.equal(await fold.evaluate((d) => (d as HTMLDetailsElement).open), false);
        assert.ok(!(await fold.locator('.set-aside-piece').first().isVisible()), `#${s.anchor} is hidden until unfolded`);
        assert.ok((await fold.textContent())?.includes(s.explanation), `#${s.anchor} gives its reason`);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'report-desktop.png'), fullPage: true });
    } finally {
      await context.close();
    }
  });

  it('links each day to the day before and after it', async () => {
    const dated = plain.site.records.days.filter((d) => d.date !== null).map((d) => d.date!);
    const { context, page } = await open(plain, `/days/${dated[0]}/`);
    try {
      for (const next of dated.slice(1)) {
        await page.locator('a[rel="next"]').click();
        await page.waitForURL(`**/days/${next}/`);
      }
      assert.equal(await page.locator('a[rel="next"]').count(), 0, 'the last day has no next');
      await page.locator('a[rel="prev"]').click();
      await page.waitForURL(`**/days/${dated.at(-2)}/`);
    } finally {
      await context.close();
    }
  });

  it('leads from a side’s overview through its months, day by day, and back', async () => {
    const { context, page } = await open(plain, '/sides/baku/');
    try {
      const months = await page.locator('.month-list a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      const dated = [...new Set(plain.site.records.days.filter((d) => d.date !== null && d.claims.baku.length > 0).map((d) => d.date!.slice(0, 7)))];
      assert.deepEqual(months, dated.map((m) => `/sides/baku/${m}/`));
      await page.locator('.month-list a').first().click();
      await page.waitForURL(`**${months[0]}`);
      for (const next of months.slice(1)) {
        await page.locator('a[rel="next"]').click();
        await page.waitForURL(`**${next}`);
      }
      const month = months.at(-1)!.slice(-8, -1);
      const expected = plain.site.records.days.filter((d) => d.date?.startsWith(month)).flatMap((d) => d.claims.baku.map((c) => `claim-${c.id}`));
      const ids = await page.locator('li.claim-item').evaluateAll((lis) => lis.map((li) => li.id));
      assert.deepEqual(ids.sort(), expected.sort(), `the ${month} page holds that month's Baku claims`);
      await page.locator('.breadcrumb a').last().click();
      await page.waitForURL('**/sides/baku/');
    } finally {
      await context.close();
    }
  });

  it('stacks the side columns on a phone and sets them side by side on a desktop', async () => {
    const tops = async (page: Page) => page.locator('.columns > section > h2').evaluateAll((hs) => hs.map((h) => Math.round(h.getBoundingClientRect().top + window.scrollY)));
    for (const [name, viewport] of [['phone', PHONE], ['desktop', DESKTOP]] as const) {
      const { context, page } = await open(plain, '/days/2020-11-04/', { viewport });
      try {
        const y = await tops(page);
        if (name === 'phone') assert.ok(y[0]! < y[1]! && y[1]! < y[2]!, `stacked on a phone: ${y.join(', ')}`);
        else assert.equal(new Set(y).size, 1, `side by side on a desktop: ${y.join(', ')}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= viewport.width, `no sideways scrolling (${width}px)`);
        await page.screenshot({ path: join(ARTIFACTS, `day-2020-11-04-${name}.png`) });
        for (const [label, path] of [['home', '/'], ['report', `/reports/${plain.site.records.reports[1]!.id}/`], ['place', '/places/'], ['about', '/about/']]) {
          await page.goto(plain.url(path!));
          const w = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(w <= viewport.width, `${label}: no sideways scrolling (${w}px)`);
          await page.screenshot({ path: join(ARTIFACTS, `${label}-${name}.png`) });
        }
      } finally {
        await context.close();
      }
    }
    const { context, page } = await open(plain, '/days/2020-11-04/', { viewport: PHONE, colorScheme: 'dark' });
    await page.screenshot({ path: join(ARTIFACTS, 'day-2020-11-04-phone-dark.png') });
    await context.close();
  });

  it('can be read and navigated with JavaScript off', async () => {
    const { context, page } = await open(plain, '/', { javaScriptEnabled: false });
    try {
      await page.locator('main .day-summary h3 a').first().click();
      await page.waitForURL('**/days/*/');
      await page.locator('a.claim-source').first().click();
      await page.waitForURL('**/reports/*/#p*');
      assert.ok(await page.locator(':target').isVisible());
      await page.locator('details.set-aside-fold summary').first().click();
      assert.equal(await page.locator('details.set-aside-fold').first().evaluate((d) => (d as HTMLDetailsElement).open), true, 'folds open without script');
    } finally {
      await context.close();
    }
  });

  it('has no WCAG 2.1 A/AA violations (axe-core) on any kind of page, light or dark', async () => {
    const problems: string[] = [];
    const types = await pageTypes(plain.site);
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: DESKTOP, colorScheme });
      const page = await context.newPage();
      for (const [type, path] of Object.entries(types)) {
        await page.goto(plain.url(path));
        problems.push(...(await axeViolations(page)).map((v) => `${type} (${colorScheme}) ${path}: ${v}`));
      }
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  it('requests nothing from outside the site', async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const requests = recordRequests(context);
    const page = await context.newPage();
    for (const path of Object.values(await pageTypes(plain.site))) await page.goto(plain.url(path));
    await context.close();
    const outside = requests.filter((u) => !u.startsWith(`${plain.server.origin}/`));
    assert.deepEqual(outside, []);
    assert.ok(requests.some((u) => u.endsWith('/assets/site.css')));
  });

  describe('built from a small corpus with an undated report, a report with its outlet and one with tables', () => {
    let small: Served;
    before(async () => {
      small = await serve(await buildSeeds('/', { seeds: join(ROOT, 'test', 'fixtures', 'site-small') }));
    });
    after(async () => {
      await small?.server.close();
      await removeSite(small?.site);
    });

    it('lists the undated reports last on the timeline, on a page of their own, and shows the outlet and original address', async () => {
      const undated = small.site.records.days.find((d) => d.date === null)!;
      const { context, page } = await open(small, '/');
      try {
        const days = await page.locator('main .day-summary h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        assert.equal(days.at(-1), '/days/undated/');
        await page.locator('main .day-summary h3 a').last().click();
        await page.waitForURL('**/days/undated/');
        const ids = await page.locator('li.claim-item').evaluateAll((lis) => lis.map((li) => li.id));
        const expected = SIDES.flatMap((side) => undated.claims[side].map((c) => `claim-${c.id}`));
        assert.deepEqual(ids.sort(), expected.sort());
        assert.equal(await page.locator('a[rel="prev"], a[rel="next"]').count(), 0, 'the undated page is not a day in the chain');
        assert.deepEqual(await axeViolations(page), []);
        const dated = small.site.records.reports.find((r) => r.publisher !== null)!;
        await page.goto(small.url(`/reports/${dated.id}/`));
        assert.ok((await page.locator('.report-meta').textContent())?.includes(dated.publisher!));
        assert.equal(await page.locator('.report-meta a[rel~="external"]').getAttribute('href'), dated.url);
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });

    it('shows a report’s table with each claim row or cell labelled by side, on a phone without sideways scrolling, light and dark', async () => {
      const report = small.site.records.reports.find((r) => r.title === 'Checkpoint log')!;
      for (const [viewport, colorScheme] of [[PHONE, 'dark'], [DESKTOP, 'light']] as const) {
        const { context, page } = await open(small, `/reports/${report.id}/`, { viewport, colorScheme });
        try {
          const labelled = await page.locator('.report-text table .claim').evaluateAll((els) => els.map((el) => `${el.tagName} ${el.querySelector('.side-tag')?.textContent}`));
          assert.deepEqual(labelled, ['TR Baku:', 'TR Yerevan:', 'TD Baku:', 'TD Yerevan:']);
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= viewport.width, `no sideways scrolling (${width}px)`);
          assert.deepEqual(await axeViolations(page), []);
          await page.screenshot({ path: join(ARTIFACTS, `report-table-${colorScheme}.png`), fullPage: true });
        } finally {
          await context.close();
        }
      }
    });
  });

  describe('built from generated reports, the busiest places split by month', () => {
    let generated: Served;
    let seeds: string;
    before(async () => {
      seeds = await generatedSeeds();
      generated = await serve(await buildSeeds('/', { seeds }));
    });
    after(async () => {
      await generated?.server.close();
      await removeSite(generated?.site);
      if (seeds) await rm(dirname(seeds), { recursive: true, force: true });
    });

    it('shows a split place’s months in a table by side, each month with three side columns, and no WCAG violation light or dark', async () => {
      const types = await pageTypes(generated.site);
      assert.ok(types.placeOverview && types.placeMonth, 'some place is split');
      const problems: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const { context, page } = await open(generated, types.placeOverview, { colorScheme, viewport: colorScheme === 'dark' ? PHONE : DESKTOP });
        try {
          assert.deepEqual(await page.locator('.month-table thead th').allTextContents(), ['Month', 'Baku', 'Yerevan', 'International', 'All sides']);
          problems.push(...(await axeViolations(page)).map((v) => `overview (${colorScheme}): ${v}`));
          await page.locator('.month-table tbody a').first().click();
          await page.waitForURL(`**${types.placeMonth}`);
          const headings = await page.locator('.place-day').first().locator('.columns > section h3 .side-name').allTextContents();
          assert.deepEqual(headings, ['Baku', 'Yerevan', 'International']);
          problems.push(...(await axeViolations(page)).map((v) => `month (${colorScheme}): ${v}`));
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= (colorScheme === 'dark' ? PHONE : DESKTOP).width, `no sideways scrolling (${width}px)`);
          await page.screenshot({ path: join(ARTIFACTS, `place-month-${colorScheme}.png`) });
          await page.locator('.breadcrumb a').last().click();
          await page.waitForURL(`**${types.placeOverview}`);
        } finally {
          await context.close();
        }
      }
      assert.deepEqual(problems, []);
    });
  });

  describe('built with --path-prefix /sub/', () => {
    it('serves every page, asset and link under the prefix', async () => {
      const inside = `${prefixed.server.origin}/sub/`;
      const { context, page, requests, status } = await open(prefixed, '/');
      try {
        assert.equal(status, 200);
        const styled = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.notEqual(styled, 'rgba(0, 0, 0, 0)', 'the stylesheet is applied');
        await page.locator('main .day-summary h3 a').first().click();
        await page.waitForURL(`${inside}days/*/`);
        await page.locator('a.claim-source').first().click();
        await page.waitForURL(`${inside}reports/*/#p*`);
        assert.ok(await page.locator(':target').isVisible());
        for (const path of Object.values(await pageTypes(prefixed.site))) await page.goto(prefixed.url(path));
        const links = await page.locator('a[href^="/"], link[href^="/"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
        assert.deepEqual(links.filter((h) => !h.startsWith('/sub/')), [], 'the 404 page links under the prefix too');
        assert.deepEqual(requests.filter((u) => !u.startsWith(inside)), [], 'every request stays under the prefix');
      } finally {
        await context.close();
      }
    });

    it('has no WCAG 2.1 A/AA violations (axe-core) on any kind of page', async () => {
      const problems: string[] = [];
      const context = await browser.newContext({ viewport: PHONE });
      const page = await context.newPage();
      for (const [type, path] of Object.entries(await pageTypes(prefixed.site))) {
        await page.goto(prefixed.url(path));
        problems.push(...(await axeViolations(page)).map((v) => `${type} ${path}: ${v}`));
      }
      await context.close();
      assert.deepEqual(problems, []);
    });
  });
});
