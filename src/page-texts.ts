import type { PageTexts } from './model.ts';
import { sha256 } from './sha256.ts';

/** The digest a page text is known by (`ReportResult.textDigest`). */
export function digestText(text: string): string {
  return sha256(text);
}

/** Page texts all held in memory (the preview server, tests, a build without cache). */
export function memoryTexts(texts: readonly string[]): PageTexts {
  return { digests: texts.map(digestText), text: async (index) => texts[index]! };
}
