import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitClauses } from '../src/split-clauses.ts';

describe('splitClauses', () => {
  const cases: [string, string[]][] = [
    ['Baku said it took the hill, while Yerevan said the attack failed.', ['Baku said it took the hill, ', 'while Yerevan said the attack failed.']],
    ['The ministry reported downing a jet, a claim Armenian officials rejected.', ['The ministry reported downing a jet, ', 'a claim Armenian officials rejected.']],
    ['Armenia accused Azerbaijan of shelling Martuni; Baku denied it.', ['Armenia accused Azerbaijan of shelling Martuni; ', 'Baku denied it.']],
    ['The Armenian ministry said a drone was downed, which Azerbaijan denied.', ['The Armenian ministry said a drone was downed, ', 'which Azerbaijan denied.']],
    // A spaced dash before the linking words, and "which X called …" with the quotation or the word X called it.
    ['The Armenian ministry said a drone was downed – a claim Baku rejected.', ['The Armenian ministry said a drone was downed – ', 'a claim Baku rejected.']],
    ['Aliyev said the town was taken, which Yerevan called “a lie”.', ['Aliyev said the town was taken, ', 'which Yerevan called “a lie”.']],
    ['Aliyev said the town was taken, which Yerevan called absurd.', ['Aliyev said the town was taken, ', 'which Yerevan called absurd.']],
    ['The Azerbaijani ministry said Stepanakert fired first, an allegation Armenian officials called "absurd".', ['The Azerbaijani ministry said Stepanakert fired first, ', 'an allegation Armenian officials called "absurd".']],
    // A dash not before the linking words, and "so-called": no cut.
    ['The Armenian ministry said a drone was downed – Baku said nothing.', ['The Armenian ministry said a drone was downed – Baku said nothing.']],
    ['Azerbaijan said it took the so-called “capital” of the region, which it named.', ['Azerbaijan said it took the so-called “capital” of the region, which it named.']],
    // The outlet's remark on what a speaker said is the outlet's, not the speaker's.
    ['Azerbaijan said it took two villages, but Yerevan has not confirmed it.', ['Azerbaijan said it took two villages, ', 'but Yerevan has not confirmed it.']],
    // One speaker, or words before the cut that name none: one piece.
    ['Armenian forces shelled Terter, Goranboy, and Barda, the Azerbaijani ministry said.', ['Armenian forces shelled Terter, Goranboy, and Barda, the Azerbaijani ministry said.']],
    ['Azerbaijan said it took two villages, and the Azerbaijani army said it lost no tanks.', ['Azerbaijan said it took two villages, and the Azerbaijani army said it lost no tanks.']],
    ['Shells hit Terter, a claim Armenia denied.', ['Shells hit Terter, a claim Armenia denied.']],
    ['“Yerevan lies, while we tell the truth,” Baku said.', ['“Yerevan lies, while we tell the truth,” Baku said.']],
  ];
  for (const [text, expected] of cases) {
    it(`cuts “${text}” into ${expected.length}`, () => {
      assert.deepEqual(splitClauses(text), expected);
      assert.equal(splitClauses(text).join(''), text);
    });
  }
});
