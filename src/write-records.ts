import { open, type FileHandle } from 'node:fs/promises';
import type { ExportedReport, Records, Report } from './model.ts';
import { sha256 } from './sha256.ts';

/** Where the export is, in a site. */
export const RECORDS_FILE = 'data/records.json';

/** Text is handed to the file in pieces of at least this many bytes. */
const CHUNK = 1 << 20;
/** Bytes of the previous file read at once, at least: its lines are copied in order, mostly. */
const WINDOW = 4 << 20;

/**
 * A report as the export holds it: its claims by id, in reading order (each claim is written
 * in full once, under its day). Fields are named one by one, in a fixed order whatever the
 * order of the object's keys; a field added to `Report` is a compile error here until listed.
 */
function exportReport(report: Report): ExportedReport {
  const { id, file, title, date, dateSource, url, publisher, warnings, claims, setAside } = report;
  return { id, file, title, date, dateSource, url, publisher, warnings, claimIds: claims.map((c) => c.id), setAside };
}

/**
 * One record per line, without the line breaks JavaScript and some line splitters (Python's
 * `splitlines`) also see in U+2028 and U+2029, which `JSON.stringify` leaves raw in strings.
 */
function line(value: unknown): string {
  const json = JSON.stringify(value);
  // `includes` scans ~10× faster than a regular expression here (~0.1 s for 100 MB).
  return json.includes('\u2028') || json.includes('\u2029') ? json.replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029') : json;
}

/** Where each record line of a written `records.json` is, and what it was made from. */
export interface RecordsIndex {
  /** Key of each line, reports then days, in file order (see `recordKeys`); '' when unknown. */
  keys: string[];
  /** Byte offset and byte length of each line's JSON (without the comma). */
  offsets: number[];
  lengths: number[];
  /** Bytes of the whole file. */
  size: number;
}

/** Lines that may be copied from a previous `records.json` instead of serialised again. */
export interface LineReuse {
  /** Key of each line to write (`recordKeys`). */
  keys: readonly string[];
  /** The previous file (its path) and its index, or null. */
  previous: { path: string; index: RecordsIndex } | null;
}

export interface WriteOptions {
  /** Bytes handed to the file at once, at least (the bytes written do not depend on it). */
  chunk?: number;
  /** Bytes of the previous file read at once, at least (the bytes written do not depend on it). */
  window?: number;
  reuse?: LineReuse;
}

/**
 * A key for each line `writeRecords` writes, reports then days: equal keys, equal lines. A
 * report's line is made from the report alone, a day's from its reports, so their digests
 * (`Corpus.reportDigests`, parallel to `records.reports`) and `version` (of the code that makes
 * reports and lines) stand for the lines.
 */
export function recordKeys(records: Records, reportDigests: readonly string[], version: string): string[] {
  const digestOf = new Map(records.reports.map((r, i) => [r.id, reportDigests[i]!]));
  const key = (text: string) => sha256(version, text);
  return [
    ...reportDigests.map((d) => key(`report ${d}`)),
    ...records.days.map((day) => key(`day ${JSON.stringify([day.date, ...day.reports.map((id) => digestOf.get(id))])}`)),
  ];
}

/**
 * Write `data/records.json`: one report, then one day, per line, compact, between the few
 * lines of the enclosing object — greppable, and an edited report changes only its own line
 * and its day's. The text is streamed in chunks: the export of a large corpus outgrows V8's
 * longest string (~512 MB) long before it outgrows the disk. With `reuse`, a line whose key
 * the previous file has is copied from it (serialising 10,000 reports took ~0.6 s of a
 * rebuild), read a window at a time (read whole, the previous file held ~110 MB of memory
 * at 10,000 generated reports). Returns the index of the file written, and how many lines were copied.
 *
 * @example
 *   await writeRecords('_site/data/records.json', corpus.records)
 */
export async function writeRecords(path: string, records: Records, options: WriteOptions = {}): Promise<{ index: RecordsIndex; copied: number }> {
  const chunk = options.chunk ?? CHUNK;
  const keys = options.reuse?.keys ?? [];
  const previous = await PreviousLines.open(options.reuse?.previous ?? null, options.window ?? WINDOW);
  const index: RecordsIndex = { keys: [], offsets: [], lengths: [], size: 0 };
  let copied = 0;
  const handle = await open(path, 'w').catch(async (error: unknown) => {
    await previous.close();
    throw error;
  });
  // One write in flight while the next chunk is made: the disk works while JSON is built.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let writing: Promise<unknown> = Promise.resolve();
  try {
    const flush = async () => {
      await writing;
      if (pending.length > 0) writing = handle.write(Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
    };
    const put = async (part: string | Buffer) => {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      pending.push(bytes);
      pendingBytes += bytes.length;
      index.size += bytes.length;
      if (pendingBytes >= chunk) await flush();
    };
    let n = 0;
    const list = async <T>(name: string, items: readonly T[], last: boolean, toJson: (item: T) => string) => {
      await put(`${JSON.stringify(name)}: [\n`);
      for (const [i, item] of items.entries()) {
        const key = keys[n++] ?? '';
        const known = await previous.line(key);
        if (known) copied++;
        const bytes = known ?? Buffer.from(toJson(item));
        index.keys.push(key);
        index.offsets.push(index.size);
        index.lengths.push(bytes.length);
        await put(bytes);
        await put(i < items.length - 1 ? ',\n' : '\n');
      }
      await put(last ? ']\n' : '],\n');
    };
    await put(`{\n"schemaVersion": ${JSON.stringify(records.schemaVersion)},\n`);
    await list('reports', records.reports, false, (r) => line(exportReport(r)));
    await list('days', records.days, true, line);
    await put('}\n');
    await flush();
    await writing;
  } finally {
    // On an error, let a write still in flight end before the file is closed under it.
    await Promise.allSettled([writing]);
    await Promise.all([handle.close(), previous.close()]);
  }
  return { index, copied };
}

/**
 * The lines of a previous file by key, read from it a window at a time. A file of another size
 * than its index says gives none, and so does a line that is not a JSON object followed by a
 * comma or a line break where the index puts it: such lines are serialised again.
 */
class PreviousLines {
  private window = Buffer.alloc(0);
  /** Offset in the file of the window's first byte. */
  private from = 0;

  private constructor(
    private readonly file: FileHandle | null,
    private readonly where: ReadonlyMap<string, number>,
    private readonly index: RecordsIndex,
    private readonly windowSize: number,
  ) {}

  static async open(previous: LineReuse['previous'], windowSize: number): Promise<PreviousLines> {
    const none = new PreviousLines(null, new Map(), { keys: [], offsets: [], lengths: [], size: 0 }, windowSize);
    if (previous === null) return none;
    const { index } = previous;
    if (index.offsets.length !== index.keys.length || index.lengths.length !== index.keys.length) return none;
    const file = await open(previous.path, 'r').catch(() => null);
    if (file === null) return none;
    const size = await file.stat().then((s) => s.size, () => -1);
    if (size !== index.size) {
      await file.close();
      return none;
    }
    const where = new Map<string, number>();
    for (const [i, key] of index.keys.entries()) if (key !== '') where.set(key, i);
    return new PreviousLines(file, where, index, windowSize);
  }

  /** The line the previous file has under `key`, or null. */
  async line(key: string): Promise<Buffer | null> {
    const i = this.where.get(key);
    if (this.file === null || i === undefined) return null;
    const start = this.index.offsets[i]!;
    const length = this.index.lengths[i]!;
    if (!Number.isInteger(start) || !Number.isInteger(length) || start < 0 || length < 2 || start + length >= this.index.size) return null;
    // With the byte after the line: its separator.
    const bytes = await this.read(start, start + length + 1);
    if (bytes === null || bytes[0] !== 0x7b || bytes[length - 1] !== 0x7d || (bytes[length] !== 0x2c && bytes[length] !== 0x0a)) return null;
    return bytes.subarray(0, length);
  }

  async close(): Promise<void> {
    await this.file?.close();
  }

  /** Bytes `start` to `end` (excluded) of the file, or null if it ends sooner. */
  private async read(start: number, end: number): Promise<Buffer | null> {
    if (start < this.from || end > this.from + this.window.length) {
      // A new buffer each time: lines handed out of the last one may not be written yet.
      const window = Buffer.allocUnsafe(Math.min(Math.max(this.windowSize, end - start), this.index.size - start));
      let filled = 0;
      while (filled < window.length) {
        const { bytesRead } = await this.file!.read(window, filled, window.length - filled, start + filled);
        if (bytesRead === 0) return null;
        filled += bytesRead;
      }
      this.window = window;
      this.from = start;
    }
    return this.window.subarray(start - this.from, end - this.from);
  }
}
