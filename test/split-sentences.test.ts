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

  it('splits a long paragraph as it splits its sentences one by one, abbreviations and quotations included', () => {
    const unit = 'Gen. Hasanov visited the front on Sept. 30. “We hold. We stay,” he said. ';
    const text = unit.repeat(120);
    const sentences = splitSentences(text);
    assert.equal(sentences.join(''), text);
    assert.deepEqual(sentences.slice(0, 2), splitSentences(unit));
    assert.equal(sentences.length, 240);
  });

  it('keeps a quotation left open to the end as one sentence', () => {
    const text = '“' + 'Shells fell. '.repeat(500);
    assert.deepEqual(splitSentences(text), [text]);
  });

  it('gives back the input when the pieces are joined', () => {
    const text = 'One. “Two. Three,” he said. Mr. Four arrived. Five?';
    assert.equal(splitSentences(text).join(''), text);
  });
});
