import type { Diagnostic } from './model.ts';

/**
 * URL-safe, unique report ids from file paths, decided by the sorted path list alone so that
 * they are the same on every build. Letters of any script are kept (lower-cased); everything
 * else becomes `-`; a clash gets `-2`, `-3` in path order (skipping any id already taken, so
 * `a.md`, `a.txt`, `a_2.txt` become `a`, `a-2`, `a-2-2`).
 *
 * @example
 *   assignIds(['a/Report 1.txt', 'a_report-1.md']) // ['a-report-1', 'a-report-1-2']
 */
export function assignIds(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const base = baseId(file);
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

/** The id a file would get if no other file wanted it. */
export function baseId(file: string): string {
  return slugify(file.replace(/\.[^./]+$/, '')) || 'report';
}

/**
 * A warning on each file that did not get its own base id, and on the file that holds it:
 * both are published, under different addresses.
 */
export function idClashes(files: readonly string[], ids: readonly string[]): Diagnostic[] {
  const holder = new Map(ids.map((id, i) => [id, i]));
  const diagnostics: Diagnostic[] = [];
  const warned = new Set<number>();
  files.forEach((file, i) => {
    const base = baseId(file);
    if (ids[i] === base) return;
    const j = holder.get(base)!;
    const hint = 'Rename one of the files so that their names differ in letters or digits.';
    diagnostics.push({ file, line: null, column: null, ruleId: 'id-clash', severity: 'warning', message: `Its page address /reports/${base}/ is taken by ${files[j]}; this report is published as /reports/${ids[i]}/.`, hint });
    if (!warned.has(j)) {
      warned.add(j);
      diagnostics.push({ file: files[j]!, line: null, column: null, ruleId: 'id-clash', severity: 'warning', message: `Another file (${file}) would get the same page address /reports/${base}/; this report keeps it.`, hint });
    }
  });
  return diagnostics;
}

/** Lower-case letters and digits of any script, joined by single dashes; never `.` or `/`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    // By code point, so a letter outside the BMP is never cut in half.
    .match(/^.{0,80}/su)![0]
    .replace(/-+$/g, '');
}
