/**
 * The two incremental changes the bench makes to a corpus, each with an undo, so every run
 * starts from the same N reports.
 */
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateReport, type Report } from '../corpus/generate-report.ts';

/** Undoes one change. */
export type Undo = () => Promise<void>;

/** A fixed sentence, so the edit is the same in every run. */
const APPENDED = '\nLate in the evening both sides reported renewed shelling near Martuni and Terter.\n';

/** Appends a sentence to the middle report (not the first or last, which may be special-cased). */
export async function editOneReport(seedsDir: string, reports: readonly Report[]): Promise<Undo> {
  const target = reports[Math.floor(reports.length / 2)];
  if (target === undefined) throw new Error(`${seedsDir}: cannot edit a report in an empty corpus`);
  const path = join(seedsDir, target.fileName);
  const original = await readFile(path);
  await appendFile(path, APPENDED);
  return () => writeFile(path, original);
}

/** Writes report number N: the next one the generator would have produced. */
export async function addOneReport(seedsDir: string, seed: number, n: number): Promise<Undo> {
  const extra = generateReport(seed, n);
  const path = join(seedsDir, extra.fileName);
  await writeFile(path, extra.text);
  return () => rm(path, { force: true });
}
