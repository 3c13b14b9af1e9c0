import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { Day } from '../src/model.ts';
import { SIDES } from '../src/model.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  url: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Audits that cost points, for the report when a score is low. */
  failing: string[];
}

/**
 * Lighthouse 12 (mobile, simulated throttling: its defaults) on each URL, one after the other,
 * in one Debian Chromium started by chrome-launcher with a fresh profile.
 */
export async function lighthouseScores(urls: readonly string[]): Promise<PageScores[]> {
  // Chromium keeps its singleton socket in a folder of TMPDIR, which a killed browser cannot
  // remove: every run left one in /tmp. It gets a TMPDIR of its own, removed with it.
  const temp = await mkdtemp(join(tmpdir(), 'lighthouse-chromium-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROMIUM_ARGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
    envVars: { ...process.env, TMPDIR: temp } as Record<string, string>,
    logLevel: 'silent',
  }).catch(async (error: unknown) => {
    await rm(temp, { recursive: true, force: true });
    throw error;
  });
  try {
    const out: PageScores[] = [];
    for (const url of urls) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`);
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => `${c}: ${ref.id} (${lhr.audits[ref.id]?.displayValue ?? lhr.audits[ref.id]?.score})`),
      );
      out.push({ url, scores, failing });
    }
    return out;
  } finally {
    chrome.kill();
    await rm(temp, { recursive: true, force: true });
  }
}

/** The path of the dated day with the most claims (the heaviest day page), or nothing. */
export function busiestDay(days: readonly Day[]): string[] {
  const size = (d: Day) => SIDES.reduce((n, s) => n + d.claims[s].length, 0);
  const dated = days.filter((d) => d.date !== null);
  if (dated.length === 0) return [];
  const top = dated.reduce((a, b) => (size(b) > size(a) ? b : a));
  return [`/days/${top.date}/`];
}
