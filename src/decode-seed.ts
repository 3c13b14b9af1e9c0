import type { Diagnostic, SourceFile } from './model.ts';

export interface DecodeResult {
  file: SourceFile | null;
  diagnostics: Diagnostic[];
}

/**
 * C0 and C1 control characters other than tab, line feed, carriage return, form feed and
 * vertical tab: invisible on a page, so a report holding them is refused rather than published
 * with characters the reader cannot see.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/u;
/**
 * UTF-8 text that was once decoded as Windows-1252/Latin-1 and saved again ("â€™" for "’",
 * "Ã©" for "é"): valid UTF-8, so only its tell-tale pairs can give it away.
 */
const MOJIBAKE = /Ã[\u0080-\u00BF]|Â[\u0080-\u00BF]|â€[\u0080-\u00BF\u2018-\u201E\u2020-\u2022\u2026\u2122\u0153\u017E]/u;
/**
 * The characters Windows-1252 gives the bytes 0x80–0x9F, in order; the five bytes it leaves
 * undefined stand for themselves (as C1 controls, which Latin-1 decoders give them).
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CP1252_BYTE = new Map([...CP1252_HIGH].map((c, i) => [c.charCodeAt(0), 0x80 + i]));
/** A UTF-8 character of two to four bytes written as quoted-printable escapes ("=E2=80=99" for "’"). */
const QP_UTF8 = /=[C-F][0-9A-F](?:=[89AB][0-9A-F]){1,3}/g;
/** A quoted-printable soft line break: an "=" ending a line (maybe before spaces), but not the last of a rule of "=". */
const QP_SOFT_BREAK = /(?<!=)=[ \t]*\r?\n/g;
/** How many of each a text needs to be read as quoted-printable: a lone "=20" or "=" at a line's end is no e-mail encoding. */
const QP_MIN_CHARACTERS = 3;
const QP_MIN_SOFT_BREAKS = 2;
/** A binary file has NUL bytes; text in UTF-16 without a BOM has them at every other byte. */
const BINARY_SHARE_OF_CONTROLS = 0.01;

/**
 * Turn a seed's bytes into text: UTF-8 (with or without BOM) or UTF-16 with BOM (LE or BE),
 * line endings normalised to `\n`. Bytes that are not valid in their encoding are an error
 * naming the byte offset, so that mojibake is never published silently; binary content and
 * invisible control characters are errors too. Two encodings a valid text may still carry are
 * undone, each with a warning: a quoted-printable e-mail body (`decodeQuotedPrintable`), and
 * UTF-8 once read as Windows-1252 when the whole text reverses cleanly (`repairMojibake`);
 * mojibake that does not reverse is only warned about.
 *
 * @example
 *   decodeSeed('a.txt', Buffer.from('\uFEFFhello\r\n')).file?.text // 'hello\n'
 */
export function decodeSeed(file: string, bytes: Uint8Array): DecodeResult {
  const fail = (ruleId: string, message: string, hint: string, line: number | null = null, column: number | null = null): DecodeResult => ({
    file: null,
    diagnostics: [{ file, line, column, ruleId, severity: 'error', message, hint }],
  });
  let text: string;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    const body = bytes.subarray(2);
    const bad = body.length % 2 === 1 ? body.length - 1 : firstInvalidUtf16(body, utf16 === 'utf-16le');
    if (bad >= 0) {
      return fail('encoding-invalid-utf16', `Bytes that are not valid ${utf16.toUpperCase()} at byte offset ${bad + 2}.`, 'Save the file as UTF-8 (most editors: "Save with encoding" → UTF-8).');
    }
    text = new TextDecoder(utf16).decode(body);
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const hint = looksLikeUtf16WithoutBom(bytes)
        ? 'It looks like UTF-16 text without a byte-order mark: save it as UTF-8.'
        : 'Only plain-text or Markdown reports belong in the seeds folder; remove this file or save the report as text.';
      return fail('encoding-binary', `The file holds binary data (a NUL byte at byte offset ${nul}), not text.`, hint);
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      const { line, column } = placeOfByte(bytes, offset);
      return fail(
        'encoding-invalid-utf8',
        `Bytes that are not valid UTF-8 at byte offset ${offset} (0x${bytes[offset]!.toString(16).padStart(2, '0')}).`,
        'Save the file as UTF-8 (most editors: "Save with encoding" → UTF-8); a file saved as Windows-1252 or Latin-1 shows this error.',
        line,
        column,
      );
    }
  }
  const diagnostics: Diagnostic[] = [];
  const warn = (ruleId: string, at: { line: number; column: number } | null, message: string, hint: string) =>
    diagnostics.push({ file, line: at?.line ?? null, column: at?.column ?? null, ruleId, severity: 'warning', message, hint });
  // Before line ends are normalised: a repair needs the characters as they were decoded (a NEL may be half of a letter).
  const qp = decodeQuotedPrintable(text);
  if (qp !== null) {
    text = qp;
    warn(
      'encoding-quoted-printable',
      null,
      'The text is an e-mail body in quoted-printable (“=E2=80=99” for “’”, lines cut with “=” at their end); it was decoded before reading, and line numbers are those of the decoded text.',
      'Nothing to do if the report page reads well; otherwise paste the text as the mail program shows it.',
    );
  }
  const firstMojibake = text.search(MOJIBAKE);
  const repaired = firstMojibake >= 0 ? repairMojibake(text) : null;
  if (repaired !== null) {
    // Found in the text with its line ends normalised, where the line and column are counted.
    const normal = withLineFeeds(text);
    warn(
      'encoding-mojibake',
      placeOfChar(normal, normal.search(MOJIBAKE)),
      `The text was double-encoded (UTF-8 read as Windows-1252 and saved again: “${text.slice(firstMojibake, firstMojibake + 3)}” and the like); it was repaired before reading.`,
      'Nothing to do if the report page reads well; to keep the file clean, save the original report again as UTF-8.',
    );
    text = repaired;
  }
  text = withLineFeeds(text);
  const controls = countControls(text);
  if (controls > 0) {
    const at = placeOfChar(text, text.search(CONTROL));
    if (controls > Math.max(8, text.length * BINARY_SHARE_OF_CONTROLS)) {
      return fail('encoding-binary', `The file holds binary data (${controls} control characters), not text.`, 'Only plain-text or Markdown reports belong in the seeds folder; remove this file.');
    }
    const code = text.codePointAt(text.search(CONTROL))!.toString(16).toUpperCase().padStart(4, '0');
    return fail('encoding-control-character', `An invisible control character (U+${code}) is in the text.`, 'Delete it (it was probably pasted in by accident); a reader would not see it.', at.line, at.column);
  }
  const mojibake = text.search(MOJIBAKE);
  if (mojibake >= 0) {
    warn(
      'encoding-mojibake',
      placeOfChar(text, mojibake),
      `The text looks double-encoded (“${text.slice(mojibake, mojibake + 3)}” is how “’” or “é” look when UTF-8 was read as Windows-1252).`,
      'Open the original report and save it again as UTF-8, or fix the garbled characters.',
    );
  }
  return { file: { file, text }, diagnostics };
}

/**
 * The text of a quoted-printable e-mail body, or null when the text is not one: at least
 * `QP_MIN_CHARACTERS` UTF-8 characters written as escapes and `QP_MIN_SOFT_BREAKS` lines
 * ending in a soft break. The soft breaks are joined and every `=XX` is its byte again; the
 * bytes must make valid UTF-8, or nothing is decoded.
 *
 * @example
 *   decodeQuotedPrintable('It=E2=80=99s an=\nd =E2=80=9Cso=\n=E2=80=9D.') // 'It’s and “so”.'
 */
export function decodeQuotedPrintable(text: string): string | null {
  if (!atLeast(text, QP_UTF8, QP_MIN_CHARACTERS) || !atLeast(text, QP_SOFT_BREAK, QP_MIN_SOFT_BREAKS)) return null;
  const bytes = Buffer.from(text.replace(QP_SOFT_BREAK, ''), 'utf8');
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const high = i + 2 < bytes.length && bytes[i] === 0x3d ? upperHex(bytes[i + 1]!) : -1;
    const low = high >= 0 ? upperHex(bytes[i + 2]!) : -1;
    if (low >= 0) {
      out[n++] = high * 16 + low;
      i += 2;
    } else {
      out[n++] = bytes[i]!;
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(out.subarray(0, n));
  } catch {
    return null;
  }
}

/** The value of an upper-case hexadecimal digit's byte (quoted-printable writes no other), or -1. */
function upperHex(b: number): number {
  return b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x41 && b <= 0x46 ? b - 0x37 : -1;
}

/** Whether a global pattern matches a text at least `n` times (it stops looking at the `n`th). */
function atLeast(text: string, pattern: RegExp, n: number): boolean {
  const re = new RegExp(pattern.source, 'g');
  let count = 0;
  while (count < n && re.exec(text) !== null) count++;
  return count >= n;
}

/**
 * A double-encoded text repaired, or null when it cannot be: every character must be one
 * Windows-1252 (or Latin-1) gives a byte, those bytes must make valid UTF-8, and the result
 * must hold fewer mojibake pairs than the text. A closing quotation mark "”" (E2 80 9D) is the
 * one character whose last byte Windows-1252 has no character for, so converters drop it:
 * "â€" before anything but a continuation byte is read as "”" again.
 *
 * @example
 *   repairMojibake('The mayorâ€™s cafÃ© â€œopenâ€ again.') // 'The mayor’s café “open” again.'
 */
export function repairMojibake(text: string): string | null {
  const bytes = new Uint8Array(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const b = c < 0x100 ? c : CP1252_BYTE.get(c);
    if (b === undefined) return null;
    bytes[n++] = b;
    // "â€" (E2 80) not followed by a continuation byte lost the 9D of "”".
    if (b === 0x80 && n >= 2 && bytes[n - 2] === 0xe2) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      const nextByte = next < 0 ? undefined : next < 0x100 ? next : CP1252_BYTE.get(next);
      if (nextByte === undefined || nextByte < 0x80 || nextByte > 0xbf) bytes[n++] = 0x9d;
    }
  }
  let repaired: string;
  try {
    repaired = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes.subarray(0, n));
  } catch {
    return null;
  }
  return countMatches(repaired, MOJIBAKE) < countMatches(text, MOJIBAKE) ? repaired : null;
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(new RegExp(pattern.source, 'gu'))?.length ?? 0;
}

/** Byte offset of the first byte that does not start a valid UTF-8 sequence, or `bytes.length`. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  // Binary search on prefix validity would mis-handle a sequence cut in half; a linear scan
  // of lead/continuation bytes is exact and cheap for the one failing file.
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + need + 1));
    } catch {
      return i;
    }
    i += need + 1;
  }
  return i;
}

/** Byte offset (within `body`) of the first unpaired surrogate, or -1. */
function firstInvalidUtf16(body: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) => (littleEndian ? body[i]! | (body[i + 1]! << 8) : (body[i]! << 8) | body[i + 1]!);
  for (let i = 0; i + 1 < body.length; i += 2) {
    const u = unit(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 3 < body.length ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return i;
  }
  return -1;
}

function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? evenNuls++ : oddNuls++);
  return Math.max(evenNuls, oddNuls) > sample.length / 4 && Math.min(evenNuls, oddNuls) < sample.length / 50;
}

function countControls(text: string): number {
  return CONTROL.test(text) ? countMatches(text, CONTROL) : 0;
}

/** 1-based line and column (in characters) of a byte offset in UTF-8 that is valid up to it. */
function placeOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (bytes[i] === 0x0a) line++;
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, '');
  return { line, column: [...before].length + 1 };
}

/** One kind of line end downstream: CR LF, CR, NEL and the Unicode line and paragraph separators end lines too. */
function withLineFeeds(text: string): string {
  return text.replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n');
}

function placeOfChar(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
}
