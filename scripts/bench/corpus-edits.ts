/**
 * The two incremental changes the bench makes to a corpus, each with an undo, so every run
 * starts from the same N reports.
 */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateReport, type Report } from '../corpus/generate-report.ts';

/** Undoes one change. */
export type Undo = () => Promise<void>;

/**
 * Fixed sentences, so each edit is the same in every run; one for each edit a run makes, so
 * that no edit finds the result of an earlier one in the report cache.
 */
const APPENDED = ['\nLate in the evening both sides reported renewed shelling near Martuni and Terter.\n', '\nBy morning the Armenian Defense Ministry said the front near Hadrut had been quiet for six hours.\n'] as const;

/** Appends sentence `which` (0 or 1) to the middle report (not the first or last, which may be special-cased). */
export async function editOneReport(seedsDir: string, reports: readonly Report[], which: 0 | 1 = 0): Promise<Undo> {
  const target = reports[Math.floor(reports.length / 2)];
  if (target === undefined) throw new Error(`${seedsDir}: cannot edit a report in an empty corpus`);
  const path = join(seedsDir, target.fileName);
  const original = await readFile(path);
  await appendFile(path, APPENDED[which]);
  return () => writeFile(path, original);
}

/** Writes report number N: the next one the generator would have produced. */
export async function addOneReport(seedsDir: string, seed: number, n: number): Promise<Undo> {
  const extra = generateReport(seed, n);
  const path = join(seedsDir, extra.fileName);
  await writeFile(path, extra.text);
  return () => rm(path, { force: true });
}
