import { createHash } from 'node:crypto';

/**
 * The sha256 (hex) of `parts` joined by NUL characters, so that `('ab', 'c')` and `('a', 'bc')`
 * differ: what the cache keys, the entries' checks and the report, view and line digests are
 * made with.
 *
 * @example
 *   sha256('entry-3', version, 'a.txt', text)
 */
export function sha256(...parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  parts.forEach((part, i) => {
    if (i > 0) hash.update('\0');
    hash.update(part);
  });
  return hash.digest('hex');
}
