import { availableParallelism } from 'node:os';
import type { SourceFile } from './model.ts';
import { processFile, type ProcessedFile } from './pipeline.ts';
import type { ReportCache } from './report-cache.ts';
import { WorkerPool } from './worker-pool.ts';

export interface ProcessOptions {
  /** Where results are looked up and stored; null processes every report. */
  cache: ReportCache | null;
  /** Worker threads to use when there is enough work; defaults to the machine's cores. */
  threads?: number;
  /**
   * Characters of report text to process below which everything runs on this thread:
   * starting the workers costs about as much as processing this much text here.
   */
  workerThreshold?: number;
}

/** About 100 reports of the usual size (3 KB, 5 ms each); a worker starts in 0.15–0.4 s. */
export const DEFAULT_WORKER_THRESHOLD = 300_000;
/** Cache entries read at once: reading all 10,000 at once held them all in memory together. */
const LOOKUP_CONCURRENCY = 16;

/** How `processCorpus` got its results. */
export interface ProcessReport {
  processed: ProcessedFile[];
  /** Worker threads started (0: all on this thread). */
  workers: number;
}

/**
 * The per-file stage over a corpus: each report's result comes from the cache when its text,
 * path and the extractor are unchanged, and is computed otherwise, on worker threads as soon
 * as there is enough of it (they start while the cache is still being read). Results are in
 * the order of `files`, and every result, fresh or stored, has made the same trip through
 * JSON, so a cached build cannot differ from a cold one.
 */
export async function processCorpus(files: readonly SourceFile[], options: ProcessOptions): Promise<ProcessReport> {
  const { cache } = options;
  const threads = options.threads ?? availableParallelism();
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  const processed = new Array<ProcessedFile>(files.length);
  const writes: Promise<void>[] = [];
  const accept = (index: number, json: string) => {
    processed[index] = JSON.parse(json) as ProcessedFile;
    if (cache) writes.push(cache.put(files[index]!, json));
  };

  let pool: WorkerPool | null = null;
  let waiting: number[] = [];
  let waitingChars = 0;
  const miss = (index: number) => {
    if (pool) return pool.submit(index, files[index]!);
    waiting.push(index);
    waitingChars += files[index]!.text.length;
    if (threads > 0 && waitingChars >= threshold) {
      pool = new WorkerPool(threads, accept);
      for (const i of waiting) pool.submit(i, files[i]!);
      waiting = [];
    }
  };

  if (cache) {
    await forEachLimited(files.length, LOOKUP_CONCURRENCY, async (i) => {
      const stored = await cache.get(files[i]!);
      if (stored) processed[i] = stored;
      else miss(i);
    });
  } else {
    for (let i = 0; i < files.length; i++) miss(i);
  }
  const workers = (pool as WorkerPool | null)?.threads ?? 0;
  if (pool) await (pool as WorkerPool).finish();
  for (const i of waiting) accept(i, JSON.stringify(processOne(files[i]!)));
  await Promise.all(writes);
  return { processed, workers };
}

/** Run `task(0 … count-1)` with at most `limit` running at once. */
async function forEachLimited(count: number, limit: number, task: (index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < count; i = next++) await task(i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, lane));
}

/** `processFile`, with the file named when it fails, as the workers name it. */
function processOne(source: SourceFile): ProcessedFile {
  try {
    return processFile(source);
  } catch (error) {
    const e = error as Error;
    const named = new Error(`${source.file}: ${e.message}`);
    named.stack = e.stack;
    throw named;
  }
}
