import { stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Delete the files `names` of `dir` but the `keep` most recently modified (by name, among
 * equal times, for a fixed order): how the caches forget what was least recently written.
 * A file that cannot be dated counts as oldest; one that cannot be deleted is left. Returns
 * how many were deleted.
 */
export async function keepNewest(dir: string, names: readonly string[], keep: number): Promise<number> {
  if (names.length <= keep) return 0;
  const dated = await Promise.all(names.map((n) => stat(join(dir, n)).then((s) => ({ n, t: s.mtimeMs }), () => ({ n, t: 0 }))));
  const oldest = dated.sort((a, b) => b.t - a.t || (a.n < b.n ? -1 : 1)).slice(keep);
  const deleted = await Promise.all(oldest.map(({ n }) => unlink(join(dir, n)).then(() => true, () => false)));
  return deleted.filter(Boolean).length;
}
