/**
 * Every match of a global pattern in a text: what `[...text.matchAll(re)]` gives, from the pattern's
 * `lastIndex` on, which is left as it was. `matchAll` first copies the pattern, which for a long
 * alternation (the speech verbs, the actors' and places' tables) costs ten times the search itself;
 * this runs the pattern as it is.
 *
 * @example
 *   allMatches('said, and said', /said/gu).map((m) => m.index) // [0, 10]
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern, as matchAll does: /${re.source}/${re.flags}`);
  const start = re.lastIndex;
  const unicode = re.unicode || re.flags.includes('v');
  const found: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      found.push(m);
      // An empty match moves on by one character (a whole surrogate pair under `u`), as matchAll does.
      if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, unicode);
    }
  } finally {
    re.lastIndex = start;
  }
  return found;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}
