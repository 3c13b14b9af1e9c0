import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findPlaces } from '../src/places.ts';

describe('findPlaces', () => {
  it('finds settlements outside the gazetteer from "villages of A, B and C", in reading order', () => {
    // Invented names: only the general pattern can find them.
    const text = 'Shells fell on the villages of Zorvali, Arkenli and Bostanli, as well as the village of Middle Tepekend of the Barda region.';
    assert.deepEqual(findPlaces(text), ['Zorvali', 'Arkenli', 'Bostanli', 'Middle Tepekend', 'Barda']);
  });

  it('names a place once, by its canonical name, whichever side’s spelling the text uses', () => {
    assert.deepEqual(findPlaces('Khankendi and Shushi were shelled; the village of Shikharh too, and Stepanakert again.'), ['Stepanakert', 'Shusha', 'Shikharkh']);
  });

  it('does not take a country for a settlement', () => {
    assert.deepEqual(findPlaces('Positions in the regions of Azerbaijan and Armenia were quiet.'), []);
  });
});
