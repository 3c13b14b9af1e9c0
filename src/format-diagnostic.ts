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
  return [...list].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      compareText(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

/** How the list of diagnostics is printed. */
export interface DiagnosticListOptions {
  /** Seeds folder the file names are relative to, as given on the command line. */
  seedsDir: string;
  /** Warnings printed per rule id (`Infinity` prints every one); errors are never cut. */
  warningsPerRule: number;
  /** Where the cut warnings can be seen, ending the line that counts them, e.g. `npm run build -- --all-warnings prints every one`. */
  whereAll: string;
  /** Print the stack of internal failures under their diagnostic. */
  debug: boolean;
}

/**
 * The lines a build or check prints for its diagnostics, in `sortDiagnostics` order: every
 * error; of each rule's warnings, the first `warningsPerRule`; then one line per rule whose
 * warnings were cut, saying how many were left out. A rule that fires on most reports
 * (`date-year-inferred`) would otherwise bury the errors and the one new warning an editor
 * just caused under thousands of lines.
 *
 * @example
 *   formatDiagnosticList(threeYearWarnings, { seedsDir: 'seeds', warningsPerRule: 2, whereAll: 'see --all-warnings', debug: false }).at(-1)
 *   // '… and 1 more date-year-inferred warning(s) (see --all-warnings)'
 */
export function formatDiagnosticList(list: readonly Diagnostic[], options: DiagnosticListOptions): string[] {
  const lines: string[] = [];
  const shown = new Map<string, number>();
  const cut = new Map<string, number>();
  for (const d of sortDiagnostics(list)) {
    if (d.severity === 'warning') {
      const count = shown.get(d.ruleId) ?? 0;
      if (count >= options.warningsPerRule) {
        cut.set(d.ruleId, (cut.get(d.ruleId) ?? 0) + 1);
        continue;
      }
      shown.set(d.ruleId, count + 1);
    }
    lines.push(...formatDiagnostic(d, options.seedsDir).split('\n'));
    if (options.debug && d.stack) lines.push(...d.stack.replace(/^/gmu, '    ').split('\n'));
  }
  for (const rule of [...cut.keys()].sort(compareText)) lines.push(`… and ${cut.get(rule)} more ${rule} warning(s) (${options.whereAll})`);
  return lines;
}

/** How many errors and warnings a list holds, for the closing line of a build or check. */
export function countDiagnostics(list: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = list.filter((d) => d.severity === 'error').length;
  return { errors, warnings: list.length - errors };
}

// By UTF-16 code units rather than localeCompare, so the order is the same under any locale.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function visible(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
