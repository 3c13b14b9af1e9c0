import type { PagesSelected } from './site/site-model.ts';

/**
 * Roughly how much HTML a page of each kind makes, in claims shown (~0.6–1 KB each): a report
 * page shows its whole text, a day, month or small place page its claims, an overview a table.
 */
const WEIGHT: { [K in keyof PagesSelected]: (page: PagesSelected[K][number]) => number } = {
  reports: (p) => 1 + p.claimCount + p.setAsideCount,
  days: (p) => 1 + p.claimCount,
  places: (p) => 1 + (p.days.length > 0 ? p.count : 0),
  sides: () => 1,
  sideMonths: (p) => 1 + p.count,
  placeMonths: (p) => 1 + p.count,
};

/**
 * Claims' worth of pages one Eleventy pass renders at most (~25–40 MB of HTML). Eleventy keeps
 * every page it renders in memory until its `write()` is over: in one pass, a cold build of
 * 10,000 reports held ~445 MB of HTML (~1.1 GB of heap: two bytes a character once a page has
 * a curly quote), and peaked at 2.0–2.15 GB RSS. In passes of 100,000 it peaked at 1.65 GB,
 * of 40,000 (24 passes) at 1.44 GB, in the same 33 s: a pass costs little, and what is left is
 * V8 collecting the passes' garbage lazily.
 */
export const PASS_BUDGET = 40_000;

/**
 * Cut the pages to render into passes of at most `budget` (a page heavier than that is a pass
 * of its own), keeping each kind's order. The first pass also renders the templates that are
 * not paginated (home, indexes, about); a build with less than `budget` to render is one pass.
 */
export function renderPasses(pages: PagesSelected, budget = PASS_BUDGET): PagesSelected[] {
  const empty = (): PagesSelected => ({ reports: [], days: [], places: [], sides: [], sideMonths: [], placeMonths: [] });
  const passes: PagesSelected[] = [empty()];
  let load = 0;
  for (const kind of Object.keys(WEIGHT) as (keyof PagesSelected)[]) {
    const weigh = WEIGHT[kind] as (page: unknown) => number;
    for (const page of pages[kind] as unknown[]) {
      const weight = weigh(page);
      if (load > 0 && load + weight > budget) {
        passes.push(empty());
        load = 0;
      }
      (passes.at(-1)![kind] as unknown[]).push(page);
      load += weight;
    }
  }
  return passes;
}
