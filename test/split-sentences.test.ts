import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from '../src/split-sentences.ts';

describe('splitSentences', () => {
  const cases: [string, string[]][] = [
    ['Shells hit Terter. Two houses burned.', ['Shells hit Terter. ', 'Two houses burned.']],
    ['Fighting began on Sept. 27 and went on. Talks failed.', ['Fighting began on Sept. 27 and went on. ', 'Talks failed.']],
    ['Gen. Hasanov visited the front. He met the troops.', ['Gen. Hasanov visited the front. ', 'He met the troops.']],
    ['“We hold. We will not leave,” the mayor said. Sirens sounded.', ['“We hold. We will not leave,” the mayor said. ', 'Sirens sounded.']],
    ['"We hold. We stay," he said. Sirens sounded.', ['"We hold. We stay," he said. ', 'Sirens sounded.']],
    ['The U.S. envoy arrived. Talks began.', ['The U.S. envoy arrived. ', 'Talks began.']],
    ['Is a truce possible? Nobody knows!', ['Is a truce possible? ', 'Nobody knows!']],
    ['No full stop at the end', ['No full stop at the end']],
  ];
  for (const [text, expected] of cases) {
    it(`splits “${text}”`, () => assert.deepEqual(splitSentences(text), expected));
  }

  it('gives back the input when the pieces are joined', () => {
    const text = 'One. “Two. Three,” he said. Mr. Four arrived. Five?';
    assert.equal(splitSentences(text).join(''), text);
  });
});
