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

  it('matches the spellings of the Russian and the Turkish press, and a place named twice in brackets once', () => {
    assert.deepEqual(findPlaces('Shells hit Gyandzha and Berde; fighting near Gadrut, Dzhebrail and Mardakert.'), ['Ganja', 'Barda', 'Hadrut', 'Jabrayil', 'Martakert']);
    assert.deepEqual(findPlaces('Gence, Cebrayil, Hankendi and Khodzhavend; Horadiz too.'), ['Ganja', 'Jabrayil', 'Stepanakert', 'Martuni', 'Horadiz']);
    assert.deepEqual(findPlaces('Strikes on Ganja (Gyanja) and on Martakert (Agdere).'), ['Ganja', 'Martakert']);
  });

  it('does not take a possessive after a listed place for another place', () => {
    assert.deepEqual(findPlaces('A missile hit the city of Ganja, Azerbaijan’s second-largest city.'), ['Ganja']);
    assert.deepEqual(findPlaces("the city of Ganja, Azerbaijan's second city"), ['Ganja']);
  });

  it('does not take a country for a settlement', () => {
    assert.deepEqual(findPlaces('Positions in the regions of Azerbaijan and Armenia were quiet.'), []);
  });
});
