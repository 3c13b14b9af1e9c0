/**
 * URL-safe, unique report ids from file paths, decided by the sorted path list alone so that
 * they are the same on every build. Letters of any script are kept (lower-cased); everything
 * else becomes `-`; a clash gets `-2`, `-3` in path order.
 *
 * @example
 *   assignIds(['a/Report 1.txt', 'a_report-1.md']) // ['a-report-1', 'a-report-1-2']
 */
export function assignIds(files: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return files.map((file) => {
    const base = slugify(file.replace(/\.[^./]+$/, '')) || 'report';
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  });
}

/** Lower-case letters and digits of any script, joined by single dashes; never `.` or `/`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
