import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dayNumber } from '../src/calendar.ts';

describe('dayNumber', () => {
  it('counts days, across a year’s end and a leap day', () => {
    assert.equal(dayNumber(1970, 1, 1), 0);
    assert.equal(dayNumber(2021, 1, 2) - dayNumber(2020, 12, 30), 3);
    assert.equal(dayNumber(2020, 3, 1) - dayNumber(2020, 2, 28), 2);
  });

  it('counts a day past the month’s end on into the next month', () => {
    assert.equal(dayNumber(2020, 9, 31), dayNumber(2020, 10, 1));
  });
});
