import type { Diagnostic, SourceFile } from './model.ts';

export interface DecodeResult {
  file: SourceFile | null;
  diagnostics: Diagnostic[];
}

/**
 * Turn a seed's bytes into text: UTF-8 (with or without BOM) or UTF-16 with BOM, line
 * endings normalised to `\n`. Invalid UTF-8 is an error naming the byte offset, so that
 * mojibake is never published silently.
 *
 * @example
 *   decodeSeed('a.txt', Buffer.from('\uFEFFhello\r\n')).file?.text // 'hello\n'
 */
export function decodeSeed(file: string, bytes: Uint8Array): DecodeResult {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      const offset = firstInvalidUtf8(bytes);
      return {
        file: null,
        diagnostics: [
          {
            file,
            line: lineAt(bytes, offset),
            column: null,
            ruleId: 'encoding-invalid-utf8',
            severity: 'error',
            message: `Bytes that are not valid UTF-8 at byte offset ${offset}.`,
            hint: 'Save the file as UTF-8 (most editors: "Save with encoding" → UTF-8).',
          },
        ],
      };
    }
  }
  if (text.includes('\u0000')) {
    return {
      file: null,
      diagnostics: [
        {
          file,
          line: null,
          column: null,
          ruleId: 'encoding-binary',
          severity: 'error',
          message: 'The file holds binary data (NUL bytes), not text.',
          hint: 'Only plain text or Markdown reports belong in the seeds folder; remove this file.',
        },
      ],
    };
  }
  return { file: { file, text: text.replace(/\r\n?/g, '\n') }, diagnostics: [] };
}

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

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
