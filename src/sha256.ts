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
  // Strings are joined before they are hashed: a page's key has thousands of parts (its claims'
  // ids), and each `update` is a call into C++ (~0.3 s for a 10,000-report site's keys).
  let pending = '';
  parts.forEach((part, i) => {
    const sep = i > 0 ? '\0' : '';
    if (typeof part === 'string') {
      pending += sep + part;
      if (pending.length < 1 << 16) return;
      hash.update(pending);
    } else {
      hash.update(pending + sep);
      hash.update(part);
    }
    pending = '';
  });
  hash.update(pending);
  return hash.digest('hex');
}
