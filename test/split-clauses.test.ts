import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitClauses } from '../src/split-clauses.ts';

describe('splitClauses', () => {
  const cases: [string, string[]][] = [
    ['Baku said it took the hill, while Yerevan said the attack failed.', ['Baku said it took the hill, ', 'while Yerevan said the attack failed.']],
    ['The ministry reported downing a jet, a claim Armenian officials rejected.', ['The ministry reported downing a jet, ', 'a claim Armenian officials rejected.']],
    ['Armenia accused Azerbaijan of shelling Martuni; Baku denied it.', ['Armenia accused Azerbaijan of shelling Martuni; ', 'Baku denied it.']],
    ['The Armenian ministry said a drone was downed, which Azerbaijan denied.', ['The Armenian ministry said a drone was downed, ', 'which Azerbaijan denied.']],
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
