import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
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
});
