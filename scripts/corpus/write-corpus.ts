/** Writes a synthetic corpus to disk: the only part of the generator that touches files. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateReport, type Report } from './generate-report.ts';

/** Reports 0..n-1 for `seed`, in index order. */
export function generateCorpus(n: number, seed: number): Report[] {
  return Array.from({ length: n }, (_, i) => generateReport(seed, i));
}

/**
 * Writes reports 0..n-1 into `dir` and returns them. The directory must be empty or absent:
 * leftovers from a larger N would silently change the corpus size.
 */
export async function writeCorpus(dir: string, n: number, seed: number): Promise<Report[]> {
  await mkdir(dir, { recursive: true });
  const existing = await readdir(dir);
  if (existing.length > 0) {
    throw new Error(`${dir}: output directory is not empty (${existing.length} entries); choose an empty or new directory`);
  }
  const reports = generateCorpus(n, seed);
  for (const r of reports) await writeFile(join(dir, r.fileName), r.text);
  return reports;
}
