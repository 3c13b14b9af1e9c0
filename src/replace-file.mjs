// @ts-check
/**
 * Writing a file that others may read at the same time (cache entries, indexes, bundles).
 * JavaScript, not TypeScript: `src/bundle.mjs` uses it before anything can load TypeScript.
 */
import { rename, unlink, writeFile } from 'node:fs/promises';

/**
 * Write `data` to `path` under a temporary name, then rename it over `path`: a reader sees the
 * old file or the new one, never half of one, and a process killed mid-write leaves no half
 * file under the real name. The temporary file is removed when the write fails.
 * @param {string} path
 * @param {string | Uint8Array} data
 * @returns {Promise<void>}
 */
export async function replaceFile(path, data) {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
