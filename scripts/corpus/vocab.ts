/**
 * Word lists and sentence templates for the synthetic corpus, written by the team (no text
 * is taken from the real seeds). `{key}` slots are filled by fill-template.ts; `{date}` is
 * the report's own day ("November 4") so extracted dates agree with the report.
 */

/** Azerbaijani towns and districts that Baku reports as shelled. */
export const AZ_PLACES = [
  'Terter', 'Barda', 'Ganja', 'Goranboy', 'Tovuz', 'Gadabay', 'Agjabedi', 'Beylagan',
  'Mingachevir', 'Yevlakh', 'Naftalan', 'Agdam', 'Horadiz',
] as const;

/** Towns of Karabakh that Yerevan and Stepanakert report as hit. */
export const NK_PLACES = [
  'Stepanakert', 'Shushi', 'Martuni', 'Martakert', 'Askeran', 'Hadrut', 'Berdzor', 'Chartar',
  'Karmir Shuka', 'Talish', 'Ivanyan', 'Karvachar',
] as const;

/** Towns of Armenia proper near the border. */
export const AM_PLACES = ['Goris', 'Kapan', 'Vardenis', 'Sisian', 'Meghri', 'Berd', 'Chambarak', 'Jermuk'] as const;

/** Directions of the front as both sides name them. */
export const FRONTS = [
  'Fuzuli', 'Jebrail', 'Zangilan', 'Gubadli', 'Hadrut', 'Agdere', 'Kelbajar', 'Lachin',
  'Khojavend', 'Sugovushan', 'Madagiz', 'Shusha',
] as const;

/** Synthetic village names: plausible-sounding, deliberately not a gazetteer. */
export const VILLAGES = [
  'Ashaghi Guzanli', 'Yukhari Seyidli', 'Garadagly', 'Mollalar', 'Boyuk Bahmanli', 'Chiragli',
  'Kichik Taghlar', 'Norashen', 'Aygestan', 'Hin Shen', 'Nerkin Sus', 'Vank', 'Sarinja',
] as const;

export const WEAPONS = [
  'artillery', 'rocket launchers', 'mortars', 'attack drones', 'heavy artillery',
  'cluster munitions', 'long-range missiles', 'tank fire',
] as const;

export const PARTS_OF_DAY = ['the morning of', 'the night of', 'the evening of', 'the afternoon of'] as const;

const DEFAULTS_BAKU = [
  'the Azerbaijani Defense Ministry said',
  'the Azerbaijani Defense Ministry reports',
  'Azerbaijani Defense Ministry spokesman Vagif Dargahli said',
  'the office of the Azerbaijani Prosecutor General said',
  'presidential aide Hikmet Hajiyev wrote on Twitter',
] as const;

const DEFAULTS_YEREVAN = [
  'the Armenian Defense Ministry said',
  'Armenian Defense Ministry spokeswoman Shushan Stepanyan wrote on Facebook',
  'the Karabakh emergency service reports',
  'the Karabakh information center said',
  'the press office of the Karabakh Defense Army said',
] as const;

export const SOURCES = { baku: DEFAULTS_BAKU, yerevan: DEFAULTS_YEREVAN } as const;

/** Claims as the Azerbaijani side reports them. */
export const BAKU_CLAIMS = [
  'Since early {date}, Armenian units have fired {weapon} at the outskirts of {az} and the village of {village}, {srcBaku}.',
  'Houses and a school in {az} were damaged overnight by {weapon}; {n2} civilians were taken to hospital, {srcBaku}.',
  'Azerbaijani units advanced on the {front} direction and now hold several heights around {village}, {srcBaku}.',
  'Fighting went on through the night along the {front} and {front} directions, {srcBaku}.',
  'Air defence brought down {n1} drones over {az} and {az}, {srcBaku}.',
  'Control has been restored over {n1} more villages of the {front} district, President Ilham Aliyev announced on {date}.',
  'The total number of civilians killed in Azerbaijan has reached {n3}, {srcBaku}.',
  'A mosque and a market in {az} came under fire on {partOfDay} {date}, {srcBaku}.',
  'The reports from Yerevan that Azerbaijani forces struck {nk} are "a fabrication", {srcBaku}.',
  'Engineers are clearing unexploded shells from the streets of {az}, {srcBaku}.',
  'Baku will stop the operation as soon as Armenian troops leave the occupied districts, Ilham Aliyev said in an interview on {date}.',
  'A convoy of Armenian armoured vehicles was destroyed near {village} on the {front} direction, {srcBaku}.',
  'Two ambulances were hit on the road out of {az} while carrying wounded, {srcBaku}.',
  '“Our answer will be on the battlefield,” Ilham Aliyev said in an address to the nation on {date}.',
  'The Azerbaijani Foreign Ministry summoned foreign diplomats to show them the damage in {az}.',
  'Shells fell on farmland near {village} in the {az} district during the harvest, {srcBaku}.',
  'Units on the {front} direction captured {n1} tanks and a stock of ammunition, {srcBaku}.',
  'A rocket landed in a residential block of {az} shortly before midnight – the third such strike this month, {srcBaku}.',
] as const;

/** Claims as the Armenian and Karabakh side report them. */
export const YEREVAN_CLAIMS = [
  'On {partOfDay} {date}, {nk} was shelled with {weapon}; {n1} residents were injured, {srcYerevan}.',
  'An Azerbaijani attempt to break through near {village} on the {front} direction was repelled, {srcYerevan}.',
  'The hospital in {nk} was hit for the second time this week, {srcYerevan}.',
  'Drones crossed into Armenia and struck a field outside {am}; nobody was hurt, {srcYerevan}.',
  'The Karabakh Defense Army lists {n2} more of its servicemen as killed, bringing its toll to {n3}.',
  'The road between {nk} and {nk} is closed to civilian traffic after a sabotage group was spotted, {srcYerevan}.',
  'Prime Minister Nikol Pashinyan said on {date} that Armenia is ready for talks but will not accept a surrender.',
  'Karabakh President Arayik Harutyunyan visited positions near {nk} and said the front line holds.',
  'The Karabakh ombudsman said {n2} civilians have been evacuated from {nk} since {partOfDay} {date}.',
  'Statements from Baku about the capture of {village} are "untrue", {srcYerevan}.',
  'Power and water were cut off in parts of {nk} after a strike on a substation, {srcYerevan}.',
  'Armenian Foreign Minister Zohrab Mnatsakanyan accused Baku of targeting churches in {nk}.',
  '“We are defending our homes, not attacking anyone,” Armenian Prime Minister Nikol Pashinyan said in a video address.',
  'Volunteers from {am} have left for the front, the Armenian Defense Ministry said on {date}.',
  'A shelter in {nk} sheltering {n2} families was damaged but nobody was hurt, {srcYerevan}.',
  'Units on the {front} direction held their positions after a night of artillery duels, {srcYerevan}.',
  'Mobile phone and internet service in {nk} was interrupted for several hours – {srcYerevan}.',
  'The Armenian government asked the Red Cross to help return the bodies of soldiers from the {front} area.',
] as const;

/** Statements from third parties. */
export const INTL_CLAIMS = [
  'Russian President Vladimir Putin said that Moscow is in contact with both capitals and urged an immediate halt to the fighting.',
  'Russian Foreign Minister Sergey Lavrov said a monitoring mechanism for the truce is still being discussed.',
  'French President Emmanuel Macron said Paris wants a lasting ceasefire and a return to the negotiating table.',
  'US Secretary of State Mike Pompeo met both foreign ministers in Washington on {date}.',
  'Turkish President Recep Tayyip Erdogan repeated that Ankara stands with Baku.',
  'The OSCE Minsk Group co-chairs called on both sides to respect the humanitarian truce.',
  'The International Committee of the Red Cross said it has delivered medicines to hospitals on both sides of the line.',
  'UN Secretary-General Antonio Guterres said he is alarmed by reports of strikes on populated areas.',
  'Iran said shells landed on its side of the Araks river and warned both armies to keep away from the border.',
  'Georgia offered Tbilisi as a venue for talks between the two sides.',
  'The European Union foreign policy chief called the strikes on {nk} and {az} “unacceptable”.',
  'German Chancellor Angela Merkel spoke by phone with both leaders and asked them to respect the truce.',
  'Russian President Vladimir Putin said on {date} that the number of dead on both sides is far higher than officially reported.',
  'The UN Security Council met behind closed doors to discuss the conflict.',
] as const;

/** Background sentences for introductions, neutral in voice. */
export const BACKGROUND = [
  'Heavy fighting between the armies of Azerbaijan and Armenia has gone on in and around Karabakh since September 27.',
  'Both sides use artillery, rocket systems and drones, and each accuses the other of striking towns far from the front.',
  'Several truces have been announced since the start of October, and none has held for more than a few hours.',
  'Losses are counted in the thousands, soldiers and civilians alike, and neither side publishes complete figures.',
  'Tens of thousands of people have left their homes in the region since the fighting began.',
  'The mediators of the OSCE Minsk Group are Russia, France and the United States.',
  'Karabakh is recognised internationally as part of Azerbaijan but has been run by ethnic Armenians since the early 1990s.',
  'The districts around Karabakh were taken by Armenian forces in the war that ended in 1994.',
  'Independent journalists can rarely reach the front, so most claims cannot be checked on the ground.',
  'Each side publishes maps and videos that the other calls staged.',
] as const;

/** Live-page headlines; some carry a source after a dash, as live pages do. */
export const HEADLINES = [
  'Shelling reported in {nk}', 'Night attack on {az}', 'Fighting on the {front} direction',
  'Drone strike near {am}', 'Evacuation from {nk}', 'New casualty figures',
  'Talks in {capital}', 'Statement from the Kremlin', 'Humanitarian truce announced',
  'Road to {nk} closed', 'Damage in {az}', 'Prisoners exchanged',
] as const;

export const HEADLINE_SOURCES = [
  'Karabakh Defense Army', 'Azerbaijani Defense Ministry', 'Armenian Defense Ministry', 'Karabakh information center',
] as const;

export const CAPITALS = ['Moscow', 'Geneva', 'Washington', 'Paris', 'Ankara'] as const;

export const SECTION_TITLES = [
  'Fighting and shelling', 'Situation at the front', 'Statements and visits', 'Diplomacy', 'Humanitarian situation',
] as const;

export const PUBLISHERS = ['The Daily Ledger', 'Caucasus Wire', 'Northern Courier', 'The Evening Record'] as const;
export const AGENCIES = ['AP', 'Reuters', 'AFP'] as const;

/** Site chrome that wire-story pages carry around the article body. */
export const CHROME_TOP = [
  'Stay up to date with notifications from {publisher}',
  'Alerts can be switched off at any time in your browser settings.',
] as const;
export const CHROME_PLEA = [
  'Reporting from a war zone is expensive. A small monthly gift keeps our correspondents on the ground.',
  'We do not put our coverage behind a paywall. Readers who can afford it pay for those who cannot.',
  'Support independent journalism today: every contribution, large or small, goes to the newsroom.',
] as const;
export const CHROME_BOTTOM = [
  'Thank you for registering',
  'Reload the page to finish signing in.',
] as const;

export const URL_LINES = [
  'https://video.example.org/watch?v={hex}',
  'https://t.me/s/example_channel/{n3}',
] as const;
