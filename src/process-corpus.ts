import { availableParallelism } from 'node:os';
import type { SourceFile } from './model.ts';
import { processFile, type ProcessedFile } from './pipeline.ts';
import type { ReportCache } from './report-cache.ts';
import { processInWorkers } from './worker-pool.ts';

export interface ProcessOptions {
  /** Where results are looked up and stored; null processes every report. */
  cache: ReportCache | null;
  /** Worker threads to use when there is enough work; defaults to the machine's cores. */
  threads?: number;
  /**
   * Characters of report text below which everything runs on this thread: starting a worker
   * (tsx, remark, chrono) costs about as much as processing this much text.
   */
  workerThreshold?: number;
}

/** About 150 reports of the usual size; below that a worker's start-up is not paid back. */
export const DEFAULT_WORKER_THRESHOLD = 450_000;

/** How `processCorpus` got its results. */
export interface ProcessReport {
  processed: ProcessedFile[];
  /** Worker threads started (0: all on this thread). */
  workers: number;
}

/**
 * The per-file stage over a corpus: each report's result comes from the cache when its text,
 * path and the extractor are unchanged, and is computed otherwise, on worker threads when
 * there is enough of it. Results are in the order of `files`, and every result, fresh or
 * stored, has made the same trip through JSON, so a cached build cannot differ from a cold one.
 */
export async function processCorpus(files: readonly SourceFile[], options: ProcessOptions): Promise<ProcessReport> {
  const { cache } = options;
  const processed = new Array<ProcessedFile>(files.length);
  const stored = cache ? await Promise.all(files.map((f) => cache.get(f))) : files.map(() => null);
  const todo: number[] = [];
  stored.forEach((value, i) => (value ? (processed[i] = value) : todo.push(i)));

  const writes: Promise<void>[] = [];
  const accept = (index: number, json: string) => {
    processed[index] = JSON.parse(json) as ProcessedFile;
    if (cache) writes.push(cache.put(files[index]!, json));
  };
  const chars = todo.reduce((n, i) => n + files[i]!.text.length, 0);
  const threads = Math.min(options.threads ?? availableParallelism(), Math.ceil(todo.length / 2));
  const useWorkers = threads > 0 && chars >= (options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD);
  let workers = 0;
  if (useWorkers) {
    const sources = todo.map((i) => files[i]!);
    workers = await processInWorkers(sources, threads, (k, json) => accept(todo[k]!, json));
  } else {
    for (const i of todo) accept(i, JSON.stringify(processOne(files[i]!)));
  }
  await Promise.all(writes);
  return { processed, workers };
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
