import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { processFile } from '../src/pipeline.ts';
import { runPipeline } from '../src/process-report.ts';

// Generated reports: every sentence carries a unique marker word (`qx<n>`), so whatever the
// extractor makes of the sentence (a claim, context, a set-aside piece), the marker must come
// out somewhere, and on the report page.

/** A fixed seed keeps `npm test` repeatable; FC_SEED=<n> explores other reports. */
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 4_2020_11;
const RUNS = process.env.FC_RUNS ? Number(process.env.FC_RUNS) : 250;

const WORDS = [
  'the', 'ministry', 'of', 'defence', 'said', 'reported', 'according', 'to', 'shelling', 'near', 'village', 'Shusha', 'Shushi',
  'Stepanakert', 'Khankendi', 'Baku', 'Yerevan', 'Azerbaijani', 'Armenian', 'officials', 'claimed', 'stated', 'he', 'she', 'added',
  'November', '3,', '2020', 'October', '14:05', 'photo', 'video', 'subscribe', 'notifications', 'Russian', 'peacekeepers', 'Op-ed:',
  'map', 'by', 'via', 'Reuters', '—', '–', '-', '“quoted', 'words”', '"plain', 'quote"', '(aside)', 'e.g.', 'Mr.', 'No.', '1.', '#',
  '*stress*', '_lean_', '**bold**', '`code`', '<b>bold</b>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>',
  '[link](https://example.org)', '[bad](javascript:alert(1))', '![pic](data:image/png;base64,AAAA)', '<!--', '-->', '<![CDATA[',
  '&amp;', '&#x3C;', '\\*', '{{ site }}', '{% raw %}', '${1+1}', '•', '·', '|', ':', ';', '…', 'Information', 'from',
];

const word = fc.constantFrom(...WORDS);
let counter = 0;
const sentence = fc
  .tuple(fc.array(word, { minLength: 0, maxLength: 9 }), fc.nat({ max: 9 }), fc.constantFrom('.', '!', '?', '', '.”', ':'))
  .map(([words, at, end]) => {
    const marker = `qx${++counter}`;
    const list = [...words];
    list.splice(Math.min(at, list.length), 0, marker);
    return { marker, text: list.join(' ') + end };
  });

interface Piece {
  markers: string[];
  text: string;
}

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s): Piece => ({ markers: s.map((x) => x.marker), text: s.map((x) => x.text).join(' ') }));
const prefixed = (prefixes: string[]) => fc.tuple(fc.constantFrom(...prefixes), paragraph).map(([p, s]): Piece => ({ markers: s.markers, text: p + s.text }));
const block = fc.oneof(
  { arbitrary: paragraph, weight: 6 },
  { arbitrary: prefixed(['• ', '- ', '* ', '1. ', '2) ', '+ ', '● ']), weight: 4 },
  { arbitrary: prefixed(['# ', '## ', '> ', '> > ', '```', '~~~ ', '    ', '\t', '<div>', '<!-- ', '[qx]: ', '| ', '=== ']), weight: 2 },
  { arbitrary: prefixed(['Information from Baku ', 'Information from Yerevan ', 'Op-ed: ', 'Photo: ', 'By ', '14:05 ']), weight: 1 },
  { arbitrary: fc.constantFrom<Piece>({ markers: [], text: '---' }, { markers: [], text: '***' }, { markers: [], text: '-' }, { markers: [], text: '' }, { markers: [], text: '```' }), weight: 1 },
);
/** Several blocks on one line, as scraped overviews run bullets together. */
const runTogether = fc.array(paragraph, { minLength: 2, maxLength: 4 }).map((ps): Piece => ({ markers: ps.flatMap((p) => p.markers), text: ps.map((p) => p.text).join(' • ') }));
const frontMatter = fc.constantFrom('', '---\ntitle: A generated report\ndate: 2020-11-03\n---\n', '---\npublisher: Somebody\n---\n\n');
const report = fc
  .tuple(frontMatter, fc.array(fc.oneof({ arbitrary: block, weight: 8 }, { arbitrary: runTogether, weight: 1 }), { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\n\n'))
  .map(([fm, pieces, gap]) => ({ text: fm + pieces.map((p) => p.text).join(gap), markers: pieces.flatMap((p) => p.markers) }));

/**
 * The markers inside an HTML comment within one line ("<!-- qx12 -->"): page code, which the page shows and no claim
 * reads. A comment on lines of its own is a set-aside block, its markers in the list; one inside a line of text is
 * out of that block's text (the line stays whole, so that a sentence is not cut at it).
 */
function inComments(text: string): Set<string> {
  return new Set([...text.matchAll(/<!--[^\n]*?-->/gu)].flatMap((m) => m[0].match(/qx\d+/gu) ?? []));
}

describe('nothing is lost (property-based)', () => {
  it('accounts for every sentence of any generated report as a claim or a set-aside piece, and shows it on the page', () => {
    fc.assert(
      fc.property(report, ({ text, markers }) => {
        const { extracted, html } = processFile({ file: 'generated.md', text });
        assert.deepEqual(extracted.diagnostics.filter((d) => d.ruleId === 'internal-error'), [], 'the pipeline did not fail');
        const kept = [...extracted.claims.map((c) => c.text), ...extracted.setAside.map((s) => s.text), extracted.title].join('\n');
        const commented = inComments(text);
        for (const m of markers) {
          if (!commented.has(m)) assert.match(kept, new RegExp(`\\b${m}\\b`), `${m} is in a claim or the set-aside list`);
          assert.match(html, new RegExp(`\\b${m}\\b`), `${m} is on the report page`);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('never throws on arbitrary text, and gives every report of a corpus a record', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 400 }), { minLength: 1, maxLength: 4 }), (texts) => {
        const corpus = runPipeline(texts.map((text, i) => ({ file: `r${i}.txt`, text })));
        assert.equal(corpus.reports.length, texts.length);
        assert.deepEqual(corpus.diagnostics.filter((d) => d.ruleId === 'internal-error'), []);
      }),
      { seed: SEED, numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
