import type { Diagnostic } from './model.ts';

/**
 * Characters a terminal would act on rather than print (control codes, escape sequences,
 * bidirectional overrides): a file name or a front matter key can carry them.
 */
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * One diagnostic as the build and `npm run check` print it, in the manner of compilers and
 * vfile-reporter: `seeds/a.txt:3:1: error: Malformed YAML front matter. [front-matter-yaml]`,
 * then the hint on an indented line. Text from the input is printed with its control
 * characters made visible (`\u001B`), so a hostile file name cannot rewrite the terminal.
 *
 * @example
 *   formatDiagnostic({ file: 'a.txt', line: 3, column: 1, ruleId: 'x', severity: 'error', message: 'Bad.', hint: null }, 'seeds')
 *   // 'seeds/a.txt:3:1: error: Bad. [x]'
 */
export function formatDiagnostic(d: Diagnostic, seedsDir: string): string {
  const dir = seedsDir.replace(/\/+$/, '') || '.';
  const where = d.file === '' ? dir : `${dir}/${d.file}`;
  const place = [visible(where), d.line, d.line !== null ? d.column : null].filter((x) => x !== null).join(':');
  const head = `${place}: ${d.severity}: ${visible(d.message)} [${d.ruleId}]`;
  return d.hint ? `${head}\n  → ${visible(d.hint)}` : head;
}

/** Errors first, then by file, line, column, rule and message, so the output reads the same on every run. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : 1);
  const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...list].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      text(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      text(a.ruleId, b.ruleId) ||
      text(a.message, b.message),
  );
}

/** How many errors and warnings a list holds, for the closing line of a build or check. */
export function countDiagnostics(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}

function visible(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
