import type { Diagnostic } from './model.ts';

/**
 * One diagnostic as the build prints it, in the manner of compilers and vfile-reporter:
 * `seeds/a.txt:3:1: error: Malformed YAML front matter. [front-matter-yaml]` and the hint below.
 *
 * @example
 *   formatDiagnostic({ file: 'a.txt', line: 3, column: 1, ruleId: 'x', severity: 'error', message: 'Bad.', hint: null }, 'seeds')
 *   // 'seeds/a.txt:3:1: error: Bad. [x]'
 */
export function formatDiagnostic(d: Diagnostic, seedsDir: string): string {
  const place = [d.file === '' ? seedsDir : `${seedsDir.replace(/\/+$/, '')}/${d.file}`, d.line, d.line !== null ? d.column : null].filter((x) => x !== null).join(':');
  const head = `${place}: ${d.severity}: ${d.message} [${d.ruleId}]`;
  return d.hint ? `${head}\n  → ${d.hint}` : head;
}

/** Errors first, then by file and line, so the output reads the same on every run. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : 1);
  return [...list].sort((a, b) => rank(a) - rank(b) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}
