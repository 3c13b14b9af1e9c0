import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPasses } from '../src/render-passes.ts';
import type { PagePlan, PagePlans } from '../src/site/site-model.ts';

/** A plan with just what passes read: its weight (a model is never built to cut passes). */
function plan<M>(url: string, weight: number): PagePlan<M> {
  return { url, key: url, weight, build: () => assert.fail(`${url} was built`) };
}

/** Report and day pages of the given weights. */
function pages(reportWeights: number[], dayWeights: number[]): PagePlans {
  return {
    reports: reportWeights.map((n, i) => plan(`/reports/r${i}/`, n)),
    days: dayWeights.map((n, i) => plan(`/days/d${i}/`, n)),
    places: [],
    sides: [],
    sideMonths: [],
    placeMonths: [],
  };
}

const ids = (passes: PagePlans[]) => passes.map((p) => [...p.reports, ...p.days].map((page) => page.url.split('/')[2]));

describe('render passes', () => {
  it('is one pass when everything fits the budget', () => {
    assert.equal(renderPasses(pages([3, 4], [10]), 100).length, 1);
  });

  it('cuts the pages in order, every page in exactly one pass, no pass over the budget unless one page is', () => {
    const passes = renderPasses(pages([9, 9, 9, 9], [30, 2, 2]), 24);
    assert.deepEqual(ids(passes), [['r0', 'r1'], ['r2', 'r3'], ['d0'], ['d1', 'd2']]);
  });

  it('gives a page heavier than the budget a pass of its own', () => {
    assert.deepEqual(ids(renderPasses(pages([1], [500, 1]), 10)), [['r0'], ['d0'], ['d1']]);
  });
});
