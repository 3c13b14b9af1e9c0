/**
 * One synthetic report from (seed, index), independent of N: the bench relies on report N
 * being "the next one" when it adds a report to an existing corpus.
 */
import { dayAt, PERIOD_DAYS } from './calendar.ts';
import { LAYOUTS, renderLayout, type LayoutName } from './layouts.ts';
import { createRng, mixSeed } from './prng.ts';
import { PUBLISHERS } from './vocab.ts';

export interface Report {
  /** `00042_<16 hex>.txt`, shaped like the real seeds' names. */
  fileName: string;
  layout: LayoutName;
  /** The day the report covers, yyyy-mm-dd. */
  date: string;
  hasFrontMatter: boolean;
  text: string;
}

/** Share of each layout; overviews dominate the real feed. */
const LAYOUT_WEIGHTS: Record<LayoutName, number> = { overview: 0.35, 'inline-bullets': 0.2, live: 0.2, wire: 0.25 };
const FRONT_MATTER_SHARE = 0.25;

/** @example generateReport(1, 0).fileName // '00000_…' — same bytes on every run */
export function generateReport(seed: number, index: number): Report {
  if (!Number.isInteger(index) || index < 0) throw new Error(`report index must be a non-negative integer, got ${index}`);
  const rng = createRng(mixSeed(seed, index));
  const fileName = `${String(index).padStart(5, '0')}_${rng.hex8()}${rng.hex8()}.txt`;
  const day = dayAt(rng.int(0, PERIOD_DAYS - 1));
  const layout = pickWeighted(rng.next());
  const publisher = rng.pick(PUBLISHERS);
  const hasFrontMatter = rng.chance(FRONT_MATTER_SHARE);
  const { title, body } = renderLayout(layout, { rng, day, publisher });
  const text = hasFrontMatter ? frontMatter(title, day.iso, publisher, rng.hex8()) + body : body;
  return { fileName, layout, date: day.iso, hasFrontMatter, text };
}

function pickWeighted(u: number): LayoutName {
  let acc = 0;
  for (const name of LAYOUTS) {
    acc += LAYOUT_WEIGHTS[name];
    if (u < acc) return name;
  }
  return LAYOUTS[LAYOUTS.length - 1] as LayoutName;
}

function frontMatter(title: string, iso: string, publisher: string, id: string): string {
  const host = publisher.toLowerCase().replace(/^the /, '').replace(/\s+/g, '-');
  // JSON strings are valid YAML double-quoted scalars, so titles with colons stay safe.
  return [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${iso}`,
    `url: https://${host}.example.org/${iso.replaceAll('-', '/')}/${id}`,
    `publisher: ${publisher}`,
    '---',
    '',
  ].join('\n');
}
