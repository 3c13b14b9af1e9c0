import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundKind, isBackgroundNarration } from '../src/background.ts';

describe('backgroundKind', () => {
  const cases: [string, ReturnType<typeof backgroundKind>][] = [
    ['Since late September, the war has displaced thousands.', 'history'],
    ['The region broke away in a war in the early 1990s.', 'history'],
    ['The fighting began on Sept. 27 and has not stopped.', 'history'],
    ['Both sides accuse each other of breaking the truce.', 'mutual'],
    ['The warring parties blame one another for the collapse.', 'mutual'],
    ['The Minsk Group is the body that mediates the talks.', 'definition'],
    ['Also in the group are Germany, Italy and Sweden.', 'definition'],
    ['Terter lies about 20 kilometres from the front line.', 'definition'],
    // A side's own words, or news of the day: not background.
    ['The Azerbaijani army is the strongest in the region.', null],
    ['Armenia is an aggressor.', null],
    ['The situation is tense.', null],
    ['Two houses in Martuni burned overnight.', null],
    ['“Both sides must stop,” he said.', null],
    ['We have lost nothing since September.', null],
  ];
  for (const [text, kind] of cases) it(`${kind ?? 'not background'} ← ${text}`, () => assert.equal(backgroundKind(text), kind));
});

describe('isBackgroundNarration', () => {
  it('also folds the frame of ceasefires the outlet recalls', () => {
    assert.equal(isBackgroundNarration('Three ceasefires have collapsed within hours.'), true);
    assert.equal(isBackgroundNarration('Two shells hit a school in Barda.'), false);
  });
});
