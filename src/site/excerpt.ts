/**
 * The beginning of a text, cut at a word boundary and marked with an ellipsis, for first lines
 * on the timeline and for titles that must fit a browser tab.
 *
 * @example
 *   excerpt('The river rose over the old bridge at dawn', 20) // 'The river rose over…'
 */
export function excerpt(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  if (chars.length <= maxChars) return flat;
  const head = chars.slice(0, maxChars).join('');
  const space = head.lastIndexOf(' ');
  // A single very long word is cut inside the word rather than dropped.
  const cut = space > maxChars / 3 ? head.slice(0, space) : head;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
