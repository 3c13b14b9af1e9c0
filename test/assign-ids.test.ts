import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assignIds, idClashes, slugify } from '../src/assign-ids.ts';

describe('report ids', () => {
  it('keeps both reports whose names give the same id, making ids distinct in path order, with a warning on each', () => {
    const files = ['a b.txt', 'a-b.md', 'a_b.txt'];
    const ids = assignIds(files);
    assert.deepEqual(ids, ['a-b', 'a-b-2', 'a-b-3']);
    const warnings = idClashes(files, ids);
    assert.deepEqual(warnings.map((d) => `${d.file} ${d.severity} ${d.ruleId}`).sort(), ['a b.txt warning id-clash', 'a-b.md warning id-clash', 'a_b.txt warning id-clash']);
    assert.ok(warnings.some((d) => d.file === 'a-b.md' && d.message.includes('/reports/a-b-2/')));
  });

  it('never gives two files the same id, even when a name already ends like a suffix', () => {
    const files = ['a.md', 'a.txt', 'a_2.txt', 'a-2-2.txt'];
    const ids = assignIds(files);
    assert.equal(new Set(ids).size, files.length, ids.join(' '));
  });

  it('warns only about real clashes, not about names that merely end in digits', () => {
    const files = ['2020-11-03.txt', '2020-11-04.txt', 'report-2.txt', 'report-3.txt'];
    assert.deepEqual(idClashes(files, assignIds(files)), []);
  });

  it('makes ids that cannot leave the reports folder, whatever the file name', () => {
    for (const name of ['../../etc/passwd.txt', '..\\..\\win.txt', '%2e%2e%2fescape.txt', '....txt', '/abs/path.txt', 'ünïcödé ☃.md', '𐐀'.repeat(90) + '.txt']) {
      const [id] = assignIds([name]);
      assert.match(id!, /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u, name);
      assert.ok(!/[\uD800-\uDFFF]/u.test(id!), 'no half of a character');
    }
    assert.equal(slugify('Отчёт за 3 ноября'), 'отчет-за-3-ноября');
  });
});
