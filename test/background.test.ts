import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { backgroundKind, isBackgroundNarration, isNewsOfTheDay } from '../src/background.ts';
import { finishesWithin } from './helpers.ts';

describe('backgroundKind', () => {
  const cases: [string, ReturnType<typeof backgroundKind>][] = [
    ['Since late September, the war has displaced thousands.', 'history'],
    ['The region broke away in a war in the early 1990s.', 'history'],
    ['The fighting began on Sept. 27 and has not stopped.', 'history'],
    ['Both sides accuse each other of breaking the truce.', 'mutual'],
    ['The warring parties blame one another for the collapse.', 'mutual'],
    ['The Minsk Group is the body that mediates the talks.', 'definition'],
    ['Also in the group are Germany, Italy and Sweden.', 'definition'],
    ['Terter lies about 20 kilometres from the front line.', 'definition'],
    // A side's own words, or news of the day: not background.
    ['The Azerbaijani army is the strongest in the region.', null],
    ['Armenia is an aggressor.', null],
    ['The situation is tense.', null],
    ['Two houses in Martuni burned overnight.', null],
    ['“Both sides must stop,” he said.', null],
    ['We have lost nothing since September.', null],
    // "Mutual" of a basis or an agreement is one side's word; of shelling, the outlet's summary of both.
    ['The Armenian side is ready to observe the truce on a mutual basis.', null],
    ['Baku rejected the idea of mutual concessions.', null],
    ['There was mutual shelling of villages along the border.', 'mutual'],
    ['Civilians have been killed on both sides.', 'mutual'],
    // What envoys of both sides do is the day's diplomacy.
    ['The foreign ministers of both countries arrived in Geneva for the talks.', null],
    ['Both sides’ defence ministers met the mediators in the evening.', null],
    ['The leaders of both countries blamed each other for the failure.', 'mutual'],
    // A report both sides give of the day is news; blaming each other is the outlet's summary.
    ['Both sides reported civilian deaths on Monday.', null],
    ['The truce was close to collapse on Monday, with both sides reporting heavy fighting in the south.', null],
    ['The truce that began at 08:00 was violated within the hour, both sides said.', null],
    ['Both sides said the other had fired first.', 'mutual'],
    ['Both sides reported gains, and each said the other lost a tank.', 'mutual'],
    // "Both sides of the front" says where.
    ['Shells fell on villages on both sides of the line of contact overnight.', null],
    // A count of people since the war began is a figure someone gives, not the war's history.
    ['The army has lost more than 6,000 servicemen since the beginning of the war.', null],
    ['Since September 27, 1 200 civilians have been wounded in the region.', null],
    ['Since September 27 troops have fought along the whole front.', 'history'],
    // Where an event is happens today; where a place is, is geography.
    ['The heaviest fighting is in the direction of Fizuli.', null],
    ['The worst shelling is about ten kilometres north of the town.', null],
    // A comparison with the past measures the day's events, it is no history by itself (nor what something is).
    ['The fighting is the worst since 1994.', null],
    ['Artillery fire hit two towns on Tuesday, the fourth day of the fiercest clashes in the area since the 1990s.', null],
    ['Troops reached the river for the first time since the 1994 war.', null],
    ['Such shelling has not been seen since the early 1990s.', null],
    ['The city has been run by the separatists since the early 1990s.', 'history'],
    ['Barda, the country’s second-largest market town, has been shelled since the start of the war.', 'history'],
    ['The Lachin corridor is the only road linking the region with Armenia.', 'definition'],
    ['The village is in the foothills above the river.', 'definition'],
    // A thing of the report's own evidence is no kind: what is said of it is a finding.
    ['The rocket in the photos is a Grad type fired from a truck, so the claim holds.', null],
    ['The tank seen in this clip is a T-90 of a kind the army does not use.', null],
    ['The Tor is a short-range air defence system.', 'definition'],
  ];
  for (const [text, kind] of cases) it(`${kind ?? 'not background'} ← ${text}`, () => assert.equal(backgroundKind(text), kind));
});

describe('isBackgroundNarration', () => {
  it('also folds the frame of ceasefires the outlet recalls', () => {
    assert.equal(isBackgroundNarration('Three ceasefires have collapsed within hours.'), true);
    assert.equal(isBackgroundNarration('Two shells hit a school in Barda.'), false);
  });

  it('folds a truce only when recalled as history: a span of time, a count, past days, or a year gone by', () => {
    for (const text of [
      'A truce was agreed twice during this time, and each time it broke down.',
      'The latest truce frayed within hours, like two earlier cease-fires.',
      'Truces on October 10, 18 and 26 all failed.',
      'The front has not been this active since a ceasefire in 1994.',
      'No truce has held for three weeks.',
      'The ceasefire was broken between October 10 and 26 again and again.',
    ]) {
      assert.equal(isBackgroundNarration(text), true, text);
    }
  });

  it('does not fold the day’s news about a truce', () => {
    for (const text of [
      'The truce that began at 08:00 was violated within the hour.',
      'Fighting went on near Fizuli despite the truce agreed in Geneva on October 10.',
      'A columnist argues that a quick ceasefire has become less likely.',
      'The humanitarian ceasefire took effect at noon.',
      'No ceasefire violations were recorded over the past day.',
      'Three shells fell on the town after the truce took effect.',
      'Soldiers crossed the river on Friday for the first time since the 1994 ceasefire.',
      'Shells have fallen on the town twice since the truce took effect at noon.',
      // Two days in a row are the news of those days, not a recollection of truces.
      'On 4 and 5 November, hours after the ceasefire took effect, shells hit two villages.',
      'The truce was broken on November 4 and 5, the ministry said.',
    ]) {
      assert.equal(isBackgroundNarration(text), false, text);
    }
  });
});

describe('isNewsOfTheDay', () => {
  it('finds an event told in the past on one of the report’s days, or someone’s reported words', () => {
    for (const text of [
      'The envoys held talks today in Vienna with both foreign ministers.',
      'Rockets hit a school in Terter on Wednesday.',
      'Shelling damaged the power line to the town overnight.',
      'The Weekly Ledger argues in an editorial that the talks have stalled.',
      'A regional paper wrote: “The road is closed.”',
      'Both sides reported new losses.',
    ]) {
      assert.equal(isNewsOfTheDay(text), true, text);
    }
  });

  it('finds any sentence of a paragraph a summary’s label opens, not the label', () => {
    const paragraph = 'IN BRIEF. The army kept advancing in the south. The talks are stalled.';
    assert.equal(isNewsOfTheDay('The talks are stalled.', paragraph), true);
    assert.equal(isNewsOfTheDay('IN BRIEF.', paragraph), false);
    assert.equal(isNewsOfTheDay('The talks are stalled.', 'Good morning. The talks are stalled.'), false);
  });

  it('leaves what a digest says of itself, the war’s age and frame sentences without a day', () => {
    for (const text of [
      'Good morning.',
      'Here’s what happened overnight in and around Karabakh.',
      'This digest reports what officials said that day.',
      'The table below sets out the losses each side reported as of Tuesday.',
      'The fighting entered its sixth week on Sunday.',
      'More than 150 people have been killed.',
      'Independent journalists can rarely reach the front.',
      'Each side publishes maps and videos that the other calls staged.',
      'What both sides reported about the convoy on the pass.',
      '1/ A thread on the first hours of the truce, which was supposed to start at noon today.',
      'The talks were expected to resume in Moscow today.',
      '“Source-stated” says who gave a figure; “Checked” is our own finding at the time of the update.',
    ]) {
      assert.equal(isNewsOfTheDay(text), false, text);
    }
  });
});

describe('isBackgroundNarration on long input', () => {
  it('reads a truce and a list of 100,000 numbers in linear time', () => {
    // The list's pattern was tried again at each of its numbers: 27 s for 200,000 characters.
    assert.equal(isBackgroundNarration(`A truce was agreed. ${'1, '.repeat(100_000)}`), false);
    assert.ok(finishesWithin("import { isBackgroundNarration } from './src/background.ts'; isBackgroundNarration(`A truce was agreed. ${'1, '.repeat(100_000)}`);", 15_000), 'done within 15 s');
  });

  it('reads long runs of comparisons, speech verbs and day words in linear time', () => {
    const text = `${'the heaviest since '.repeat(20_000)}${'said that '.repeat(20_000)}${'hit on Monday '.repeat(20_000)}`;
    assert.equal(typeof isNewsOfTheDay(text), 'boolean');
    assert.ok(finishesWithin("import { backgroundKind, isBackgroundNarration, isNewsOfTheDay } from './src/background.ts'; const t = `${'the heaviest since '.repeat(20_000)}${'said that '.repeat(20_000)}${'hit on Monday '.repeat(20_000)}`; backgroundKind(t); isBackgroundNarration(t); isNewsOfTheDay(t);", 15_000), 'done within 15 s');
  });
});
