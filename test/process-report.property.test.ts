import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { processFile } from '../src/pipeline.ts';
import { processReport } from '../src/process-report.ts';
import { reportText } from '../src/site/report-text.ts';

// processReport makes the page text from the tree it rendered; pages whose text was not made
// with the report get it from a parse of the HTML (`reportText`). Both must give the same bytes,
// hostile input included.

/** A fixed seed keeps `npm test` repeatable; FC_SEED=<n> explores other reports. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 5_2020_11;
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 150;

const WORDS = [
  'the', 'harbour', 'office', 'said', 'reported', 'Baku', 'Yerevan', 'Shusha', 'Stepanakert', 'officials', 'claimed', 'he', 'added',
  'October', '3,', '2020', '09:40', 'photo', 'subscribe', 'map', '“a', 'quote”', '"straight', 'one"', 'Mr.', '&', '&amp;', '&#x3C;',
  '*soft*', '**loud**', '`tick`', '<i>raw</i>', '<script>x()</script>', '<a href="javascript:x()">a</a>', '<img src=y onerror=z()>',
  '[site](https://example.org)', '[trap](javascript:x())', '[ref]', '![img](data:image/gif;base64,R0)', '<https://example.org>',
  '<!--', '-->', '\\', '\\*', '  ', '\u000C', '\u00A0', 'id="p1"', 'class="claim"', 'data-sides="baku"',
];
const line = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
const block = fc.tuple(
  fc.constantFrom('', '', '', '• ', '- ', '* ', '1. ', '# ', '### ', '> ', '    ', '```', '<div>', '[ref]: https://example.org ', 'Information from Baku: ', 'By ', '14:05 '),
  line,
  fc.constantFrom('', '.', ':', '\n---', '\n===', '\n' + 'the office said so.'),
).map(([prefix, words, end]) => prefix + words + end);
const report = fc
  .tuple(fc.constantFrom('', '---\ntitle: A made-up report\n---\n'), fc.array(block, { minLength: 1, maxLength: 12 }), fc.constantFrom('\n', '\n\n'))
  .map(([fm, blocks, gap]) => fm + blocks.join(gap));

describe('the page text made with the report', () => {
  it('equals the page text made by parsing the report’s HTML again, for any generated report', () => {
    fc.assert(
      fc.property(report, (text) => {
        const processed = processReport({ file: 'made-up.md', text });
        const { html } = processFile({ file: 'made-up.md', text });
        assert.equal(processed.pageText, reportText(html, processed.extracted.setAside));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('is empty for a report that was refused', () => {
    const refused = processReport({ file: 'many.txt', text: 'Calm.\n\n'.repeat(160_000) });
    assert.ok(refused.extracted.diagnostics.some((d) => d.severity === 'error'));
    assert.equal(refused.pageText, '');
    assert.equal(processFile({ file: 'many.txt', text: 'Calm.\n\n'.repeat(160_000) }).html, '');
  });
});
