/** Fills `{slot}` placeholders of a vocab template from the report's random stream. */
import type { Rng } from './prng.ts';
import { monthDay, type Day } from './calendar.ts';
import {
  AM_PLACES, AZ_PLACES, CAPITALS, FRONTS, NK_PLACES, PARTS_OF_DAY, SOURCES, VILLAGES, WEAPONS,
} from './vocab.ts';

/** What a template may refer to besides random picks. */
export interface FillContext {
  rng: Rng;
  day: Day;
  publisher: string;
}

/**
 * Replaces every `{slot}`; each occurrence draws afresh, so "{front} and {front}" usually
 * names two directions. An unknown slot is a bug in vocab.ts, so it throws.
 * @example fill('Shelling in {nk}', ctx) // 'Shelling in Martuni'
 */
export function fill(template: string, ctx: FillContext): string {
  const { rng } = ctx;
  return template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'az': return rng.pick(AZ_PLACES);
      case 'nk': return rng.pick(NK_PLACES);
      case 'am': return rng.pick(AM_PLACES);
      case 'front': return rng.pick(FRONTS);
      case 'village': return rng.pick(VILLAGES);
      case 'weapon': return rng.pick(WEAPONS);
      case 'partOfDay': return rng.pick(PARTS_OF_DAY);
      case 'capital': return rng.pick(CAPITALS);
      case 'srcBaku': return rng.pick(SOURCES.baku);
      case 'srcYerevan': return rng.pick(SOURCES.yerevan);
      case 'date': return monthDay(ctx.day);
      case 'publisher': return ctx.publisher;
      case 'hex': return rng.hex8() + rng.hex8();
      case 'n1': return String(rng.int(2, 9));
      case 'n2': return String(rng.int(10, 60));
      case 'n3': return String(rng.int(100, 999));
      default: throw new Error(`vocab template has an unknown slot {${slot}} in "${template}"`);
    }
  });
}

/** `count` filled sentences drawn from `templates`, without repeating a template. */
export function fillMany(templates: readonly string[], count: number, ctx: FillContext): string[] {
  return ctx.rng.sample(templates, count).map((t) => fill(t, ctx));
}
