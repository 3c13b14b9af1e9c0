/** A sentence end and the space after it: the preferred place to cut. */
const SENTENCE_END = /[.!?…]["”’»)\]]*\s+/gu;

/**
 * Cut text into pieces of at most `max` characters: at the last sentence end in the second
 * half of each window, else at the last space, else hard (never inside a surrogate pair or
 * after a backslash that escapes the next character).
 */
export function cutAtSentences(text: string, max: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let at = -1;
    for (const m of window.matchAll(SENTENCE_END)) at = m.index + m[0].length;
    if (at < max / 2) at = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t')) + 1;
    if (at < max / 4) {
      at = max;
      if (isHighSurrogate(rest.charCodeAt(at - 1))) at--;
      if (trailingBackslashes(rest.slice(0, at)) % 2 === 1) at--;
    }
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest !== '') pieces.push(rest);
  return pieces;
}

function trailingBackslashes(text: string): number {
  return text.length - text.replace(/\\+$/u, '').length;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
