import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isRealDay } from '../src/calendar.ts';
import type { Diagnostic } from '../src/model.ts';
import { parseFrontMatter } from '../src/parse-front-matter.ts';
import { processFile } from '../src/pipeline.ts';
import { tempDir } from './helpers.ts';

const at = (d: Diagnostic | undefined) => d && `${d.line}:${d.column} ${d.severity} ${d.ruleId}`;

describe('front matter', () => {
  it('reads title, date, url and publisher, and says on which line the body starts', () => {
    const r = parseFrontMatter('a.md', '---\ntitle: Evening summary\ndate: 2020-11-03\nurl: https://example.org/a\npublisher: Example Daily\n---\nFirst line of text.');
    assert.deepEqual(r.frontMatter, { title: 'Evening summary', date: '2020-11-03', url: 'https://example.org/a', publisher: 'Example Daily' });
    assert.equal(r.body, 'First line of text.');
    assert.equal(r.bodyLine, 7);
    assert.deepEqual(r.diagnostics, []);
  });

  it('gives the same result when the same text is parsed twice (no cache returning {})', () => {
    const text = '---\ntitle: Twice\n---\nBody.';
    assert.deepEqual(parseFrontMatter('a.md', text), parseFrontMatter('a.md', text));
    assert.equal(parseFrontMatter('a.md', text).frontMatter.title, 'Twice');
  });

  it('reports malformed YAML as an error at its line and column in the file', () => {
    const r = parseFrontMatter('bad.md', '---\ntitle: Fine\npublisher: Outlet\n  extra: indented: wrongly\n---\nBody.');
    assert.equal(at(r.diagnostics[0]), '4:8 error front-matter-yaml');
    assert.match(r.diagnostics[0]!.message, /bad indentation/);
    assert.equal(r.body, 'Body.', 'the body is still read, so the check lists its problems too');
  });

  it('reports the YAML line in file coordinates through the whole pipeline', () => {
    const { extracted } = processFile({ file: 'bad.md', text: '---\ntitle: "an unclosed quote\ndate: 2020-11-03\n---\nThe ministry said nothing.' });
    const yamlError = extracted.diagnostics.find((d) => d.ruleId === 'front-matter-yaml');
    assert.equal(yamlError?.file, 'bad.md');
    assert.ok(yamlError!.line! >= 2 && yamlError!.line! <= 4, `line ${yamlError?.line} is inside the front matter`);
  });

  it('refuses fields of the wrong type, each at its own line', () => {
    const r = parseFrontMatter('types.md', '---\ntitle: [one, two]\ndate: true\nurl: 42\npublisher: {name: x}\n---\nBody.');
    assert.deepEqual(r.diagnostics.map(at), ['2:1 error front-matter-type', '3:1 error front-matter-type', '4:1 error front-matter-type', '5:1 error front-matter-type']);
    assert.deepEqual(r.frontMatter, { title: null, date: null, url: null, publisher: null });
  });

  it('refuses dates that are not real days, and years out of range, instead of shifting them', () => {
    for (const date of ['2020-02-30', '2020-13-01', '2021-02-29', '2020-00-10', '0001-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '20201103', '2020-11-3', '3 November 2020']) {
      const r = parseFrontMatter('d.md', `---\ndate: ${date}\n---\nBody.`);
      assert.equal(r.frontMatter.date, null, date);
      assert.equal(at(r.diagnostics[0]), '2:1 error front-matter-date', date);
    }
    for (const date of ['2020-02-29', '1900-01-01', '2100-12-31', '"2020-11-03"']) {
      assert.equal(parseFrontMatter('d.md', `---\ndate: ${date}\n---\nBody.`).frontMatter.date, date.replace(/"/g, ''), date);
    }
    assert.equal(isRealDay('2020-02-30'), false);
  });

  it('refuses a url that is not http(s), such as javascript:', () => {
    const r = parseFrontMatter('u.md', '---\nurl: javascript:alert(1)\n---\nBody.');
    assert.equal(r.frontMatter.url, null);
    assert.equal(at(r.diagnostics[0]), '2:1 error front-matter-url');
  });

  it('reads a report whose first --- is never closed as text, with a warning when fields follow it', () => {
    const fields = parseFrontMatter('open.md', '---\ntitle: Forgotten fence\nThe text goes on.');
    assert.equal(fields.body, '---\ntitle: Forgotten fence\nThe text goes on.', 'nothing is swallowed');
    assert.equal(at(fields.diagnostics[0]), '1:1 warning front-matter-unclosed');
    const rule = parseFrontMatter('rule.md', '---\nA report that opens with a rule.');
    assert.equal(rule.body, '---\nA report that opens with a rule.');
    assert.deepEqual(rule.diagnostics, []);
  });

  it('reads a report that opens and continues with --- rules around prose as text, not YAML', () => {
    const r = parseFrontMatter('rules.md', '---\nA paragraph between two rules.\n---\nMore text.');
    assert.equal(r.body, '---\nA paragraph between two rules.\n---\nMore text.');
    assert.deepEqual(r.diagnostics, []);
  });

  it('refuses ---js, --- javascript and other languages and never runs their code', async () => {
    const marker = join(await tempDir(), 'ran.txt');
    const code = `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'); globalThis.trustSideEffect = 1; ({ title: 'x' })`;
    for (const opening of ['---js', '--- javascript', '---  JavaScript  ', '---coffee', '---constructor', '---toString']) {
      const r = parseFrontMatter('exec.md', `${opening}\n${code}\n---\nBody.`);
      assert.equal(at(r.diagnostics[0]), '1:4 error front-matter-language', opening);
      assert.deepEqual(r.frontMatter, { title: null, date: null, url: null, publisher: null });
      assert.equal(r.body, 'Body.');
    }
    const unclosed = parseFrontMatter('exec.md', `---js\n${code}`);
    assert.equal(unclosed.diagnostics[0]?.ruleId, 'front-matter-language');
    assert.equal((globalThis as { trustSideEffect?: number }).trustSideEffect, undefined, 'no code ran');
    assert.equal(existsSync(marker), false, 'no file was written');
  });

  it('refuses YAML tags that would build objects (js-yaml JSON schema only)', () => {
    const r = parseFrontMatter('tag.md', '---\ntitle: !!js/function "function () { return 1 }"\n---\nBody.');
    assert.equal(at(r.diagnostics[0])?.split(' ').slice(1).join(' '), 'error front-matter-yaml');
  });

  it('never lets a __proto__ or constructor key pollute Object.prototype', () => {
    const texts = [
      '---\n__proto__:\n  polluted: yes\ntitle: Proto\n---\nBody.',
      '---\nconstructor:\n  prototype:\n    polluted: yes\ntitle: Ctor\n---\nBody.',
      '---\nbase: &b\n  __proto__: {polluted: yes}\n<<: *b\ntitle: Merge\n---\nBody.',
    ];
    for (const text of texts) {
      const r = parseFrontMatter('proto.md', text);
      assert.equal(({} as Record<string, unknown>).polluted, undefined, text);
      assert.equal(Object.hasOwn(Object.prototype, 'polluted'), false);
      assert.ok(r.diagnostics.some((d) => d.ruleId === 'front-matter-unknown-field' && d.severity === 'warning'));
      assert.deepEqual(Object.keys(r.frontMatter), ['title', 'date', 'url', 'publisher']);
    }
  });

  it('warns about unknown fields at their line, and about front matter with no text after it', () => {
    const r = parseFrontMatter('only.md', '---\ntitle: Just a title\ncolour: blue\n---\n\n');
    assert.deepEqual(r.diagnostics.map(at), ['3:1 warning front-matter-unknown-field', '4:null warning front-matter-no-text']);
  });

  it('accepts empty front matter', () => {
    const r = parseFrontMatter('e.md', '---\n---\nBody.');
    assert.deepEqual([r.body, r.bodyLine, r.diagnostics], ['Body.', 3, []]);
  });
});
