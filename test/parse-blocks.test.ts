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
});
