import { allMatches } from './all-matches.ts';

/**
 * Places of the conflict area, with the names each side and each transliteration uses.
 * One entry per place, so that a reader comparing "Shusha" (Baku) and "Shushi" (Yerevan)
 * finds both on one place page. The canonical name is the one shown; aliases are matched.
 */
export interface Place {
  name: string;
  aliases: readonly string[];
  /** Country or region the place lies in, for the place page. */
  region: 'Nagorno-Karabakh' | 'Azerbaijan' | 'Armenia' | 'Other';
}

const place = (name: string, region: Place['region'], ...aliases: string[]): Place => ({ name, aliases, region });

export const PLACES: readonly Place[] = [
  place('Stepanakert', 'Nagorno-Karabakh', 'Khankendi', 'Xankəndi', 'Hankendi', 'Xankendi', 'Khankandi'),
  place('Shusha', 'Nagorno-Karabakh', 'Shushi', 'Şuşa'),
  place('Martakert', 'Nagorno-Karabakh', 'Mardakert', 'Agdere', 'Aghdara', 'Aghdere', 'Agderin', 'Ağdərə'),
  place('Martuni', 'Nagorno-Karabakh', 'Khojavend', 'Khojavand', 'Xocavənd', 'Khodzhavend', 'Hocavend'),
  place('Hadrut', 'Nagorno-Karabakh', 'Gadrut'),
  place('Askeran', 'Nagorno-Karabakh', 'Khojaly', 'Khojali', 'Xocalı', 'Khodzhaly', 'Hocalı'),
  place('Talish', 'Nagorno-Karabakh', 'Talysh', 'Talış'),
  place('Madagiz', 'Nagorno-Karabakh', 'Sugovushan', 'Suqovuşan'),
  place('Tug', 'Nagorno-Karabakh', 'Tog', 'Togh'),
  place('Karin Tak', 'Nagorno-Karabakh', 'Dashalti', 'Daşaltı'),
  place('Skhnakh', 'Nagorno-Karabakh'),
  place('Avetaranots', 'Nagorno-Karabakh', 'Chanakhchi'),
  place('Lachin', 'Azerbaijan', 'Berdzor', 'Laçın'),
  place('Kelbajar', 'Azerbaijan', 'Karvachar', 'Kalbajar', 'Kəlbəcər', 'Kelbadzhar', 'Kelbecer'),
  place('Jabrayil', 'Azerbaijan', 'Jebrail', 'Jabrail', 'Cəbrayıl', 'Cebrayil', 'Dzhebrail', 'Djebrail', 'Mekhakavan'),
  place('Fuzuli', 'Azerbaijan', 'Füzuli', 'Fizuli', 'Varanda'),
  place('Horadiz', 'Azerbaijan', 'Goradiz'),
  place('Zangilan', 'Azerbaijan', 'Kovsakan', 'Zəngilan', 'Zangelan', 'Zengilan'),
  place('Gubadli', 'Azerbaijan', 'Kubatly', 'Qubadlı', 'Kubadlı', 'Kubadli', 'Kashunik'),
  place('Agdam', 'Azerbaijan', 'Aghdam', 'Akna', 'Ağdam'),
  place('Terter', 'Azerbaijan', 'Tartar', 'Tərtər'),
  place('Barda', 'Azerbaijan', 'Bərdə', 'Berde'),
  place('Ganja', 'Azerbaijan', 'Gəncə', 'Gence', 'Gyandzha', 'Gandzha', 'Gyanja'),
  place('Goranboy', 'Azerbaijan'),
  place('Agjabedi', 'Azerbaijan', 'Aghjabadi', 'Ağcabədi', 'Agdzhabedi', 'Ağcabedi'),
  place('Beylagan', 'Azerbaijan', 'Beylaqan', 'Beylegan'),
  place('Mingachevir', 'Azerbaijan', 'Mingəçevir', 'Mingechaur', 'Mingeçevir'),
  place('Tovuz', 'Azerbaijan'),
  place('Gadabay', 'Azerbaijan', 'Gedabek', 'Gədəbəy', 'Gedabey', 'Kedabek'),
  place('Dashkasan', 'Azerbaijan', 'Daşkəsən', 'Dashkesan'),
  place('Naftalan', 'Azerbaijan'),
  place('Yevlakh', 'Azerbaijan'),
  place('Shikharkh', 'Azerbaijan', 'Shikharh', 'Şıxarx'),
  place('Qarakhanli', 'Azerbaijan', 'Garakhanli'),
  place('Nakhchivan', 'Azerbaijan', 'Nakhichevan', 'Nahçıvan'),
  place('Goris', 'Armenia'),
  place('Berd', 'Armenia', 'Berdsk'),
  place('Chambarak', 'Armenia'),
  place('Vardenis', 'Armenia'),
  place('Kapan', 'Armenia'),
  place('Meghri', 'Armenia'),
  place('Yeraskh', 'Armenia'),
  place('Ijevan', 'Armenia'),
  place('Syunik', 'Armenia'),
  place('Tavush', 'Armenia'),
];

/** A place named in a text by an alias, in the order first met. */
export function findPlaces(text: string): string[] {
  const found: { name: string; index: number }[] = [];
  for (const m of allMatches(text, ALIAS_PATTERN)) {
    const name = CANONICAL.get(m[1]!)!;
    if (!found.some((f) => f.name === name)) found.push({ name, index: m.index });
  }
  for (const m of allMatches(text, SETTLEMENT_PATTERN)) {
    // Each name of "villages of A, B and C" keeps its own position, so places stay in reading order.
    let cursor = m.index + m[0].length - m[1]!.length;
    for (const raw of m[1]!.split(/,\s*|\s+and\s+|\s+as well as\s+/u)) {
      const name = raw.trim();
      const index = name === '' ? cursor : text.indexOf(name, cursor);
      cursor = index + name.length;
      // "the city of Ganja, Azerbaijan's second city": a possessive after the comma is no name of the list.
      if (/^\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+)?$/u.test(name) && !/[’']s$/u.test(name) && !NOT_SETTLEMENTS.has(name) && !found.some((f) => f.name === name || aliasOf(name) === f.name)) {
        found.push({ name: aliasOf(name) ?? name, index });
      }
    }
  }
  return found.sort((a, b) => a.index - b.index || (a.name < b.name ? -1 : 1)).map((f) => f.name);
}

/** "the village of X", "villages of X, Y and Z", "the city of X": settlements not in the table. */
const SETTLEMENT_PATTERN = /\b(?:village|villages|city|town|towns|settlement|settlements|district|region|regions) of ((?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?(?:,\s*|\s+and\s+|\s+as well as\s+(?:the\s+(?:village|city|town)\s+of\s+)?)?)+)/gu;

/** Countries and territories: the pattern above would otherwise list them as settlements. */
const NOT_SETTLEMENTS = new Set(['Azerbaijan', 'Armenia', 'Karabakh', 'Nagorno-Karabakh', 'Artsakh', 'Russia', 'Turkey', 'Iran', 'Georgia', 'Syria']);

/** Every alias to its place's canonical name. */
const CANONICAL = new Map(PLACES.flatMap((p) => [p.name, ...p.aliases].map((alias) => [alias, p.name] as const)));
/** All aliases in one pattern, longest first so that a two-word name ("Karin Tak") wins over a shorter name inside it. */
const ALIAS_PATTERN = new RegExp(
  `(?<![\\p{L}-])(${[...CANONICAL.keys()].sort((a, b) => b.length - a.length).map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:[’']s)?(?![\\p{L}])`,
  'gu',
);

function aliasOf(name: string): string | undefined {
  return PLACES.find((p) => p.name === name || p.aliases.includes(name))?.name;
}
