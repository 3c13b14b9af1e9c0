import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Diagnostic, SourceFile } from './model.ts';
import { decodeSeed } from './decode-seed.ts';

/** Files in the seeds folder that are reports: text and Markdown, hidden files excluded. */
const REPORT_FILE = /^[^.].*\.(txt|md|markdown|text)$/i;

export interface ReadResult {
  files: SourceFile[];
  diagnostics: Diagnostic[];
}

/**
 * Read every report file below `dir`, in code-point order of their paths, so that the
 * order the file system lists them in never reaches the output.
 *
 * @example
 *   const { files, diagnostics } = await readSeeds('seeds')
 */
export async function readSeeds(dir: string): Promise<ReadResult> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile() && REPORT_FILE.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort(compareCodePoints);
  const files: SourceFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const file of paths) {
    // Blocking reads: for 10,000 small files, promise-based reads cost three times the CPU.
    const decoded = decodeSeed(file, readFileSync(join(dir, file)));
    diagnostics.push(...decoded.diagnostics);
    if (decoded.file) files.push(decoded.file);
  }
  return { files, diagnostics };
}

/** Locale-independent ordering: `localeCompare` would depend on the machine's ICU data. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
