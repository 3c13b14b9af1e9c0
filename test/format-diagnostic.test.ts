import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDiagnostic, sortDiagnostics } from '../src/format-diagnostic.ts';
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
