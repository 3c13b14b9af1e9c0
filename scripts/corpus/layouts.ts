/**
 * The four report layouts seen in the real seeds, rebuilt from vocab.ts. Each returns the
 * report's title (for front matter) and its body text.
 */
import { dateline, longDate, monthDay, pad2 } from './calendar.ts';
import { fill, fillMany, type FillContext } from './fill-template.ts';
import {
  AGENCIES, BACKGROUND, BAKU_CLAIMS, CAPITALS, CHROME_BOTTOM, CHROME_PLEA, CHROME_TOP, HEADLINES,
  HEADLINE_SOURCES, INTL_CLAIMS, SECTION_TITLES, URL_LINES, YEREVAN_CLAIMS,
} from './vocab.ts';

export type LayoutName = 'overview' | 'inline-bullets' | 'live' | 'wire';
export const LAYOUTS: readonly LayoutName[] = ['overview', 'inline-bullets', 'live', 'wire'];

export interface Rendered {
  title: string;
  body: string;
}

const BULLET = '•';

export function renderLayout(layout: LayoutName, ctx: FillContext): Rendered {
  switch (layout) {
    case 'overview': return overview(ctx);
    case 'inline-bullets': return inlineBullets(ctx);
    case 'live': return live(ctx);
    case 'wire': return wire(ctx);
  }
}

/** A title with a date; a third of them omit the year, as the seeds' "Overview as of" titles do. */
function overviewTitle(ctx: FillContext): string {
  const { rng, day } = ctx;
  return rng.pick([
    `Overview of events in the Karabakh conflict zone on ${longDate(day)}, as reported by both sides`,
    `Fighting in Karabakh. Overview as of ${monthDay(day)}`,
    `Karabakh: what Baku and Yerevan reported on ${longDate(day)}`,
  ]);
}

/** (a) Section headers on their own lines, one `•` bullet per line. */
function overview(ctx: FillContext): Rendered {
  const { rng } = ctx;
  const title = overviewTitle(ctx);
  // Half the seeds separate every line with a blank line, half with a single newline.
  const sep = rng.chance(0.5) ? '\n\n' : '\n';
  const colon = rng.chance(0.7) ? ':' : '';
  const bullets = (lines: string[]): string[] => lines.map((l) => `${BULLET} ${l}`);
  const blocks = [
    title,
    fillMany(BACKGROUND, rng.int(3, 6), ctx).join(' '),
    rng.pick(SECTION_TITLES),
    `Information from Baku${colon}`,
    ...bullets(fillMany(BAKU_CLAIMS, rng.int(5, 9), ctx)),
    `Information from Yerevan${colon}`,
    ...bullets(fillMany(YEREVAN_CLAIMS, rng.int(5, 9), ctx)),
  ];
  if (rng.chance(0.3)) blocks.push(fill(rng.pick(URL_LINES), ctx));
  blocks.push('Statements and visits', ...bullets(fillMany(INTL_CLAIMS, rng.int(3, 5), ctx)));
  return { title, body: blocks.join(sep) + '\n' };
}

/** (b) Both sides' bullets run together on one line, as some scraped pages arrive. */
function inlineBullets(ctx: FillContext): Rendered {
  const { rng, day } = ctx;
  const title = `Overview as of ${monthDay(day)}, ${rng.pick(['morning', 'afternoon', 'evening'])}`;
  const side = (name: string, claims: readonly string[]): string =>
    `Information from ${name} ${BULLET} ` + fillMany(claims, rng.int(6, 9), ctx).join(` ${BULLET} `);
  const sides = [side('Yerevan', YEREVAN_CLAIMS), side('Baku', BAKU_CLAIMS)];
  if (rng.chance(0.5)) sides.reverse();
  // Some scraped pages keep a stray "date yyyy-mm-dd" prefix before the lead sentence.
  const prefix = rng.chance(0.3) ? ` date ${day.iso} ` : '';
  const blocks = [
    prefix + fill(rng.pick([...BAKU_CLAIMS, ...YEREVAN_CLAIMS]), ctx),
    fillMany(BACKGROUND, rng.int(3, 5), ctx).join(' '),
    title,
    sides.join(' '),
    'Negotiations and statements',
    ...fillMany(INTL_CLAIMS, rng.int(3, 5), ctx).map((l) => `${BULLET} ${l}`),
  ];
  return { title, body: blocks.join('\n\n') + '\n' };
}

/** (c) A live page: items separated by a lone `-` or a lone time, newest first. */
function live(ctx: FillContext): Rendered {
  const { rng, day } = ctx;
  const title = `Fighting in Karabakh. Live updates for ${longDate(day)}`;
  const useTimes = rng.chance(0.5);
  let minutes = rng.int(20 * 60, 23 * 60 + 59);
  const all = [...BAKU_CLAIMS, ...YEREVAN_CLAIMS, ...INTL_CLAIMS];
  const items: string[] = [];
  const count = rng.int(8, 12);
  for (let i = 0; i < count; i++) {
    let headline = fill(rng.pick(HEADLINES), ctx);
    if (rng.chance(0.3)) headline += ` — ${rng.pick(HEADLINE_SOURCES)}`;
    items.push([headline, ...fillMany(all, rng.int(1, 3), ctx)].join('\n'));
  }
  const lines = [title, fillMany(BACKGROUND, rng.int(2, 4), ctx).join(' ')];
  items.forEach((item, i) => {
    if (i > 0 || useTimes) {
      lines.push(useTimes ? `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}` : '-');
      minutes -= rng.int(15, 110);
      if (minutes < 0) minutes = 0;
    }
    lines.push(item);
  });
  return { title, body: lines.join('\n') + '\n' };
}

/** (d) A wire story wrapped in a news site's chrome (alerts, donation pleas, sign-in). */
function wire(ctx: FillContext): Rendered {
  const { rng, day } = ctx;
  const agency = rng.pick(AGENCIES);
  const title = fill(rng.pick([
    'Shelling hits {nk} as talks stall in {capital}',
    '{az} under fire again as another truce unravels',
    'Karabakh fighting grinds on despite calls for a ceasefire',
  ]), ctx);
  const prose = (claims: readonly string[], k: number): string => fillMany(claims, k, ctx).join(' ');
  const paragraphs = [
    `Fighting around Nagorno-Karabakh went on ${day.weekday} as diplomats in ${rng.pick(CAPITALS)} tried again to broker a lasting truce.`,
    prose(YEREVAN_CLAIMS, rng.int(3, 4)),
    prose(BAKU_CLAIMS, rng.int(3, 4)),
    prose(BACKGROUND, rng.int(2, 3)),
    prose(INTL_CLAIMS, rng.int(2, 4)),
    prose(rng.chance(0.5) ? BAKU_CLAIMS : YEREVAN_CLAIMS, 2),
    prose(BACKGROUND, 2),
  ];
  const blocks = [
    ...CHROME_TOP.map((l) => fill(l, ctx)),
    title,
    fill(rng.pick(BACKGROUND), ctx),
    `Via ${agency} news wire\n${dateline(day, rng.int(6, 22), rng.int(0, 59))}`,
    ...rng.sample(CHROME_PLEA, 2),
    ...paragraphs,
    '___',
    `${agency} writers in ${rng.pick(CAPITALS)} contributed to this report.`,
    ...CHROME_BOTTOM,
  ];
  return { title, body: blocks.join('\n\n') + '\n' };
}
