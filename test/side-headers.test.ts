import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Side } from '../src/model.ts';
import { gluedHeaderStart, inlineHeaderEnd, isAccountHeader, isNeutralHeader, sideOfHeader } from '../src/side-headers.ts';

describe('sideOfHeader', () => {
  const cases: [string, Side | null][] = [
    ['Information from Baku:', 'baku'],
    ['Information from Yerevan', 'yerevan'],
    ['News from Stepanakert', 'yerevan'],
    ['Reports of the Azerbaijani Defense Ministry', 'baku'],
    ['From Baku', 'baku'],
    ['According to Yerevan:', 'yerevan'],
    ['Azerbaijani side:', 'baku'],
    ['The Armenian side', 'yerevan'],
    ['Armenian sources report:', 'yerevan'],
    ['What Baku says', 'baku'],
    ["Baku's version", 'baku'],
    ['Official Yerevan', 'yerevan'],
    ['From the Karabakh authorities:', 'yerevan'],
    ['**Information from Baku**', 'baku'],
    ['INFORMATION FROM YEREVAN', 'yerevan'],
    ['Azerbaijan:', 'baku'],
    ['ARMENIA:', 'yerevan'],
    // Not side headers.
    ['International reactions', null],
    ['Information from Moscow', null],
    ['Baku and Yerevan say', null],
    ['Statements and official visits', null],
    ['Baku says it downed three drones', null],
    ['Karabakh President went to the front', null],
    ['News of the day', null],
    ['Armenia', null],
    ['Russia:', null],
    ['Karabakh: fighting goes on near Martuni', null],
    // Sentences that end in a header's word: a verb or an article before it makes them sentences.
    ['Yerevan denied the claim.', null],
    ['Baku rejected this report', null],
    ['Armenian officials dismissed their claims', null],
    // A headline naming its source: a clause of news before it, or a feed's clock time.
    ['Terter shelled at dawn, Baku says', null],
    ['07:40 Two drones downed, Yerevan says', null],
    ['08:05 Yerevan says', null],
    // A list of sources is a source still.
    ['Armenian, Karabakh officials say', 'yerevan'],
    ['Information from the Ministry of Defence, Azerbaijan:', 'baku'],
    ['Information from the Defence Army, Karabakh:', 'yerevan'],
  ];
  for (const [text, side] of cases) it(`${side ?? 'none'} ← ${text}`, () => assert.equal(sideOfHeader(text), side));
});

describe('sideOfHeader on a Markdown heading', () => {
  it('takes a side’s name alone for a header, which a paragraph needs a colon for', () => {
    assert.equal(sideOfHeader('Baku', true), 'baku');
    assert.equal(sideOfHeader('Baku'), null);
    assert.equal(sideOfHeader('Baku says it downed three drones', true), null);
  });

  it('takes names of one side joined by a slash, an ampersand or “and” for that side, and names of two for none', () => {
    assert.equal(sideOfHeader('Armenian / Artsakh MoD', true), 'yerevan');
    assert.equal(sideOfHeader('Armenia & Karabakh:'), 'yerevan');
    assert.equal(sideOfHeader('Baku / Yerevan', true), null);
    assert.equal(sideOfHeader('Azerbaijan and Turkey', true), null);
  });
});

describe('gluedHeaderStart and inlineHeaderEnd', () => {
  it('finds a header glued after the last sentence of a bullet, never inside a sentence', () => {
    const text = 'The road was cut. Information from Baku';
    assert.equal(text.slice(gluedHeaderStart(text)), 'Information from Baku');
    assert.equal(gluedHeaderStart('Officials spoke to the press. They said little'), -1);
    assert.equal(gluedHeaderStart('Information from Baku'), -1);
  });

  it('finds the text after a header that opens a line with a colon', () => {
    const text = 'Information from Yerevan: the road is open.';
    assert.equal(text.slice(inlineHeaderEnd(text)), 'the road is open.');
    assert.equal(inlineHeaderEnd('Update: the road is open.'), -1);
  });

  it('cuts a header of no conflict side from its text too, so that it ends the section before it', () => {
    for (const header of ['International', 'Russian side', 'Information from Moscow']) {
      const text = `${header}: the talks resume on Monday.`;
      assert.equal(text.slice(inlineHeaderEnd(text)), 'the talks resume on Monday.', header);
    }
    // A country or a capital alone is left to the text: its topic ("Turkey: …") or its speaker ("Moscow: …").
    assert.equal(inlineHeaderEnd('Turkey: the talks resume on Monday.'), -1);
    assert.equal(inlineHeaderEnd('Moscow: the talks resume on Monday.'), -1);
  });
});

describe('sideOfHeader behind a flag or a symbol', () => {
  it('reads the words after them', () => {
    assert.deepEqual([sideOfHeader('🇦🇲 Armenia:'), sideOfHeader('🔴 Information from Baku'), sideOfHeader('🌍 Reactions:')], ['yerevan', 'baku', null]);
  });
});

describe('isAccountHeader', () => {
  it('tells a side’s account from a section’s header', () => {
    for (const t of ["Yerevan's version:", 'Baku says:', 'Armenian sources report:', 'What Baku says']) assert.equal(isAccountHeader(t), true, t);
    for (const t of ['Information from Baku:', 'Official Baku:', 'Azerbaijani side:', 'Armenia:', 'According to Yerevan:', 'Russia says:']) assert.equal(isAccountHeader(t), false, t);
  });
});

describe('isNeutralHeader', () => {
  it('names no conflict side: “International”, “Reactions”, a third party in a header’s shape', () => {
    assert.deepEqual(['International', 'International reactions:', 'Reactions', 'Russian side', 'What Moscow says'].map(isNeutralHeader), [true, true, true, true, true]);
  });

  it('is not a side header, a sentence or a name alone', () => {
    assert.deepEqual(['Information from Baku', 'Russia said it was ready', 'Russian forces', 'Turkey', 'Statements and official visits'].map(isNeutralHeader), [false, false, false, false, false]);
  });
});
