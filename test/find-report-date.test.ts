import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractReport } from '../src/extract-report.ts';
import { dateLineDate, datesIn, findReportDate, hasPublishedField, impossibleDate, isBareDate, isDateLine, isOtherCalendarDateLine, isPublicationLine, slashOrder, stampDate, wireDateline, type DateCandidate } from '../src/find-report-date.ts';
import { parseReport } from '../src/parse-report.ts';

const day = (c: readonly DateCandidate[]) => {
  const f = findReportDate(c);
  return f.date === null ? null : [f.date.year, f.date.month, f.date.day, f.source];
};
const title = (text: string): DateCandidate => ({ text, place: 'title' });
const heading = (text: string): DateCandidate => ({ text, place: 'heading' });
const dateline = (text: string): DateCandidate => ({ text, place: 'dateline' });
const stamp = (text: string): DateCandidate => ({ text, place: 'stamp' });
const body = (text: string): DateCandidate => ({ text, place: 'body' });
const publication = (text: string): DateCandidate => ({ text, place: 'publication' });

describe('findReportDate', () => {
  it('reads an ISO date line at the top', () => {
    assert.deepEqual(day([title(' date 2020-10-17 Shelling resumes in the north'), body('Fighting went on near Terter on October 12.')]), [2020, 10, 17, 'iso-line']);
  });

  it('reads overview phrases in the title or a heading, with or without a year', () => {
    assert.deepEqual(day([title('As of 10:00 on October 5'), body('x')]), [null, 10, 5, 'phrase']);
    assert.deepEqual(day([title('Chronicle of October 12')]), [null, 10, 12, 'phrase']);
    assert.deepEqual(day([title('Day 14: October 10')]), [null, 10, 10, 'phrase']);
    assert.deepEqual(day([title('Fighting in the south'), heading('Summary for the evening of October 22, 2020')]), [2020, 10, 22, 'phrase']);
  });

  it('prefers the day an overview covers over the day it was published, taking the year from its own dateline', () => {
    const found = findReportDate([title('Overview as of November 4'), dateline('Published: 5 November 2020 09:00')]);
    assert.deepEqual([found.date?.year, found.date?.month, found.date?.day, found.source], [2020, 11, 4, 'phrase']);
    assert.equal(found.yearFrom?.text, '5 November 2020 09:00');
  });

  it('reads a dateline with weekday and time, and numeric dates day first', () => {
    assert.deepEqual(day([title('Talks stall'), dateline('Tuesday 20 October 2020 08:15 GMT')]), [2020, 10, 20, 'dateline']);
    assert.deepEqual(day([title('Talks stall'), dateline('Updated: 12.10.2020')]), [2020, 10, 12, 'dateline']);
    assert.deepEqual(day([title('Talks stall'), dateline('05.10.2020')]), [2020, 10, 5, 'dateline']);
  });

  it('reads a wire story’s dateline: “BAKU, Oct 5 (Reuters) -”, “STEPANAKERT, October 12 —”', () => {
    assert.equal(wireDateline('BAKU, Oct 5 (Reuters) - Azerbaijan said on Monday …'), 'BAKU, Oct 5 (Reuters) -');
    assert.equal(wireDateline('STEPANAKERT, October 12 — Sirens sounded all night.'), 'STEPANAKERT, October 12 —');
    assert.equal(wireDateline('Sirens sounded all night - officials said.'), null);
    // A regional agency closes its dateline with a colon after its name in brackets.
    assert.equal(wireDateline('GANJA, November 2 (APA): Two shells fell near the market.'), 'GANJA, November 2 (APA):');
    assert.equal(wireDateline('WARNING, read this: the road is closed.'), null);
    assert.deepEqual(day([title('Talks stall'), dateline(wireDateline('BAKU, Oct 5 (Reuters) - Azerbaijan said …')!)]), [null, 10, 5, 'dateline']);
  });

  it('takes a date in the title when it is the dateline’s day or just before it, else the dateline', () => {
    assert.deepEqual(day([title('Shelling of Terter on October 20'), dateline('21 October 2020')]), [2020, 10, 20, 'title']);
    assert.deepEqual(day([title('A month of war since September 27'), dateline('27 October 2020')]), [2020, 10, 27, 'dateline']);
  });

  it('does not take a date the title counts from for the day it covers', () => {
    assert.deepEqual(day([title('A thousand dead since September 27'), body('Shells fell on Monday, October 12, 2020.')]), [2020, 10, 12, 'mentioned']);
    assert.deepEqual(day([title('Summary of the week from October 5 to October 11')]), [null, 10, 11, 'phrase']);
  });

  it('dates a report on a span by the span’s last day, the day it reports up to', () => {
    assert.deepEqual(day([title('Chronology of the fighting (7–9 October)')]), [null, 10, 9, 'title']);
    assert.deepEqual(day([title('Monthly bulletin of the Caucasus Desk, 12–18 October 2020')]), [2020, 10, 18, 'phrase']);
    assert.deepEqual(day([title('Reported casualties, 28 September – 4 November 2020')]), [2020, 11, 4, 'title']);
    assert.deepEqual(day([title('Front line review: October 7–8')]), [null, 10, 8, 'title']);
  });

  it('takes the day most live-blog stamps give when nothing better is there', () => {
    assert.deepEqual(day([title('Live'), stamp('October 3, 14:05'), stamp('October 3, 12:00'), stamp('October 2, 23:50')]), [null, 10, 3, 'dateline']);
  });

  it('takes a publication line after the date line and the title’s date, before any guess', () => {
    assert.deepEqual(day([title('Reactions abroad'), publication('This page was last edited on 12 November 2020, at 08:14 (UTC).'), body('The envoys met on 29 October.')]), [2020, 11, 12, 'dateline']);
    // A wiki's last edit comes weeks after the days its title names.
    assert.deepEqual(day([title('Timeline of the fighting, 3–5 October 2020'), publication('This page was last edited on 12 November 2020')]), [2020, 10, 5, 'title']);
    assert.deepEqual(day([title('Talks'), dateline('3 November 2020'), publication('Published by Example Monitor 5.11.2020, 14:10')]), [2020, 11, 3, 'dateline']);
  });

  it('reads slash dates month first on a page where one of them can only be month first', () => {
    assert.deepEqual(day([title('Talks'), publication('Published 10/12/2020 5:32 PM EDT'), stamp('9/30/2020 14:00')]), [2020, 10, 12, 'dateline']);
    // A date the text mentions does not decide: it may be written as the document it quotes writes it.
    assert.deepEqual(day([title('Situation in the north'), dateline('05/10/2020'), body('The ministry recalled the statement issued on 09/29/2020.')]), [2020, 10, 5, 'dateline']);
    assert.deepEqual(day([title('Talks'), publication('Published 10/12/2020 5:32 PM EDT')]), [2020, 12, 10, 'dateline']);
    // Both orders on one page: each date read as it can be, day first where both can.
    assert.deepEqual(day([title('Talks'), publication('Published 10/12/2020'), body('9/30/2020 and 30/9/2020')]), [2020, 12, 10, 'dateline']);
  });

  it('takes a short heading holding a full date before a date the text mentions', () => {
    assert.deepEqual(day([title('Shelling goes on'), heading('Monday 5 October 2020 Â· 16:20 CEST'), body('The strike of 3 October 2020 killed two.')]), [2020, 10, 5, 'dateline']);
    assert.deepEqual(day([title('Shelling goes on'), heading('What the sides said after the strike of 3 October 2020 near the market'), body('Talks on 9 October 2020.')]), [2020, 10, 9, 'mentioned']);
  });

  it('falls back to the latest fully dated day the text mentions, and to null', () => {
    assert.deepEqual(day([title('Talks'), body('On October 2, 2020 and on October 9, 2020 the sides met.'), body('Again on October 30.')]), [2020, 10, 9, 'mentioned']);
    assert.equal(day([title('Talks'), body('Nothing dated here.')]), null);
  });
});

describe('datesIn', () => {
  it('does not read a list of days as a two-digit year', () => {
    assert.deepEqual(datesIn('truces on October 10, 18 and 26').map((d) => [d.year, d.month, d.day]), [[null, 10, 10]]);
  });

  it('reads no day in words counted from another day (“a day after”, “two days later”)', () => {
    assert.deepEqual(datesIn('The ministers meet a day after the strike; a week after that, two days later, talks resume.'), []);
  });

  it('reads dotted and slashed numbers day first, unless the day cannot be first', () => {
    assert.deepEqual(datesIn('from 05.10.2020 to 10/25/2020').map((d) => [d.year, d.month, d.day]), [[2020, 10, 5], [2020, 10, 25]]);
  });

  it('reads a range written with a dash, and gives its first day the year of its last', () => {
    const read = (t: string) => datesIn(t).map((d) => [d.year, d.month, d.day]);
    assert.deepEqual(read('October 7–8'), [[null, 10, 7], [null, 10, 8]]);
    assert.deepEqual(read('October 7 – 8, 2020'), [[2020, 10, 7], [2020, 10, 8]]);
    assert.deepEqual(read('28 September – 4 November 2020'), [[2020, 9, 28], [2020, 11, 4]]);
    assert.deepEqual(read('29 December – 3 January 2021'), [[2020, 12, 29], [2021, 1, 3]]);
    // A dash that does not join two days of a month.
    assert.deepEqual(read('On October 7 – 8 people were hurt'), [[null, 10, 7]]);
    assert.deepEqual(read('October 7–06:30'), [[null, 10, 7]]);
  });

  it('reads a date written year first with slashes or dots', () => {
    assert.deepEqual(datesIn('\t2020/10/19').map((d) => [d.year, d.month, d.day]), [[2020, 10, 19]]);
    assert.deepEqual(datesIn('Draft of 2020.10.19, revised').map((d) => [d.year, d.month, d.day]), [[2020, 10, 19]]);
    assert.equal(isDateLine('2020/10/19'), true);
  });

  it('reads every slash date of a text month first when one of them can only be', () => {
    assert.deepEqual(datesIn('Published 10/12/2020 5:32 PM EDT | Updated 10/13/2020 8:10 AM EDT').map((d) => [d.month, d.day]), [[10, 12], [10, 13]]);
    assert.deepEqual(datesIn('Published 10/12/2020').map((d) => [d.month, d.day]), [[12, 10]]);
    // Dots stay day first: "10.12.2020" is 10 December wherever it stands.
    assert.deepEqual(datesIn('10.12.2020, updated 10/13/2020').map((d) => [d.month, d.day]), [[12, 10], [10, 13]]);
  });

  it('leaves out days that do not exist', () => {
    assert.deepEqual(datesIn('on 31.09.2020'), []);
  });

  it('reads month names of Russian and Ukrainian in any case, and of Turkish, French and German with a year', () => {
    const read = (t: string) => datesIn(t).map((d) => [d.year, d.month, d.day]);
    assert.deepEqual(read('10 ноября 2020, 09:12'), [[2020, 11, 10]]);
    assert.deepEqual(read('11 жовтня 2020 р.'), [[2020, 10, 11]]);
    assert.deepEqual(read('до 5 октября'), [[null, 10, 5]]);
    assert.deepEqual(read('2 мая 2021 года'), [[2021, 5, 2]]);
    assert.deepEqual(read('05 Ekim 2020 Pazartesi'), [[2020, 10, 5]]);
    assert.deepEqual(read('le 5 octobre 2020'), [[2020, 10, 5]]);
    assert.deepEqual(read('am 5. Oktober 2020'), [[2020, 10, 5]]);
    // A Latin-script name without a year may be a word of the text; a Cyrillic word that is no month is none.
    assert.deepEqual(read('3 mars rovers'), []);
    assert.deepEqual(read('5 машин'), []);
  });

  it('reads a scanned page’s zero for the O of October', () => {
    assert.deepEqual(datesIn('Baku, 17 0ctober 2020').map((d) => [d.year, d.month, d.day, d.text]), [[2020, 10, 17, '17 0ctober 2020']]);
  });

  it('reads slash dates with a two-digit year in the page’s order, day first without evidence', () => {
    assert.deepEqual(datesIn('[10/5/20, 09:02] Anna: shelling again').map((d) => [d.year, d.month, d.day]), [[2020, 5, 10]]);
    assert.deepEqual(datesIn('[10/5/20, 09:02] Anna: shelling again', 'month-first').map((d) => [d.year, d.month, d.day]), [[2020, 10, 5]]);
    assert.deepEqual(datesIn('10/25/20, 09:02 - Anna: x').map((d) => [d.year, d.month, d.day]), [[2020, 10, 25]]);
    // Not a reference number, nor a part of a longer run of numbers.
    assert.deepEqual(datesIn('No: 412/20, file 1/2/3/20'), []);
  });
});

describe('slashOrder', () => {
  it('is month first when a date can only be so, and when the dates keep their first number and change their second', () => {
    assert.equal(slashOrder(['Published 10/13/2020']), 'month-first');
    assert.equal(slashOrder(['[10/13/20, 08:00] x']), 'month-first');
    assert.equal(slashOrder(['[10/5/20, 23:58] x', '[10/6/20, 00:12] y']), 'month-first');
    // Dates that keep their second number are day first; one date alone says nothing.
    assert.equal(slashOrder(['5/10/2020', '6/10/2020']), null);
    assert.equal(slashOrder(['[10/5/20, 09:02] x']), null);
    assert.equal(slashOrder(['10/5/20', '13/5/20']), null);
  });

  it('decides a chat export’s stamps by the page’s own sequence when no other line has a slash date', () => {
    const chat = [title('Press pool chat'), body('[10/5/20, 08:14] Anna: The ministry said Ganja was shelled.'), body('[10/5/20, 09:20] Ben: Confirmed.'), body('[10/6/20, 00:12] Anna: Quiet since midnight.')];
    // The day most messages give, not the latest.
    assert.deepEqual(day(chat), [2020, 10, 5, 'dateline']);
    const android = [title('Chat'), body('5/10/20, 08:14 - Anna: Ganja was shelled.'), body('5/10/20, 09:20 - Ben: Since Sept 27, yes.'), body('6/10/20, 00:12 - Anna: Quiet.')];
    assert.deepEqual(day(android), [2020, 10, 5, 'dateline']);
    // Two stamped paragraphs are no chat: the latest date mentioned, as before.
    assert.deepEqual(day([title('Digest'), body('[10/5/20, 08:14] Shelling.'), body('On 9 October 2020 talks began.')]), [2020, 10, 9, 'mentioned']);
    // Four-digit dates the text quotes do not decide the page's order.
    assert.deepEqual(day([title('Archive'), body('A decree of 10/5/2020 was cited.'), body('Another, of 10/6/2020, followed.')]), [2020, 6, 10, 'mentioned']);
  });
});

describe('isDateLine', () => {
  for (const [text, expected] of [
    ['Published: 22 October 2020 09:41 BST', true],
    ['Sat 3 Oct 2020 14.05 BST', true],
    ['Updated 12.10.2020', true],
    ['Day 19: October 15, 2020', false],
    ['Armenia Azerbaijan', false],
    ['On October 3, 2020 the army advanced on Hadrut.', false],
    // A regional agency's place before the date, and its name after it.
    ['Baku, 6 November 2020', true],
    ['YEREVAN, NOVEMBER 6, 2020, ARMENPRESS.', true],
    ['Ganja, 2 November 2020 (APA):', true],
    ['Shusha was shelled on 8 November 2020', false],
    ['Armenian forces, 6 November 2020', false],
    // The zone named after the time, a "First published" word, a byline's short name before the date.
    ['Last updated: 4 November 2020, 20:30 Yerevan time', true],
    ['First published on Mon 5 Oct 2020 06.40 BST', true],
    ['Front Line Digest | Oct. 9, 2020', true],
    ['Shelling in Terter | October 9, 2020', false],
    ['By Ann Roe | October 9, 2020', false],
    // A byline's name before a "Published:" word; a feed's and an e-mail's fields; a time in US zones.
    ['Ann Roe-Example | Published: 3 November 2020', true],
    ['pubDate: Tue, 27 Oct 2020 19:05:00 +0000', true],
    ['lastBuildDate: Tue, 27 Oct 2020 21:40:12 +0000', true],
    ['Date: Sun, 18 Oct 2020 at 06:58', true],
    ['Aired October 5, 2020 — 21:00 ET', true],
    // Another language's month; the author's name after the date; the same date in two languages.
    ['10 ноября 2020, 09:12', true],
    ['11 жовтня 2020, 19:40 | Anna Example', true],
    ['05 Ekim 2020 Pazartesi 13:52', true],
    ['10 ноября 2020, 09:12 / 10 November 2020, 09:12', true],
    ['10 նոյեմբերի 2020 / 10 November 2020', true],
    ['October 9, 2020 | Shelling in Terter', false],
    ['Shelling in Terter / October 5, 2020', false],
    ['Talks on 5 October / 10 November 2020', false],
  ] as const) {
    it(`${expected ? 'is' : 'is not'} a dateline: ${text}`, () => assert.equal(isDateLine(text), expected));
  }
});

describe('isPublicationLine', () => {
  for (const [text, expected] of [
    ['Published by Example Monitor 17.10.2020, 14:10', true],
    ['Original: Example Daily (Stepanakert), 17.10.2020, 08:40', true],
    ['This page was last edited on 14 November 2020, at 09:12 (UTC).', true],
    ['Broadcast Monday 19 October 2020, 18:00–18:30 CET.', true],
    ['Aired October 5, 2020 — 21:00 ET.', true],
    // News that opens with such a word is no publication line.
    ['Updated October 5, 2020: Armenia said three soldiers died.', false],
    ['Published by the ministry on 5 October 2020, the report said ten people died.', false],
    ['Released prisoners returned to Goris on 5 October 2020', false],
    ['The report was published', false],
  ] as const) {
    it(`${expected ? 'is' : 'is not'} a publication line: ${text}`, () => assert.equal(isPublicationLine(text), expected));
  }
});

describe('hasPublishedField', () => {
  for (const [text, expected] of [
    ['*Explainer · By Ann Roe and Ben Example · Published 30 September 2020 · Updated 1 October 2020, 08:15 CET*', true],
    ['Example Lab · Last updated 19 October 2020, 18:00 UTC · New rows are added at the top', true],
    ['Sorted by: Most recent · Page refreshed 17 Oct 2020, 11:20 UTC', true],
    ['Politics | Updated: 05.10.2020 15:10', true],
    // A sentence is no field; a field without a full date says nothing.
    ['Shelling resumed near Terter on Monday morning after a quiet night, the ministry said | Updated 5 October 2020', false],
    ['Explainer · By Ann Roe · Updated 1 October', false],
    ['Updated 1 October 2020', false],
  ] as const) {
    it(`${expected ? 'has' : 'has no'} a published field: ${text}`, () => assert.equal(hasPublishedField(text), expected));
  }
});

describe('isOtherCalendarDateLine', () => {
  it('is a Persian solar date alone, with a time, and nothing else', () => {
    assert.deepEqual(['16 Mehr 1399 - 11:05', '3 Aban 1399', '16 Mehr 2020', 'Mehr News Agency', '5 Day 1399 of talks'].map(isOtherCalendarDateLine), [true, true, false, false, false]);
  });
});

describe('isBareDate', () => {
  it('accepts a date alone with or without a year, and nothing more', () => {
    assert.deepEqual(['Monday, October 5', '5 October 2020', 'October 5: heavy shelling', 'Regional Desk newsroom · October 14'].map(isBareDate), [true, true, false, true]);
  });
});

describe('the day a date heading or a stamp names', () => {
  const day = (d: { year: number | null; month: number; day: number } | null) => (d === null ? null : [d.year, d.month, d.day]);

  it('is the date of a heading that is a date alone, and none of a headline with a date in it', () => {
    assert.deepEqual(['5 October', 'Monday, 5 October 2020', 'October 5: heavy shelling'].map((t) => day(dateLineDate(t))), [[null, 10, 5], [2020, 10, 5], null]);
  });

  it('is the one date of a live page’s stamp, and none of a time alone', () => {
    assert.deepEqual(['October 6, 00:10', '[Oct 6, 00:10 AZT]', 'Tuesday 6 October, 00:05', '00:10', '23.55 BST'].map((t) => day(stampDate(t))), [[null, 10, 6], [null, 10, 6], [null, 10, 6], null, null]);
  });

  it('is read as written when the month has no such day, which chrono does not read as a date', () => {
    assert.deepEqual(['31 September', 'September 31, 00:10', '[Sept 31, 00:10 AZT]', 'Thursday 30 February 2020'].map((t) => day(impossibleDate(t))), [[null, 9, 31], [null, 9, 31], [null, 9, 31], [2020, 2, 30]]);
    assert.deepEqual(['30 September', '29 February', 'May 32', '31 Days of war', 'Reactions'].map((t) => impossibleDate(t)), [null, null, null, null, null]);
    assert.equal(datesIn('31 September').length, 0);
  });
});

describe('extractReport dates', () => {
  it('dates a wire story by the dateline that opens its first paragraph', () => {
    const r = extractReport(parseReport({ file: 'w.txt', text: 'Talks stall in Geneva\n\nGENEVA, Oct 22 (Reuters) - The foreign ministers met for two hours, diplomats said.\n' }));
    assert.deepEqual([r.date?.month, r.date?.day, r.dateSource], [10, 22, 'dateline']);
  });

  it('dates a regional agency’s story by the dateline opening its paragraph, its place in any case, its agency before a dash or a full stop', () => {
    assert.deepEqual(
      ['Moscow, 5 October, INTERFAX - The talks went on, diplomats said.', 'STEPANAKERT, OCTOBER 8, EXAMPLEPRESS. The town was shelled.', 'Baku, October 4 (Example): Shells fell.'].map(wireDateline),
      ['Moscow, 5 October, INTERFAX -', 'STEPANAKERT, OCTOBER 8, EXAMPLEPRESS.', 'Baku, October 4 (Example):'],
    );
    // A sentence that opens with a place and a date is no dateline without the agency's name.
    assert.deepEqual(['Moscow, 5 October, was quiet.', 'On Monday, October 5, NATO said so.', 'Baku, October 4, AZERTAC'].map(wireDateline), [null, null, null]);
    const r = extractReport(parseReport({ file: 'i.txt', text: 'Newsfeed\n\nMoscow, 5 October, EXAMPLEFAX - The Azerbaijani side said its troops took two villages.\n' }));
    assert.deepEqual([r.date?.month, r.date?.day, r.dateSource], [10, 5, 'dateline']);
  });

  it('dates a page by the first date of its dateline, the publication rather than the update', () => {
    assert.deepEqual(day([title('What we know'), dateline('Explainer · Published 30 September 2020 · Updated 1 October 2020, 08:15 CET')]), [2020, 9, 30, 'dateline']);
    assert.deepEqual(day([title('Talks'), publication('Published 10/12/2020 5:32 PM EDT | Updated 10/13/2020 8:10 AM EDT')]), [2020, 10, 12, 'dateline']);
  });

  it('warns when the year was taken from the report’s own dateline', () => {
    const r = extractReport(parseReport({ file: 'o.txt', text: 'Overview as of October 4\nPublished: 5 October 2020\n• Shelling went on, officials said.\n' }));
    assert.deepEqual([r.date?.year, r.date?.month, r.date?.day], [2020, 10, 4]);
    assert.ok(r.diagnostics.some((d) => d.ruleId === 'date-year-inferred' && d.file === 'o.txt'));
  });

  it('dates a report by its byline’s short name and date, and does not take that line for a heading', () => {
    const r = extractReport(parseReport({ file: 'b.txt', text: 'Claimed losses\n\nFront Line Digest | Oct. 9, 2020\n\n• Shelling went on near Terter on October 8, officials said.\n' }));
    assert.deepEqual([r.date?.year, r.date?.month, r.date?.day, r.dateSource], [2020, 10, 9, 'dateline']);
    assert.equal(r.setAside.find((s) => s.text.startsWith('Front Line'))?.reason, 'dateline');
    assert.equal(r.claims[0]?.headline, null);
  });

  it('takes the year of a span’s title from its last day, without a warning', () => {
    const r = extractReport(parseReport({ file: 's.txt', text: 'Reported casualties, 28 September – 4 November 2020\n\n• Shelling went on, officials said.\n' }));
    assert.deepEqual([r.date?.year, r.date?.month, r.date?.day], [2020, 11, 4]);
    assert.deepEqual(r.diagnostics.filter((d) => d.ruleId.startsWith('date-')), []);
  });

  it('reads a line asked about again as the first time, and hands out dates no caller can change', () => {
    const line = 'Updated: 14.10.2020, the harbour reopened on October 12';
    const first = datesIn(line).map((d) => ({ ...d }));
    const again = datesIn(line);
    assert.deepEqual(again, first);
    assert.throws(() => {
      (again[0] as { day: number }).day = 1;
    }, TypeError);
    assert.deepEqual(datesIn(line), first);
  });
});

