import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { isChat, isChatNotice, isPageFurniture, normalizeLayout, recordingOffsets, unclosedComment, withoutChatStamp } from '../src/normalize-layout.ts';
import { parseReport } from '../src/parse-report.ts';
import { processReport } from '../src/process-report.ts';
import { ROOT } from './helpers.ts';

const md = (body: string) => normalizeLayout(body).map((l) => l.markdown);

describe('normalizeLayout', () => {
  it('splits • bullets run together on one line, a header before them kept as its own block', () => {
    assert.deepEqual(md('Information from Baku • One thing. • Another thing.'), ['Information from Baku', '- One thing.', '- Another thing.']);
  });

  it('cuts a side header glued to the end of a bullet into a block of its own', () => {
    assert.deepEqual(md('• The road was cut. Information from Yerevan • A drone fell.'), ['- The road was cut.', 'Information from Yerevan', '- A drone fell.']);
  });

  it('cuts a side header that opens a line before a colon', () => {
    assert.deepEqual(md('Information from Baku: shelling went on near Terter.'), ['Information from Baku:', 'shelling went on near Terter.']);
    assert.deepEqual(md('Photo: Reuters'), ['Photo: Reuters']);
  });

  it('reads each scraped line as a block, with the seed line it starts on', () => {
    const out = normalizeLayout('Title of the day\nFirst paragraph.\nSecond paragraph.\n\n\nThird paragraph.');
    assert.deepEqual(out, [
      { markdown: 'Title of the day', line: 1 },
      { markdown: 'First paragraph.', line: 2 },
      { markdown: 'Second paragraph.', line: 3 },
      { markdown: 'Third paragraph.', line: 6 },
    ]);
  });

  it('reads a dash opening a line as a bullet, and a dash with only a source name as the end of the line above', () => {
    assert.deepEqual(md('— Shelling went on.\n– Two villages were hit.\n— Azerbaijani Defense Ministry\n— Armenian officials denied it.'), [
      '- Shelling went on.',
      '- Two villages were hit. — Azerbaijani Defense Ministry',
      '- Armenian officials denied it.',
    ]);
  });

  it('keeps a pipe table whole, one block from its header row to its last row with a pipe', () => {
    const out = normalizeLayout('Losses by side\n| Side | Killed |\n|---|--:|\n   | Baku | 4 |\nYerevan | 6\nThe count was disputed.');
    assert.deepEqual(out, [
      { markdown: 'Losses by side', line: 1 },
      { markdown: '| Side | Killed |\n|---|--:|\n| Baku | 4 |\nYerevan | 6', line: 2 },
      { markdown: 'The count was disputed.', line: 6 },
    ]);
    assert.deepEqual(md('Town | Held by\n--- | ---\nHadrut | disputed'), ['Town | Held by\n--- | ---\nHadrut | disputed']);
  });

  it('reads lines with pipes as lines when no delimiter row of as many cells follows the first', () => {
    assert.deepEqual(md('By Mara Lind | 3 November 2020\nShelling went on | officials said.'), ['By Mara Lind | 3 November 2020', 'Shelling went on | officials said.']);
    assert.deepEqual(md('| Side | Killed |\n|---|---|---|\n| Baku | 4 |'), ['| Side | Killed |', '|---|---|---|', '| Baku | 4 |']);
  });

  it('reads a wiki’s == heading == as a Markdown heading of the same level, never joined to the line above', () => {
    assert.deepEqual(md('Shells hit the town of\n== 19 October ==\nTalks resumed.\n=== Reactions ==='), ['Shells hit the town of', '## 19 October', 'Talks resumed.', '### Reactions']);
  });

  it('drops an HTML line break a scraped page left at the end of a line, and keeps one inside it literal', () => {
    assert.deepEqual(md('Two civilians were injured.<br>\nThe road was cut. <BR/> <br />\nA <br> inside stays.'), ['Two civilians were injured.', 'The road was cut.', 'A <br> inside stays.']);
  });

  it('joins the lines of a Markdown quotation into one block, and starts another after a line of only “>”', () => {
    assert.deepEqual(md('> “The road is open,”\n> — Karabakh emergency service\n>\n> Second paragraph.\nNext paragraph.'), ['> “The road is open,” — Karabakh emergency service', '> Second paragraph.', 'Next paragraph.']);
    assert.deepEqual(md('> Shells hit the Nagorno-\n> Karabakh line, the self-\n> proclaimed army said on 3 Octo-\n> ber.'), ['> Shells hit the Nagorno-Karabakh line, the self-proclaimed army said on 3 October.']);
  });

  it('joins a “Source:” line naming an actor to the paragraph above it, but not to a title or when it names none', () => {
    assert.deepEqual(md('Shells hit the bridge.\n(Source: Armenpress)\nRoads are closed.\nSource: our correspondent\nDaily brief\nSource: Armenpress'), [
      'Shells hit the bridge. (Source: Armenpress)',
      'Roads are closed.',
      'Source: our correspondent',
      'Daily brief',
      'Source: Armenpress',
    ]);
  });

  it('turns a lone -, ___, * * * or === line into a separator', () => {
    assert.deepEqual(md('One.\n-\nTwo.\n___\nThree.\n* * *\nFour.\n===\nFive.'), ['One.', '* * *', 'Two.', '* * *', 'Three.', '* * *', 'Four.', '* * *', 'Five.']);
  });

  it('joins a line that starts in lower case after one that stopped mid-phrase', () => {
    assert.deepEqual(md('• Shells hit the village of\nKurdmahmudlu and the road to\nthe river.'), ['- Shells hit the village of Kurdmahmudlu and the road to the river.']);
  });

  it('joins the lines of a hard-wrapped Markdown paragraph and list item, and keeps headings apart', () => {
    const body = [
      '## Reactions',
      'The foreign ministers of three countries called for a',
      'ceasefire in a statement on Monday. Iran said it would',
      'not let the fighting spill over its border.',
      '',
      '* The Red Cross asked both sides to let',
      '  ambulances through.',
      '1. Schools in Barda stayed closed for a',
      '   second week.',
    ].join('\n');
    assert.deepEqual(md(body), [
      '## Reactions',
      'The foreign ministers of three countries called for a ceasefire in a statement on Monday. Iran said it would not let the fighting spill over its border.',
      '* The Red Cross asked both sides to let ambulances through.',
      '1. Schools in Barda stayed closed for a second week.',
    ]);
  });

  it('in a hard-wrapped document, joins a full line to the next even after a full stop, and ends the paragraph at a short line', () => {
    const body = [
      'The ministers met in Geneva for two hours on Monday to discuss',
      'monitors. The talks will resume next week in Moscow, a diplomat',
      'said on Monday.',
      'A second round of talks is planned for the end of the month.',
      'Nothing was said about a ceasefire or about the exchange of',
      'prisoners.',
    ].join('\n');
    assert.deepEqual(md(body), [
      'The ministers met in Geneva for two hours on Monday to discuss monitors. The talks will resume next week in Moscow, a diplomat said on Monday.',
      'A second round of talks is planned for the end of the month. Nothing was said about a ceasefire or about the exchange of prisoners.',
    ]);
  });

  it('joins a word a line break hyphenated, and keeps the hyphen of a compound cut at it or of a figure, and a dash after a space', () => {
    assert.deepEqual(md('Shelling on 4 Octo-\nber hit artil-\nlery near the\nNagorno-\nKarabakh line, a Russian-\nbrokered truce, a 2,000-\nstrong unit of\nthe army -\nofficials said.'), [
      'Shelling on 4 October hit artillery near the Nagorno-Karabakh line, a Russian-brokered truce, a 2,000-strong unit of the army - officials said.',
    ]);
  });

  it('keeps the hyphen of a compound cut at it after a capitalised word or a word that opens compounds, and joins a cut name or a word the body writes whole', () => {
    assert.deepEqual(md('The army of the self-\nproclaimed republic said the so-\ncalled truce was broken by anti-\naircraft fire, Turkey-\nbacked troops and Israeli-\nmade drones in a two-\nday, long-\nrange attack.'), [
      'The army of the self-proclaimed republic said the so-called truce was broken by anti-aircraft fire, Turkey-backed troops and Israeli-made drones in a two-day, long-range attack.',
    ]);
    assert.deepEqual(md('Drones hit Stepa-\nnakert on 2 Novem-\nber, Azer-\nbaijan said; a pre-\nvious strike and a pro-\nvince.\nThe previous night a province was hit, and a self-\nstyled militia in a stand-\noff fought on.'), [
      'Drones hit Stepanakert on 2 November, Azerbaijan said; a previous strike and a province.',
      'The previous night a province was hit, and a self-styled militia in a standoff fought on.',
    ]);
    assert.deepEqual(md('A pre-\nwar line held, as before the pre-war years.'), ['A pre-war line held, as before the pre-war years.']);
    const text = 'Report of the day\n\nShelling went on near the line, the army of the self-\nproclaimed republic said on Monday, and two\nvillages were left without water.';
    assert.deepEqual(processReport({ file: 'a.txt', text }).extracted.claims.map((c) => c.side), ['yerevan']);
  });

  it('sets a PDF page’s running header or footer apart, and goes on after it with the paragraph it interrupted mid-sentence', () => {
    const body = 'Two villages were left without\nwater, and the\n\nBULLETIN 7 — Issue 2      Page 2 of 3\n\nlocal council asked for help.\nPage 3\nA new paragraph starts here.\n\nIt was reported on\npage 4 of the bulletin.';
    assert.deepEqual(md(body), [
      'Two villages were left without water, and the local council asked for help.',
      'BULLETIN 7 — Issue 2      Page 2 of 3',
      'Page 3',
      'A new paragraph starts here.',
      'It was reported on page 4 of the bulletin.',
    ]);
  });

  it('goes on after a page’s header or footer as it would with no page line between, whatever case the next line starts in', () => {
    assert.deepEqual(md('Shelling went on near the Nagorno-\nPage 2 of 3\nKarabakh line overnight.'), ['Shelling went on near the Nagorno-Karabakh line overnight.', 'Page 2 of 3']);
    assert.deepEqual(md('The talks were attended by the\n\nCAUCASUS MONITOR — Issue 23      Page 2 of 3\n\nForeign Minister of Russia.'), [
      'The talks were attended by the Foreign Minister of Russia.',
      'CAUCASUS MONITOR — Issue 23      Page 2 of 3',
    ]);
    const wrapped = 'Shelling went on through the night along the whole line of\ncontact, and the villages near the border were hit again by\nrockets fired from positions held by the Armenian\nPage 4\nDefence Army, the ministry said in its morning bulletin.\nPage 5\nTalks resumed.';
    assert.deepEqual(md(wrapped), [
      'Shelling went on through the night along the whole line of contact, and the villages near the border were hit again by rockets fired from positions held by the Armenian Defence Army, the ministry said in its morning bulletin.',
      'Page 4',
      'Page 5',
      'Talks resumed.',
    ]);
  });

  it('reads “Page 12” opening a line as a page’s number only when the line ends there or goes on with “of”, spaces, a bar or a dash', () => {
    assert.deepEqual(md('Shells hit the villages, and the\nPage 12 lists the villages\nshelled overnight by the army.'), ['Shells hit the villages, and the Page 12 lists the villages shelled overnight by the army.']);
    for (const line of ['Page 2', 'Page 3 of 4 Bulletin', 'Page 4  Bulletin', 'Page 5 | Bulletin', 'Page 6 — Bulletin', 'PAGE 7/9', 'Bulletin 3      Page 2']) assert.ok(isPageFurniture(line), line);
    for (const line of ['Page 12 lists the villages', 'Page 3 of the report', 'It was reported on page 4']) assert.ok(!isPageFurniture(line), line);
  });

  it('splits a line at middle dots only between sentences, and keeps a line of short fields whole', () => {
    assert.deepEqual(md('Information from Baku · Shelling went on. · Two were hurt.\n· One\n*Newsroom · October 14*\nShare: Twitter · Facebook · Email'), [
      'Information from Baku',
      '- Shelling went on.',
      '- Two were hurt.',
      '- One',
      '*Newsroom · October 14*',
      'Share: Twitter · Facebook · Email',
    ]);
  });

  it('keeps a web address alone on its line a block of its own, with or without its scheme', () => {
    assert.deepEqual(md('The army took the village of\nhttps://example.org/news/1\npic.twitter.com/AbC123\nt.me/channel/5\nwww.example.org\nthe ministry said.'), [
      'The army took the village of',
      'https://example.org/news/1',
      'pic.twitter.com/AbC123',
      't.me/channel/5',
      'www.example.org',
      'the ministry said.',
    ]);
  });

  it('does not join lines of a scraped report whose lines are whole paragraphs', () => {
    assert.deepEqual(md('Drone strike near Hadrut — Armenian Defense Ministry\nA drone hit a truck south of the town.'), ['Drone strike near Hadrut — Armenian Defense Ministry', 'A drone hit a truck south of the town.']);
  });

  it('cuts a time that opens a line before a sentence into a block of its own, and leaves a number that only looks like one', () => {
    assert.deepEqual(md('11:05 Baku said one thing.\n[14.20 GMT] — “Two,” Yerevan said.\n09:30 12 shells fell.'), ['11:05', 'Baku said one thing.', '[14.20 GMT]', '“Two,” Yerevan said.', '09:30', '12 shells fell.']);
    assert.deepEqual(md('2.45 million people fled.\n10.30 am the army said so.\n14:05\n12:15 GMT'), ['2.45 million people fled.', '10.30 am the army said so.', '14:05', '12:15 GMT']);
  });

  it('cuts a time in bold or italics that opens a line into a block of its own, whatever follows it, and leaves a bold figure', () => {
    assert.deepEqual(md('**19:40** Yerevan said one thing.\n__18.15__ — “Two,” Baku said.\n*11:00* Read also: How it began\n_09:05 GMT_ Good morning. Updates:'), [
      '**19:40**',
      'Yerevan said one thing.',
      '__18.15__',
      '“Two,” Baku said.',
      '*11:00*',
      'Read also: How it began',
      '_09:05 GMT_',
      'Good morning. Updates:',
    ]);
    assert.deepEqual(md('**2.45** million people fled.\n**19:40 Baku** said so.'), ['**2.45** million people fled.', '**19:40 Baku** said so.']);
  });

  it('cuts a date stamp a scraped page left before its lead sentence into a block of its own', () => {
    assert.deepEqual(md(' date 2020-11-04 The side said so.\n2020-11-05 Overview of the day'), ['date 2020-11-04', 'The side said so.', '2020-11-05 Overview of the day']);
  });

  it('leaves whole a line that links to a live item by its time and headline', () => {
    assert.deepEqual(md('Key events\n14.05 BST Baku says a second drone was downed'), ['Key events', '14.05 BST Baku says a second drone was downed']);
  });

  it('keeps a bullet’s text literal when it would open another Markdown block', () => {
    assert.deepEqual(md('• # not a heading • 2. not a list • > not a quote'), ['- \\# not a heading', '- 2\\. not a list', '- \\> not a quote']);
    const blocks = parseReport({ file: 'a.txt', text: '• # not a heading • 2. not a list • > not a quote' }).blocks;
    assert.deepEqual(blocks.map((b) => [b.kind, b.text]), [['bullet', '# not a heading'], ['bullet', '2. not a list'], ['bullet', '> not a quote']]);
  });

  it('reads a line of bullet signs alone as a bullet with no text, and the report keeps its claims', () => {
    assert.deepEqual(md('Shelling went on.\n•\n• •\n ·\nTwo villages were hit.'), ['Shelling went on.', '-', '-', '-', 'Two villages were hit.']);
    const report = 'Information from Baku\n•\nShelling went on near Terter, the ministry said.\n• •\n·\nTwo villages were hit, officials said.';
    const { extracted } = processReport({ file: 'a.txt', text: report });
    assert.deepEqual(extracted.diagnostics.filter((d) => d.severity === 'error'), []);
    const without = processReport({ file: 'a.txt', text: report.replace(/^[•· ]+\n/gmu, '') }).extracted;
    assert.ok(without.claims.length > 0);
    assert.deepEqual(extracted.claims.map((c) => [c.text, c.side]), without.claims.map((c) => [c.text, c.side]));
    assert.deepEqual(extracted.setAside.filter((s) => s.text === '').length, 3);
  });

  it('drops the zero-width characters inside words and names, and keeps a joiner inside an emoji', () => {
    assert.deepEqual(md('The Defense\u200b Ministry\u2060 said\u00AD so.\u200D\nA fam\uFEFFily: 👨\u200D👩\u200D👧'), ['The Defense Ministry said so.', 'A family: 👨\u200D👩\u200D👧']);
  });

  it('starts a block at every field line of a feed’s export or a mail’s headers, even in a hard-wrapped text', () => {
    assert.deepEqual(md('item\ntitle: Shelling near Terter\npubDate: Tue, 27 Oct 2020 19:05:00 +0000\nlink: https://example.org/a\ndescription: The ministry said so.'), [
      'item',
      'title: Shelling near Terter',
      'pubDate: Tue, 27 Oct 2020 19:05:00 +0000',
      'link: https://example.org/a',
      'description: The ministry said so.',
    ]);
    const mail = [
      'From: Morning Brief <brief@example.org>',
      'Date: Sun, 18 Oct 2020 at 06:58',
      'Subject: Ganja hit again as the second truce begins at',
      'midnight',
      'To: <desk@example.org>',
      '',
      'The ministry said the truce that began at midnight was broken',
      'within hours, and the army said it had taken back the',
      'villages it lost in the night.',
    ].join('\n');
    assert.deepEqual(md(mail), [
      'From: Morning Brief <brief@example.org>',
      'Date: Sun, 18 Oct 2020 at 06:58',
      'Subject: Ganja hit again as the second truce begins at midnight',
      'To: <desk@example.org>',
      'The ministry said the truce that began at midnight was broken within hours, and the army said it had taken back the villages it lost in the night.',
    ]);
    // A lone label in a wrapped paragraph is no field.
    assert.deepEqual(md('The ministry said in a\nstatement: the road is open.'), ['The ministry said in a statement: the road is open.']);
  });

  it('reads ○, ▫, ■ and □ as bullet signs, a sub-item’s included, and a line of em dashes or of a box-drawing rule as a separator', () => {
    assert.deepEqual(md('● One.\n    ○\tA detail.\n▫ Two. ■ Three.\n□ Four.\n——————\n— — —\n────────\nFive.'), [
      '- One.',
      '- A detail.',
      '- Two.',
      '- Three.',
      '- Four.',
      '* * *',
      '* * *',
      '* * *',
      'Five.',
    ]);
  });

  it('joins a line indented with several tabs under a bullet to it', () => {
    assert.deepEqual(md('● The office said two houses burned.\n\t\t\t(photos in the folder)\nNext.'), ['- The office said two houses burned. (photos in the folder)', 'Next.']);
  });

  it('cuts a line after an HTML block’s end tag, written or escaped, and never joins a line to one that ended a block', () => {
    assert.deepEqual(md('<p>One was killed.</p> <p>Baku said so.</p>\ndescription: &lt;p&gt;Two.&lt;/p&gt;&lt;p&gt;three.&lt;/p&gt;'), [
      '<p>One was killed.</p>',
      '<p>Baku said so.</p>',
      'description: &lt;p&gt;Two.&lt;/p&gt;',
      '&lt;p&gt;three.&lt;/p&gt;',
    ]);
    // Hard-wrapped: a full line goes on with the next, unless an HTML block ended it or the next opens one.
    const wrapped = '<p>The ministry said the shelling of the town went on all\nnight and that two were hurt in the morning.</p>\nthe army said it held the line.\n<div>More shelling was reported in the north of the\nregion</div>';
    assert.deepEqual(md(wrapped), [
      '<p>The ministry said the shelling of the town went on all night and that two were hurt in the morning.</p>',
      'the army said it held the line.',
      '<div>More shelling was reported in the north of the region</div>',
    ]);
  });

  it('reads a <script> or <style> element, over as many lines as it spans, as lines of page code; a start tag no end tag closes is page code to the end of its line', () => {
    const out = normalizeLayout('Title\n<style>\np { margin: 0 }\n</style>\nShelling went on. <script>track("a");</script> Two were hurt.\n<script>alert(1) is code\nThe ministry said so.');
    assert.deepEqual(
      out.map((l) => [l.markdown, l.line, l.pageCode ?? false]),
      [
        ['Title', 1, false],
        ['<style>', 2, true],
        ['p { margin: 0 }', 3, true],
        ['</style>', 4, true],
        ['Shelling went on.', 5, false],
        ['<script>track("a");</script>', 5, true],
        ['Two were hurt.', 5, false],
        ['<script>alert(1) is code', 6, true],
        ['The ministry said so.', 7, false],
      ],
    );
  });

  it('reads an HTML comment, over as many lines as it spans, as page code, but one inside a line of text, which leaves the line whole; a `<!--` no `-->` closes is page code to the end of its line', () => {
    const out = normalizeLayout('Title\n<!-- banner -->\nShelling went on <!-- checked --> all night.\n<!--\nThe ministry said so.\n-->\n<script>/*<!--*/ x();</script>\nTwo were hurt. <!-- footer\nThe army said so.');
    assert.deepEqual(
      out.map((l) => [l.markdown, l.line, l.pageCode ?? false]),
      [
        ['Title', 1, false],
        ['<!-- banner -->', 2, true],
        ['Shelling went on <!-- checked --> all night.', 3, false],
        ['<!--', 4, true],
        ['The ministry said so.', 5, true],
        ['-->', 6, true],
        ['<script>/*<!--*/ x();</script>', 7, true],
        ['Two were hurt.', 8, false],
        ['<!-- footer', 8, true],
        ['The army said so.', 9, false],
      ],
    );
    assert.equal(unclosedComment('a <!-- b --> c\n<!-- d\ne'), 15);
    assert.equal(unclosedComment('<script>var a = "<!--";</script> b <!-- c -->'), null);
  });

  it('keeps a recording’s offsets on their turn’s line, never cut off as a live item’s stamp: hours, minutes and seconds always, minutes and seconds when the first turn is at “[00:…]”', () => {
    assert.deepEqual(md('Title\n[00:04] HOST: Good evening.\n[01:10] ROE: Two were hurt.'), ['Title', '[00:04] HOST: Good evening.', '[01:10] ROE: Two were hurt.']);
    assert.deepEqual(md('Title\n[16:10] — Baku said two were hurt.\n[16:40] ROE: Two were hurt.'), ['Title', '[16:10]', 'Baku said two were hurt.', '[16:40]', 'ROE: Two were hurt.']);
    assert.equal(recordingOffsets(['Title', '[00:04] HOST: Good evening.']).test('[12:01] ROE: So.'), true);
    assert.equal(recordingOffsets(['Title', '[00:10] Sirens were heard in the city.']).test('[12:01] ROE: So.'), false);
    assert.equal(recordingOffsets([]).test('(00:14:33) ROE: So.'), true);
  });

  it('drops no character of any fixture, bullet marks, quotation marks (`>`), heading marks (a wiki’s `==` becomes `##`), separator lines and table pipes (a simple table is written as a pipe table) aside', () => {
    const dir = join(ROOT, 'test', 'fixtures', 'layouts');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.(txt|md)$/.test(f));
    const letters = (s: string) => s.replace(/^\s*(?:>|#{1,6}(?=\s)|={2,6})|={2,6}\s*$/gmu, '').replace(/^\s*_{3,}\s*$/gmu, '').replace(/[•—–\s\\|-]|^\*+$/gmu, '').replace(/\*\*\*/g, '');
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      assert.equal(letters(md(text).join('\n')).length, letters(text).length, f);
    }
  });
});

describe('a chat’s export', () => {
  const chat = ['[10/5/20, 09:02] Ann: One', 'more words', '[10/5/20, 09:03] Bo: Two', '[10/5/20, 09:04] Ann: Three'];

  it('makes each stamped message an item of its own, a line that continues it joined', () => {
    assert.deepEqual(md(chat.join('\n')), ['- [10/5/20, 09:02] Ann: One more words', '- [10/5/20, 09:03] Bo: Two', '- [10/5/20, 09:04] Ann: Three']);
    // Two stamped lines are no chat: a line that opens with a date stays as it was read.
    assert.equal(isChat(chat.slice(0, 3)), false);
    assert.equal(isChat(['10/5/20, 09:02 - Ann: One', '10/5/20, 09:03 - Bo: Two', '10/5/20, 9:04 PM - Ann: Three']), true);
    // A news feed's "date time – " (no comma, a dash that is no hyphen-minus) is no chat's stamp: its item is a block after a stamp of its own.
    const feed = ['07.11.2020 10:15 – Example Ministry of Health: Three clinics reopened.', '07.11.2020 10:40 – The Red Cross delivered water.', '07.11.2020 11:05 – Example Ministry of Health: A fourth clinic reopened.'];
    assert.equal(isChat(feed), false);
    assert.deepEqual(md(feed.join('\n')).slice(0, 2), ['07.11.2020 10:15', 'Example Ministry of Health: Three clinics reopened.']);
    // In a chat, a "sender" naming an official or a known person is a source quoted, whose label stays.
    assert.equal(withoutChatStamp('[10/7/20, 09:10] Armenian MoD spokesperson: Shelling resumed at dawn.'), '[10/7/20, 09:10] Armenian MoD spokesperson: Shelling resumed at dawn.');
    assert.equal(withoutChatStamp('[10/7/20, 09:10] Nora B: Shelling resumed at dawn.'), 'Shelling resumed at dawn.');
  });

  it('reads a message without its stamp and sender, a notice with them', () => {
    assert.equal(withoutChatStamp('[10/5/20, 09:02] Maksim (RIA): Kremlin: Putin spoke.'), 'Kremlin: Putin spoke.');
    assert.equal(withoutChatStamp('10/5/20, 09:02 - +994 50 412 37 17: I am in Ganja.'), 'I am in Ganja.');
    assert.equal(withoutChatStamp('Kremlin: Putin spoke.'), 'Kremlin: Putin spoke.');
    assert.equal(isChatNotice('[10/5/20, 08:15] Tural M. (AFP Baku): <Media omitted>'), true);
    assert.equal(isChatNotice('[10/5/20, 08:31] Anna K: Forwarded many times'), true);
    assert.equal(isChatNotice('[10/5/20, 07:58] Tural M. (AFP Baku) added Maksim (RIA)'), true);
    assert.equal(isChatNotice('10/5/20, 07:58 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.'), true);
    assert.equal(isChatNotice('[10/5/20, 08:31] Anna K: Baku added two more villages'), false);
    assert.equal(isChatNotice('Tural M. added Maksim'), false);
  });
});

describe('emoji bullets', () => {
  it('reads lines opening with the same emoji as items, a lone one as it is', () => {
    assert.deepEqual(md('Round-up\n🔹 Ganja: two hurt.\n🔹 Moscow: talks on Friday.\n🔴 Sirens again'), ['Round-up', '- Ganja: two hurt.', '- Moscow: talks on Friday.', '🔴 Sirens again']);
    assert.deepEqual(md('▶️ One went.\n▶️ Two went.'), ['- One went.', '- Two went.']);
  });

  it('drops the variation selector after a bullet sign with it', () => {
    assert.deepEqual(md('▪️ Units advanced.\n▪️ Two tanks destroyed.'), ['- Units advanced.', '- Two tanks destroyed.']);
  });
});

describe('a source’s fields under a headline', () => {
  it('keeps “via OUTLET · time” on its own line, while a wrapped “by …” goes on', () => {
    assert.deepEqual(md('Stepanakert shelled again, says the emergency service\nvia News.am · 5 hours ago\nThe capital came under fire.'), [
      'Stepanakert shelled again, says the emergency service',
      'via News.am · 5 hours ago',
      'The capital came under fire.',
    ]);
    assert.deepEqual(md('The bridge was hit\nby a missile at dawn.'), ['The bridge was hit by a missile at dawn.']);
  });
});

describe('a video transcript’s bare offsets', () => {
  it('keeps each offset a block of its own and joins the lines it cut, a note in brackets left whole', () => {
    assert.deepEqual(md('0:00\n[Music]\n0:04\nthis is a town\n0:09\nunder fire.'), ['0:00', '[Music]', '0:04', 'this is a town under fire.', '0:09']);
  });

  it('leaves a live page’s times of day as they were read', () => {
    const live = '10:05\nshelling went on near the town\n10:20\nsirens again';
    assert.equal(md(live).includes('shelling went on near the town sirens again'), false);
  });
});

describe('a PDF’s running header and footer', () => {
  it('reads a line repeated near the pages’ numbers as the page’s, and goes on with the sentence it cut', () => {
    const text = [
      'Field Update No. 2',
      'In the north the water supply to two villages was',
      '',
      'Relief Office | Page 1 of 2',
      'Helping People Together',
      '',
      'Field Update No. 2',
      '',
      'cut after the strike, officials said.',
      '',
      'Relief Office | Page 2 of 2',
      'Helping People Together',
    ].join('\n');
    assert.deepEqual(md(text), [
      'Field Update No. 2',
      'In the north the water supply to two villages was cut after the strike, officials said.',
      'Relief Office | Page 1 of 2',
      'Helping People Together',
      'Field Update No. 2',
      'Relief Office | Page 2 of 2',
      'Helping People Together',
    ]);
  });

  it('reads a repeated line as any other where the text has no pages’ numbers', () => {
    assert.deepEqual(md('Helping People Together\nthe water was\n\nHelping People Together\ncut.'), ['Helping People Together the water was', 'Helping People Together cut.']);
  });
});

describe('a letterhead’s fields far apart on one line', () => {
  it('makes each short field a block that continues nothing', () => {
    assert.deepEqual(md('MINISTRY OF FOREIGN AFFAIRS\n                    No: 12/20\nPRESS RELEASE        Baku, 5 October 2020\nOn 5 October the city was shelled.'), [
      'MINISTRY OF FOREIGN AFFAIRS',
      'No: 12/20',
      'PRESS RELEASE',
      'Baku, 5 October 2020',
      'On 5 October the city was shelled.',
    ]);
  });

  it('leaves a sentence with a wide gap or a tab in it whole', () => {
    // (The report's first line is a masthead, never cut: each case has a line above it.)
    assert.deepEqual(md('Schools shut\n\nThe Baku city council said   three schools were closed in Sabunchu.'), ['Schools shut', 'The Baku city council said   three schools were closed in Sabunchu.']);
    assert.deepEqual(md('Schools shut\n\nThe Baku city council said\tthree schools were closed.'), ['Schools shut', 'The Baku city council said\tthree schools were closed.']);
    // A sentence whose next field opens in capitals still ends as a sentence does.
    assert.deepEqual(md('Schools shut\n\nLocal officials in Goris reported   Traffic on the road was stopped.'), ['Schools shut', 'Local officials in Goris reported   Traffic on the road was stopped.']);
    // A document's header fields stay apart.
    assert.deepEqual(md('Schools shut\n\nSecurity Council        Distr.: General'), ['Schools shut', 'Security Council', 'Distr.: General']);
  });

  it('leaves a row of figures, and a line of long fields, whole', () => {
    assert.deepEqual(md('Ganja      12      45'), ['Ganja      12      45']);
    assert.deepEqual(md('Fighting continued during the reporting period     along the entire line of contact.'), ['Fighting continued during the reporting period     along the entire line of contact.']);
  });
});

describe('a “simple table”', () => {
  it('is written as a pipe table, a line for each of its lines', () => {
    const out = normalizeLayout('Intro.\n\n  Day        Killed   Wounded\n  ---------- -------- --------\n  26 Oct     41       3\n  27 Oct     37       6\n\nAfter.');
    assert.deepEqual(
      out.map((l) => [l.line, l.markdown]),
      [
        [1, 'Intro.'],
        [3, '| Day | Killed | Wounded |\n| --- | --- | --- |\n| 26 Oct | 41 | 3 |\n| 27 Oct | 37 | 6 |'],
        [8, 'After.'],
      ],
    );
  });

  it('needs two columns or more under a header', () => {
    assert.ok(md('A title\n---------- --------\nmore').every((m) => !m.includes('|')));
  });
});

describe('two columns of prose side by side', () => {
  it('reads the left column down, then the right, each line’s own gap giving its start', () => {
    const text = [
      'NEEDS                                    RESPONSE',
      'Shelling damaged the water station     Two convoys reached the town on',
      'in the east of the town on Monday;      Tuesday with food, blankets and',
      'some 4,000 people have no running       medicine for the district hospi-',
      'water since then.                       tal, the relief office said.',
    ].join('\n');
    assert.deepEqual(md(text), [
      'NEEDS',
      'Shelling damaged the water station in the east of the town on Monday; some 4,000 people have no running water since then.',
      'RESPONSE',
      'Two convoys reached the town on Tuesday with food, blankets and medicine for the district hospital, the relief office said.',
    ]);
  });

  it('leaves a table of short cells as it is', () => {
    const rows = ['Ganja         Two houses burned', 'Terter        A school was hit', 'Barda         Three wounded'];
    assert.deepEqual(md(rows.join('\n')), rows);
  });
});

describe('a masthead’s fields on the first line', () => {
  it('stay one line, the report’s title', () => {
    assert.deepEqual(md('CAUCASUS MONITOR          Issue 23\n\nPRESS RELEASE        Baku, 5 October 2020'), ['CAUCASUS MONITOR          Issue 23', 'PRESS RELEASE', 'Baku, 5 October 2020']);
  });
});
