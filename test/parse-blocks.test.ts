import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { guardLayout } from '../src/guard-input.ts';
import { normalizeLayout } from '../src/normalize-layout.ts';
import { parseBlocks } from '../src/parse-blocks.ts';
import { SEEDS } from './helpers.ts';

const whole = unified().use(remarkParse);
/** The blocks remark is given for a report body: layout, then the input guard. */
const blocksOf = (body: string) => guardLayout('x.md', normalizeLayout(body), 1).lines.map((l) => l.markdown);

describe('parsing block by block', () => {
  it('gives the tree that parsing the blocks joined by blank lines gives, for each seed', async () => {
    for (const name of await readdir(SEEDS)) {
      const blocks = blocksOf(await readFile(join(SEEDS, name), 'utf8'));
      assert.deepEqual(parseBlocks(blocks), whole.parse(blocks.join('\n\n')), name);
    }
  });

  it('gives the same tree for lists of every marker, mixed with paragraphs, headings and rules', () => {
    const line = fc.constantFrom('- dash item', '* star item', '+ plus item', '1. first', '2. second', '3) paren', '• dot item', 'Plain words here.', '# Heading', '> quoted', '***', '---', '- - nested', '1. - mixed', '', '<b>tag</b> text', '[x]: y');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\n\n'), (lines, gap) => {
        const blocks = blocksOf(lines.join(gap));
        assert.deepEqual(parseBlocks(blocks), whole.parse(blocks.join('\n\n')));
      }),
      { seed: 20201103, numRuns: 300 },
    );
  });

  it('gives the same tree parsing runs of simple blocks together as parsing every block alone', () => {
    // Simple blocks (every line starts with a letter) next to blocks that could reach into them.
    const words = fc.array(fc.constantFrom('word', 'Shusha', 'é', '[ref]', '[ref][]', '<b>', '&amp;', '*a*', '_b_', '`c`', '\\', '  ', '\t', 'x  ', ':', 'http://a.b'), { minLength: 1, maxLength: 5 }).map((w) => w.join(''));
    const start = fc.constantFrom('Aa', 'Zz', 'Ω', 'ы', '“Q', '"Q', '«Q', "'Q", '(Q', '20:15 ', '2020 ', '7');
    const simple = fc.oneof(
      { arbitrary: fc.tuple(fc.constantFrom('', '', '- ', '* ', '+ ', '1. ', '7) ', '2020. '), start, words, fc.array(fc.tuple(start, words), { maxLength: 3 })).map(([marker, first, rest, lines]) => [marker + first + rest, ...lines.map(([a, b]) => a + b)].join('\n')), weight: 5 },
      { arbitrary: fc.constantFrom('* * *', '---', '- - -', '___', '***'), weight: 1 },
    );
    const other = fc.constantFrom('[ref]: /url', '    code', '```', '~~~', '<pre>', '<div>', '> quote', '- ', '  indented', '\tTab', '1. ', '2. x', '3) y', '1.5', '===', '# Head', '', 'a\r- b', '- a\n  more', '- [ref]', '  - nested', '* * x', '--', '-- -');
    fc.assert(
      fc.property(fc.array(fc.oneof({ arbitrary: simple, weight: 4 }, { arbitrary: other, weight: 1 }, { arbitrary: fc.tuple(simple, other).map(([a, b]) => `${a}\n${b}`), weight: 1 }), { minLength: 1, maxLength: 20 }), fc.integer({ min: 2, max: 5 }), (blocks, maxRun) => {
        assert.deepEqual(parseBlocks(blocks, maxRun), parseBlocks(blocks, 1));
      }),
      { seed: 20201104, numRuns: 250 },
    );
  });
});
