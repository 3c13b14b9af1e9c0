import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { askerLabel, findSpeaker, isMemberOfParliament, maskQuotations, personLabel, unknownSpeaker } from '../src/find-speaker.ts';
import type { Side } from '../src/model.ts';

/** [sentence, side (or `back` for "he said", `outlet` for the outlet's own remark, or null for nobody), attribution when it matters] */
type Case = [string, Side | 'back' | 'outlet' | null, string?];

const CASES: readonly Case[] = [
  // The speaker before or after the verb.
  ['Missiles were fired at two villages, the Azerbaijani Defense Ministry said.', 'baku', 'the Azerbaijani Defense Ministry'],
  ['The Karabakh ombudsman told reporters that a school had been hit.', 'yerevan', 'The Karabakh ombudsman'],
  ['Russia’s president said the fighting had to stop at once.', 'international'],
  ['“The border is calm,” said a spokesman for the Armenian Defense Ministry.', 'yerevan'],
  ['Shushan Stepanyan, the spokeswoman of the Armenian Defense Ministry, wrote that the attack had failed.', 'yerevan', 'Shushan Stepanyan, the spokeswoman of the Armenian Defense Ministry'],
  ['In an interview with the BBC, Pashinyan said no territory would be given up.', 'yerevan', 'Pashinyan'],
  ['Aliyev told an Italian newspaper that the army would not stop.', 'baku', 'Aliyev'],
  // Clauses set between the speaker and the verb.
  ['Azerbaijani President Ilham Aliyev, speaking to Turkish television, said the army would push on.', 'baku', 'Azerbaijani President Ilham Aliyev'],
  ['Azerbaijan’s Defense Ministry, in a statement on Monday, said two tanks had been destroyed.', 'baku'],
  ['The spokeswoman of the Armenian Defense Ministry, citing reports from the front, said the line held.', 'yerevan'],
  ['Armenia’s prime minister, who spoke to reporters in Yerevan, said the army would hold.', 'yerevan'],
  ['The Karabakh authorities, which Baku does not recognise, said the strike killed two.', 'yerevan', 'The Karabakh authorities'],
  ["Karabakh's president, Arayik Harutyunyan, said the town was calm.", 'yerevan', 'Arayik Harutyunyan'],
  ['Azerbaijani officials have not given their losses, but say the shelling has killed 12 civilians.', 'baku', 'Azerbaijani officials'],
  ['The village was shelled again, according to Armenian officials, who said two houses burned.', 'yerevan'],
  // Capitals and the region speak for their side.
  ['Baku says the bridge served as a supply route.', 'baku', 'Baku'],
  ['Yerevan denies that any of its troops crossed the border.', 'yerevan', 'Yerevan'],
  ['Stepanakert reports heavy shelling of the city centre.', 'yerevan', 'Stepanakert'],
  // Other shapes of naming a source.
  ['According to the Armenian Defense Ministry, two drones were shot down.', 'yerevan', 'the Armenian Defense Ministry'],
  ['Two villages were shelled overnight — Azerbaijani Defense Ministry', 'baku', 'Azerbaijani Defense Ministry'],
  ['Two villages were shelled overnight – the Karabakh emergency service.', 'yerevan'],
  ['Armenian Defense Ministry: two drones were shot down over Martuni.', 'yerevan', 'Armenian Defense Ministry'],
  // A capital as a label speaks for its government; a region or a town as a label is where it happened.
  ['Baku: shells hit Tartar again overnight.', 'baku', 'Baku'],
  ['Official Yerevan: the talks will go on.', 'yerevan', 'Official Yerevan'],
  ['Ganja: a missile struck a residential block.', null],
  ['Armenia: the toll rose to 40.', null],
  // A source in closing brackets, as digests cite theirs.
  ['Shelling of Tartar went on through the night (Azerbaijani Defense Ministry).', 'baku', 'Azerbaijani Defense Ministry'],
  ['Two drones were shot down over Martuni [Armenpress].', 'yerevan', 'Armenpress'],
  ['Stepanakert was hit again (source: Artsakh emergency service)', 'yerevan', 'Artsakh emergency service'],
  ['The road was closed again (a village near Tartar).', null],
  // A wire story's dateline names the agency, not the speaker.
  ['BAKU, Oct 30 (Reuters) - Azerbaijan said its forces took three villages.', 'baku', 'Azerbaijan'],
  ['Footage released by the Azerbaijani Defense Ministry shows a burning tank.', 'baku'],
  ['Armenpress reported that the road to Goris was open again.', 'yerevan'],
  ['Azerbaijan’s Foreign Ministry called the statement a provocation.', 'baku'],
  ['The Azerbaijani side claims that the village was taken back.', 'baku'],
  ['The Armenian Defense Ministry called the report “pure invention”.', 'yerevan', 'The Armenian Defense Ministry'],
  ['Azerbaijani officials said the claims of the Armenian side were false.', 'baku', 'Azerbaijani officials'],
  // An outlet relaying a speaker: the one quoted speaks, and a body an agency of one side carries is that side's.
  ['Report.az quoted presidential aide Hikmet Hajiyev as saying that Ganja was hit.', 'baku', 'presidential aide Hikmet Hajiyev'],
  ['A Turkish daily quotes Defense Minister Hulusi Akar as saying Ankara will stand by Baku.', 'international', 'Defense Minister Hulusi Akar'],
  ['The state agency AZERTAC carried a statement from the Defense Ministry saying two tanks were hit.', 'baku', 'the Defense Ministry'],
  ['TASS carried a statement from the Armenian Foreign Ministry saying the talks would go on.', 'yerevan', 'the Armenian Foreign Ministry'],
  // The attribution is the speaker's noun phrase, not the clause up to the verb.
  ["Azerbaijan's defence ministry released footage it says shows a burning tank.", 'baku', "Azerbaijan's defence ministry"],
  ['The Armenian Foreign Ministry called the Su-25 report “a fabrication”.', 'yerevan', 'The Armenian Foreign Ministry'],
  ['The Karabakh ombudsman shared photos of a church that, he said, was hit twice.', 'yerevan', 'The Karabakh ombudsman'],
  // Quotations never speak: the speaker is outside them.
  ['“Armenian forces shelled Ganja again,” an aide to the Azerbaijani president wrote.', 'baku'],
  ['The Armenian Foreign Ministry said that “the Azerbaijani army is attacking Martuni.”', 'yerevan', 'The Armenian Foreign Ministry'],
  // Third parties, and both sides at once.
  ['The European Union urged both sides to return to talks.', 'international'],
  ['Human Rights Watch said cluster munitions had been used in a residential area.', 'international'],
  ['Turkey’s defence minister vowed to stand by Baku.', 'international'],
  ['The Armenian Foreign Ministry and its Azerbaijani counterpart both said the meeting was useful.', 'international'],
  // References back to a speaker named earlier.
  ['“We will respond,” the ministry said.', 'back', 'the ministry'],
  ['He added that the talks would resume on Monday.', 'back', 'He'],
  ['Officials said three civilians had died.', 'back', 'Officials'],
  ['The region’s emergency service said power had been cut.', 'back'],
  ['The head of state stressed that the army would not stop.', 'back', 'The head of state'],
  ['The Ministry of Defense once again categorically refutes the claims.', 'back', 'The Ministry of Defense'],
  // Nobody speaks: the outlet's narration.
  ['Azerbaijani forces shelled Martuni overnight.', null],
  ['The number of wounded soldiers is not reported.', null],
  ['There were reports that a bridge had been destroyed.', null],
  ['Karabakh: fighting goes on near Martuni.', null],
  ['The Minsk Group is the body that leads the talks.', null],
  ['Azerbaijan and Armenia held talks in Moscow, published on the ministry site on Monday.', null],
  // A sentence that says someone did not speak, and the outlet's own newsroom, are the outlet's remarks.
  ['Yerevan has not commented.', 'outlet'],
  ['The Armenian side has not yet confirmed the report.', 'outlet'],
  ['Talks are planned in Geneva, although neither Baku nor Yerevan has confirmed them.', 'outlet'],
  ['Azerbaijani officials have not commented on the hospital report.', 'outlet'],
  ['The ministry did not immediately respond to a request for comment.', 'outlet'],
  ['We could not independently verify the video.', 'outlet'],
  ['We are checking these reports.', 'outlet'],
  ['Baku said it took the hill, but Yerevan has not confirmed it.', 'baku', 'Baku'],
  ['Officials who did not want to be named said the road was cut.', null],
  ['Armenia urged Baku to respond.', 'yerevan', 'Armenia'],
  ['The ministry declined to respond to questions.', 'outlet'],
  ['Yerevan was quick to deny the report.', 'yerevan', 'Yerevan'],
  ['In response the Azerbaijani side stated that the road was open.', 'baku'],
  // Plural nouns that a past tense makes a verb of speech ("posted", "estimated") are no verb: "posts", "estimates".
  ['Azerbaijani forces shelled Armenian posts near Hadrut.', null],
  ['Armenian estimates put the toll at fifty.', null],
  // The side is the subject's, the words the subject's, however the phrase ends.
  ['The Armenian ministry released footage of Azerbaijani tanks which it said were hit.', 'yerevan', 'The Armenian ministry'],
  ['The Azerbaijani Defense Ministry posted a video of Armenian positions that it said were destroyed.', 'baku'],
  // Witnesses, residents, medics and reporters speak for no side, wherever they are; a side's media for their side.
  ['Local residents told reporters that the shelling lasted all night.', 'international', 'Local residents'],
  ['People living near Martuni told our reporter that the shelling stopped at dawn.', 'international', 'People living near Martuni'],
  ['Several social media users in Stepanakert reported explosions.', 'international', 'Several social media users in Stepanakert'],
  ['“The wards are full,” a nurse told our reporter.', 'international', 'a nurse'],
  ['The roads are empty, our correspondent in Ganja reports.', 'international', 'our correspondent in Ganja'],
  ['Azerbaijani outlets write that the bridge was destroyed.', 'baku', 'Azerbaijani outlets'],
  ['Azerbaijani state media reported that the bridge was destroyed.', 'baku', 'Azerbaijani state media'],
  ['Armenian officials and residents said the road was closed.', 'yerevan', 'Armenian officials and residents'],
  ['Hikmet Hajiyev, an aide to the Azerbaijani president, told reporters that the villages were evacuated.', 'baku', 'Hikmet Hajiyev, an aide to the Azerbaijani president'],
  // Every form of a speech verb, and the marks a channel puts before a name.
  ['Armenian officials refute the reports of a downed helicopter.', 'yerevan', 'Armenian officials'],
  ['The Azerbaijani side reaffirms its readiness to observe the truce.', 'baku'],
  ['Karabakh officials write that the road is open.', 'yerevan'],
  ['The Azerbaijani Defense Ministry informs that two tanks were destroyed.', 'baku'],
  ['❗️🔴 Azerbaijani MoD: two drones were shot down.', 'baku', 'Azerbaijani MoD'],
  ['⚡️ Artsrun Hovhannisyan: the attack was repelled.', 'yerevan', 'Artsrun Hovhannisyan'],
  // A role set after a name without an article, and a name set after a role.
  ['Anna Naghdalyan, spokeswoman for the Armenian Foreign Ministry, rejected the claim and said the talks would go on.', 'yerevan', 'Anna Naghdalyan, spokeswoman for the Armenian Foreign Ministry'],
  ['Hikmet Hajiyev, aide to the Azerbaijani president, wrote that two schools were hit.', 'baku', 'Hikmet Hajiyev, aide to the Azerbaijani president'],
  ['The German foreign minister, Heiko Maas, said talks must resume.', 'international', 'The German foreign minister, Heiko Maas'],
  // A transcript's turns: a name in capitals, a title after it, a role in brackets, a time stamp before it.
  ['ARARAT MIRZOYAN, SPEAKER OF THE ARMENIAN PARLIAMENT: The border is calm.', 'yerevan', 'ARARAT MIRZOYAN, SPEAKER OF THE ARMENIAN PARLIAMENT'],
  ['ALIYEV: We will not stop until the end.', 'baku', 'ALIYEV'],
  ['[00:14:10] ZOHRAB MNATSAKANYAN (via video link): Talks are possible.', 'yerevan', 'ZOHRAB MNATSAKANYAN'],
  ['(12:40) Hajiyev: Ganja was hit again.', 'baku', 'Hajiyev'],
  ['AZERBAIJANI MOD: two drones were downed.', 'baku'],
  ['UPDATE: shells fell on Tartar again.', null],
  ['ARMENIAN ARMED FORCES: two tanks were hit.', 'yerevan'],
  // A body's name in capitals may hold an "-ed" word that is no verb (one list of them, NAME_PARTICIPLES).
  ['AZERBAIJANI DISPLACED PERSONS COMMITTEE: two families returned to Fuzuli.', 'baku'],
  // A headline in capitals before a colon is no turn: a verb of speech or a past tense makes it a sentence.
  ['BAKU SAYS ARMENIAN FORCES HIT TARTAR: Two houses burned.', null],
  ['ARMENIAN ARMY DENIES STRIKE ON GANJA: The town was quiet overnight.', null],
  ['ARMENIAN FORCES SHELLED MARTUNI: Two houses burned.', null],
  // A question's label is no source: the question is read by its own speakers, or is the outlet's.
  ['Question (to Jeyhun Bayramov): Yerevan says the road to Lachin is open.', 'yerevan', 'Yerevan'],
  ['Q: Azerbaijani officials say the bridge was destroyed.', 'baku', 'Azerbaijani officials'],
  ['QUESTION (Radio Caucasus): Will the truce hold on Monday?', 'outlet'],
  ['Moderator: Thank you all for coming.', 'outlet'],
  ['[00:12:40] Host: Let us hear from Baku.', 'outlet'],
  ['[00:03:10] DANIEL ROSS (host): Welcome back.', 'outlet'],
  ['Q. Azerbaijani officials say the bridge was destroyed.', 'baku', 'Azerbaijani officials'],
  ['Host Jane Doe: Yerevan says the road is open.', 'yerevan', 'Yerevan'],
  // A yes-or-no question names whom it asks, not who speaks.
  ['Does Yerevan confirm the report?', null],
  ['Is Azerbaijan ready for talks if the Minsk Group co-chairs propose them?', null],
  // More verbs of speech, and the plain form of a verb of answering negated.
  ['Armenia’s foreign minister answered that the resolutions were ignored.', 'yerevan'],
  ['The Azerbaijani envoy retorted that the claims were false.', 'baku'],
  ['Armenian officials countered that the road was open.', 'yerevan'],
  ['The Karabakh ombudsman describes a town without power.', 'yerevan'],
  ['Azerbaijani troops countered the attack near Fuzuli.', null],
  ['Azerbaijani police detained a man described as a spy.', null],
  // A participle, a battle, a meeting called and a place's name are no speech.
  ['Foreign fighters, described by Baku as mercenaries, were seen near Fuzuli, the Russian intelligence service said.', 'international', 'the Russian intelligence service'],
  ['Armenian troops countered, retaking a hill near Martuni.', null],
  ['The talks, which Armenia called at short notice, were held in Geneva.', null],
  ['The army moved towards the town, which Azerbaijanis called Khankendi.', null],
  ['Yerevan called it off after the shelling.', null],
  ['The strike, which Baku called a war crime, killed two.', 'baku', 'Baku'],
  ['The Azerbaijani Defense Ministry did not reply to our questions.', 'outlet'],
  ['The Karabakh emergency service declined to comment.', 'outlet'],
  ['Armenian officials have not yet reacted to the video.', 'outlet'],
  // A date opening the sentence without a comma.
  ['On 14 October the Armenian Defense Ministry posted a video of a downed drone.', 'yerevan', 'the Armenian Defense Ministry'],
  ['On October 14 the Azerbaijani Defense Ministry said two tanks were hit.', 'baku', 'the Azerbaijani Defense Ministry'],
  // Whose words an outlet quotes.
  ['The agency quoted Nikol Pashinyan’s address to the nation: “We will not give up.”', 'yerevan', 'Nikol Pashinyan'],
  // A nationality word on a witness makes no official.
  ['An Azerbaijani farmer she met near Tartar told her the shelling began at midnight.', 'international', 'An Azerbaijani farmer she met near Tartar'],
  ['Residents I spoke to in Martuni said the school was hit.', 'international'],
  // An aside that names the source, and an aside between dashes that does not close with one.
  ['The enemy, as our sources in the Azerbaijani army stress, lost two tanks overnight.', 'baku', 'our sources in the Azerbaijani army'],
  ['Martuni was shelled again, as Stepanakert says.', 'yerevan', 'Stepanakert'],
  ['As Baku says, the bridge was a supply route.', 'baku', 'Baku'],
  ['As Armenian forces withdrew, the villages emptied.', null],
  ['The casualty figures — Baku speaks of hundreds of dead — are as hard to check as Yerevan’s silence.', null],
  // Parliaments and their members; role nouns that refer back.
  ['The emergency service of the self-declared republic said two houses burned.', 'yerevan'],
  ['The Milli Majlis said in a statement that the shelling was a war crime.', 'baku'],
  ['An Armenian lawmaker said the border was closed.', 'yerevan'],
  ['A member of the Armenian parliament said the vote was postponed.', 'yerevan'],
  ['Milli Majlis deputy Ali Karimli said the claims were false.', 'baku'],
  ['The deputy speaker added that the session was closed.', 'back', 'The deputy speaker'],
  ['The Speaker stressed that the session would go on.', 'back', 'The Speaker'],
  ['According to the MP, the claims were invented.', 'back', 'the MP'],
  ['According to her, the town was calm.', 'back', 'her'],
  // A speaker phrase ends at its own verb, and never reaches back over a verb of speech.
  ['Residents of Martuni reached by phone described a night of shelling and said a school was hit.', 'international', 'Residents of Martuni reached by phone'],
  ['Iran closed its border crossing and offered Tehran as a venue for talks.', 'international', 'Iran'],
  ['Baku shelled the hills and said Stepanakert had fired first.', 'baku', 'Baku'],
  ['Local media reported that the Armenian Defense Ministry said two drones were downed.', 'yerevan', 'the Armenian Defense Ministry'],
  ['MP John Doe said that Pashinyan claims the border is closed.', null],
  ['“Both sides use these weapons,” said Maria Lopez, arms researcher at an independent institute.', 'international', 'Maria Lopez, arms researcher at an independent institute'],
  // Names as Russian-language wires spell them, and NKR for the Karabakh republic.
  ['The city was hit overnight, NKR President Arayik Arutyunyan said.', 'yerevan', 'NKR President Arayik Arutyunyan'],
  ['His press secretary Vagram Pogosyan told Interfax by telephone that power was cut.', 'yerevan', 'His press secretary Vagram Pogosyan'],
  ['Presidential aide Khikmet Gadzhiyev said two schools were hit.', 'baku'],
  ['Azerbaijani President Ilkham Aliyev told a Russian channel that the army would push on.', 'baku'],
  // An envoy speaks for the country that sends him, not for the body or the country he is sent to.
  ['The Permanent Representative of Armenia to the United Nations wrote that the shelling went on.', 'yerevan'],
  ['Azerbaijan’s ambassador to France said the embassy had received threats.', 'baku'],
  ['The Russian ambassador to Azerbaijan said the embassy stayed open.', 'international'],
  // Bodies known by an acronym or a country's code next to an official word; an institution's word inside a compound.
  ['The ANAMA agency said its teams had cleared the streets.', 'baku'],
  ['MoD AZ says the border villages were shelled again.', 'baku', 'MoD AZ'],
  ['AM MoD: two drones were downed over Martuni.', 'yerevan'],
  ['Shelling resumed at 6 AM, the ministry said.', 'back', 'the ministry'],
  ['Artsakh InfoCenter: sirens sounded in the city.', 'yerevan', 'Artsakh InfoCenter'],
  ['Human Rights Defender of Armenia: two civilians were killed in Goris.', 'yerevan'],
  // A statement made, a stance taken, a passive with its author after "by", "it was stated".
  ['The Armenian side regards this statement as another lie.', 'yerevan', 'The Armenian side'],
  ['Baku views the offer as a trap.', 'baku', 'Baku'],
  ['The talks, regarded as the last chance, failed.', null],
  ['Status: Denied by the Armenian Defence Ministry', 'yerevan', 'the Armenian Defence Ministry'],
  ['In the statement issued by the ministry, it was said that two tanks were hit.', 'back', 'the ministry'],
  ['It was also stated that the road to Lachin was open.', 'back'],
  ['It was said that the town had fallen.', null],
  // Speaker phrases: a role with a capital after its article, an aside, a long chain of posts, "its" after a country.
  ['Artsrun Hovhannisyan, an Armenian Defence Ministry official, said the front was calm.', 'yerevan', 'Artsrun Hovhannisyan, an Armenian Defence Ministry official'],
  ['Foreign Minister Zohrab Mnatsakanyan, back from Geneva, said the exchange would begin soon.', 'yerevan', 'Foreign Minister Zohrab Mnatsakanyan'],
  [
    'Adviser to the President of the Republic of Azerbaijan - Head of the Department of Foreign Relations of the Presidential Office Hikmet Hajiyev wrote that a school was hit.',
    'baku',
  ],
  ['Azerbaijan has not published its losses; its Prosecutor General’s Office says nine civilians died.', 'baku', 'its Prosecutor General’s Office'],
  ['The Prosecutor General’s Office said two more civilians died.', 'back'],
  ['In Baku, the Azerbaijani foreign minister said talks must resume.', 'baku', 'the Azerbaijani foreign minister'],
  // A private person named with an age speaks for no side.
  ['“We could not sleep,” said Gohar, 61, who lives in a basement near the market.', 'international', 'Gohar, 61'],
  ['Narine, 47, said the shelling lasted all night.', 'international', 'Narine, 47'],
  // Who speaks when the subject did something else first: the subject, not the one it met.
  ['Putin spoke with Pashinyan by phone and stressed the need for a truce.', 'international', 'Putin'],
];

describe('findSpeaker', () => {
  for (const [sentence, expected, attribution] of CASES) {
    it(`${expected ?? 'nobody'} ← ${sentence}`, () => {
      const found = findSpeaker(sentence);
      if (expected === null) return assert.equal(found, null);
      assert.ok(found, 'a speaker is found');
      if (expected === 'outlet') return assert.equal(found.kind, 'outlet');
      assert.ok(found.kind !== 'outlet', 'a speaker is named or referred to');
      if (expected === 'back') assert.equal(found.kind, 'back-reference');
      else assert.deepEqual([found.kind, found.kind === 'named' ? found.side : null], ['named', expected]);
      if (attribution !== undefined) assert.equal(found.attribution, attribution);
    });
  }
});

describe('findSpeaker: officials who act rather than speak', () => {
  const acting: [string, Side][] = [
    ['US Secretary of State Mike Pompeo met both foreign ministers in Washington.', 'international'],
    ['The Azerbaijani Foreign Ministry summoned foreign diplomats to Terter.', 'baku'],
    ['French President Emmanuel Macron called Azerbaijani President Ilham Aliyev.', 'international'],
    ['On Monday, Karabakh President Arayik Harutyunyan visited positions near Martuni.', 'yerevan'],
  ];
  for (const [sentence, side] of acting) {
    it(`${side} acts ← ${sentence}`, () => {
      const found = findSpeaker(sentence);
      assert.deepEqual(found?.kind === 'named' ? [found.side, found.acting] : found, [side, true]);
    });
  }
  it('a statement made is speech, not an act', () => {
    for (const sentence of ['Azerbaijan’s Defence Ministry has made a statement that two villages were taken.', 'The Armenian Foreign Ministry issued a statement saying the talks would go on.']) {
      const found = findSpeaker(sentence);
      assert.ok(found?.kind === 'named' && found.acting === undefined, sentence);
    }
  });
  it('a reporter or a witness telling what they saw or heard is international, for that sentence only', () => {
    for (const sentence of ['Our correspondent in Martuni heard several explosions.', 'The journalists who were there saw only houses.']) {
      const found = findSpeaker(sentence);
      assert.deepEqual(found?.kind === 'named' ? [found.side, found.acting] : found, ['international', true], sentence);
    }
    // "… say it was filmed": a passive, no one's sight.
    assert.equal(findSpeaker('Volunteers who checked the video say it was filmed near the town.'), null);
  });
  for (const [sentence, side] of [
    ['Пашинян заявил, что переговоры продолжатся.', 'yerevan'],
    ['Президент Азербайджана Ильхам Алиев назвал документ победой.', 'baku'],
  ] as const) {
    it(`${side} acts, in Cyrillic ← ${sentence}`, () => {
      const found = findSpeaker(sentence);
      assert.deepEqual(found?.kind === 'named' ? [found.side, found.acting] : found, [side, true]);
    });
  }
  for (const sentence of ['Armenian forces shelled Terter overnight.', 'Azerbaijani units advanced on the southern front.', 'Armenia has closed its border crossings.']) {
    it(`nobody ← ${sentence}`, () => assert.equal(findSpeaker(sentence), null));
  }
});

describe('maskQuotations', () => {
  it('blanks every quoted passage, curly, straight or angled, keeping the length', () => {
    const text = 'A said “one” and "two" and «three».';
    const masked = maskQuotations(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked.replace(/ +/g, ' '), 'A said and and .');
  });

  it('blanks an unclosed quotation to the end', () => {
    assert.equal(maskQuotations('He said “we stay').trimEnd(), 'He said');
  });
});

describe('unknownSpeaker', () => {
  it('names a person the actors table does not know who is the subject of the first speech verb', () => {
    assert.equal(unknownSpeaker('Deputy Elnur Gasimov said the statements from Yerevan were not sincere.'), 'Deputy Elnur Gasimov');
    assert.equal(unknownSpeaker('Speaking on the issue, MP Leyla Huseynova said that Pashinyan claims the villages are held.'), 'MP Leyla Huseynova');
    assert.equal(unknownSpeaker('“It is a lie,” Huseynova said.'), 'Huseynova');
  });

  it('is null for a known speaker, a back-reference, a witness, a paper’s name opening the sentence, or no speech', () => {
    for (const s of ['Pashinyan said Baku lied.', 'He added that the army would not stop.', 'Residents said they fled.', 'Kommersant writes that the talks failed.', 'The Financial Times says advisers left.', 'Two houses burned down.']) {
      assert.equal(unknownSpeaker(s), null, s);
    }
  });
});

describe('askerLabel', () => {
  it('measures a journalist’s label, with its time stamp: questions, hosts and a name with the host’s role', () => {
    const labels: [string, string][] = [
      ['Q: Is the road open?', 'Q: '],
      ['Q1: Is the road open?', 'Q1: '],
      ['Q. Is the road open?', 'Q. '],
      ['Question (Le Monde) — Is the road open?', 'Question (Le Monde) — '],
      ['QUESTION (Radio Caucasus, 12:40): Will the truce hold?', 'QUESTION (Radio Caucasus, 12:40): '],
      ['Moderator: Thank you all.', 'Moderator: '],
      ['HOST JANE DOE: Welcome back.', 'HOST JANE DOE: '],
      ['Reporter [off camera]: What happened here?', 'Reporter [off camera]: '],
      ['[00:00:04] JANE DOE (host): Good evening.', '[00:00:04] JANE DOE (host): '],
      ['(12:40) Interviewer: And the road?', '(12:40) Interviewer: '],
    ];
    for (const [text, label] of labels) assert.equal(askerLabel(text), label.length, text);
  });

  it('is -1 for a speaker’s turn, an initial or a sentence that mentions a host', () => {
    for (const text of ['Hikmet Hajiyev: Ganja was hit.', 'A. Mammadov, a resident, said the school was hit.', 'The host city: Ganja.', 'Questions remain: who fired first?', 'Hosting the talks: Moscow.']) {
      assert.equal(askerLabel(text), -1, text);
    }
  });
});

describe('personLabel', () => {
  it('reads a person’s name before a colon, in capitals or capitalised words, with a role in brackets or after a comma', () => {
    assert.deepEqual(personLabel('ELEANOR MARSH: Thank you for joining us.'), { name: 'ELEANOR MARSH', role: null, length: 15 });
    assert.deepEqual(personLabel('[00:03:10] AARONS: Because.'), { name: 'AARONS', role: null, length: 19 });
    assert.deepEqual(personLabel('Jane Doe (anchor): Welcome.'), { name: 'Jane Doe', role: 'anchor', length: 19 });
    assert.deepEqual(personLabel('RAUF TAGHIZADE, SPOKESMAN OF THE MINISTRY: No.'), { name: 'RAUF TAGHIZADE', role: 'SPOKESMAN OF THE MINISTRY', length: 43 });
  });

  it('is null for an initial and a sentence, and for a headline in capitals that holds a verb', () => {
    for (const text of ['A. Mammadov, a resident of Tartar, said: “we fled”.', 'BAKU SAYS FORCES HIT: Two houses burned.', 'ARMENIA DENIES STRIKE: The town was quiet.', 'The mayor of Goris told us: the school was hit.']) {
      assert.equal(personLabel(text), null, text);
    }
  });
});

describe('isMemberOfParliament', () => {
  it('reads a member of parliament by title and name, not an office whose title opens with “Deputy”', () => {
    for (const name of ['Deputy Ganira Pashayeva', 'MP Tahir Mirkishili', 'Lawmaker Naira Zohrabyan', 'Member of Parliament Rauf Mammadli']) assert.ok(isMemberOfParliament(name), name);
    for (const name of ['Deputy Foreign Minister Khalaf Khalafov', 'Deputy Prime Minister Ali Ahmadov', 'Deputy Economy Minister Narek Teryan', 'Deputy Assistant Secretary of State Philip Reeker', 'Mirkishili', 'Dr Helen Aarons']) assert.ok(!isMemberOfParliament(name), name);
  });

  it('is read by unknownSpeaker as a person, with the title', () => {
    assert.equal(unknownSpeaker('Member of Parliament Rauf Mammadli said the farms were hit.'), 'Member of Parliament Rauf Mammadli');
  });
});

describe('findSpeaker: a person given with an age', () => {
  it('reads the role after the age first: an officer of one side speaks for it, a private person for none', () => {
    const officer = findSpeaker('“The road stays open,” said Tigran Mkrtchyan, 38, an Artsakh Defence Army officer posted at the checkpoint.');
    assert.equal(officer?.kind === 'named' ? officer.side : null, 'yerevan');
    const teacher = findSpeaker('“The cellar is our home now,” said Lusine Hakobyan, 47, a nurse.');
    assert.equal(teacher?.kind === 'named' ? teacher.side : null, 'international');
  });
});

describe('findSpeaker: a stance held by people of a place', () => {
  it('gives a stance verb a speaker only when the phrase opens with an official or a body of the side', () => {
    assert.equal(findSpeaker('Most people in Baku regard the truce as a pause.'), null);
    const government = findSpeaker('The Azerbaijani government regards the truce as a pause.');
    assert.equal(government?.kind === 'named' ? government.side : null, 'baku');
  });
});
