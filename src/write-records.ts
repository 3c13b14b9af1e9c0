import { open } from 'node:fs/promises';
import type { ExportedReport, Records, Report } from './model.ts';
import { sha256 } from './sha256.ts';

/** Where the export is, in a site. */
export const RECORDS_FILE = 'data/records.json';

/** Text is handed to the file in pieces of at least this many bytes. */
const CHUNK = 1 << 20;

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
  /** The previous file and its index, or null. */
  previous: { bytes: Buffer; index: RecordsIndex } | null;
}

export interface WriteOptions {
  /** Bytes handed to the file at once, at least (the bytes written do not depend on it). */
  chunk?: number;
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
 * rebuild). Returns the index of the file written, and how many lines were copied.
 *
 * @example
 *   await writeRecords('_site/data/records.json', corpus.records)
 */
export async function writeRecords(path: string, records: Records, options: WriteOptions = {}): Promise<{ index: RecordsIndex; copied: number }> {
  const chunk = options.chunk ?? CHUNK;
  const keys = options.reuse?.keys ?? [];
  const previous = options.reuse?.previous ? previousLines(options.reuse.previous.bytes, options.reuse.previous.index) : new Map<string, Buffer>();
  const index: RecordsIndex = { keys: [], offsets: [], lengths: [], size: 0 };
  let copied = 0;
  const handle = await open(path, 'w');
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
        const known = previous.get(key);
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
    await handle.close();
  }
  return { index, copied };
}

/**
 * The lines of a previous file by key. An index that does not fit the file (another size, a
 * line not ending in a comma or a line break) gives none: the lines are then serialised again.
 */
function previousLines(bytes: Buffer, index: RecordsIndex): Map<string, Buffer> {
  const lines = new Map<string, Buffer>();
  const { keys, offsets, lengths, size } = index;
  if (bytes.length !== size || offsets.length !== keys.length || lengths.length !== keys.length) return lines;
  for (const [i, key] of keys.entries()) {
    const start = offsets[i]!;
    const end = start + lengths[i]!;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end >= size || (bytes[end] !== 0x2c && bytes[end] !== 0x0a)) return new Map();
    if (key !== '') lines.set(key, bytes.subarray(start, end));
  }
  return lines;
}
