import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPasses } from '../src/render-passes.ts';
import type { PagesSelected } from '../src/site/site-model.ts';

/** Pages with just what the weights read: a report page counts its claims and set-aside pieces, a day its claims. */
function pages(reportClaims: number[], dayClaims: number[]): PagesSelected {
  return {
    reports: reportClaims.map((n, i) => ({ id: `r${i}`, claimCount: n, setAsideCount: 0 }) as unknown as PagesSelected['reports'][number]),
    days: dayClaims.map((n, i) => ({ url: `/days/d${i}/`, claimCount: n }) as unknown as PagesSelected['days'][number]),
    places: [],
    sides: [],
    sideMonths: [],
    placeMonths: [],
  };
}

const ids = (passes: PagesSelected[]) => passes.map((p) => [...p.reports.map((r) => r.id), ...p.days.map((d) => d.url)]);

describe('render passes', () => {
  it('is one pass when everything fits the budget', () => {
    assert.equal(renderPasses(pages([3, 4], [10]), 100).length, 1);
  });

  it('cuts the pages in order, every page in exactly one pass, no pass over the budget unless one page is', () => {
    const passes = renderPasses(pages([9, 9, 9, 9], [30, 2, 2]), 24);
    assert.deepEqual(ids(passes), [['r0', 'r1'], ['r2', 'r3'], ['/days/d0/'], ['/days/d1/', '/days/d2/']]);
  });

  it('gives a page heavier than the budget a pass of its own', () => {
    assert.deepEqual(ids(renderPasses(pages([1], [500, 1]), 10)), [['r0'], ['/days/d0/'], ['/days/d1/']]);
  });
});
