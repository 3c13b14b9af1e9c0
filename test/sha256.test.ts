import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { sha256 } from '../src/sha256.ts';

describe('sha256 of parts', () => {
  it('is the sha256 of one part as it is, and of several joined by NUL', () => {
    assert.equal(sha256('shelling'), createHash('sha256').update('shelling').digest('hex'));
    assert.equal(sha256('dawn', 'dusk'), createHash('sha256').update('dawn\0dusk').digest('hex'));
    assert.equal(sha256(Buffer.from('dawn'), 'dusk'), sha256('dawn', 'dusk'));
  });

  it('tells apart parts cut at different places', () => {
    assert.notEqual(sha256('ab', 'c'), sha256('a', 'bc'));
    assert.notEqual(sha256('abc'), sha256('ab', 'c'));
  });

  it('hashes the same bytes as the parts joined, however many and long they are, strings or bytes', () => {
    const part = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.integer({ min: 60_000, max: 70_000 }).map((n) => 'ő'.repeat(n)), fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b)));
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), (parts) => {
        const joined = Buffer.concat(parts.flatMap((p, i) => [Buffer.from(i > 0 ? '\0' : ''), typeof p === 'string' ? Buffer.from(p) : p]));
        assert.equal(sha256(...parts), createHash('sha256').update(joined).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});
