import slugify from '@sindresorhus/slugify';
import { compareCodePoints } from '../read-seeds.ts';

/**
 * Page addresses for place names: ASCII slugs (`Yukhari Kiyameddinli` → `yukhari-kiyameddinli`,
 * `Şuşa` → `susa`). Names that slug alike get `-2`, `-3` in code-point order of the names, so
 * the same set of names always gets the same addresses whatever order they were met in.
 *
 * @example
 *   placeSlugs(['Tug', 'Karin Tak']).get('Karin Tak') // 'karin-tak'
 */
export function placeSlugs(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort(compareCodePoints);
  const taken = new Set<string>();
  const slugs = new Map<string, string>();
  for (const name of sorted) {
    const base = slugify(name) || 'place';
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}
