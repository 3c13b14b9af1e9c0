import type { Side } from './model.ts';

/**
 * Section headers that say whose information follows ("Information from Baku",
 * "Reports of the Armenian side:"). Everything under such a header is that side's claim.
 * The place and adjective words come from the actors table, so a new spelling is added once.
 */
const SOURCE_WORDS: readonly [RegExp, Side][] = [
  [/\b(Baku|Azerbaijan|Azerbaijani(?: side| sources| officials)?|the Azerbaijani side)\b/i, 'baku'],
  [/\b(Yerevan|Stepanakert|Armenia|Armenian(?: side| sources| officials)?|Karabakh|Nagorno-Karabakh|Artsakh|the Armenian side)\b/i, 'yerevan'],
];

/** `Information from Baku`, `News from Yerevan:`, `Reports of the Azerbaijani side`, `Baku says:`. */
const HEADER_SHAPE =
  /^(?:(?:information|info|news|reports?|data|statements?|updates?|claims?|version|what)\s+(?:from|of|by)\s+(?:the\s+)?(?<a>[\p{L}-]+(?:\s+(?:side|sources|officials))?)|(?:the\s+)?(?<b>[\p{L}-]+(?:\s+side)?)\s+(?:says|reports|claims|version))\s*:?$/iu;

/**
 * The side a section header announces, or null if `text` is not a side header.
 *
 * @example
 *   sideOfHeader('Information from Baku:') // 'baku'
 *   sideOfHeader('Statements and official visits') // null
 */
export function sideOfHeader(text: string): Side | null {
  const m = HEADER_SHAPE.exec(text.trim());
  if (!m) return null;
  const source = m.groups?.a ?? m.groups?.b ?? '';
  for (const [re, side] of SOURCE_WORDS) if (re.test(source)) return side;
  return null;
}

/**
 * Where a side header is glued to the end of other text on the same line
 * ("… weapons.” Information from Baku • In the morning …"): the index it starts at, or -1.
 */
export function gluedHeaderStart(text: string): number {
  const re = /(?<=[.!?”"')\]]\s+)((?:information|news|reports?|data|updates?)\s+(?:from|of)\s+(?:the\s+)?[\p{L}-]+(?:\s+side)?)\s*:?\s*$/iu;
  const m = re.exec(text);
  if (!m || sideOfHeader(m[1]!) === null) return -1;
  return m.index;
}
