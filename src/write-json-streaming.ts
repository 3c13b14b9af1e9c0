import { open } from 'node:fs/promises';

/** Bytes gathered before each write: few system calls, little memory. */
const CHUNK = 1 << 20;

/**
 * Write a plain object as `JSON.stringify(value, null, 2)` followed by a newline, byte for
 * byte, but one element of each top-level array at a time. The export of 10,000 reports is ~235 MB of
 * JSON; built as one string (UTF-16 in memory, then a UTF-8 copy to write) it alone took more
 * memory than the whole plain Eleventy build.
 *
 * @example
 *   await writeJsonStreaming('_site/data/records.json', records)
 */
export async function writeJsonStreaming(path: string, value: object): Promise<void> {
  const file = await open(path, 'w');
  let pending: string[] = [];
  let size = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    await file.write(pending.join(''));
    pending = [];
    size = 0;
  };
  const emit = async (text: string) => {
    pending.push(text);
    size += text.length;
    if (size >= CHUNK) await flush();
  };
  try {
    // Keys JSON.stringify leaves out.
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
    if (Array.isArray(value) || entries.length === 0) {
      await emit(JSON.stringify(value, null, 2));
    } else {
      await emit('{');
      for (const [i, [key, v]] of entries.entries()) {
        await emit(`${i > 0 ? ',' : ''}\n  ${JSON.stringify(key)}: `);
        if (Array.isArray(v) && v.length > 0) {
          await emit('[');
          for (const [j, item] of v.entries()) await emit(`${j > 0 ? ',' : ''}\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}`);
          await emit('\n  ]');
        } else {
          await emit(indent(JSON.stringify(v, null, 2)!, '  '));
        }
      }
      await emit('\n}');
    }
    await emit('\n');
    await flush();
  } finally {
    await file.close();
  }
}

/** Nest pretty-printed JSON one level deeper (JSON strings never contain a raw newline). */
function indent(json: string, by: string): string {
  return json.replaceAll('\n', `\n${by}`);
}
