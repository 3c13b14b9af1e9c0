import { open } from 'node:fs/promises';
import type { Records } from './model.ts';

/** Text is handed to the file in pieces of about this size. */
const CHUNK = 1 << 20;

/**
 * Write `data/records.json` byte for byte as `JSON.stringify(records, null, 2) + '\n'` would,
 * one report and one day at a time: the export of a large corpus outgrows V8's longest string
 * (~512 MB, about 600,000 claims) long before it outgrows the disk.
 *
 * @example
 *   await writeRecords('_site/data/records.json', corpus.records)
 */
export async function writeRecords(path: string, records: Records): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let pending = '';
    const put = async (text: string) => {
      pending += text;
      if (pending.length >= CHUNK) {
        await handle.write(pending);
        pending = '';
      }
    };
    const entries = Object.entries(records);
    await put('{');
    for (const [i, [key, value]] of entries.entries()) {
      await put(`\n  ${JSON.stringify(key)}: `);
      if (Array.isArray(value) && value.length > 0) {
        await put('[');
        for (const [j, item] of value.entries()) await put(`${j > 0 ? ',' : ''}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`);
        await put('\n  ]');
      } else {
        await put(JSON.stringify(value, null, 2).replace(/\n/g, '\n  '));
      }
      if (i < entries.length - 1) await put(',');
    }
    await put(entries.length > 0 ? '\n}\n' : '}\n');
    await handle.write(pending);
  } finally {
    await handle.close();
  }
}
