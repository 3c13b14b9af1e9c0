import { open } from 'node:fs/promises';
import type { ExportedReport, Records, Report } from './model.ts';

/** Text is handed to the file in pieces of at least this many UTF-16 code units. */
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

/**
 * Write `data/records.json`: one report, then one day, per line, compact, between the few
 * lines of the enclosing object — greppable, and an edited report changes only its own line
 * and its day's. The text is streamed in chunks: the export of a large corpus outgrows V8's
 * longest string (~512 MB) long before it outgrows the disk. The bytes do not depend on `chunk`.
 *
 * @example
 *   await writeRecords('_site/data/records.json', corpus.records)
 */
export async function writeRecords(path: string, records: Records, chunk = CHUNK): Promise<void> {
  const handle = await open(path, 'w');
  // One write in flight while the next chunk is made: the disk works while JSON is built.
  let pending = '';
  let writing: Promise<unknown> = Promise.resolve();
  try {
    const flush = async () => {
      await writing;
      if (pending.length > 0) writing = handle.write(pending);
      pending = '';
    };
    const put = async (text: string) => {
      pending += text;
      if (pending.length >= chunk) await flush();
    };
    const list = async <T>(name: string, items: readonly T[], last: boolean, toJson: (item: T) => string) => {
      await put(`${JSON.stringify(name)}: [\n`);
      for (const [i, item] of items.entries()) await put(`${toJson(item)}${i < items.length - 1 ? ',' : ''}\n`);
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
}
