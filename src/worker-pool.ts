import { Worker } from 'node:worker_threads';
import type { ReportOutput, SourceFile } from './model.ts';
import { workerScript } from './worker-bundle.ts';

/** A batch of sources sent to a worker, each with the caller's id for it. */
export interface WorkerTask {
  ids: number[];
  sources: SourceFile[];
}

/** A worker's answer: one output per source, in order, or the error that stopped it. */
export interface WorkerReply {
  ids: number[];
  results: ReportOutput[];
  error?: { file: string; message: string; stack: string };
}

/**
 * Room for new objects in a worker: V8's default, a 16 MB semi-space. A report makes ~2 MB of
 * short-lived trees, and twice that room made processReport ~10 % faster (3.1–3.2 ms a report
 * instead of 3.3–4.0, one thread), but in a cold build of 10,000 reports the workers' phase
 * then peaked at 591–676 MiB (6 runs) against 520–588 (7 runs), and lasted 25.0 and 26.1 s (2
 * timed runs) against 25.4–26.8 s (7).
 */
const YOUNG_GENERATION_MB = 48;
/** Sources per message at most: enough that messaging costs nothing next to the work. */
const MAX_BATCH = 24;
/** Once the queue is complete, batches per thread at least, so that threads finish close together. */
const MIN_BATCHES_PER_THREAD = 4;

/**
 * `processFile` on worker threads. Sources are submitted while they are being found (the
 * caller is still reading its cache), and handed out in batches to whichever thread is free;
 * each output goes to `onResult` with the id it was submitted under, so which
 * thread computed it never shows in the output. Threads start at construction, so their
 * start-up overlaps the caller's own work.
 */
export class WorkerPool {
  /** Sources waiting, each loaded (read) when it is about to be sent. */
  private readonly queue: { id: number; source: SourceFile | (() => SourceFile) }[] = [];
  private readonly idle: Worker[] = [];
  private readonly started: Promise<Worker>[] = [];
  private readonly script = workerScript();
  private inFlight = 0;
  private complete = false;
  private failure: Error | null = null;
  private settle!: { resolve: () => void; reject: (e: Error) => void };
  private readonly finished = new Promise<void>((resolve, reject) => (this.settle = { resolve, reject }));

  /** Starts one thread at once, and more (up to `maxThreads`) while work is waiting for one. */
  constructor(
    readonly maxThreads: number,
    private readonly onResult: (id: number, output: ReportOutput) => void,
  ) {
    this.finished.catch(() => undefined);
    this.script.catch((error: Error) => this.fail(error));
    this.grow();
  }

  /** Threads started so far. */
  get threads(): number {
    return this.started.length;
  }

  /**
   * Queue one source, or what reads it: the texts are read just before a worker needs them,
   * the next batches while the current ones are processed, so none is held long and no worker
   * waits on the disk. An error thrown while reading one stops the pool, as a worker's error does.
   */
  submit(id: number, source: SourceFile | (() => SourceFile)): void {
    this.queue.push({ id, source });
    if (this.queue.length > MAX_BATCH) this.grow();
    this.dispatch();
  }

  /** No more sources: resolves when every result was delivered; rejects on the first error, naming the file. */
  async finish(): Promise<void> {
    this.complete = true;
    // What is left is split among all threads; more than one source waiting is worth a second.
    while (this.queue.length > this.threads && this.threads < this.maxThreads) this.grow();
    this.dispatch();
    try {
      await this.finished;
    } finally {
      const workers = await Promise.all(this.started.map((w) => w.catch(() => null)));
      await Promise.all(workers.map((w) => w?.terminate()));
    }
  }

  private grow(): void {
    if (this.started.length >= this.maxThreads || this.failure) return;
    const worker = this.script.then((script) => {
      const w = new Worker(script, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      w.on('message', (reply: WorkerReply) => this.receive(w, reply));
      w.on('error', (error) => this.fail(error));
      w.on('exit', (code) => this.fail(new Error(`a worker thread stopped (exit code ${code}) before its work was done`)));
      this.idle.push(w);
      this.dispatch();
      return w;
    });
    worker.catch(() => undefined);
    this.started.push(worker);
  }

  private receive(worker: Worker, reply: WorkerReply): void {
    this.inFlight--;
    try {
      reply.results.forEach((output, i) => this.onResult(reply.ids[i]!, output));
    } catch (error) {
      return this.fail(error as Error);
    }
    if (reply.error) {
      const error = new Error(`${reply.error.file}: ${reply.error.message}`);
      error.stack = reply.error.stack;
      return this.fail(error);
    }
    this.idle.push(worker);
    this.dispatch();
  }

  private dispatch(): void {
    if (this.failure) return;
    while (this.idle.length > 0 && this.queue.length > 0) {
      const size = this.complete ? Math.min(MAX_BATCH, Math.ceil(this.queue.length / (this.maxThreads * MIN_BATCHES_PER_THREAD))) : MAX_BATCH;
      const batch = this.queue.splice(0, size);
      this.inFlight++;
      try {
        this.idle.pop()!.postMessage({ ids: batch.map((b) => b.id), sources: batch.map(loaded) } satisfies WorkerTask);
        // Read ahead what the threads take next, while they work.
        for (const item of this.queue.slice(0, MAX_BATCH * this.maxThreads)) item.source = loaded(item);
      } catch (error) {
        return this.fail(error as Error);
      }
    }
    if (this.complete && this.queue.length === 0 && this.inFlight === 0) this.settle.resolve();
  }

  private fail(error: Error): void {
    if (this.failure || (this.complete && this.queue.length === 0 && this.inFlight === 0)) return;
    this.failure = error;
    this.settle.reject(error);
  }
}

function loaded(item: { source: SourceFile | (() => SourceFile) }): SourceFile {
  return typeof item.source === 'function' ? item.source() : item.source;
}
