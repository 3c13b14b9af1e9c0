import type { Block, Claim, SetAside, Side } from './model.ts';
import type { Role } from './classify-blocks.ts';
import { findSpeaker } from './find-speaker.ts';
import { findPlaces } from './places.ts';
import { splitSentences } from './split-sentences.ts';

/** A claim before the corpus gives it an id: `reportId` and `id` are filled in by `assign-ids`. */
export type DraftClaim = Omit<Claim, 'id' | 'reportId'>;

export interface ClaimsResult {
  claims: DraftClaim[];
  setAside: SetAside[];
}

interface Voice {
  side: Side;
  attribution: string;
}

interface Sentence {
  text: string;
  block: Block;
  voice: Voice | null;
  /** How the voice was found: in the sentence itself, or by referring back. */
  basis: 'speaker' | 'context' | null;
}

/**
 * The outlet's background: what "has been" happening since the war began, totals and
 * mutual accusations the outlet states itself. Folded on the site.
 */
const BACKGROUND = /\b(?:since (?:September|the (?:start|beginning|outbreak)|the conflict|the war|\d{4})|both sides|the (?:warring )?(?:parties|sides) (?:have )?(?:accuse|blame)|each other|in the (?:early )?(?:19|20)\d0s|(?:19|20)\d\d war|ceasefires?|cease-fires?|armistice|truce)\b/iu;
const STARTS_WITH_QUOTE = /^[“"«]/u;

/**
 * Turn classified blocks into claims and set-aside pieces.
 *
 * Units: a bullet, a live-page item (the paragraphs under a headline), or a sentence of prose.
 * Side: a side header rules what stands under it; elsewhere the speaker of the sentence
 * decides, sentences without a speaker take the speaker of their unit, and what nobody is said
 * to say is the outlet's narration (`international`). A unit whose sentences have different
 * sides becomes one claim per run of the same side.
 */
export function extractClaims(blocks: readonly Block[], roles: readonly Role[]): ClaimsResult {
  const claims: DraftClaim[] = [];
  const setAside: SetAside[] = [];
  let sectionSide: Side | null = null;
  let headline: string | null = null;
  let headlineVoice: Voice | null = null;
  let lastVoice: Voice | null = null;
  let seenStructure = false;
  let item: Sentence[] = [];
  // The intro of an overview (before its first header or bullet) is background; a wire story has no such intro.
  const structured = roles.some((r, i) => r.role === 'side-header' || r.role === 'heading' || (r.role === 'content' && blocks[i]!.kind === 'bullet'));

  const flushItem = () => {
    if (item.length > 0) emitRuns(item, true);
    item = [];
  };

  const emitRuns = (sentences: Sentence[], merge: boolean) => {
    inheritWithinUnit(sentences);
    let run: Sentence[] = [];
    const close = () => {
      if (run.length === 0) return;
      const first = run[0]!;
      const voice = first.voice ?? (sectionSide === null ? headlineVoice : null);
      const side = sectionSide ?? voice?.side ?? 'international';
      const text = run.map((s, i) => (i > 0 && s.block !== run[i - 1]!.block ? ' ' : '') + s.text).join('').replace(/\s+/g, ' ').trim();
      const basis: Claim['sideBasis'] = sectionSide !== null ? 'header' : first.voice ? (first.basis ?? 'speaker') : headlineVoice ? 'context' : 'narration';
      claims.push({
        anchor: first.block.id,
        spans: [...new Set(run.map((s) => s.block.id))],
        side,
        text,
        attribution: run.find((s) => s.voice)?.voice?.attribution ?? voice?.attribution ?? null,
        places: findPlaces(text),
        background: basis === 'narration' && ((structured && !seenStructure) || BACKGROUND.test(text)),
        sideBasis: basis,
        headline,
        line: first.block.line,
      });
      run = [];
    };
    for (const s of sentences) {
      const sideOf = (x: Sentence) => sectionSide ?? x.voice?.side ?? 'international';
      const sameBlock = run.length === 0 || run[run.length - 1]!.block === s.block || merge;
      if (run.length > 0 && (!merge || sideOf(run[0]!) !== sideOf(s) || !sameBlock)) close();
      run.push(s);
    }
    close();
  };

  const sentencesOf = (block: Block, startsAfterColon: boolean): Sentence[] =>
    splitSentences(block.text).map((text, index) => {
      const found = findSpeaker(text);
      let voice: Voice | null = null;
      let basis: Sentence['basis'] = null;
      if (found?.kind === 'named') {
        voice = { side: found.side, attribution: found.attribution };
        basis = 'speaker';
      } else if (found?.kind === 'back-reference' && lastVoice) {
        voice = lastVoice;
        basis = 'context';
      } else if (index === 0 && startsAfterColon && STARTS_WITH_QUOTE.test(text) && lastVoice) {
        // A quotation opening the block after "… said:" is the words of that speaker.
        voice = lastVoice;
        basis = 'context';
      }
      if (voice && basis === 'speaker') lastVoice = voice;
      return { text, block, voice, basis };
    });

  let previousEndsWithColon = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const role = roles[i]!;
    switch (role.role) {
      case 'side-header':
        flushItem();
        sectionSide = role.side;
        headline = null;
        headlineVoice = null;
        lastVoice = null;
        seenStructure = true;
        setAside.push({ anchor: block.id, text: block.text, reason: 'heading', explanation: `Section header: what follows is information from the ${role.side === 'baku' ? 'Azerbaijani (Baku)' : 'Armenian (Yerevan)'} side.`, line: block.line });
        break;
      case 'heading': {
        flushItem();
        sectionSide = null;
        headline = block.text;
        const voice = findSpeaker(block.text);
        headlineVoice = voice?.kind === 'named' && /\s[–—-]\s/u.test(block.text) ? { side: voice.side, attribution: voice.attribution } : null;
        seenStructure = true;
        setAside.push({ anchor: block.id, text: block.text, reason: 'heading', explanation: 'A heading or live-page headline; it is shown with the claims under it.', line: block.line });
        break;
      }
      case 'item-break':
        flushItem();
        lastVoice = null;
        seenStructure = true;
        setAside.push({ anchor: block.id, text: block.text, reason: role.reason, explanation: role.reason === 'separator' ? 'A separator between items.' : 'The time stamp of a live-page item.', line: block.line });
        break;
      case 'set-aside':
        setAside.push({ anchor: block.id, text: block.text, reason: role.reason, explanation: role.explanation, line: block.line });
        break;
      case 'content': {
        const sentences = sentencesOf(block, previousEndsWithColon);
        if (block.kind === 'bullet') {
          flushItem();
          seenStructure = true;
          emitRuns(sentences, true);
        } else if (headline !== null && sectionSide === null) {
          item.push(...sentences);
        } else {
          emitRuns(sentences, false);
        }
        break;
      }
    }
    if (role.role !== 'set-aside') previousEndsWithColon = /:\s*$/u.test(block.text);
  }
  flushItem();
  return { claims, setAside };
}

/**
 * Sentences without a speaker belong to the speaker of their unit: before the first named
 * speaker they take that speaker ("Missiles were used. … , the ministry said."), after it the
 * one before them.
 */
function inheritWithinUnit(sentences: Sentence[]): void {
  const firstVoiced = sentences.findIndex((s) => s.voice !== null);
  if (firstVoiced < 0) return;
  let current = sentences[firstVoiced]!;
  sentences.forEach((s, i) => {
    if (s.voice) {
      current = s;
      return;
    }
    const from = i < firstVoiced ? sentences[firstVoiced]! : current;
    s.voice = from.voice;
    s.basis = 'context';
  });
}
