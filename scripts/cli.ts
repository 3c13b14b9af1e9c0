import { countDiagnostics, formatDiagnostic, sortDiagnostics } from '../src/format-diagnostic.ts';
import type { Diagnostic } from '../src/model.ts';

// What `npm run build` and `npm run check` share: arguments, the printing of diagnostics and
// the exit codes (0 done, 1 problems in the seeds or a failed build, 2 bad arguments). No stack
// trace is printed unless `--debug` is given.

/** Options every command takes. */
export const COMMON_OPTIONS = {
  debug: { type: 'boolean', default: false },
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

/** Print every diagnostic, errors first; with `--debug`, the stack of internal failures too. */
export function printDiagnostics(list: readonly Diagnostic[], seedsDir: string, debug: boolean): { errors: number; warnings: number } {
  for (const d of sortDiagnostics(list)) {
    console.error(formatDiagnostic(d, seedsDir));
    if (debug && d.stack) console.error(d.stack.replace(/^/gmu, '    '));
  }
  return countDiagnostics(list);
}
