import type { Side } from './model.ts';
import { allMatches } from './all-matches.ts';

/**
 * Who speaks for which side: the one table the side of an unheaded claim is decided from.
 *
 * Rule of the product: Azerbaijani officials and institutions → `baku`; Armenian and
 * Nagorno-Karabakh (Artsakh) officials and institutions → `yerevan`; third countries,
 * international bodies and neutral press → `international`.
 *
 * Three kinds of entry, tried in this order on the words that name a speaker:
 * 1. `people`: officials by name (a surname alone is enough once the full name is known).
 * 2. `bodies`: institutions and titles without a nationality word in them.
 * 3. `nationality`: adjectives and country/capital names; "the Azerbaijani Defense Ministry",
 *    "Aide to the President of Azerbaijan", "Karabakh's ombudsman" are all decided here, so a
 *    new official is recognised without being listed.
 *
 * Patterns are case-sensitive where case tells a name from a word ("Baku" the actor).
 */
export interface ActorEntry {
  pattern: RegExp;
  side: Side;
  /** What the entry stands for, shown in the method page. */
  label: string;
}

/** Broken-away Karabakh as the press often names it, without a nationality word. */
const BREAKAWAY = String.raw`\b(?:breakaway|self-proclaimed|self-declared|unrecognised|unrecognized|de facto)\s+(?:republic|region|enclave|territory|authorities|government|leader(?:ship)?|president|army|forces|officials)`;

/** Official words after a country's code ("AZ prosecutor general's office", "AM MoD"). */
const CODE_OFFICIAL = String.raw`(?:MoD|MFA|[Mm]inistry|[Dd]efen[cs]e [Mm]inistry|[Ff]oreign [Mm]inistry|[Pp]rosecutor|[Pp]resident|[Gg]overnment|[Pp]arliament|[Aa]uthorities|[Oo]fficials?)\b`;

/**
 * "Permanent Representative of Armenia to the United Nations", "the Azerbaijani ambassador to
 * France", "Armenia's envoy to the OSCE": the role, the sending country and the body or country
 * the envoy is sent to, so that neither the UN nor France is taken for the speaker. The match
 * starts at the role, a country before it looked behind for: a pattern opening on a country word
 * or any capitalized word made the whole bodies scan several times slower.
 */
function envoyOf(country: string): string {
  const role = String.raw`(?:[Pp]ermanent [Rr]epresentative|[Aa]mbassador|[Ee]nvoy)`;
  const to = String.raw`(?: to (?:the )?(?:United Nations|UN|U\.N\.|OSCE|EU|European Union|Council of Europe|NATO|\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)?))?`;
  return String.raw`\b${role}(?: of (?:the )?(?:Republic of )?(?:${country})|(?<=\b(?:${country})(?:'s|’s)? ${role}))\b${to}`;
}

const p = (source: string, side: Side, label: string, flags = 'u'): ActorEntry => ({ pattern: new RegExp(source, flags), side, label });

/** Officials named in coverage of the conflict. Surnames, so "said Kagramanyan" is recognised too. */
export const PEOPLE: readonly ActorEntry[] = [
  p('\\b(Ilk?ham )?Aliyev\\b', 'baku', 'President of Azerbaijan Ilham Aliyev'),
  p('\\b(Mehriban )?Aliyeva\\b', 'baku', 'First Vice-President of Azerbaijan'),
  p('\\b(Kh?ikmet )?(?:Hajiyev|Gadzhiyev|Gadzhiev)\\b', 'baku', 'Aide to the President of Azerbaijan'),
  p('\\b(Jeyhun )?Bayramov\\b', 'baku', 'Foreign Minister of Azerbaijan'),
  p('\\b(Zakir )?[HG]asanov\\b', 'baku', 'Defense Minister of Azerbaijan'),
  p('\\b(Vagif )?Dargahli\\b', 'baku', 'Azerbaijani Defense Ministry spokesman'),
  p('\\b(Anar )?Eyvazov\\b', 'baku', 'Azerbaijani Defense Ministry spokesman'),
  p('\\b(Leyla )?Abdullayeva\\b', 'baku', 'Azerbaijani Foreign Ministry spokeswoman'),
  p('\\b(Sahiba )?Gafarova\\b', 'baku', 'Speaker of the Azerbaijani parliament'),
  p('\\b(Elmar )?Mammadyarov\\b', 'baku', 'Former Foreign Minister of Azerbaijan'),
  p('\\bAli Asadov\\b', 'baku', 'Prime Minister of Azerbaijan'),
  p('\\bNovruz Mammadov\\b', 'baku', 'Deputy head of the Azerbaijani presidential administration'),
  p('\\b(Nikol )?Pashinyan\\b', 'yerevan', 'Prime Minister of Armenia Nikol Pashinyan'),
  p('\\b(Armen )?Sarkissian\\b', 'yerevan', 'President of Armenia'),
  p('\\b(Zohrab )?Mnatsakanyan\\b', 'yerevan', 'Foreign Minister of Armenia'),
  p('\\b(Ara(?:i|yi)k )?(?:Harutyunyan|Arutyunyan|Harutiunyan|Arutiunyan)\\b', 'yerevan', 'Harutyunyan: Karabakh President Arayik, or Armenian PM adviser Vagharshak'),
  p('\\b(Artsrun )?(?:Hovhannisyan|Ovannisyan|Ovanesyan|Hovannisyan)\\b', 'yerevan', 'Armenian Defense Ministry representative'),
  p('\\b(Shushan )?Stepanyan\\b', 'yerevan', 'Armenian Defense Ministry spokeswoman'),
  p('\\b(Anna )?Nagh?dalyan\\b', 'yerevan', 'Armenian Foreign Ministry spokeswoman'),
  p('\\b(David )?Babayan\\b', 'yerevan', 'Adviser to the Karabakh President'),
  p('\\b(Vahram |Vagram )?(?:Poghosyan|Pogosyan)\\b', 'yerevan', 'Press secretary of the Karabakh President'),
  p('\\b(Artak )?Beglaryan\\b', 'yerevan', 'Karabakh Ombudsman'),
  p('\\b(Arman )?Tatoyan\\b', 'yerevan', 'Ombudsman of Armenia'),
  p('\\b(Lusine )?Kagramanyan\\b', 'yerevan', 'Karabakh Minister of Education'),
  p('\\b(Davit )?Tonoyan\\b', 'yerevan', 'Defense Minister of Armenia'),
  p('\\b(Onik |Onnik )?Gasparyan\\b', 'yerevan', 'Chief of the General Staff of Armenia'),
  p('\\b(Masis )?Mayilyan\\b', 'yerevan', 'Foreign Minister of Nagorno-Karabakh'),
  p('\\b(Ararat )?Mirzoyan\\b', 'yerevan', 'Speaker of the Armenian parliament'),
  p('\\b(Armen )?Grigoryan\\b', 'yerevan', 'Secretary of the Security Council of Armenia'),
  // In Cyrillic, as bilingual pages print them (nominative and the case endings of Russian): "\b" knows no Cyrillic letter.
  p('(?<![\\p{L}\\p{N}])(?:Ильхам )?Алиев(?:а|у|ым|е)?(?![\\p{L}\\p{N}])', 'baku', 'President of Azerbaijan Ilham Aliyev (Cyrillic)'),
  p('(?<![\\p{L}\\p{N}])(?:Никол )?Пашинян(?:а|у|ом|е)?(?![\\p{L}\\p{N}])', 'yerevan', 'Prime Minister of Armenia Nikol Pashinyan (Cyrillic)'),
  p('(?<![\\p{L}\\p{N}])(?:Араи?к )?Арутюнян(?:а|у|ом|е)?(?![\\p{L}\\p{N}])', 'yerevan', 'Karabakh President Arayik Harutyunyan (Cyrillic)'),
  p('\\b(Vladimir )?Putin\\b', 'international', 'President of Russia'),
  p('\\b(Sergei |Sergey )?Lavrov\\b', 'international', 'Foreign Minister of Russia'),
  p('\\b(Dmitry )?Peskov\\b', 'international', 'Kremlin spokesman'),
  p('\\b(Maria )?Zakharova\\b', 'international', 'Russian Foreign Ministry spokeswoman'),
  p('\\b(Emmanuel )?Macron\\b', 'international', 'President of France'),
  p('\\b(Recep Tayyip )?Erdo[gğ]an\\b', 'international', 'President of Turkey'),
  p('\\b(Mevl[uü]t )?[CÇ]avu[sş]o[gğ]lu\\b', 'international', 'Foreign Minister of Turkey'),
  p('\\b(Hulusi )?Akar\\b', 'international', 'Defense Minister of Turkey'),
  p('\\b(Mike )?Pompeo\\b', 'international', 'US Secretary of State'),
  p('\\b(Donald )?Trump\\b', 'international', 'President of the United States'),
  p('\\b(Antonio |António )?Guterres\\b', 'international', 'UN Secretary-General'),
  p('\\b(Josep )?Borrell\\b', 'international', 'EU foreign policy chief'),
  p('\\b(Hassan )?Rouhani\\b', 'international', 'President of Iran'),
  p('\\b(Javad )?Zarif\\b', 'international', 'Foreign Minister of Iran'),
  p('\\b(Charles )?Michel\\b', 'international', 'President of the European Council'),
  p('\\b(Jens )?Stoltenberg\\b', 'international', 'NATO Secretary General'),
  p('\\b(Angela )?Merkel\\b', 'international', 'Chancellor of Germany'),
  p('\\b(Stephen )?Biegun\\b', 'international', 'US Deputy Secretary of State'),
  p('\\b(Michelle )?Bachelet\\b', 'international', 'UN High Commissioner for Human Rights'),
];

/** Institutions and roles that are not named after a country. */
export const BODIES: readonly ActorEntry[] = [
  p('\\bKhazar\\b', 'baku', 'Khazar center (Azerbaijan)'),
  p('\\bASAN\\b', 'baku', 'ASAN service (Azerbaijan)'),
  p('\\b(?:Azertac|AZERTAC|APA news agency)\\b', 'baku', 'Azerbaijani state and national news agencies'),
  p('\\b(?:Armenpress|Artsakhpress|News\\.am)\\b', 'yerevan', 'Armenian and Karabakh state and national news agencies'),
  p('\\b(single|unified) information (center|centre)\\b', 'yerevan', 'Armenian unified information center', 'iu'),
  p('\\bDefen[cs]e Army\\b', 'yerevan', 'Nagorno-Karabakh Defense Army', 'iu'),
  p('\\bMilli Majlis\\b', 'baku', 'Milli Majlis (parliament of Azerbaijan)', 'iu'),
  p('\\b(separatist|ethnic Armenian) (authorities|officials|leaders?|forces|government)\\b', 'yerevan', 'Separatist (Karabakh) authorities', 'iu'),
  p(BREAKAWAY, 'yerevan', 'The breakaway region (Nagorno-Karabakh) and its authorities', 'iu'),
  p('\\bANAMA\\b', 'baku', 'ANAMA (Azerbaijan National Agency for Mine Action)'),
  // "MoD AZ", "AZ prosecutor general's office", "AM MoD": a country's code next to an official word, never alone ("AZ" a state, "8 AM" an hour).
  p(`\\b(?:MoD|MFA) AZ\\b|\\bAZ(?= ${CODE_OFFICIAL})`, 'baku', 'Azerbaijan by its code, next to an official word'),
  p(`\\b(?:MoD|MFA) AM\\b|(?<!\\d ?)\\bAM(?= ${CODE_OFFICIAL})`, 'yerevan', 'Armenia by its code, next to an official word'),
  // An envoy is the official of the country that sends him, not of the body or the country he is sent to.
  p(envoyOf('Azerbaijan|Azerbaijani|Azeri|Baku'), 'baku', 'Envoys of Azerbaijan'),
  p(envoyOf('Armenia|Armenian|Yerevan|Karabakh|Artsakh|NKR'), 'yerevan', 'Envoys of Armenia'),
  p(envoyOf(String.raw`(?!(?:The|An?|Former|Deputy|Senior|Special|Presidential|Permanent)\b)\p{Lu}\p{L}+`), 'international', 'Envoys of third countries'),
  p('\\bKremlin\\b', 'international', 'Kremlin'),
  p('\\b(Minsk Group|OSCE)\\b', 'international', 'OSCE Minsk Group'),
  p('\\b(United Nations|UN|U\\.N\\.|UNICEF|UNHCR|Security Council)\\b', 'international', 'United Nations'),
  p('\\b(European Union|EU|European Commission|European Parliament|Council of Europe|NATO)\\b', 'international', 'European and Atlantic bodies'),
  p('\\b(Red Cross|ICRC|Human Rights Watch|Amnesty International|Reporters Without Borders)\\b', 'international', 'International organisations'),
  p('\\b(White House|State Department|Pentagon)\\b', 'international', 'United States government'),
  p('\\b(Associated Press|AP|Reuters|AFP|BBC|Al Jazeera|RIA Novosti|TASS|Interfax|[Ii]nternational media|[Oo]bservers|[Ee]xperts|[Aa]nalysts)\\b', 'international', 'Press and observers'),
];

/**
 * Capitals standing for their governments, as a label opening an item does ("Baku: …",
 * "Official Yerevan: …"). A country or a region named so is what the item is about
 * ("Karabakh: fighting goes on near Martuni"), not who speaks; a capital's side is its entry
 * in `NATIONALITY`, so a capital belongs here only with one there (a name the actor lists do
 * not know is no speaker).
 */
export const CAPITAL = /^(?:Baku|Yerevan|Stepanakert|Moscow|Ankara|Tehran|Tbilisi|Paris|Washington)$/u;

/**
 * Nationality words. `Armenian` and `Karabakh` both speak for Yerevan: the product groups
 * Armenia's and the Nagorno-Karabakh authorities' statements as one side. "Foreign" is not one:
 * the Armenian Foreign Ministry is Armenian.
 */
export const NATIONALITY: readonly ActorEntry[] = [
  p("\\b(Azerbaijanis?|Azeris?|Azerbaijan(?:'s|’s)?|Baku(?:'s|’s)?)\\b", 'baku', 'Azerbaijan'),
  p("\\b(Armenians?|Armenia(?:'s|’s)?|Yerevan(?:'s|’s)?|Karabakh(?:'s|’s)?|Nagorno-Karabakh(?:'s|’s)?|Artsakh(?:'s|’s)?|NKR(?:'s|’s)?|Stepanakert(?:'s|’s)?)\\b", 'yerevan', 'Armenia and Nagorno-Karabakh'),
  p("\\b(Russian|Russia(?:'s|’s)?|Moscow(?:'s|’s)?|French|France(?:'s|’s)?|Paris|Turkish|Turkey(?:'s|’s)?|Ankara|Iranian|Iran(?:'s|’s)?|Tehran|Georgian|Georgia(?:'s|’s)?|Tbilisi|American|U\\.?S\\.?|United States|Washington|Israeli|Israel|Pakistani|Pakistan|German|Germany|British|UK|Britain|Chinese|China|Ukrainian|Ukraine|Kazakh|Kazakhstan|Italian|Italy|Canadian|Canada|Swiss|Greek|Greece|Cypriot|Cyprus|Syrian|Syria|Belarusian|Belarus|Swedish|Sweden|Finnish|Finland|Spanish|Spain|Dutch|Polish|Poland|Islamabad|London|Berlin|Beijing|Kyiv|Kiev|Rome|Damascus|[Ii]nternational)\\b", 'international', 'Third countries and international'),
];

/**
 * Verbs (and phrases) that introduce what someone says, as stems: each gives its present
 * ("reports", as live pages write), its plural ("officials say") and its past ("said", as wire
 * stories write), so no form of a verb is left out by hand. `stem:past` gives an irregular past;
 * a stem marked `-noun` is a noun as often as a verb ("an appeal", "a comment") and gives no
 * plain form, only "appeals" and "appealed"; `+past` gives the past alone ("shared photos", while
 * "Armenia shares a border" is no speech). Plain "called" is left out on purpose: "Macron called
 * Aliyev" is a phone call, not a statement.
 */
const SPEECH_STEMS = [
  'say:said', 'tell:told', 'write:wrote', 'state-noun', 'report', 'announce', 'note-noun', 'add', 'claim', 'deny', 'accuse', 'insist',
  'stress-noun', 'emphasize', 'emphasise', 'declare', 'demand-noun', 'confirm', 'reject', 'respond', 'reply-noun', 'warn', 'urge',
  'blame-noun', 'inform', 'explain', 'assert', 'allege', 'express', 'call on-noun', 'call upon-noun', 'call for-noun', 'reiterate', 'reaffirm', 'assure',
  'admit:admitted', 'publish', 'post+past', 'tweet+past', 'specify', 'clarify', 'point out', 'argue', 'suggest', 'threaten', 'vow+past',
  'promise+past', 'condemn', 'welcome+past', 'voice+past', 'ask', 'offer-noun', 'request-noun', 'propose', 'appeal-noun', 'address+past',
  'comment+past', 'recall+past', 'dismiss', 'dispute+past', 'refute', 'denounce', 'protest+past', 'acknowledge', 'estimate+past',
  'underline', 'highlight+past', 'quote+past', 'cite', 'repeat', 'list-noun', 'share+past', 'answer+past', 'retort',
];

/** The present, plural and past of a stem ("deny" → denies, deny, denied); a phrase inflects its first word ("point out" → points out). */
export function verbForms(stem: string): string[] {
  const m = /^(?<base>[a-z ]+?)(?::(?<past>[a-z]+))?(?<mark>-noun|\+past)?$/u.exec(stem);
  if (!m) throw new Error(`Not a speech verb stem: ${JSON.stringify(stem)}`);
  const [word, ...rest] = m.groups!.base!.split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  const present = /(?:s|sh|ch|x|z)$/u.test(word!) ? `${word}es` : /[^aeiou]y$/u.test(word!) ? `${word!.slice(0, -1)}ies` : `${word}s`;
  const past = m.groups!.past ?? (/e$/u.test(word!) ? `${word}d` : /[^aeiou]y$/u.test(word!) ? `${word!.slice(0, -1)}ied` : `${word}ed`);
  const mark = m.groups!.mark;
  if (mark === '+past') return [past + tail];
  return [present + tail, past + tail, ...(mark === '-noun' ? [] : [word + tail])];
}

/** Every form of every speech verb, as one alternation's words. */
export const SPEECH_VERBS = SPEECH_STEMS.flatMap(verbForms).join('|');

/**
 * The plain form of every speech verb, those that `verbForms` leaves out for a noun's sake
 * included ("stress", "note", "reply"): where the words around make it a verb ("as sources in
 * the army stress,"), a pattern may take them.
 */
export const SPEECH_PLAIN = SPEECH_STEMS.map((stem) => stem.split(/[:+]|-noun/u)[0]!).join('|');

/**
 * "called" as a verb of speech: "called it a provocation", "called the offer premature", "called
 * the report “an invention”" (the quotation masked to spaces) — an object in lower case (or a
 * model's name, "the Su-25 report") and then its complement; a quotation straight after it ("called
 * “baseless”"); or the object a relative pronoun stands for, with a complement in lower case or a
 * quotation ("…, which Islamabad called baseless"). "called the French president" is a phone
 * call, "called it off" or "which Baku called at short notice" no speech, "which Armenians called
 * Shushi" a name, and "so-called" no verb.
 */
const CALLED = String.raw`(?<!-|\bso )called(?= (?:it|this|that|these|those|them)\b(?! (?:off|up|out|back|into|for)\b)| (?:the|a|an|his|her|their|its)(?: (?:\p{Ll}[\p{L}-]*|[\p{L}-]*\p{N}[\p{L}\p{N}-]*)){1,3} (?:\p{Ll}|[“"«]|\s{2,})| ?[“"«]| {2})|called(?<=\b(?:which|whom) (?:[^\s,;:]+ ){1,6}called)(?= (?!(?:for|into|off|at|on|in|up|out|back|to|by|upon|from|with|after|over|again|twice|once|earlier|later|yesterday|today)\b)\p{Ll}| ?[“"«]| {2})`;

/**
 * "describe" tells what someone says ("The ministry described the attack as a provocation"), but
 * "described as" or "described by" straight after a noun is a participle ("a man described as a
 * spy", "fighters, described by Armenia as mercenaries, were seen …": the sentence's speaker is
 * another).
 */
const DESCRIBE = String.raw`describe[sd]?(?! (?:as|by)\b)`;
/**
 * "countered" as speech, before what was said ("countered that …", "countered: “…”"); "countered
 * the offensive" and "countered, retaking two villages" are a battle.
 */
const COUNTERED = String.raw`countered(?= that\b| by saying\b|[,:]? ?[“"«]|[,:]? {2})`;

/**
 * Words ending in "-ed" that name rather than tell ("Armed Forces", "United Nations", "Associated
 * Press", "Displaced Persons Committee"): no verb when a line's past tense is looked for.
 */
export const NAME_PARTICIPLES: ReadonlySet<string> = new Set(
  'accredited advanced armed associated combined detailed displaced elected featured limited related retired selected sponsored united'.split(' '),
);
const PAST_TENSE = /\p{L}{2,}ed\b/giu;
/** A past tense in the text that is none of `NAME_PARTICIPLES` ("shelled", "SHELLED"). */
export function hasPastTense(text: string, from = 0): boolean {
  return allMatches(from > 0 ? text.slice(from) : text, PAST_TENSE).some((m) => !NAME_PARTICIPLES.has(m[0].toLowerCase()));
}

/**
 * A statement made as the verb of speech: "has made a statement that …", "issued a statement
 * saying …", "released a statement: “…”". Not "issued a statement from X saying" (an outlet
 * relaying X), nor "made a statement" with nothing said after it.
 */
const MADE_STATEMENT = String.raw`(?:made|makes|make|issued|issues|issue|released|releases|put out|puts out) (?:a|an|the|its|his|her|their)(?: \p{Ll}+)? (?:statement|announcement|communiqu[eé]|declaration)(?= (?:that|saying|stating|in which)\b|,? ?[“"«:]| {2})`;
/**
 * A stance told: "The Armenian side regards this statement as a lie", "Baku views the offer as a
 * trap", "considers that …", the "as" within the clause. "regarded as", "viewed by many as" are
 * participles, and "regarding" no verb.
 */
const STANCE = String.raw`(?:regard|consider|view|deem)(?:s|ed)?(?! (?:as|by)\b)(?= [^,;:.“"«]{1,80}? as\b)|consider(?:s|ed)?(?= that\b)`;

/** Speech verbs as one alternation, longest phrases first. */
export const SPEECH_VERB_PATTERN = new RegExp(
  `\\b(?:${CALLED}|${DESCRIBE}|${COUNTERED}|${MADE_STATEMENT}|${STANCE}|${[...new Set(SPEECH_VERBS.split('|'))].sort((a, b) => b.length - a.length).join('|')})\\b`,
  // Lower case only: "United States" is not a speech verb.
  'gu',
);
/** The same, for `test()` (no global flag, so no `lastIndex` carried between calls). */
export const SPEECH_VERB = new RegExp(SPEECH_VERB_PATTERN.source, 'u');

/**
 * Words that refer back to a speaker named before ("he said", "the ministry added", "the
 * region's emergency service said", "according to her", "the MP stressed", "the Prosecutor General's
 * Office said"): a pronoun, or "the" and at most two generic qualifiers
 * before a noun for an institution or an official. "The city mayor's office" names someone
 * new, so qualifiers come from a short list, and so does the tail a title takes in official
 * prose ("the Ministry of Defense", "the head of state"). Tried only after the actors table found no actor.
 */
export const BACK_REFERENCE =
  /^(?:he|she|they|it|him|her|them|officials|authorities|(?:the|its|his|her|their) (?:(?:defen[cs]e|foreign|interior|emergency|emergencies|press|same|country['’]s|region['’]s|republic['’]s|ministry['’]s|president['’]s|military|official|local|regional|state|national|deputy|prosecutor|prosecutor['’]s|general|general['’]s) ){0,2}(?:ministry|spokes(?:man|woman|person)|minister|president|prime minister|premier|official|officials|leader|leadership|agency|department|service|center|centre|office|authorities|side|army|military|command|government|ombudsman|aide|adviser|advisor|statement|source|sources|head|chief|commander|representative|press service|speaker|MP|deputy|delegate|lawmaker|parliamentarian)(?: of (?:the )?(?:state|government|defen[cs]e|foreign affairs|internal affairs|emergency situations|emergencies|ministry|department|press service|republic|country))?)$/iu;

/** One match of an actor in a text. */
export interface ActorMention {
  side: Side;
  /** The matched words. */
  text: string;
  index: number;
  kind: 'person' | 'body' | 'nationality';
}

/**
 * Every actor mentioned in `text`, in order of position; where entries overlap, a person
 * wins over a body and a body over a nationality word.
 *
 * @example
 *   findActors('Adviser to the Karabakh President David Babayan').map((m) => m.side) // ['yerevan', 'yerevan']
 */
export function findActors(text: string): ActorMention[] {
  const known = CACHE.get(text);
  if (known) return known.map((m) => ({ ...m }));
  const found = scanActors(text);
  // The same speaker phrases come back in report after report; a bounded cache keeps the answers.
  if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
  CACHE.set(text, found);
  return found.map((m) => ({ ...m }));
}

const CACHE = new Map<string, ActorMention[]>();
const CACHE_LIMIT = 20_000;

function scanActors(text: string): ActorMention[] {
  const found: ActorMention[] = [];
  for (const { kind, scans } of TABLES) {
    for (const { re, entries } of scans) {
      re.lastIndex = 0;
      for (const m of allMatches(text, re)) {
        const start = m.index;
        const end = start + m[0].length;
        if (found.some((f) => start < f.index + f.text.length && f.index < end)) continue;
        const entry = entries.find((_, i) => m.groups![`e${i}`] !== undefined)!;
        found.push({ side: entry.side, text: m[0], index: start, kind });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Each table as one or two global patterns (case-sensitive entries and the others apart), an
 * alternation of its entries with a named group each: six scans of a phrase instead of sixty.
 */
const TABLES = (
  [
    [PEOPLE, 'person'],
    [BODIES, 'body'],
    [NATIONALITY, 'nationality'],
  ] as const
).map(([table, kind]) => ({
  kind,
  scans: [false, true]
    .map((insensitive) => table.filter((e) => e.pattern.flags.includes('i') === insensitive))
    .filter((entries) => entries.length > 0)
    .map((entries) => ({
      entries,
      re: new RegExp(entries.map((e, i) => `(?<e${i}>${e.pattern.source.replace(/(?<!\\)\((?!\?)/g, '(?:')})`).join('|'), entries[0]!.pattern.flags.includes('i') ? 'giu' : 'gu'),
    })),
}));

/** Words for an institution or an office: with them a nationality word names an official source ("Armenian MoD"), alone it names a country or a topic. */
export const INSTITUTION =
  /\b(?:ministry|MoD|MFA|minister|president|presidential|prime minister|premier|government|parliament|majlis|MPs?|lawmakers?|parliamentarians?|deputies|delegates?|delegation|office|service|spokes(?:man|woman|person)|army|forces|command|authorities|officials?|embassy|ombudsman|committee|center|centre|agency|aide|adviser|advisor|leader|leadership|headquarters|police|prosecutor|infocent(?:er|re)|human rights defender)\b/iu;

/**
 * The side of an official source named by a phrase ("Ministry of Foreign Affairs of Armenia"),
 * or null when the phrase names no institution of exactly one side.
 *
 * @example
 *   officialSideOf('the Azerbaijani Defense Ministry') // 'baku'
 *   officialSideOf('Armenia') // null
 */
export function officialSideOf(phrase: string): Side | null {
  return INSTITUTION.test(phrase) ? sideNamedBy(phrase) : null;
}

/**
 * The one conflict side (`baku` or `yerevan`) a short phrase names, or null when it names
 * none, a third party, or both sides ("Baku and Yerevan"). Side headers are read with it, so
 * a header's words come from the same table as speakers.
 *
 * @example
 *   sideNamedBy('the Azerbaijani side') // 'baku'
 *   sideNamedBy('Baku and Moscow') // null
 */
export function sideNamedBy(phrase: string): Side | null {
  const sides = new Set(findActors(phrase).map((a) => a.side));
  if (sides.size !== 1) return null;
  const [side] = sides;
  return side === 'international' ? null : side!;
}

/** A house of parliament, or its members, as a third country's are named ("French lawmakers", "the parliament of Georgia"). */
const HOUSE = String.raw`(?:[Pp]arliament(?:arians?|s)?|National Assembly|[Ll]egislature|[Ll]awmakers?|MPs?|[Dd]eputies|[Ss]enators?|[Cc]ongress(?:wo)?m[ae]n)`;
/** The third countries of the nationality table. */
const THIRD_COUNTRY = NATIONALITY.find((e) => e.side === 'international')!.pattern.source;
/** The parliament of each conflict side, or its members: Azerbaijan's Milli Majlis; the National Assembly of Armenia, and of Artsakh (Nagorno-Karabakh); "Armenian MPs". */
const SIDE_PARLIAMENT: readonly { side: Side; re: RegExp }[] = [
  { side: 'baku', re: /\bMilli\s+M[ae]jl[ie]s\b|\b(?:Azerbaijani|Azerbaijan['’]s)\s+(?:[Pp]arliament(?:arians?)?|National Assembly|[Ll]egislature|MPs?|[Ll]awmakers?|[Dd]eputies)\b|\b(?:[Pp]arliament|National Assembly)\s+of\s+(?:the\s+Republic\s+of\s+)?Azerbaijan\b/u },
  {
    side: 'yerevan',
    re: /\b(?:Armenian|Armenia['’]s|Artsakh|Karabakh)\s+(?:[Pp]arliament(?:arians?)?|National Assembly|[Ll]egislature|MPs?|[Ll]awmakers?|[Dd]eputies)\b|\b(?:[Pp]arliament|National Assembly)\s+of\s+(?:the\s+Republic\s+of\s+)?(?:Armenia|Artsakh|Nagorno-Karabakh)\b/u,
  },
];
/** A third country's parliament or its members: "the French National Assembly", "a US congressman", "the Bundestag", "the European Parliament". */
const OTHER_PARLIAMENT = new RegExp(
  String.raw`${THIRD_COUNTRY}\s+(?:\p{L}+\s+)?${HOUSE}\b|\b${HOUSE}\s+of\s+(?:the\s+)?${THIRD_COUNTRY}|\b(?:Congress|Senate|Senator|Bundestag|Duma|Knesset|Verkhovna Rada|European Parliament|PACE|Parliamentary Assembly|House of (?:Commons|Lords|Representatives)|Assembl[ée]e [Nn]ationale|Grand National Assembly)\b`,
  'u',
);

/**
 * The conflict side whose parliament a report names, when it names one parliament only: the
 * Milli Majlis (`baku`), or the National Assembly of Armenia or of Artsakh (`yerevan`). A report
 * naming both sides' parliaments, or a third country's ("the French National Assembly", "a US
 * congressman"), has none: its deputies may sit in any of them.
 *
 * @example
 *   parliamentOf(['The Milli Majlis met on Tuesday.']) // 'baku'
 *   parliamentOf(['The Milli Majlis met.', 'French lawmakers voted a resolution.']) // null
 */
export function parliamentOf(texts: readonly string[]): Side | null {
  const sides = new Set<Side>();
  for (const text of texts) {
    if (!/[Pp]arliament|Assembly|M[ae]jl[ie]s|[Ll]egislature|MPs?\b|[Ll]awmaker|[Dd]eput|[Ss]enat|[Cc]ongress|Bundestag|Duma|Knesset|Rada|PACE|Assembl[ée]e/u.test(text)) continue;
    if (OTHER_PARLIAMENT.test(text)) return null;
    for (const { side, re } of SIDE_PARLIAMENT) if (re.test(text)) sides.add(side);
  }
  return sides.size === 1 ? [...sides][0]! : null;
}
