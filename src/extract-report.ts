import { classifyBlocks, isBodyName, isPublicationRole, siteSuffix, withoutSite, type Role } from './classify-blocks.ts';
import { findActors, hasPastTense, officialSideOf, sideNamedBy, SPEECH_VERB } from './actors.ts';
import { extractClaims, type DraftClaim, type Voice } from './extract-claims.ts';
import { findReportDate, ISO_DATE_STAMP, wireDateline, type DateCandidate, type PartialDate } from './find-report-date.ts';
import type { Block, DateSource, Diagnostic, SetAside, Side } from './model.ts';
import type { ParsedSource } from './parse-report.ts';
import { sectionDays } from './section-days.ts';

/** A report as extraction leaves it: no id yet, and maybe a date without a year. */
export interface ExtractedReport {
  file: string;
  title: string;
  date: PartialDate | null;
  dateSource: DateSource;
  url: string | null;
  publisher: string | null;
  claims: DraftClaim[];
  setAside: SetAside[];
  diagnostics: Diagnostic[];
}

const ISO_PREFIX = new RegExp(String.raw`^\s*${ISO_DATE_STAMP}\s*`, 'iu');
/** A wire service's version slug before its headline: "UPDATE 2-", "REFILE-", "CORRECTED-". */
const WIRE_SLUG = /^(?:UPDATE|REFILE|CORRECTED|WRAPUP|RPT|INSIGHT|ANALYSIS|EXCLUSIVE|FACTBOX)(?:\s+\d+)?\s*-\s*(?=\S)/u;

/**
 * Extract title, date, claims and set-aside pieces from a parsed report.
 *
 * @example
 *   extractReport(parseReport({ file: 'a.txt', text: 'Overview as of May 2\n• Shelling, officials said.' })).date
 *   // { year: null, month: 5, day: 2, text: 'May 2' }
 */
export function extractReport(parsed: ParsedSource): ExtractedReport {
  const { blocks, frontMatter } = parsed;
  const roles = classifyBlocks(blocks, frontMatter.title);
  const titleAt = roles.findIndex((r) => isReason(r, 'title'));
  const titleBlock = titleAt < 0 ? undefined : blocks[titleAt];
  const titleText = frontMatter.title ?? titleBlock?.text ?? null;
  const found = extractClaims(blocks, roles, narratorOf(frontMatter.publisher, titleText, letterhead(blocks, roles), masthead(blocks, roles), topLines(blocks, roles), signature(blocks, roles)), intervieweeOf(titleText));
  const { setAside } = found;
  // A claim under a date heading or a dated stamp is about that day; the corpus stage gives it its year.
  const days = sectionDays(blocks, roles);
  const claims: DraftClaim[] = found.claims.map((c) => ({ ...c, sectionDay: days.get(c.anchor) ?? null }));
  const diagnostics: Diagnostic[] = [...parsed.diagnostics];
  const warn = (ruleId: string, message: string, hint: string | null, line: number | null = null) =>
    diagnostics.push({ file: parsed.file, line, column: null, ruleId, severity: 'warning', message, hint });

  const title = frontMatter.title ?? (titleBlock ? cleanTitle(withSubject(blocks, roles, titleAt), blocks, frontMatter.publisher) : fallbackTitle(parsed.file));
  if (frontMatter.title === null && !titleBlock) warn('title-missing', 'No title line found; the file name is used as the title.', 'Put the title on the first line, or add `title:` front matter.');

  let date: PartialDate | null = null;
  let dateSource: DateSource = 'none';
  if (frontMatter.date !== null) {
    const [y, m, d] = frontMatter.date.split('-').map(Number) as [number, number, number];
    date = { year: y, month: m, day: d, text: frontMatter.date };
    dateSource = 'front-matter';
  } else {
    const found = findReportDate(dateCandidates(parsed, roles));
    date = found.date;
    dateSource = found.source;
    if (found.yearFrom && date) {
      warn('date-year-inferred', `The report's date (“${date.text}”) has no year; ${date.year} was inferred from the report's own date line (“${found.yearFrom.text}”).`, 'Add `date: YYYY-MM-DD` front matter to state the year.');
    }
    if (found.source === 'mentioned' && date) {
      warn('date-guessed', `No date line or overview phrase found; the latest date the text mentions (“${date.text}”) is used.`, 'Add `date: YYYY-MM-DD` front matter to state the day the report covers.');
    }
  }
  if (date === null) warn('date-missing', 'No date found; the report is listed under “Undated”.', 'Add `date: YYYY-MM-DD` front matter, or a line such as “Overview as of November 4, 2020”.');
  if (claims.length === 0 && blocks.length > 0) warn('claims-none', 'No claims found in this report; everything in it was set aside.', 'Check the report page: its set-aside list says why each piece was not taken as a claim.');

  return { file: parsed.file, title, date, dateSource, url: frontMatter.url, publisher: frontMatter.publisher, claims, setAside, diagnostics };
}

/** A title that names only the kind of document, its subject on the next line: "SECOND INTERIM REPORT", "RESOLUTION". */
const DOCUMENT_KIND_END = /\b(?:report|resolution|statement|declaration|bulletin|letter|appeal|memorandum|communiqu[eé])$/iu;
/** The line that gives a document's subject: "ON THE ATTACKS AGAINST …", "concerning the situation in …". */
const SUBJECT_LINE = /^(?:on|regarding|concerning|about|into)\s/iu;

/**
 * The title line, with the line under it when the title only says what kind of document it is and that
 * line says what it is about ("SECOND INTERIM REPORT" over "ON THE AZERBAIJANI ATTACKS …"): one title.
 */
function withSubject(blocks: readonly Block[], roles: readonly Role[], at: number): string {
  const text = blocks[at]!.text.trim();
  const next = blocks[at + 1];
  const role = roles[at + 1];
  if (next === undefined || role === undefined || (role.role !== 'heading' && !isReason(role, 'heading')) || !DOCUMENT_KIND_END.test(text) || !SUBJECT_LINE.test(next.text)) return text;
  return `${text} ${next.text.trim()}`;
}

/** An e-mail's subject line and the marks of a forward or a reply: "Subject: Fwd: Re: …". */
const SUBJECT_PREFIX = /^subject\s*:\s*(?:(?:fwd?|re|aw|wg|tr)\s*:\s*)*|^(?:fwd?\s*:\s*)+/iu;

/**
 * The title as a reader would write it (a `<title>` element's tags are gone with the block's markup): without an e-mail's "Subject:
 * Fwd:", an ISO date stamp, a wire service's slug, or the site's name after a bar when the page
 * names the site elsewhere too (a line of its own, or its `publisher:`).
 */
function cleanTitle(text: string, blocks: readonly Block[], publisher: string | null): string {
  const title = text.trim().replace(SUBJECT_PREFIX, '').replace(ISO_PREFIX, '').replace(WIRE_SLUG, '').trim();
  return withoutSite(title, siteSuffix(title, blocks, publisher));
}

/** "Statement of the Ministry of Foreign Affairs of Armenia on …", "Armenian MFA statement on …". */
const RELEASE_TITLE = [
  /^(?:official\s+)?(?:statement|press release|communiqu[eé]|briefing|announcement)\s+(?:of|by|from)\s+(?:the\s+)?(.+?)(?:\s+(?:on|about|regarding|concerning|in connection with)\s.*)?$/iu,
  /^(.+?)(?:['’]s)?\s+(?:statement|press release|communiqu[eé]|briefing)\b/iu,
];

/** A title that only says what kind of document it is: "PRESS RELEASE", "Statement". */
const RELEASE_WORD = /^(?:official\s+)?(?:press release|news release|press statement|statement|communiqu[eé]|announcement|information|briefing|press briefing)[.:]?$/iu;

/**
 * An official body publishing its own statement is the voice of what it does not attribute:
 * a `publisher:` or a title naming one side's institution (a ministry, a president's office),
 * or, under a title such as "PRESS RELEASE", the body named in the release's letterhead; a page
 * headed by one side's body alone (its letterhead, in capitals or not), or else signed by one at
 * its end ("Press Service of the Ministry of Defence of the Republic of Armenia").
 * A news outlet — even one of a side's capital — narrates for itself (`international`).
 */
function narratorOf(publisher: string | null, title: string | null, letterhead: readonly string[], masthead: readonly string[], top: readonly string[], signature: string | null): Voice | null {
  if (publisher !== null) {
    const side = officialSideOf(publisher);
    if (side) return { side, attribution: publisher };
  }
  for (const re of RELEASE_TITLE) {
    const body = title === null ? undefined : re.exec(title)?.[1];
    const side = body === undefined ? null : bodySide(body);
    if (body !== undefined && side) return { side, attribution: displayName(body) };
  }
  if (title !== null && RELEASE_WORD.test(title.trim())) {
    for (const line of letterhead) {
      const side = bodySide(line);
      if (side) return { side, attribution: displayName(line) };
    }
  }
  // A page whose masthead is one side's body alone ("Ministry of Defense of the Republic of
  // Azerbaijan", as a ministry's site prints its name above each bulletin) is that body's. Only the
  // masthead the classifier set aside, or the letterhead lines a document opens with: a headline in
  // title case, or a name heading one live item, is no letterhead.
  return letterheadVoice(masthead) ?? letterheadVoice(top) ?? (signature !== null && isBodyName(signature) ? voiceOf(signature) : null);
}

/**
 * The voice of a letterhead's lines: the first that is one side's body alone, or a body's name under the
 * line of its country ("REPUBLIC OF AZERBAIJAN" over "MINISTRY OF FOREIGN AFFAIRS"), read as one name.
 */
function letterheadVoice(lines: readonly string[]): Voice | null {
  let country: string | null = null;
  for (const line of lines) {
    const name = withoutNote(line);
    if (isLetterheadName(name)) {
      const own = voiceOf(name);
      if (own) return own;
      if (country !== null && sideNamedBy(inTitleCase(name)) === null) {
        const joined = voiceOf(`${name}, ${country}`);
        if (joined) return joined;
      }
    }
    country = COUNTRY_LINE.test(name) && sideNamedBy(inTitleCase(name)) !== null && !isLetterheadName(name) ? name : null;
  }
  return null;
}

/** A news outlet's name, a state's included ("AZERBAIJAN STATE NEWS AGENCY"): it narrates for itself. A body's "Press Service" is no outlet. */
const OUTLET_NAME = /\b(?:news|newspaper|(?:press|information|telegraph) agency|television|radio|broadcast(?:ing|er)?)\b/iu;

function voiceOf(name: string): Voice | null {
  if (OUTLET_NAME.test(name)) return null;
  const side = bodySide(name);
  return side ? { side, attribution: displayName(name) } : null;
}

/** A country's name alone on a letterhead's line, as a state's bodies print it over their own: "REPUBLIC OF ARMENIA", "Azerbaijan". */
const COUNTRY_LINE = /^(?:the\s+)?(?:(?:republic|state)\s+of\s+(?:the\s+)?)?[\p{L}\d-]+(?:\s+[\p{L}\d-]+){0,2}$/iu;
/**
 * Offices the actors' table has no institution word for: a Human Rights Defender (an ombudsman) is one
 * side's official body when its country is named ("Human Rights Defender of the Republic of Artsakh").
 */
const OFFICE = /\b(?:human rights defender|ombudsm[ae]n|ombudsperson)\b/iu;
/** A note in brackets after a body's name: "HUMAN RIGHTS DEFENDER OF THE REPUBLIC OF ARTSAKH (NAGORNO-KARABAKH)". */
const TRAILING_NOTE = /\s*\([^()]{1,40}\)$/u;

function withoutNote(line: string): string {
  return line.trim().replace(TRAILING_NOTE, '');
}

/**
 * A body's name alone on a line (the classifier's test), an ombudsman's office included; a line in
 * capitals with a verb is a headline ("MINISTRY OF DEFENCE OF ARMENIA REPORTS NEW SHELLING").
 */
function isLetterheadName(line: string): boolean {
  if (!isBodyName(line.replace(OFFICE, 'Office'))) return false;
  if (/\p{Ll}/u.test(line)) return true;
  const lower = line.toLowerCase();
  return !SPEECH_VERB.test(lower) && !hasPastTense(lower);
}


/** The side of the official body a phrase names, whatever its case ("MINISTRY OF DEFENCE OF THE REPUBLIC OF ARMENIA"). */
function bodySide(phrase: string): Side | null {
  const text = inTitleCase(phrase);
  return officialSideOf(text) ?? (OFFICE.test(text) ? sideNamedBy(text) : null);
}

/**
 * A line in capitals with its longer words in title case, as the actors' table reads names ("ARMENIA" →
 * "Armenia"); words of up to three letters stay as they are ("US", "UN", "MFA"). Any other line is left alone.
 */
function inTitleCase(line: string): string {
  if (/\p{Ll}/u.test(line)) return line;
  return line.replace(/\p{Lu}[\p{Lu}\d]{3,}/gu, (w) => w[0] + w.slice(1).toLowerCase());
}

/** A name in capitals as a reader would write it: "MINISTRY OF FOREIGN AFFAIRS" → "Ministry of Foreign Affairs". */
function displayName(name: string): string {
  const text = name.trim();
  if (/\p{Ll}/u.test(text)) return text;
  return inTitleCase(text).replace(/(?<=\s)(?:OF|THE|AND|FOR|ON|IN)(?=\s)/gu, (w) => w.toLowerCase());
}

/** Who a title says is interviewed: "Interview with Azerbaijani President Ilham Aliyev", "Pashinyan gave an interview to …". */
const INTERVIEWEE = [
  /\b(?:interview|q\s*&\s*a|conversation)\s+with\s+(.+?)(?:[,:;(]|\s[–—-]\s|$)/iu,
  /^(.+?)\s+(?:was interviewed|gave an interview|in an interview|interview to|interview for)\b/iu,
];

/**
 * The official an interview is with, whose answers ("A: …", "Answer: …") are theirs: a body
 * or a person of one side. Anyone else (a nurse, a mediator) answers as the outlet reports them.
 */
function intervieweeOf(title: string | null): Voice | null {
  if (title === null) return null;
  for (const re of INTERVIEWEE) {
    const who = re.exec(title)?.[1]?.trim();
    if (who === undefined) continue;
    const side = officialSideOf(who) ?? (findActors(who).some((a) => a.kind === 'person') ? sideNamedBy(who) : null);
    if (side) return { side, attribution: who };
  }
  return null;
}

/** The headings before the text begins: a release's letterhead (the body, its address, the number). */
function letterhead(blocks: readonly { text: string }[], roles: readonly Role[]): string[] {
  return beforeText(roles).flatMap((r, i) => (r.role === 'heading' ? [blocks[i]!.text] : []));
}

/** The headings the classifier set aside before the text begins: a site's masthead over the title. */
function masthead(blocks: readonly { text: string }[], roles: readonly Role[]): string[] {
  return beforeText(roles).flatMap((r, i) => (isReason(r, 'heading') ? [blocks[i]!.text] : []));
}

/**
 * The lines a document opens with before its text, as a letterhead prints them: a title that is only a
 * body's or a country's name ("REPUBLIC OF AZERBAIJAN", as the first line is taken when nothing better
 * follows), the lines set aside, and headings in capitals. A heading in small letters may head the first
 * live item or section, so it ends them.
 */
function topLines(blocks: readonly { text: string }[], roles: readonly Role[]): string[] {
  const lines: string[] = [];
  for (const [i, r] of beforeText(roles).entries()) {
    const text = blocks[i]!.text;
    if (r.role === 'heading' && /\p{Ll}/u.test(text)) break;
    if (r.role === 'heading' || (r.role === 'set-aside' && (r.reason === 'title' || r.reason === 'heading' || r.reason === 'chrome'))) lines.push(text);
  }
  return lines;
}

/** The body that signs the text after its last paragraph ("Press Service of the Ministry of Defence of …"), set aside as its byline. */
function signature(blocks: readonly { text: string }[], roles: readonly Role[]): string | null {
  for (let i = roles.length - 1; i >= 0; i--) {
    const r = roles[i]!;
    if (r.role === 'content') return null;
    if (isReason(r, 'byline')) return blocks[i]!.text;
  }
  return null;
}

function beforeText(roles: readonly Role[]): readonly Role[] {
  const first = roles.findIndex((r) => r.role === 'content');
  return roles.slice(0, first < 0 ? roles.length : first);
}

function isReason(role: Role, reason: string): boolean {
  return role.role === 'set-aside' && role.reason === reason;
}

function dateCandidates(parsed: ParsedSource, roles: readonly Role[]): DateCandidate[] {
  let bodyBlocks = 0;
  return parsed.blocks.flatMap((block, i): DateCandidate[] => {
    const role = roles[i]!;
    if (role.role === 'set-aside') {
      if (role.reason === 'title') return [{ text: block.text, place: 'title' }];
      if (role.reason === 'dateline') return [{ text: block.text, place: isPublicationRole(role) ? 'publication' : 'dateline' }];
      // "By Lena Faber | October 9, 2020": a byline may carry the publication date.
      if (role.reason === 'byline') return [{ text: block.text, place: 'dateline' }];
      return [];
    }
    if (role.role === 'heading') return [{ text: block.text, place: 'heading' }];
    if (role.role === 'item-break') return role.reason === 'dateline' ? [{ text: block.text, place: 'stamp' }] : [];
    if (role.role === 'side-header') return [];
    // A chat's messages are stamped when they were sent (the stamp is out of their text): the day most give dates the chat.
    if (block.sentAt !== undefined) return [{ text: block.sentAt, place: 'stamp' }, { text: block.text, place: 'body' }];
    // A wire story states its dateline at the start of its first paragraphs ("BAKU, Oct 5 (Reuters) -").
    const wire = ++bodyBlocks <= 3 ? wireDateline(block.text) : null;
    return wire ? [{ text: wire, place: 'dateline' }, { text: block.text, place: 'body' }] : [{ text: block.text, place: 'body' }];
  });
}

function fallbackTitle(file: string): string {
  const base = file.split('/').pop() ?? file;
  return base.replace(/\.[^.]+$/, '').replace(/[_-]+/g, ' ').trim() || base;
}
