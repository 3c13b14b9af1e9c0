import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SPEECH_VERB_PATTERN } from '../src/actors.ts';
import { allMatches } from '../src/all-matches.ts';

const shape = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, [...m], m.groups]);

describe('allMatches', () => {
  const cases: [string, RegExp][] = [
    ['Baku said it took the hill, while Yerevan said the attack failed and denied it.', SPEECH_VERB_PATTERN],
    ['a1b22c333', /\d*/gu],
    ['😀x😀', /(?:)/gu],
    ['😀x😀', /(?:)/g],
    ['Terter, Barda and Ganja', /(?<town>\p{Lu}\p{Ll}+)/gu],
    ['no match here', /zzz/g],
  ];
  for (const [text, re] of cases) {
    it(`gives what matchAll gives for /${re.source.slice(0, 30)}/${re.flags}`, () => {
      assert.deepEqual(shape(allMatches(text, re)), shape(text.matchAll(re)));
    });
  }

  it('starts at the pattern’s lastIndex and leaves it there, as matchAll does', () => {
    const re = /a/g;
    re.lastIndex = 2;
    assert.deepEqual(shape(allMatches('aaaa', re)), shape('aaaa'.matchAll(re)));
    assert.equal(re.lastIndex, 2);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    assert.throws(() => allMatches('a', /a/u), TypeError);
  });
});
