import type { PagePlan, PagePlans } from './site/site-model.ts';

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
 * Cut the pages to render into passes of at most `budget` claims' worth (each plan's
 * `weight`; a page heavier than that is a pass of its own), keeping each kind's order. The
 * first pass also renders the templates that are not paginated (home, indexes, about); a build
 * with less than `budget` to render is one pass.
 */
export function renderPasses(pages: PagePlans, budget = PASS_BUDGET): PagePlans[] {
  const empty = (): PagePlans => ({ reports: [], days: [], places: [], sides: [], sideMonths: [], placeMonths: [] });
  const passes: PagePlans[] = [empty()];
  let load = 0;
  for (const kind of Object.keys(pages) as (keyof PagePlans)[]) {
    for (const page of pages[kind] as readonly PagePlan<unknown>[]) {
      if (load > 0 && load + page.weight > budget) {
        passes.push(empty());
        load = 0;
      }
      (passes.at(-1)![kind] as PagePlan<unknown>[]).push(page);
      load += page.weight;
    }
  }
  return passes;
}
