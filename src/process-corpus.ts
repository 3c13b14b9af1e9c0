import { availableParallelism } from 'node:os';
import type { PageTexts, ReportOutput, ReportResult, SeedFile, SourceFile } from './model.ts';
import type { ReportCache } from './report-cache.ts';
import { WorkerPool } from './worker-pool.ts';

export interface ProcessOptions {
  /** Where results are looked up and stored; null processes every report. */
  cache: ReportCache | null;
  /** Worker threads to use when there is enough work; defaults to the machine's cores. */
  threads?: number;
  /** Characters of report text to process below which everything runs on this thread. */
  workerThreshold?: number;
  /**
   * A report read again (`ReadResult.reread`): for a report to process whose text is not held
   * (`SeedFile.text` null), and for a page text to be made again after all, one whose cache
   * entry was damaged or pruned by another build since it was read. Without it, such a report
   * fails the build.
   */
  reread?: (file: string) => (SourceFile & { digest: string }) | null;
}

/**
 * Any work goes to a worker by default: one starts in 0.15–0.4 s, in parallel with this
 * thread's own work, while processing here first costs loading remark and chrono (~0.45 s).
 */
export const DEFAULT_WORKER_THRESHOLD = 1;
/** Cache entries read between two turns of the event loop while workers run. */
const LOOKUPS_PER_TURN = 64;

/** How `processCorpus` got its results. */
export interface ProcessReport {
  results: ReportResult[];
  /** `ReportOutput.digest` of each result, fresh or stored: the same with the cache or without. */
  digests: string[];
  /** The page texts: those computed by this build are held, the others read from the cache when asked for. */
  texts: PageTexts;
  /** Worker threads started (0: all on this thread). */
  workers: number;
}

/**
 * The per-file stage over a corpus: each report's result comes from the cache when its text,
 * path and the extractor are unchanged, and is computed otherwise, on worker threads as soon
 * as there is enough of it (they start while the cache is still being read). Results are in
 * the order of `files`, and every result, fresh or stored, has made the same trip through
 * JSON, so a cached build cannot differ from a cold one. Page texts of cached reports are
 * not read here: a rebuild needs only those of the pages it renders.
 */
export async function processCorpus(files: readonly SeedFile[], options: ProcessOptions): Promise<ProcessReport> {
  const { cache } = options;
  const threads = options.threads ?? availableParallelism();
  const threshold = options.workerThreshold ?? DEFAULT_WORKER_THRESHOLD;
  const results = new Array<ReportResult>(files.length);
  const digests = new Array<string>(files.length);
  const fresh = new Map<number, string>();
  const writes: Promise<unknown>[] = [];
  const accept = (index: number, output: ReportOutput) => {
    results[index] = JSON.parse(output.result) as ReportResult;
    digests[index] = output.digest;
    fresh.set(index, output.text);
    // Once stored, a text is read back when its page is rendered: held, the 10,000 texts of a cold build took ~216 MB of heap.
    if (cache) writes.push(cache.put(files[index]!, output, results[index]).then((stored) => void (stored && fresh.delete(index))));
  };

  const sources = new Map<number, SourceFile>();
  let pool: WorkerPool | null = null;
  let waiting: number[] = [];
  let waitingChars = 0;
  const miss = (index: number) => {
    if (pool) return pool.submit(index, () => sourceOf(files[index]!, options.reread));
    const source = sourceOf(files[index]!, options.reread);
    waiting.push(index);
    sources.set(index, source);
    waitingChars += source.text.length;
    if (threads > 0 && waitingChars >= threshold) {
      pool = new WorkerPool(threads, accept);
      for (const i of waiting) pool.submit(i, sources.get(i)!);
      waiting = [];
      sources.clear();
    }
  };

  // The reports without an entry are known from a stat each and go to the workers first: a
  // worker takes 0.2–0.4 s to start, and a rebuild waited ~0.2 s for it after reading 10,000
  // entries when it started only as the reading reached the first miss.
  const keys = cache ? files.map((f) => cache.keyOf(f)) : [];
  const present = files.map((f, i) => cache?.has(f, keys[i]) ?? false);
  present.forEach((p, i) => p || miss(i));
  for (let i = 0; i < files.length; i++) {
    if (!present[i]) continue;
    const stored = cache!.get(files[i]!, keys[i]);
    if (stored) {
      results[i] = stored.result;
      digests[i] = stored.digest;
    } else miss(i);
    // Let the workers' messages in: they are waiting for their next batch.
    if (pool && i % LOOKUPS_PER_TURN === 0) await new Promise(setImmediate);
  }
  if (pool) await (pool as WorkerPool).finish();
  const workers = (pool as WorkerPool | null)?.threads ?? 0;
  if (waiting.length > 0) {
    const { reportOutput } = await import('./process-report.ts');
    for (const i of waiting) accept(i, processOne(reportOutput, sources.get(i)!));
  }
  await Promise.all(writes);
  cache?.forgetUnused();
  return { results, digests, workers, texts: corpusTexts(files, keys, results, fresh, cache, options.reread) };
}

/**
 * Page texts: those this build made and could not store from memory, the others from the
 * cache (by the entry's key). An entry that has gone or changed since it was read (another
 * build pruned it) means processing the report again, from its text read anew (`sourceOf`).
 */
function corpusTexts(files: readonly SeedFile[], keys: readonly string[], results: readonly ReportResult[], fresh: ReadonlyMap<number, string>, cache: ReportCache | null, reread: ProcessOptions['reread']): PageTexts {
  const digests = results.map((r) => r.textDigest);
  return {
    digests,
    text: async (index) => {
      const held = fresh.get(index) ?? cache?.textOf(keys[index]!, digests[index]!);
      if (held !== undefined && held !== null) return held;
      const source = sourceOf(files[index]!, reread, 'its page text had to be made again (its cache entry is gone or damaged), and ');
      const { reportOutput } = await import('./process-report.ts');
      return processOne(reportOutput, source).text;
    },
  };
}

/**
 * A seed's text, read now if it is not held: the file must still have the text it was known
 * by, or the build would mix two versions of it. `why` opens the error's explanation.
 */
function sourceOf(seed: SeedFile, reread: ProcessOptions['reread'], why = ''): SourceFile {
  if (seed.text !== null) return { file: seed.file, text: seed.text };
  const source = reread?.(seed.file) ?? null;
  if (source === null || source.digest !== seed.digest) throw new Error(`${seed.file}: ${why}the file has changed or gone since this build listed it. Build again.`);
  return { file: source.file, text: source.text };
}

/** The per-file stage, with the file named when it fails, as the workers name it. */
function processOne(process: (source: SourceFile) => ReportOutput, source: SourceFile): ReportOutput {
  try {
    return process(source);
  } catch (error) {
    const e = error as Error;
    const named = new Error(`${source.file}: ${e.message}`);
    named.stack = e.stack;
    throw named;
  }
}
