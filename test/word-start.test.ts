import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REWRITTEN, wordStarts } from '../src/word-start.ts';
// The modules whose patterns are rewritten: importing them fills REWRITTEN.
import '../src/background.ts';
import '../src/classify-blocks.ts';
import '../src/extract-claims.ts';
import '../src/find-report-date.ts';
import '../src/find-speaker.ts';

const ROOT = join(import.meta.dirname, '..');

/** Every line of the seeds and the fixtures: text as reports write it. */
function corpusLines(): string[] {
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(?:txt|md|markdown|text)$/u.test(entry.name)) lines.push(...readFileSync(path, 'utf8').split(/\r?\n/u));
    }
  };
  walk(join(ROOT, 'seeds'));
  walk(join(ROOT, 'test', 'fixtures'));
  return lines;
}

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Strings built from a pattern's own words and from characters at a word's edge, the two that fold into ASCII among them. */
function edgeCases(re: RegExp, next: () => number): string[] {
  const words = re.source.match(/[A-Za-z][A-Za-z ]{0,30}/gu) ?? [];
  const edges = ['', ' ', 'a', 'S', '_', '1', 'ſ', '\u212A', 'é', '-', '.', '’', '(', '\n'];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const out: string[] = [];
  for (let i = 0; i < 400; i++) {
    const w = pick(words);
    out.push(pick(edges) + w + pick(edges), pick(edges) + w.toUpperCase().replace(/S/gu, 'ſ').replace(/K/gu, '\u212A') + pick(edges), `${pick(words)} ${pick(edges)}${w}`);
  }
  return out;
}

const same = (a: RegExpExecArray | null, b: RegExpExecArray | null) => JSON.stringify(a && [a.index, [...a], a.groups]) === JSON.stringify(b && [b.index, [...b], b.groups]);

describe('wordStarts', () => {
  it('turns a boundary before a word into a lookbehind, and leaves the others', () => {
    assert.equal(wordStarts(/\b(?:you|your)\b/iu).source, String.raw`(?<![A-Za-z0-9_\u017F\u212A])(?:you|your)\b`);
    // "&" is no word character, and what follows a quantified "\s*" may be a space: left as written.
    assert.equal(wordStarts(/\b(?:and|both|&)\b/iu).source, String.raw`\b(?:and|both|&)\b`);
    assert.equal(wordStarts(/\b\s*x/iu).source, String.raw`\b\s*x`);
    // An optional word first: what follows it decides.
    assert.equal(wordStarts(/\b(?:the )?ministry/iu).source, String.raw`(?<![A-Za-z0-9_\u017F\u212A])(?:the )?ministry`);
    assert.equal(wordStarts(/\b(?:the )?\(ministry/iu).source, String.raw`\b(?:the )?\(ministry`);
    // Only under the `i` and `u` flags, where V8's boundary is slow.
    const plain = /\bword/u;
    assert.equal(wordStarts(plain), plain);
  });

  it('matches "ſ" and the Kelvin sign as word characters, as `\\b` does', () => {
    const re = wordStarts(/\bsky/iu);
    for (const t of ['sky', 'ſky', 'ſ\u212Ay', 'a sky', 'asky', 'ſsky', '\u212Asky', 'ésky', '_sky', '1sky']) assert.equal(re.test(t), /\bsky/iu.test(t), t);
  });

  it('gives every rewritten pattern the same matches as written, on report text and on words at their edges', () => {
    assert.ok(REWRITTEN.length >= 20, `only ${REWRITTEN.length} patterns rewritten`);
    const lines = corpusLines();
    const next = random(13);
    for (const [written, faster] of REWRITTEN) {
      for (const text of [...lines, ...edgeCases(written, next)]) {
        written.lastIndex = 0;
        faster.lastIndex = 0;
        assert.ok(same(written.exec(text), faster.exec(text)), `${written.source.slice(0, 60)} on ${JSON.stringify(text)}`);
      }
    }
  });
});
