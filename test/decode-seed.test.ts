import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeSeed } from '../src/decode-seed.ts';

const TEXT = 'Daily note — Şuşa and Ереван\nSecond line.\n';

function utf16(text: string, littleEndian: boolean): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = littleEndian ? le : Buffer.from(le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1]!));
  return Buffer.concat([Buffer.from(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

describe('decoding a seed', () => {
  it('reads UTF-8 with a byte-order mark, dropping the mark', () => {
    const r = decodeSeed('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
    assert.equal(r.file?.text, TEXT);
    assert.deepEqual(r.diagnostics, []);
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    const r = decodeSeed('crlf.txt', Buffer.from('One\r\nTwo\rThree\r\n'));
    assert.equal(r.file?.text, 'One\nTwo\nThree\n');
  });

  it('reads UTF-16 little-endian and big-endian files with a byte-order mark', () => {
    assert.equal(decodeSeed('le.txt', utf16(TEXT.replace(/\n/g, '\r\n'), true)).file?.text, TEXT);
    assert.equal(decodeSeed('be.txt', utf16(TEXT, false)).file?.text, TEXT);
  });

  it('refuses bytes that are not valid UTF-8, naming the byte offset, line and column', () => {
    // "café" saved as Latin-1 on the second line: é is the single byte 0xE9.
    const bytes = Buffer.concat([Buffer.from('First line\nA caf'), Buffer.from([0xe9]), Buffer.from(' opened.\n')]);
    const r = decodeSeed('latin1.txt', bytes);
    assert.equal(r.file, null, 'no text is published');
    assert.equal(r.diagnostics.length, 1);
    const d = r.diagnostics[0]!;
    assert.deepEqual([d.file, d.ruleId, d.severity, d.line, d.column], ['latin1.txt', 'encoding-invalid-utf8', 'error', 2, 6]);
    assert.match(d.message, /byte offset 16\b/);
    assert.match(d.hint ?? '', /UTF-8/);
  });

  it('refuses a multi-byte sequence cut short at the end of the file', () => {
    const r = decodeSeed('cut.txt', Buffer.concat([Buffer.from('Ends in '), Buffer.from('€').subarray(0, 2)]));
    assert.equal(r.diagnostics[0]?.ruleId, 'encoding-invalid-utf8');
    assert.match(r.diagnostics[0]!.message, /byte offset 8\b/);
  });

  it('refuses UTF-16 with an unpaired surrogate or an odd number of bytes', () => {
    const lone = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x00, 0xd8]), Buffer.from('c', 'utf16le')]);
    assert.equal(decodeSeed('lone.txt', lone).diagnostics[0]?.ruleId, 'encoding-invalid-utf16');
    assert.match(decodeSeed('lone.txt', lone).diagnostics[0]!.message, /byte offset 6\b/);
    const odd = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from([0x00, 0x41, 0x00])]);
    assert.equal(decodeSeed('odd.txt', odd).diagnostics[0]?.ruleId, 'encoding-invalid-utf16');
  });

  it('refuses binary content, naming the file, and says when it looks like UTF-16 without a mark', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = decodeSeed('picture.txt', png);
    assert.equal(r.file, null);
    assert.deepEqual([r.diagnostics[0]?.file, r.diagnostics[0]?.ruleId, r.diagnostics[0]?.severity], ['picture.txt', 'encoding-binary', 'error']);
    const bare16 = decodeSeed('bare16.txt', Buffer.from('A report saved without its mark.', 'utf16le'));
    assert.equal(bare16.diagnostics[0]?.ruleId, 'encoding-binary');
    assert.match(bare16.diagnostics[0]!.hint ?? '', /UTF-16/);
  });

  it('refuses an invisible control character with its line and column, but keeps tabs and form feeds', () => {
    const r = decodeSeed('ctrl.txt', Buffer.from('Fine line\nA bell\u0007 rang.\n'));
    assert.deepEqual([r.diagnostics[0]?.ruleId, r.diagnostics[0]?.line, r.diagnostics[0]?.column], ['encoding-control-character', 2, 7]);
    assert.match(r.diagnostics[0]!.message, /U\+0007/);
    assert.equal(decodeSeed('tabs.txt', Buffer.from('Col\tumn\fpage\n')).file?.text, 'Col\tumn\fpage\n');
  });

  it('warns, with its place, about text that was double-encoded (mojibake), and still reads it', () => {
    const r = decodeSeed('garbled.txt', Buffer.from('Title\nThe mayorâ€™s office said so.\n'));
    assert.ok(r.file);
    assert.deepEqual([r.diagnostics[0]?.ruleId, r.diagnostics[0]?.severity, r.diagnostics[0]?.line, r.diagnostics[0]?.column], ['encoding-mojibake', 'warning', 2, 10]);
    // Lines ended with CR LF: the place is the same.
    const crlf = decodeSeed('garbled.txt', Buffer.from('Title\r\nThird\r\nThe mayorâ€™s office said so.\r\n'));
    assert.deepEqual([crlf.diagnostics[0]?.line, crlf.diagnostics[0]?.column], [3, 10]);
  });

  it('repairs double-encoded text that reverses cleanly, a closing quote that lost its last byte included, and says so at its place', () => {
    const r = decodeSeed('garbled.txt', Buffer.from('Title\nThe cafÃ© ownerâ€™s son said â€œno commentâ€ .\nâ€œCalm,â€\nMrs Ã\u0081lvarez Â· Baku\n'));
    assert.equal(r.file?.text, 'Title\nThe café owner’s son said “no comment” .\n“Calm,”\nMrs Álvarez · Baku\n');
    assert.deepEqual(r.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.column]), [['encoding-mojibake', 'warning', 2, 8]]);
    assert.match(r.diagnostics[0]!.message, /repaired/);
  });

  it('only warns about mojibake in a text that does not reverse: a character Windows-1252 has no byte for, or bytes that are no UTF-8', () => {
    for (const text of ['The mayorâ€™s office in ŞuÅŸa.\n', 'The mayorâ€™s office — closed.\n']) {
      const r = decodeSeed('mixed.txt', Buffer.from(text));
      assert.equal(r.file?.text, text);
      assert.deepEqual(r.diagnostics.map((d) => d.ruleId), ['encoding-mojibake']);
      assert.doesNotMatch(r.diagnostics[0]!.message, /repaired/);
    }
  });

  it('decodes a quoted-printable e-mail body (escaped UTF-8 characters, soft line breaks), with a warning naming the file', () => {
    const body = 'From: Desk <desk@example.org>\n\nHere=E2=80=99s the brief on the fighting in an=\nd around the city.\n=E2=80=A2 Two were hurt, officials sa=\nid =E2=80=9Ctoday=E2=80=9D.\nx =3D 1\n';
    const r = decodeSeed('mail.txt', Buffer.from(body));
    assert.equal(r.file?.text, 'From: Desk <desk@example.org>\n\nHere’s the brief on the fighting in and around the city.\n• Two were hurt, officials said “today”.\nx = 1\n');
    assert.deepEqual(r.diagnostics.map((d) => [d.file, d.ruleId, d.severity]), [['mail.txt', 'encoding-quoted-printable', 'warning']]);
  });

  it('leaves alone a text with a lone escape or no soft line breaks, and a rule of “=” signs', () => {
    for (const text of [
      'Temperature=20 degrees, the log said.\nA second line=\nand a third=\n',
      'Here=E2=80=99s one, =E2=80=9Cquoted=E2=80=9D, on one line.\n',
      'Here=E2=80=99s one =E2=80=9Cquoted=E2=80=9D.\n==========\nSection\n==========\n',
    ]) {
      const r = decodeSeed('plain.txt', Buffer.from(text));
      assert.equal(r.file?.text, text);
      assert.deepEqual(r.diagnostics, []);
    }
  });

  it('gives an empty file back as empty text (the reading stage decides to skip it)', () => {
    assert.deepEqual(decodeSeed('empty.txt', Buffer.alloc(0)), { file: { file: 'empty.txt', text: '' }, diagnostics: [] });
  });
});
