import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupByDay } from '../src/group-by-day.ts';
import { SIDES } from '../src/model.ts';
import { claim, report } from './site-fixtures.ts';

/** Each day as `date: report ids | claim texts by side order`. */
function outline(days: ReturnType<typeof groupByDay>): string[] {
  return days.map((d) => `${d.date}: ${d.reports.join(' ')} | ${SIDES.flatMap((s) => d.claims[s].map((c) => c.text)).join(' ')}`);
}

describe('groupByDay', () => {
  it('groups reports with every claim on their own day by that day, undated last', () => {
    const days = groupByDay([
      report('b', '2021-05-02', (id) => [claim(id, 'yerevan', 'B1'), claim(id, 'baku', 'B2')]),
      report('n', null, (id) => [claim(id, 'international', 'N1')]),
      report('a', '2021-05-02', (id) => [claim(id, 'baku', 'A1')]),
      report('c', '2021-05-01', (id) => [claim(id, 'baku', 'C1')]),
    ]);
    assert.deepEqual(outline(days), ['2021-05-01: c | C1', '2021-05-02: a b | A1 B2 B1', 'null: n | N1']);
  });

  it('puts a claim on its own day, not its report’s, listing the report under both', () => {
    const days = groupByDay([
      report('timeline', '2021-05-03', (id) => [
        claim(id, 'baku', 'T1', { date: '2021-05-01' }),
        claim(id, 'yerevan', 'T2', { date: '2021-05-01' }),
        claim(id, 'baku', 'T3', { date: '2021-05-02' }),
        claim(id, 'international', 'T4'),
      ]),
      report('bulletin', '2021-05-01', (id) => [claim(id, 'baku', 'B1')]),
    ]);
    assert.deepEqual(outline(days), ['2021-05-01: bulletin timeline | B1 T1 T2', '2021-05-02: timeline | T3', '2021-05-03: timeline | T4']);
    const ids = days.flatMap((d) => SIDES.flatMap((s) => d.claims[s].map((c) => c.id)));
    assert.equal(new Set(ids).size, 5, 'each claim once');
  });

  it('lists a report under its own day even when all its claims are on other days', () => {
    const days = groupByDay([report('late', '2021-05-09', (id) => [claim(id, 'baku', 'L1', { date: '2021-05-08' })])]);
    assert.deepEqual(outline(days), ['2021-05-08: late | L1', '2021-05-09: late | ']);
  });

  it('keeps a dated claim of an undated report on its day, and the report in the undated group', () => {
    const days = groupByDay([report('loose', null, (id) => [claim(id, 'baku', 'L1', { date: '2021-05-08' }), claim(id, 'yerevan', 'L2')])]);
    assert.deepEqual(outline(days), ['2021-05-08: loose | L1', 'null: loose | L2']);
  });
});
