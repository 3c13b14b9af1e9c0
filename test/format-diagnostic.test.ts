import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countDiagnostics, formatDiagnostic, formatDiagnosticList, sortDiagnostics } from '../src/format-diagnostic.ts';
import type { Diagnostic } from '../src/model.ts';

const base: Diagnostic = { file: 'day 1.md', line: 4, column: 8, ruleId: 'front-matter-yaml', severity: 'error', message: 'Malformed YAML front matter: bad indentation of a mapping entry.', hint: 'Fix the YAML.' };

describe('formatting diagnostics', () => {
  it('prints file:line:column, severity, message and rule id, then the hint on its own line', () => {
    assert.equal(formatDiagnostic(base, 'seeds/'), 'seeds/day 1.md:4:8: error: Malformed YAML front matter: bad indentation of a mapping entry. [front-matter-yaml]\n  → Fix the YAML.');
  });

  it('leaves out the parts of the place that are not known', () => {
    assert.equal(formatDiagnostic({ ...base, line: null, column: null, hint: null }, 'seeds'), 'seeds/day 1.md: error: Malformed YAML front matter: bad indentation of a mapping entry. [front-matter-yaml]');
    assert.equal(formatDiagnostic({ ...base, column: null, hint: null }, 'seeds').split(':').slice(0, 2).join(':'), 'seeds/day 1.md:4');
    assert.match(formatDiagnostic({ ...base, file: '', line: null, hint: null }, 'in'), /^in: error:/);
  });

  it('prints control characters and bidirectional overrides of a file name as visible escapes', () => {
    const out = formatDiagnostic({ ...base, file: 'evil\u001b[2J\nname\u202Etxt.md', message: 'Key `a\rb` is unknown.' }, 'seeds');
    assert.equal(out.split('\n').length, 2, 'one line plus the hint');
    assert.ok(!/[\u0000-\u001f\u202e]/u.test(out.replace('\n  → ', '')));
    assert.ok(out.includes('evil\\u001B[2J\\u000Aname\\u202Etxt.md'));
  });

  it('sorts errors first, then by file, line and column, whatever the input order', () => {
    const list: Diagnostic[] = [
      { ...base, severity: 'warning', file: 'a.md', line: 1 },
      { ...base, file: 'b.md', line: 9 },
      { ...base, file: 'b.md', line: 2, column: 5 },
      { ...base, file: 'b.md', line: 2, column: 1 },
      { ...base, file: 'a.md', line: null },
    ];
    const key = (d: Diagnostic) => `${d.severity} ${d.file}:${d.line}:${d.column}`;
    const expected = ['error a.md:null:8', 'error b.md:2:1', 'error b.md:2:5', 'error b.md:9:8', 'warning a.md:1:8'];
    assert.deepEqual(sortDiagnostics(list).map(key), expected);
    assert.deepEqual(sortDiagnostics([...list].reverse()).map(key), expected);
  });
});

describe('listing diagnostics with warnings cut per rule', () => {
  const note = (file: string, ruleId: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ file, line: 2, column: 1, ruleId, severity, message: `Trouble in ${file}.`, hint: null });
  const mixed: Diagnostic[] = [
    note('e.txt', 'date-year-inferred'),
    note('a.txt', 'date-year-inferred'),
    note('c.txt', 'date-year-inferred'),
    note('b.txt', 'date-year-inferred'),
    note('d.txt', 'id-clash'),
    note('b.txt', 'id-clash'),
    note('f.txt', 'id-clash'),
    note('a.txt', 'file-empty'),
    note('z.txt', 'front-matter-yaml', 'error'),
    note('y.txt', 'front-matter-yaml', 'error'),
    note('x.txt', 'front-matter-yaml', 'error'),
  ];
  const two = { seedsDir: 'in', warningsPerRule: 2, whereAll: 'add --all to see them', debug: false };

  it('prints every error, the first two warnings of each rule in sorted order, then one line per rule that was cut', () => {
    assert.deepEqual(formatDiagnosticList(mixed, two), [
      'in/x.txt:2:1: error: Trouble in x.txt. [front-matter-yaml]',
      'in/y.txt:2:1: error: Trouble in y.txt. [front-matter-yaml]',
      'in/z.txt:2:1: error: Trouble in z.txt. [front-matter-yaml]',
      'in/a.txt:2:1: warning: Trouble in a.txt. [date-year-inferred]',
      'in/a.txt:2:1: warning: Trouble in a.txt. [file-empty]',
      'in/b.txt:2:1: warning: Trouble in b.txt. [date-year-inferred]',
      'in/b.txt:2:1: warning: Trouble in b.txt. [id-clash]',
      'in/d.txt:2:1: warning: Trouble in d.txt. [id-clash]',
      '… and 2 more date-year-inferred warning(s) (add --all to see them)',
      '… and 1 more id-clash warning(s) (add --all to see them)',
    ]);
  });

  it('never cuts errors, however many share a rule', () => {
    const errors = ['p', 'q', 'r', 's'].map((f) => note(`${f}.md`, 'seed-decode', 'error'));
    const lines = formatDiagnosticList(errors, { ...two, warningsPerRule: 0 });
    assert.equal(lines.length, 4);
    assert.ok(lines.every((l) => / error: .*\[seed-decode\]$/u.test(l)));
  });

  it('accounts for every warning: those printed plus those counted in the cut lines', () => {
    for (const limit of [0, 1, 2, 3, 5]) {
      const lines = formatDiagnosticList(mixed, { ...two, warningsPerRule: limit });
      const printed = lines.filter((l) => / warning: /u.test(l)).length;
      const cut = lines.map((l) => /^… and (\d+) more /u.exec(l)?.[1]).filter((n) => n !== undefined).reduce((sum, n) => sum + Number(n), 0);
      assert.equal(printed + cut, countDiagnostics(mixed).warnings, `limit ${limit}`);
    }
  });

  it('gives no cut line to a rule with exactly as many warnings as the limit', () => {
    const lines = formatDiagnosticList([note('a.txt', 'id-clash'), note('b.txt', 'id-clash')], two);
    assert.equal(lines.length, 2);
    assert.ok(!lines.some((l) => l.startsWith('…')));
  });

  it('prints every warning, in sorted order, when the limit is Infinity', () => {
    const lines = formatDiagnosticList(mixed, { ...two, warningsPerRule: Infinity });
    assert.deepEqual(lines, sortDiagnostics(mixed).map((d) => formatDiagnostic(d, 'in')));
  });

  it('prints the same lines whatever the order of the input', () => {
    assert.deepEqual(formatDiagnosticList([...mixed].reverse(), two), formatDiagnosticList(mixed, two));
  });

  it('keeps a printed warning’s hint under it, drops a cut one’s, and prints stacks only with debug', () => {
    const hinted = (file: string): Diagnostic => ({ ...note(file, 'date-missing'), hint: `Date ${file}.` });
    const crash: Diagnostic = { ...note('k.txt', 'internal-error', 'error'), stack: 'Error: broke\n    at stage (x.ts:1:1)' };
    const list = [hinted('m.txt'), hinted('n.txt'), crash];
    const lines = formatDiagnosticList(list, { ...two, warningsPerRule: 1 });
    assert.deepEqual(lines.slice(1), ['in/m.txt:2:1: warning: Trouble in m.txt. [date-missing]', '  → Date m.txt.', '… and 1 more date-missing warning(s) (add --all to see them)']);
    assert.equal(lines[0], 'in/k.txt:2:1: error: Trouble in k.txt. [internal-error]');
    const debug = formatDiagnosticList(list, { ...two, warningsPerRule: 1, debug: true });
    assert.deepEqual(debug.slice(0, 3), [lines[0], '    Error: broke', '        at stage (x.ts:1:1)']);
  });
});
