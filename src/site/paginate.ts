import type { PagesSelected } from './site-model.ts';

/** Where each kind of paginated page is written: its model's URL (a side's is its info's). */
export const PAGE_URL: { [K in keyof PagesSelected]: (model: PagesSelected[K][number]) => string } = {
  reports: (r) => r.url,
  days: (d) => d.url,
  places: (p) => p.url,
  sides: (s) => s.info.url,
  sideMonths: (m) => m.url,
  placeMonths: (m) => m.url,
};

/**
 * Eleventy's data for a template with one page per model of `site.render[kind]`, the model
 * under `alias`: only the pages that changed since the previous build (all of them in a cold
 * build), each at its `PAGE_URL` + `index.html`, where the build's page reuse looks for it.
 *
 * @example
 *   export const data = onePagePer('days', 'day');
 */
export function onePagePer<K extends keyof PagesSelected, A extends string>(kind: K, alias: A) {
  const urlOf = PAGE_URL[kind] as (model: PagesSelected[K][number]) => string;
  return {
    pagination: { data: `site.render.${kind}`, size: 1, alias },
    permalink: (d: Record<A, PagesSelected[K][number]>) => `${urlOf(d[alias])}index.html`,
  };
}
