import { countDiagnostics, formatDiagnosticList } from '../src/format-diagnostic.ts';
import type { Diagnostic } from '../src/model.ts';

// What `npm run build` and `npm run check` share: arguments, the printing of diagnostics and
// the exit codes (0 done, 1 problems in the seeds or a failed build, 2 bad arguments). No stack
// trace is printed unless `--debug` is given.

/**
 * Warnings printed per rule unless `--all-warnings` is given. Ten show a rule's pattern (which
 * files, which wording) and keep a screen for the errors and the newest warnings, where a
 * corpus-wide rule would print thousands (1,899 `date-year-inferred` on 10,000 reports).
 */
export const WARNINGS_PER_RULE = 10;

/** Options every command takes. */
export const COMMON_OPTIONS = {
  debug: { type: 'boolean', default: false },
  'all-warnings': { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
} as const;

/**
 * Run a command: parse its arguments with `parse` (node:util parseArgs, strict), call `main`,
 * and turn whatever escapes it into one line of text and exit code 1.
 */
export async function runCommand<T extends { help: boolean }>(usage: string, parse: () => T, main: (args: T, debug: boolean) => Promise<number>): Promise<void> {
  const debug = process.argv.includes('--debug');
  const fail = (error: unknown) => {
    console.error(debug ? error : `Failed: ${describeError(error)}\n(run with --debug for the stack trace)`);
    process.exit(1);
  };
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  let values;
  try {
    values = parse();
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exitCode = 2;
    return;
  }
  if (values.help) {
    console.log(usage);
    process.exitCode = 0;
    return;
  }
  try {
    process.exitCode = await main(values, debug);
  } catch (error) {
    fail(error);
  }
}

/** An error's message and the messages of its causes (`cause`, or Eleventy's `originalError`), on one line. */
export function describeError(error: unknown): string {
  const messages: string[] = [];
  for (let e: unknown = error; e !== undefined && e !== null && messages.length < 5; e = e instanceof Error ? (e.cause ?? (e as { originalError?: unknown }).originalError) : undefined) {
    messages.push(e instanceof Error ? e.message : String(e));
  }
  return messages.join(': ');
}

/** How a command prints its diagnostics. */
export interface PrintOptions {
  /** The command, as typed: `npm run build` or `npm run check`. */
  command: string;
  /** `--all-warnings`: print every warning rather than the first WARNINGS_PER_RULE of each rule. */
  allWarnings: boolean;
  /** `--debug`: print the stack of internal failures. */
  debug: boolean;
  /** The records file the warnings were written to, or null when none was written. */
  recordsFile: string | null;
}

/**
 * Print every error and the first warnings of each rule (all with `--all-warnings`), errors
 * first; with `--debug`, the stack of internal failures too. Counts every diagnostic, printed or not.
 */
export function printDiagnostics(list: readonly Diagnostic[], seedsDir: string, options: PrintOptions): { errors: number; warnings: number } {
  const records = options.recordsFile === null ? '' : `; each report's warnings are in ${options.recordsFile}`;
  const lines = formatDiagnosticList(list, {
    seedsDir,
    warningsPerRule: options.allWarnings ? Infinity : WARNINGS_PER_RULE,
    whereAll: `${options.command} -- --all-warnings prints every one${records}`,
    debug: options.debug,
  });
  if (lines.length > 0) console.error(lines.join('\n'));
  return countDiagnostics(list);
}
