/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|St|Rev|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|vs|etc|approx|i\.e|e\.g|[A-Z])\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/**
 * Split text into sentences, never inside an open quotation or after an abbreviation.
 * The pieces, joined, give back the input (trailing spaces stay with their sentence).
 *
 * @example
 *   splitSentences('Aliyev said it. “One. Two,” he added.') // ['Aliyev said it. ', '“One. Two,” he added.']
 */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const { segment } of segmenter.segment(text)) {
    pending += segment;
    if (insideQuotation(pending) || ABBREVIATION.test(pending)) continue;
    out.push(pending);
    pending = '';
  }
  if (pending !== '') out.push(pending);
  return out;
}

function insideQuotation(text: string): boolean {
  const open = (text.match(/“/g) ?? []).length + (text.match(/«/g) ?? []).length;
  const close = (text.match(/”/g) ?? []).length + (text.match(/»/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return open > close || straight % 2 === 1;
}
