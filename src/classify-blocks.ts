import type { Block, SetAsideReason, Side } from './model.ts';
import { findActors, hasPastTense, officialSideOf, SPEECH_VERB, SPEECH_VERB_PATTERN } from './actors.ts';
import { findSpeaker, maskQuotations } from './find-speaker.ts';
import { HEADER_SYMBOLS, sideOfHeader } from './side-headers.ts';
import { dateLineKind, hasPublishedField, isOtherCalendarDateLine, isPublicationLine, TIME_SUFFIX } from './find-report-date.ts';
import { ABBREVIATION, ENDS_SENTENCE } from './split-sentences.ts';
import { isChatNotice, isPageFurniture, MARKUP_DATE, URL_ONLY } from './normalize-layout.ts';
import { wordStarts } from './word-start.ts';
import { allMatches } from './all-matches.ts';

/** What a block is to the extractor. */
export type Role =
  | { role: 'content' }
  | { role: 'side-header'; side: Side }
  /** A neutral heading: a section ("Statements and visits") or a live-page headline. */
  | { role: 'heading' }
  /** Separates live-page items: a `-` line, or a time (and date) standing alone. */
  | { role: 'item-break'; reason: SetAsideReason }
  | { role: 'set-aside'; reason: SetAsideReason; explanation: string };

/**
 * Site chrome: a news site talking to its reader, never news. Three strengths of evidence:
 * phrases no news sentence uses; a one-word label alone on a line; and words that are chrome
 * only when the paragraph addresses the reader ("you", an imperative) or speaks as the outlet
 * ("we", "our") — "Armenia's membership of the CSTO" is news, "Become a member" is not.
 */
const CHROME_PHRASE =
  wordStarts(/\b(?:browser (?:preferences|settings)|(?:enable|allow|turn on|manage|push) notifications|notifications (?:can|are|will)|subscribe (?:now|today|here|to (?:our|the|this) (?:newsletter|channel|podcast|site))|newsletters?|log ?in\b|logged in|sign in|create (?:an|your|a free) account|already (?:a subscriber|a member|have an account|registered)|thank you for (?:registering|subscribing|signing up|reading)|cookies?|privacy (?:policy|notice|settings)|terms of (?:use|service)|terms and conditions(?! of)|ad ?-?blocker|share (?:this|on) (?:article|story|page|post|facebook|twitter|whatsapp|telegram)|follow us|download (?:our|the) app|click here|continue reading|your donation|make a donation|donate now|become a (?:member|supporter|subscriber|patron)|support (?:independent journalism|our journalism|our work)|sponsored content|paywalls?|(?:refresh|reload) (?:the|this|your) (?:page|browser)|(?:finish|complete) (?:signing|logging) (?:in|up)|comments? (?:are closed|below)|leave a comment|report (?:an error|a typo)|trust principles|our standards|(?:this|the) (?:article|story|page) (?:was|has been|is) (?:last )?(?:updated|edited|modified|originally published|amended|corrected)|an earlier version of this (?:article|story|report|digest|post|piece|page|summary)|please (?:turn on|enable) javascript|(?:this|the) (?:article|story|page|report|news) is (?:also )?available in|read (?:this|the) (?:article|story|report) in|like us on|(?:our|join our|follow our) (?:telegram|facebook|whatsapp|youtube|instagram|viber|tiktok) (?:channel|page|group|account)|got a (?:news )?tip|send us (?:a tip|your (?:news|tips|photos|videos))|listen to this (?:article|story|report)|show key events only|readers['’] comments|join (?:the |our )?(?:[\p{L}-]+ )?conversations?|welcome to (?:our|this|the) (?:[\p{L}-]+ ){0,3}(?:coverage|live blog|live page|live updates)|follow (?:our|the) live (?:coverage|blog|updates|page)|all times are (?:local|given in|in)\b|all times in (?:gmt|utc|bst|cet|msk|local)\b|please consider (?:subscribing|donating|supporting|a (?:subscription|donation|contribution))|(?:is|are) (?:supported|funded) by (?:our )?readers|jump to (?:navigation|search|main content|content)|this (?:article|page) is part of (?:a|the) series|delivered (?:straight |directly )?to your inbox|(?:view|read) (?:this|the) (?:email|e-mail|newsletter|message) (?:in|on) (?:your|a|the) (?:web )?(?:browser|website)|trouble viewing this (?:email|e-mail|message)|unsubscribe|update (?:your )?(?:email |subscription )?preferences|you are receiving this (?:email|e-mail|newsletter|message)|(?:this is a )?rush transcript|transcripts? (?:is|are|was|were) (?:produced|generated|prepared|created|made) (?:by|with|using) (?:an? )?(?:automated|automatic|machine|speech[- ]recognition)|not (?:yet )?subscribed|sign up (?:here|now|today|for (?:free|our|a free))|(?:that['’]s|that is) (?:all|it) for (?:today|now|this (?:week|edition|issue|morning|evening))|we['’]ll be back (?:tomorrow|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|next week|with (?:more|another|the next))|you (?:received|are getting) this (?:email|e-mail|newsletter|message)|your comment will (?:be|appear)|comments are (?:pre-)?moderated|(?:published|visible|appear) after (?:approval|moderation)|swipe (?:left |right |up )?(?:to see|to view|for more)|if you (?:notice|spot|find|see) an? (?:error|mistake|typo)|spotted an? (?:error|mistake|typo)\?|visit (?:www\.|https?:\/\/|our (?:web)?site\b)|please recycle|(?:write|add|leave) a (?:comment|reply)|press enter to post|(?:photos?|videos?|pictures?|footage|more) (?:are )?in (?:the )?(?:next|previous|following) (?:post|tweet|message)|load more (?:stories|news|articles|comments|posts|results))\b/iu);
/** A bar of sharing buttons: "Facebook Twitter Email". */
const SHARE_BAR = /^(?:(?:share(?: this)?(?: (?:via|on) [\p{L}]+)?|more sharing options|facebook|twitter|x|whatsapp|telegram|email|e-mail|linkedin|reddit|vk|messenger|pinterest|print|copy link|save|a{1,3}[+-]?|font size|text size)\W*\s*){2,8}$/iu;
const CHROME_LABEL =
  /^(?:advertisement|advert|ad|sponsored|share|share this|tweet|print|email|comments?|subscribe|donate|sign up|log ?in|register|menu|search|close|skip to (?:main )?content|skip navigation|back to top|loading|top stories|most read|trending|latest news|listen to this article|min read|\d+ min(?:ute)?s? read|print (?:version|this page|page|article)|back to (?:list|the list|news|all news|articles)|pinned (?:message|post)|facebook|twitter|linkedin|whatsapp|telegram|instagram|youtube|reddit|vk|\d[\d\s.,]*[KkMm]? (?:subscribers|followers|members|views)|(?:views|hits|reads|page views)\s*:?\s*\d[\d\s.,]*[KkMm]?|skip to (?:the )?(?:main )?(?:navigation|search|menu|footer|content)|(?:enter )?(?:your )?e-?mail(?: address)?|unsubscribe|amp|item|powered by [\p{L}\d.\s-]{2,30}|view (?:the )?(?:full|desktop|mobile|original|non-amp|amp|web) (?:version|site)(?: of (?:this|the) (?:page|article|story))?)\W*$/iu;
/** A page's contact details and its labels: "Tel.: …", "E-mail: …", "Tags: …", "Categories: …". */
const CONTACT_OR_TAGS = /^(?:tel|telephone|phone|fax|mob|mobile|e-?mail|contacts?|tags?|categories|category|keywords|guid|language|link)\.?\s*:/iu;
/**
 * A transcript's stage note on a line of its own, maybe after its time code: "[MUSIC]",
 * "(COMMERCIAL BREAK)", "[END OF TRANSCRIPT]", "[crosstalk]", "[00:14:30] [APPLAUSE]".
 */
const STAGE_NOTE =
  /^(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?[[(](?:music|theme music|applause|laughter|crosstalk|cross-talk|inaudible|unintelligible|silence|pause|break|commercial break|commercials?|advert(?:isement)? break|end of (?:transcript|segment|interview|programme|program|recording|video clip)|end|begin video(?: clip)?|end video(?: clip)?|video clip|audio clip|sound ?bite|technical (?:difficulties|problems)|audio (?:gap|cut|drops)|jingle|bell)[\])]\.?$/iu;
/** An offset into a recording alone on a line, hours, minutes and seconds in brackets: "[00:14:30]" (no time of day is written so). */
const OFFSET_ALONE = /^[[(]\d{1,2}:[0-5]\d:[0-5]\d[\])]$/u;
/** A link to a document to download: "Download the full report (PDF, 2.1 MB)". */
const DOWNLOAD_LINK = /^(?:download|read|view|open|get)\b[^.!?]{0,80}\((?:pdf|docx?|rtf|odt|epub|xlsx?|pptx?|zip|mp3|mp4)\b[^()]{0,30}\)\s*$/iu;
/** How long ago a page was posted and how long it takes to read, alone or after the author's name: "2 hours ago · 3 min read". */
const AGO_OR_READ = /^(?:(?:\d{1,3}|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|just now|\d{1,3}\s*min(?:ute)?s?\s+read)$/iu;
/** A divider drawn with signs, maybe with a label in it, as a Markdown rule is: "———", "==== canonical page ====". */
const DIVIDER = /^(?:[=*#~_—–-]\s?){3,}(?:\s*[\p{L}\p{N}][\p{L}\p{N} ]{0,39}(?:[=*#~_—–-]\s?){3,})?$/u;
/**
 * A comment left in a shared document, as a copy puts it at the end: "[a]Lusine M.: do we have …".
 * Its label is a person's name alone (`isDocumentComment` also wants no body or side in it): "[a] Armenian
 * MoD: …" is a digest's lettered item.
 */
const DOCUMENT_COMMENT = /^\[[a-z]{1,2}\]\s*(\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]*\.?){0,2}):\s/u;

function isDocumentComment(text: string): boolean {
  const m = DOCUMENT_COMMENT.exec(text);
  return m !== null && findActors(m[1]!).length === 0;
}
/**
 * Markup a saved page left on a line: a `<script>` or `<style>` element or an HTML comment (one block, as written), structured data
 * (`{"@context": …}`), a style rule, or a `<meta>` element giving the publication date (parse-report keeps a
 * paragraph of tags alone only then; others are no block).
 */
const MARKUP_LINE = /^(?:<!--|<\/?(?:link|meta|script|style|noscript|iframe|svg|head|html|body)\b|\{\s*"@(?:context|type)"|[.#]?[a-z][\w-]{0,40}(?:[\s>+~,.#:[\]="\w-]{0,80})\{[^{}]*\}$)/iu;
/**
 * An e-mail's header lines ("From: Desk <desk@example.org>", "To: <…>") and the line a forwarded message opens with.
 * Each name word ends at a space, so that no word is split at every point (the pattern runs on every block).
 */
const EMAIL_HEADER = /^(?:(?:from|to|cc|bcc|reply-to|sender)\s*:\s*(?:[^\s@]+\s+){0,9}<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?[,;]?(?:\s.{0,200})?|-{2,}\s*(?:forwarded|original) message\s*-{2,}|begin forwarded message:?)$/iu;
/** An e-mail's header line is no longer than this (its address, up to eight name words, 200 characters of note). */
const EMAIL_HEADER_CHARS = 600;
/** "Follow Trend on Telegram for the latest news": a call to follow the outlet, whatever its name. */
const FOLLOW_OUTLET = /^(?:follow|join|subscribe to|read|watch|listen to)\s[^.!?]{0,60}\bon (?:telegram|twitter|facebook|instagram|youtube|whatsapp|vk|tiktok|viber)\b(?:\s+(?:for|to)\s[^,.!?]{0,60})?[.!]?$/iu;
/**
 * A channel's footer under each post, its views and the time it was posted ("👁 12.3K edited 07:42"):
 * it ends a post, as a live page's time stamp opens one.
 */
const POST_FOOTER = /^(?:👁️?\s*\d[\d.,]*\s*[KkMm]?|\d[\d.,]*\s*[KkMm]?\s+views)(?:\s+edited)?(?:\s+\d{1,2}:\d{2})?$/u;
/** A paragraph longer than this is never chrome, whatever its words. */
const CHROME_MAX_WORDS = 80;
/** Words that are chrome in a paragraph addressed to the reader ("you", an imperative). */
const CHROME_WORD =
  wordStarts(/\b(?:notifications?|alerts?|subscri(?:be|ber|bers|ption|ptions)|members?hip|members?|register(?:ing|ed)?|donat(?:e|ion|ions)|support|share|comments?|app|account|password|premium|free trial|journalism|sign up|newsletter|updates|readers?)\b/iu);
const IMPERATIVE_START = /^(?:sign up|subscribe|register|log ?in|sign in|join|donate|support|follow|share|download|get|install|enable|allow|turn on|click|tap|watch|listen|don['’]t miss|try|become|help us|stay)\b/iu;
/**
 * Words about the outlet's own product, chrome in its "we" voice. Kept narrow: an official's
 * release says "we support an independent investigation", and an outlet's news "the governor
 * told our reporters": both stay news.
 */
const SELF_PROMOTION = wordStarts(/\b(?:journalism|documentary|readers?|subscri(?:be|bers?|ptions?)|donations?|paywalls?|newsletters?|membership)\b/iu);
/**
 * A plea for the reader's money, chrome in the outlet's voice about its own work ("A small
 * monthly gift keeps our reporters in the field"): the ask and the work must both be there,
 * since "our correspondent" alone opens news and an aid convoy can be a gift; what things
 * cost is news ("rebuilding the bridge is expensive, the governor told our reporters").
 */
const PLEA_ASK = wordStarts(/\b(?:(?:small|monthly|one-off|one-time|regular|annual|yearly|any) (?:gifts?|contributions?|donations?|payments?)|(?:who|if you) can afford)\b/iu);
const OUTLET_WORK = wordStarts(/\b(?:journalism|journalists|reporters|reporting|correspondents?|coverage|newsroom)\b/iu);
/** The outlet speaking of itself; "us" in lower case only, since "US" is the country. */
const OUTLET_VOICE = /\b(?:[Ww]e|[Oo]ur|us)\b/u;
const SECOND_PERSON = wordStarts(/\b(you|your)\b/iu);
/**
 * A turn of a transcript or an interview, by its label: "Q:", "Question (Le Monde):", "Moderator:",
 * "ELEANOR MARSH:", "Hikmet Hajiyev:", "NIKOL PASHINYAN, PRIME MINISTER OF ARMENIA:", after a
 * time code ("[00:12:40] WHITCOMBE:"). A journalist asking "your comment?" is news, not the site
 * addressing its reader. One capitalised word alone ("Premium:") is no one's name.
 */
const TURN_LABEL = new RegExp(
  String.raw`^(?:[[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?(?:\*\*|__)?(?:(?:[Qq]|[Aa]|[Qq]uestion|[Aa]nswer|QUESTION|ANSWER|[Mm]oderator|MODERATOR|[Hh]ost|HOST|[Pp]resenter|[Aa]nchor|[Ii]nterviewer|[Cc]orrespondent|[Rr]eporter|[Jj]ournalist)|\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s[\p{Lu}\s,'’.-]{2,60})?|\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3})(?:\s*\([^()]{1,60}\))?(?:\*\*|__)?\s*:(?:\*\*|__)?\s`,
  'u',
);

/**
 * Credits, copyright and licence lines. A "©" counts only as a copyright mark: opening the line
 * ("© 2020 …", "Â© 2020" as double-encoded text shows it), or standing apart before a year or a short
 * name that ends the line ("Photo: … © AFP", "Example Desk © 2020 · Privacy"); glued to a letter it
 * is a double-encoded "é" ("cafÃ©").
 */
const CREDIT =
  wordStarts(/\b(contributed to this report|contributed reporting|additional reporting|reporting by|editing by|edited by|writing by|compiled by|all rights reserved|used with (?:the )?permission|available under the creative commons|creative commons attribution|licensed under (?:a |the )?(?:creative commons|cc[ -]by)|additional terms may apply|copying (?:of )?(?:the )?(?:materials?|content|articles?)\b[^.!?]{0,60}\b(?:allowed|permitted|prohibited|forbidden)|(?:use|reproduction|republication|reprinting|copying) of (?:the )?(?:materials?|content|news|articles?)\b[^.!?]{0,60}\b(?:only with|is (?:allowed|permitted|prohibited|forbidden))|(?:hyperlink|reference|link) to [^.!?]{1,40}\bis (?:required|obligatory|mandatory))\b|^copyright\b|\(copyright\b|\(c\)\s*\d{4}|^\W{0,3}Â?©|(?<![\p{L}\p{N}])©\s*(?:(?:19|20)\d\d\b|\p{Lu}[\p{L}.&'’ -]{0,40}$)/iu);
/** A wire service's note on what this version of the story changed: "(Adds Armenian denial in paragraph 4)". */
const WIRE_NOTE = /^\((?:adds|updates|recasts|changes|corrects|fixes|rewrites|refiles|removes|clarifies|inserts)\b[^()]*\)$/iu;
/**
 * "Jane Doe is a correspondent for …": the author's biography under the story. A word that is a
 * post only at a place ("fellow", "contributor", "producer", "analyst") needs a person's name
 * (two words) and the place after it ("is a senior fellow at the Example Centre"): "Russia is a
 * fellow member of the CSTO" and "Azerbaijan is a producer of oil" are news.
 */
const AUTHOR_BIO =
  /^(?:\p{Lu}[\p{L}'’.-]+\s){1,3}(?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,5}(?:journalist|correspondent|reporter|writer|editor|columnist|photographer|photojournalist|freelancer|blogger)\b|^\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3} (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,5}(?:producer|contributor|author|fellow|analyst|researcher|scholar|professor|lecturer|commentator) (?:at|with|for|of|in) (?:the )?\p{Lu}|^(?:[Aa]bout|ABOUT) (?:[Tt]he|THE) (?:[Aa]uthors?|AUTHORS?)\b/u;
/** "By Maria Keller", "Source: Armenpress", "By the Caucasus Desk, Example Institute", "Reporting from Tbilisi and Moscow". */
const BYLINE = /^(?:via|by(?:\s+the)?|from|source:|reporting from)\s+\p{Lu}[^.!?]{0,90}$/iu;
/**
 * A field naming who made the text: "Prepared by: desk (draft)", "Written by Anna Lind and Mark Roe",
 * "Compiled by the Example Desk". With a colon, whatever follows up to a sentence's punctuation; without
 * one, names alone, no comma: "Prepared by the UN, the list names 30 villages" is news. Those CREDIT reads
 * already ("Reporting by …", "Edited by …") stay credits; the rest are bylines.
 */
const MADE_BY = /^(?:prepared|compiled|edited|written|translated|produced|reported|reporting|writing|editing) by(?::\s*[^\s.!?][^.!?]{0,120}|\s+[^\s.!?,;:][^.!?,;:]{0,90})[.]?$/iu;
/** "Reported by" opening a line, for `reportedByOfficial`. */
const REPORTED_BY = /^reported by\b/iu;

/**
 * "Reported by the Artsakh emergency service.", "Reported by Azerbaijan's prosecutor general's office.": a
 * body or an official of a side named as the source of what the paragraph reports, not a byline.
 */
function reportedByOfficial(text: string): boolean {
  return REPORTED_BY.test(text) && officialSideOf(text.slice(12)) !== null;
}

/** A field naming who made the text has at most this many words. */
const MADE_BY_WORDS = 16;
/** Bylines that name a desk and its institution, or the places reported from, run longer; "From Hadrut to Shusha: …" is a headline. */
const LONG_BYLINE = /^(?:by the|reporting from)\s/iu;
/**
 * A publisher's note on the text itself, not news: a disclaimer ("Not an official record",
 * "Views expressed are those of the authors", "… does not verify the claims of the parties"),
 * what the outlet is ("… is an independent, non-partisan research organisation"), or what the
 * text is based on.
 */
const PUBLISHER_NOTE =
  wordStarts(/\b(?:not an official record|for information media|views expressed (?:here |in (?:this|the) [\p{L}]+ )?are (?:those of )?(?:the |its )?authors?|(?:views|opinions|content)\b[^.!?]{0,60}\b(?:do|does) not (?:necessarily )?(?:reflect|represent)\b|(?:do|does) not (?:independently )?verify the (?:claims|statements|reports) of (?:the |either |both )?(?:parties|sides?)|is an independent,? non-partisan|(?:this|the) (?:review|digest|summary|update|bulletin|newsletter|overview) is based on open sources|views expressed (?:here |in (?:this|the) [\p{L}]+ )?are (?:his|her|their|my|the author['’]s) own|translations are (?:ours|our own|by (?:the|our) )|quot(?:es|ations) (?:are|have been) (?:shortened|edited|condensed|abridged)|(?:translation|publication|inclusion|republication) does not (?:imply|mean|constitute) (?:an? )?endorsement)\b|^[[(]?(?:translated (?:from [\p{L}]+ )?by|translation by)\s|^(?:editor['’]s note|editorial note|note from the editors?|от редакции|примечание редакции)\s*[:.—–-]|^(?:a )?note (?:on|about) (?:the )?(?:spelling|transliteration|names|place names|terminology|translation|style|usage)\b/iu);
/**
 * A release's reference number or document code, in its letterhead: "Ref. No. 01/18-2217-20",
 * "Press release No. 071/20", "No. 77/20", "No: 412/20", the UN's "SG/SM/20287". Never a heading.
 */
const REFERENCE_NUMBER =
  /^(?:(?:ref(?:erence)?|doc(?:ument)?|file|outgoing|incoming|press release|news release|release|statement|information|bulletin|letter)\.?\s*)?(?:no|nr|№|#)[.:]?\s*\d[\p{L}\d/.-]*$/iu;
/** A document symbol in capitals with a number in it: "SG/SM/20287", "S/2020/1234". */
const DOCUMENT_SYMBOL = /^(?=[^\d]*\d)\p{Lu}{1,6}(?:\/[\p{Lu}\d.]{1,12}){1,5}$/u;
/** A note in a list of sources, as a wiki marks it wherever it stands: "12. ^ …", "^ …". */
const REFERENCE_NOTE = /^(?:\d{1,4}\.\s*)?[\^↑]/u;
/** A numbered note ("[1] …"): a source only in a list of them, since a digest numbers its items so too. */
const NUMBERED_NOTE = /^\[\d{1,4}\]\s/u;
/** What a cited source has and a claim rarely does: a web address, a year, a quoted title. */
const SOURCE_SHAPE = /https?:\/\/|\bwww\.|\b(?:19|20)\d\d\b|["“][^"”]{3,}["”]/u;
/** A heading over a list of sources: every line under it is a reference, not a claim. */
const REFERENCES_HEAD = /^(?:references|footnotes|bibliography|sources|citations|works cited|notes and references|external links)\s*:?$/iu;
/** A page's note of its last edit with only a time: "Last updated: 11:52pm", "Updated at 16:21 BST". */
const UPDATED_STAMP = new RegExp(String.raw`^(?:last\s+)?(?:updated|edited|modified|published|posted)(?:\s+(?:at|on))?\s*:?\s*\d{1,2}[:.]\d{2}\s*(?:${TIME_SUFFIX})?$`, 'iu');
/** "Retrieved from "https://…"": the address a wiki page was copied from. */
const RETRIEVED_FROM = /^retrieved from\s+["“]?https?:\/\/\S+$/iu;
/**
 * Captions and photo credits: "Map of …", "Photo: Reuters", "(AP Photo/…)", "[Name/AFP]",
 * AP's "FILE - In this photo …", BBC's "Image caption, …".
 */
const CAPTION =
  wordStarts(/^(?:map|photo|image|picture|illustration|infographic|screenshot|caption|pictured|file photo|media caption|image caption|image source|FILE\s*[-–—]|in this (?:undated |handout |file )?(?:photo|image|picture|video grab|frame grab|photograph))\b|\b(?:getty images|ap photo|afp photo|photo credit|photo courtesy)\b|\b(?:photo|image|credit|picture|photograph)\s*(?::|by\s)|\/\s*(?:AFP|Reuters|AP|Getty Images|EPA|TASS|Sputnik|Anadolu)\b|[([][^()[\]]{0,80}\b(?:AP|AFP|Reuters|EPA|Getty Images|TASS|Sputnik|Anadolu(?: Agency)?|Photolure|PAN Photo)(?: Photo)?[^()[\]]{0,40}[)\]]\s*$/iu);
/** Prefixes of links to other coverage; they stay teasers wherever they stand. */
const TEASER_PREFIX =
  /^(?:op-ed|opinion|analysis|interview|read (?:also|more)|see also|related(?: (?:article|story|stories|coverage|news))?|also read|also on|watch|listen|editorial|column|explainer|podcast|special report|more on (?:this|the)(?: story| topic)?|recommended|video|photos?|gallery|live(?: updates?| blog)?|factbox|in pictures|longread)\s*(?:[:|–—]|\s-\s)/iu;
/** Weaker signs of a teaser; a paragraph with them that heads text of its own is a live-page headline instead. */
const TEASER_MEDIA = wordStarts(/\b(?:photos?\s*\/\s*videos?|photo\s*\/\s*video|photo report|photo gallery|video report|live updates?|live blog)\b|[.!?]\s+(?:photos?|videos?)\.?$/iu);
const QUOTE_HEADLINE = /^[“"«][^”"»]+[”"»]\s*[–—-]\s*[^.!?]+$/u;
/** A quoted statement and its source after a dash: whole sentences, though the line ends on a name. */
const QUOTED_STATEMENT = /^[“"«][^”"»]*[.!?…][”"»]\s*[–—-]\s*[^.!?“"«]+$/u;
/** Sentences and their source after them: "… burned down. — Karabakh emergency service", "… Source: Armenpress". */
const SOURCED_STATEMENT = /[.!?…]["”’»)]*\s+(?:[—–-]|sources?\s*[:—–-])\s*[^.!?]{2,80}$/iu;
/** A line that opens a block of links to other coverage; the headline-like lines after it are its links. */
const RELATED_LABEL =
  /^(?:related|related (?:articles?|stories|coverage|news|content|reading|topics)|read (?:also|more|next)|see also|more on (?:this|the) (?:story|topic)|more (?:stories|news|coverage)|recommended|you (?:may|might) also like|most (?:read|popular|viewed)|popular|latest|latest news|top stories|editor['’]s picks?|what to read next|key events|read more(?: (?:on|about) [\p{L} ]{1,40})?|other (?:news|stories|articles|materials)|related (?:documents|links|materials|publications|pages)|topics|more (?:in|from) (?:this section|[\p{L}]+)|(?:also )?worth reading|further reading|(?:recommended|suggested) reading|reading list|what (?:we['’]re|we are) reading)\s*:?$/iu;
/** A time standing alone on a line, as live blogs stamp their items: `14:05`, `October 3, 14:05 GMT`, `[2:05 pm]`. */
const TIMESTAMP = new RegExp(
  String.raw`^[[(]?(?:[\p{L}]+,?\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2})?,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:${TIME_SUFFIX}|local time|\([^)]*\)))*[\])]?$`,
  'iu',
);

/**
 * The words of a text: its runs of characters other than white space (as `s.split(/\s+/).filter(Boolean).length`
 * counts them, without building the list). Counting stops one word past `limit`: enough to compare the count with it.
 */
function WORDS(s: string, limit = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord && ++n > limit) return n;
    inWord = !space;
  }
  return n;
}

/** Whether a UTF-16 code unit is white space as a regular expression's `\s` reads it. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
const setAside = (reason: SetAsideReason, explanation: string): Role => ({ role: 'set-aside', reason, explanation });
const COMMA_LABEL = setAside('heading', 'A preamble’s or signature’s label ending with a comma (“The Chamber of Representatives,”): it opens what follows.');
const TEASER = setAside('teaser', 'A teaser for other coverage on the news site.');
const LONE_HEADLINE = setAside('teaser', 'A headline with no text under it: a link to other coverage or a leftover caption.');
/** A publication line wherever it stands: the page's date, never a live item's stamp. */
const PUBLICATION = setAside('dateline', 'When the page (or the text it translates) was published, aired or last edited.');
/** Whether a role is a publication line's (or the page markup's publication date): a weaker date than a date line's. */
export function isPublicationRole(role: Role): boolean {
  return role === PUBLICATION || role === PUBLISHED_MARKUP;
}

/** The page's markup giving its publication date (structured data): read for the date, never a stamp. */
const PUBLISHED_MARKUP = setAside('dateline', 'Markup of the saved web page giving its publication date (structured data), not text.');

/**
 * Decide the role of every block: content, a header, a break between live items, or
 * something set aside (title, chrome, teaser, caption, credit, link…) with the reason.
 *
 * @example
 *   classifyBlocks(blocks, null).map((r) => r.role)
 */
export function classifyBlocks(blocks: readonly Block[], frontMatterTitle: string | null): Role[] {
  const roles: Role[] = blocks.map((b) => classifyOne(b));
  markTitle(blocks, roles, frontMatterTitle);
  markHeadings(blocks, roles);
  markNameHeaders(blocks, roles);
  markRelatedLinks(blocks, roles);
  markReferences(blocks, roles);
  markFootnotes(blocks, roles);
  markSignatures(blocks, roles);
  markHeadlineList(roles);
  markRepeats(blocks, roles);
  markQuestions(blocks, roles);
  markLeadIns(blocks, roles);
  markComments(blocks, roles);
  markTeaserSnippets(blocks, roles);
  // A dated line after the report has begun stamps a live-blog item, or heads a section when it is a heading; the first one is the dateline.
  const firstContent = roles.findIndex((r) => r.role === 'content');
  roles.forEach((r, i) => {
    if (firstContent >= 0 && i > firstContent && r.role === 'set-aside' && r.reason === 'dateline' && r !== PUBLICATION && r !== PUBLISHED_MARKUP) roles[i] = blocks[i]!.kind === 'heading' ? { role: 'heading' } : { role: 'item-break', reason: 'dateline' };
  });
  // Image alt text repeats the start of the caption or credit line that follows it.
  for (let i = 0; i + 1 < blocks.length; i++) {
    const next = roles[i + 1]!;
    if (roles[i]!.role !== 'set-aside' && next.role === 'set-aside' && (next.reason === 'caption' || next.reason === 'credit')) {
      const t = blocks[i]!.text;
      if (t.length > 0 && blocks[i + 1]!.text.startsWith(t) && !ENDS_SENTENCE.test(t)) roles[i] = setAside('caption', 'Image text repeated by the caption that follows it.');
    }
  }
  return roles;
}

/**
 * Bullets and table rows are items: each is one unit of claims, never a heading or part of a
 * live-page item, and a list or table of them makes the report structured.
 */
export function isItem(block: Block): boolean {
  return block.kind === 'bullet' || block.kind === 'table-row';
}

function classifyOne(block: Block): Role {
  const text = block.text;
  if (block.kind === 'separator') return { role: 'item-break', reason: 'separator' };
  // Set aside as a heading is, but it heads no claims: each row carries its columns' names.
  if (block.kind === 'table-head' && text !== '') return setAside('heading', 'The header row of a table: the names of its columns, given with each row below.');
  if (text === '') return setAside('separator', 'An empty block.');
  // A name alone, even as a Markdown heading ("## Azerbaijan"), is decided by what it stands over (`markNameHeaders`).
  const side = sideOfHeader(text);
  if (side) return { role: 'side-header', side };
  if (URL_ONLY.test(text) || RETRIEVED_FROM.test(text)) return setAside('link', 'A bare web address, not a statement.');
  if (isPageFurniture(text)) return setAside('chrome', 'A page’s running header or footer, in text taken from a PDF.');
  // Markup opens with a tag or has a brace: most lines are left before the pattern runs.
  if ((text.charCodeAt(0) === 60 || text.includes('{')) && MARKUP_LINE.test(text)) return MARKUP_DATE.test(text) ? PUBLISHED_MARKUP : setAside('chrome', 'Markup of the saved web page (a link, script or style element, a comment, structured data), not text.');
  if (DOWNLOAD_LINK.test(text)) return setAside('link', 'A link to a document to download.');
  if (!isItem(block) && isNavigation(text)) return setAside('chrome', 'Site navigation: a breadcrumb, a menu or a language switch.');
  if (isChatNotice(text)) return setAside('chrome', 'A chat app’s own notice (encryption, members added, a message forwarded, deleted or its media left out), not a message.');
  if (STAGE_NOTE.test(text)) return setAside('chrome', 'A stage note of a transcript (music, a break, cross-talk, its end).');
  if (OFFSET_ALONE.test(text)) return setAside('chrome', 'An offset into the recording a transcript was made from, not a time of day.');
  if (text.length <= EMAIL_HEADER_CHARS && EMAIL_HEADER.test(text)) return setAside('chrome', 'An e-mail’s header line (sender, recipient) or the mark of a forwarded message.');
  if (DIVIDER.test(text)) return { role: 'item-break', reason: 'separator' };
  if (isDocumentComment(text)) return setAside('chrome', 'An editor’s comment in a shared document, not part of the text.');
  // The words are counted once: the tests below that want few of them run only when there are few.
  const words = WORDS(text, CHROME_MAX_WORDS);
  if (isAgoOrRead(text, words)) {
    const by = text.split(FIELD_SEPARATOR);
    return setAside(by.length > 1 && (PERSON_LINE.test(by[0]!.trim()) || SOURCE_NAME.test(by[0]!.trim())) ? 'byline' : 'chrome', 'When the page was posted, how long it takes to read, and by whom.');
  }
  if (REFERENCE_NUMBER.test(text) || DOCUMENT_SYMBOL.test(text)) return setAside('credit', 'A reference number or document code of the release.');
  if (REFERENCES_HEAD.test(text)) return setAside('heading', 'The heading of the list of sources the text cites.');
  // "[2] Example Agency, 4 May 2021." is a source wherever it stands; "[1] The ministry said …" is a digest's numbered item.
  if (REFERENCE_NOTE.test(text) || (NUMBERED_NOTE.test(text) && SOURCE_SHAPE.test(text) && !SPEECH_VERB.test(text))) return setAside('credit', 'A note in the list of sources the text cites.');
  if (POST_FOOTER.test(text)) return { role: 'item-break', reason: 'separator' };
  if (publicationLine(text)) return PUBLICATION;
  if (isChrome(text, words)) return setAside('chrome', 'Site chrome: the news site talking to its reader (notifications, accounts, donations, sharing).');
  const social = socialChrome(text, words);
  if (social !== null) return setAside('chrome', social);
  if (SPONSORED.test(text)) return setAside('chrome', 'An advertisement, by its label.');
  if (isFooterBar(text, words)) return setAside('chrome', 'The site’s footer: links to its terms, its privacy policy, its about page.');
  if (words <= 30 && POSTAL_ADDRESS.test(text)) return setAside('chrome', 'The publisher’s postal address.');
  if (isLabelledLink(text, words)) return setAside('link', 'A link with its label, not a statement.');
  if (words <= 40 && CREDIT.test(text)) return setAside('credit', 'A credit or copyright line.');
  if (WIRE_NOTE.test(text)) return setAside('credit', 'A wire service’s note on what this version of the story changed.');
  if (words <= 40 && PUBLISHER_NOTE.test(text)) return setAside('credit', 'A publisher’s note on the text (a disclaimer, what the publisher is, what the text is based on), not news.');
  if (UPDATED_STAMP.test(text)) return setAside('dateline', 'When the page was last updated.');
  if (words <= 60 && AUTHOR_BIO.test(text)) return setAside('byline', 'The author’s biography.');
  if (TIMESTAMP.test(text)) return { role: 'item-break', reason: 'dateline' };
  const dateLine = dateLineKind(text);
  if (dateLine === 'full' || (dateLine === null && (datedFields(text) || hasPublishedField(text) || isOtherCalendarDateLine(text)))) return setAside('dateline', 'The dateline: when the report was published.');
  // A date as a section heading ("## 5 October", a wiki's "=== 5 October ===") heads prose, as any heading does; on a plain line it stamps a live item.
  if (dateLine === 'bare') return block.kind === 'heading' ? { role: 'heading' } : { role: 'item-break', reason: 'dateline' };
  if (!isItem(block) && block.kind !== 'heading' && words <= NO_LETTERS_MAX_WORDS && !/\p{L}/u.test(text) && !YEAR_ALONE.test(text)) return setAside('chrome', 'A line without words: OCR noise, a page number or a sign left alone.');
  if (!isItem(block) && isCommaLabel(text, words)) return COMMA_LABEL;
  if (words <= 12 && SIGNED.test(text)) return setAside('byline', 'The signature under the text: who signed it.');
  if (!isItem(block) && ANNEX_HEADING.test(text)) return setAside('heading', 'An annex’s heading: what the annex is attached to.');
  if (words <= 12 && BYLINE.test(text) && words <= (LONG_BYLINE.test(text) ? 12 : 8)) return setAside('byline', 'A byline: who wrote or distributed the report.');
  if (words <= MADE_BY_WORDS && MADE_BY.test(text) && !reportedByOfficial(text)) return setAside('byline', 'A byline: who prepared, wrote, edited or translated the text.');
  const unfinished = !endsStatement(text);
  if ((unfinished || words <= 25) && CAPTION.test(text)) return setAside('caption', 'An image or map caption.');
  if (TEASER_PREFIX.test(text) || RELATED_LABEL.test(text) || (unfinished && (QUOTE_HEADLINE.test(text) || TEASER_MEDIA.test(text)))) return TEASER;
  return { role: 'content' };
}

/** The end of a block's first sentence, before the next one's capital. */
const FIRST_SENTENCE_END = /[.!?](?=\s+["“]?\p{Lu})/u;

/**
 * A publication line ("Published by Example Monitor 17.10.2020, 14:10", "Aired October 5, 2020 —
 * 21:00 ET."), maybe with fields after a bar ("| Updated 10/13/2020 8:10 AM EDT") or with the
 * page's notes on the text after it ("This is a rush transcript and may be updated.").
 * A line the date-line rules read already is left to them, so that it may stamp a live item.
 */
function publicationLine(text: string): boolean {
  if (text.length > PUBLICATION_LINE_CHARS) return false;
  const end = FIRST_SENTENCE_END.exec(text);
  const first = (end === null ? text : text.slice(0, end.index + 1)).trim();
  const fields = first.replace(/[.]$/u, '').split(/\s[|·]\s/u);
  // The publication word first: most lines fail here, before any date is read.
  if (!isPublicationLine(fields[0]!.trim()) || dateLineKind(text) !== null) return false;
  if (!fields.slice(1).every((f) => isPublicationLine(f.trim()) || dateLineKind(f.trim()) !== null || isAgoOrRead(f.trim()))) return false;
  const rest = end === null ? '' : text.slice(end.index + 1).trim();
  return rest === '' || isChrome(rest) || PUBLISHER_NOTE.test(rest);
}

/** A publication line with the page's notes after it is no longer than this. */
const PUBLICATION_LINE_CHARS = 400;

/** Short fields a middle dot separates on one line ("Newsroom · October 14", "Published 14 October 2020 · 6 min read"). */
const FIELD_SEPARATOR = /\s[·∙]\s/u;

/** Whether a line is short fields, one of them a date: a publication line, which the layout stage keeps whole. */
function datedFields(text: string): boolean {
  if (!FIELD_SEPARATOR.test(text) || WORDS(text, 12) > 12) return false;
  return text.split(FIELD_SEPARATOR).some((field) => dateLineKind(field.replace(/^[*_]+|[*_]+$/gu, '')) !== null);
}

/**
 * Whether a paragraph is the site talking to its reader rather than news.
 *
 * @example
 *   isChrome('Subscribe to our newsletter for the latest news.') // true
 *   isChrome('Armenia’s membership of the CSTO was discussed, the ministry said.') // false
 */
export function isChrome(text: string, words = WORDS(text, CHROME_MAX_WORDS)): boolean {
  if (words > CHROME_MAX_WORDS) return false;
  const own = maskQuotations(text).trim();
  if (CHROME_PHRASE.test(own) || CHROME_LABEL.test(own.replace(LEADING_SYMBOLS, '')) || SHARE_BAR.test(own) || CONTACT_OR_TAGS.test(own) || FOLLOW_OUTLET.test(own)) return true;
  if (CHROME_WORD.test(own) && (IMPERATIVE_START.test(own) || (SECOND_PERSON.test(own) && !isTalk(own)))) return true;
  return OUTLET_VOICE.test(own) && (SELF_PROMOTION.test(own) || (PLEA_ASK.test(own) && OUTLET_WORK.test(own)));
}

/**
 * A social page's own furniture on a line of its own: an account's handle, maybe with when it posted
 * ("@lenahp_news", "u/osce_nerd · 7h", "r/worldnews · Posted by u/x · 9h"); hashtags only; a placeholder
 * for a photo or a removed post ("[Photo] [Photo]", "[removed]"); who liked it ("Liked by x and 3,481 others").
 */
const HANDLE_LINE = /^(?:@[\w.]{2,40}|u\/[\w-]{2,40}|r\/\w{2,40}|\[deleted\])(?:\s+[·•]\s+[^·•]{1,40}){0,4}$/u;
const HASHTAGS_ONLY = /^(?:#[\p{L}\p{N}_]+[\s,]*){1,30}$/u;
const PLACEHOLDER = /^(?:[[<](?:photos?|videos?|images?|gif|sticker|audio|album|media omitted|removed|deleted)[\]>]\s*){1,20}$/iu;
const LIKED_BY = /^liked by [\w.]{2,40}(?: and [\d.,]+\s*[KkMm]? others)?$/iu;
/** The words of a bar of a social page's buttons and counters ("Like · Reply · 3h", "⬆ 312 ⬇ · Reply · Share", "1.2K Comments 734 Shares"). */
const BUTTON_WORDS = new Set(
  'like likes liked reply replies comment comments share shares shared report save retweet retweets repost reposts quote tweet tweets view views see show more less all this thread continue translation translate original rate post posts upvotes votes points others follow following verified author download live'.split(' '),
);
/** A button that may stand alone on a line: "Reply", "Follow", "Verified". */
const LONE_BUTTON = /^(?:reply|like|follow|following|verified|author|download|save|retweet|repost|translate post|post)$/iu;
/** A counter ("4,616", "1.1K") or how long ago ("3h", "2d", "48m"). */
const COUNTER_OR_AGE = /^(?:\d[\d.,]*[kmb]?|\d{1,3}(?:s|m|h|d|w|y|mo|min|mins|hr|hrs))$/u;
const BAR_MAX_WORDS = 16;

/** Whether a line is only a social page's buttons and counters, with at least one button or a counter with its noun. */
function isButtonBar(text: string, words: number): boolean {
  if (words > BAR_MAX_WORDS) return false;
  // The tokens are read one at a time: most lines fail at their first or second word, before the others are listed.
  const lower = text.toLowerCase();
  BAR_TOKEN.lastIndex = 0;
  const first = BAR_TOKEN.exec(lower)?.[0];
  if (first === undefined) return false;
  const second = BAR_TOKEN.exec(lower)?.[0];
  if (second === undefined) return LONE_BUTTON.test(text.replace(LEADING_SYMBOLS, '').replace(/\W+$/u, '')) || (COUNTER_OR_AGE.test(first.replace(/[.,]$/u, '')) && /\p{L}/u.test(first));
  // Every token a button or a counter, at least one a button.
  const bare: string[] = [];
  let token: string | undefined = first;
  while (token !== undefined) {
    const t = token.replace(/[.,]$/u, '');
    if (!BUTTON_WORDS.has(t) && !COUNTER_OR_AGE.test(t)) return false;
    bare.push(t);
    token = bare.length === 1 ? second : BAR_TOKEN.exec(lower)?.[0];
  }
  if (!bare.some((t) => BUTTON_WORDS.has(t))) return false;
  // Words alone ("Original report") may be a heading: a counter, a separator or a button only a page has makes it a bar.
  return bare.some((t) => COUNTER_OR_AGE.test(t) || PAGE_BUTTON.has(t)) || /\s[·|]\s/u.test(text);
}
/** A word or a counter of a bar, read in the lower-cased line. */
const BAR_TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.,']*/gu;
const PAGE_BUTTON = new Set('like likes reply replies retweet retweets repost reposts quote tweet translate translation thread show view continue upvotes'.split(' '));

/**
 * What opens the comments under a post: their count alone, the order they are sorted in, or a link to all of
 * them ("1,204 Comments", "Sort by: best", "Most relevant", "View all 312 comments", "Show replies"), maybe
 * with the first commenter's handle the line ran into.
 */
const COMMENTS_MARKER =
  /^(?:most relevant|newest(?: first)?|oldest(?: first)?|top comments|all comments|sort by\b[^.!?]{0,30}|view (?:all|more|previous)(?: [\d.,]+\s*[KkMm]?)? comments|[\d.,]+\s*[KkMm]? comments?|comments?\s*\(\d+\)(?:\s*\|\s*write a comment)?|show (?:more )?replies)\W*(?:\s[\w.@]{2,40})?$/iu;
/** A comment's own buttons ("Like · Reply · 3h", "Reply · 412") or the line a reply opens with ("Replying to @x"): comments follow the marker. */
const REPLY_SIGN = /(?:^|[\s·|])reply\b|^replying to @/iu;

/**
 * Why a line is a social page's furniture, or null: a handle, hashtags, a placeholder, who liked it,
 * a bar of buttons and counters, the line that opens the comments.
 */
function socialChrome(text: string, words: number): string | null {
  if (words > BAR_MAX_WORDS) return null;
  if (HANDLE_LINE.test(text)) return 'An account’s handle (and when it posted) on a social page, not a statement.';
  if (HASHTAGS_ONLY.test(text)) return 'The post’s hashtags, not a statement.';
  if (PLACEHOLDER.test(text)) return 'A placeholder where a photo, a video or a removed post was.';
  if (LIKED_BY.test(text) || isButtonBar(text, words)) return 'A social page’s buttons and counters (likes, replies, shares).';
  if (COMMENTS_MARKER.test(text)) return 'The line that opens the comments under the post.';
  return null;
}

/** A link and its short label, or links by their platforms' names: "Full statement of the MoD: https://t.me/…", "🔗 reuters.com/…", "Twitter: @desk · Facebook: fb.com/desk". */
const LINK_TARGET = /^(?:@[\w.]{2,40}|<?(?:https?:\/\/\S+|www\.[^\s.]+\.\S+|(?:[\p{L}\d-]+\.)+\p{L}{2,}\/\S*)>?)$/iu;
const LINK_LABEL_WORDS = 12;

function isLabelledLink(text: string, words: number): boolean {
  if (words > LINK_LABEL_WORDS + 1) return false;
  return text.split(FIELD_SEPARATOR).every((field) => {
    const f = field.trim();
    const space = f.lastIndexOf(' ');
    if (space < 0 || !LINK_TARGET.test(f.slice(space + 1))) return false;
    const label = f.slice(0, space).replace(LEADING_SYMBOLS, '').trim();
    // A symbol alone ("🔗"), a platform's name ("Twitter: @desk"), or a label ending in a colon or an arrow that is no sentence
    // ("Not subscribed yet? Sign up here: …" is chrome); a handle only after a platform's name.
    if (label === '' || PLATFORM_LABEL.test(label)) return true;
    return /[:→]$/u.test(label) && !/[.!?]\s/u.test(label) && !f.slice(space + 1).startsWith('@');
  });
}
const PLATFORM_LABEL = /^(?:twitter|x|facebook|instagram|telegram|youtube|tiktok|vk|threads|mastodon|website|web)\s*:$/iu;

/** "Sponsored · Learn Russian in 30 days": an advertisement by its label. */
const SPONSORED = /^(?:sponsored|advertisement|promoted|paid (?:content|post|partnership)|partner content)\s*[·|:–—-]\s/iu;
/** A postal address: a name, then a house number and a street, then a town and a country ("Desk Media, 14 Rustaveli Avenue, Tbilisi, Georgia"). */
const POSTAL_ADDRESS = /^[^.!?,]{2,60},\s*\d{1,5}[a-z]?,?\s+(?:[\p{L}'’.-]+\s){1,4}(?:avenue|ave\.?|street|str?\.?|road|rd\.?|boulevard|blvd\.?|lane|square|sq\.?|prospect|highway)(?:,\s*[^,.!?]{2,40}){1,4}$/iu;
/** A site's footer: short links, one of them to its terms, privacy or about page ("About X · How we choose sources · Privacy · Terms"). */
const FOOTER_LINK = /^(?:privacy(?: policy)?|terms(?: of (?:use|service))?|cookies?(?: policy)?|about(?: us| [\p{L}\d.-]+)?|contact(?: us)?|advertis(?:e|ing)(?: with us)?|imprint|impressum|sitemap|rss|careers|methodology|corrections(?: log)?)$/iu;

function isFooterBar(text: string, words: number): boolean {
  if (words > BAR_MAX_WORDS) return false;
  const links = text.split(/\s[·|•]\s/u).map((l) => l.trim());
  return links.length >= 3 && links.some((l) => FOOTER_LINK.test(l)) && links.every((l) => WORDS(l, 5) <= 5 && !/[.!?]$/u.test(l));
}

/** A year alone may head a timeline's section: never taken for noise. */
const YEAR_ALONE = /^(?:1[89]|20)\d\d$/u;
/** A line without a letter: OCR noise, a page number or a sign left alone ("'", "~ |", "»", "- 1 -", "2/3 20-13217"). */
const NO_LETTERS_MAX_WORDS = 4;
/**
 * A preamble's or a signature's label, ending with a comma and made of a name's words: "The Chamber of
 * Representatives,", "The President of the Chamber,". What follows it is the text (or the signatory).
 */
function isCommaLabel(text: string, words: number): boolean {
  return words <= 8 && text.endsWith(',') && (NAME_WORDS.test(text.slice(0, -1).trim()) || SALUTATION.test(text)) && !SPEECH_VERB.test(text);
}
/** "Dear compatriots,": the salutation a letter or a post opens with. */
const SALUTATION = /^(?:my )?dear\s[^,.!?:;]{1,40},$/iu;
/** "(Signed) Mher Margaryan, Ambassador": a signature as a copy of the signed text marks it. */
const SIGNED = /^\(signed\)\s+\p{Lu}/iu;
/** "Annex to the letter dated 13 October 2020 from …", "Annex II": what an annex is attached to, a heading. */
const ANNEX_HEADING = /^annex(?:es)?(?:\s+(?:[IVX]{1,5}|\d{1,3}|[A-Z]))?(?:\s+to\s+(?:the\s+)?(?:letter|note verbale|note|report|resolution|document|statement|decision)\b[^.!?]{0,200})?$/iu;

/** The form of a verb that has spoken: "says", "denied", "said", "told", "wrote". */
const SPOKEN_FORM = /(?:s|ed|said|told|wrote)$/u;

/**
 * Whether a paragraph that says "you" is talk, not a site addressing its reader: a labelled turn
 * of a transcript, a verb of speech after its first word ("Baku says it took Jabrayil — your
 * comment?"), or a person or a body named ("a member of the Armenian parliament"). A call to act
 * opening with its verb ("Tell us your story", "Share your comment") or a verb in the plain form
 * ("Your support helps us to tell the story") stays chrome.
 */
function isTalk(own: string): boolean {
  if (TURN_LABEL.test(own)) return true;
  // A verb that has spoken ("Baku says", "has said", "told"), not a plain form ("helps us to tell the story").
  for (const verb of allMatches(own, SPEECH_VERB_PATTERN)) if (verb.index > 0 && SPOKEN_FORM.test(verb[0])) return true;
  return findActors(own).some((a) => a.kind !== 'nationality');
}

/** Symbols a menu button or a label opens with: "☰ Menu", "⚡ AMP". */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}([]+/u;

/** Site navigation's separators: a breadcrumb's arrows, a bar or a slash between short links. */
const ARROW_SEPARATOR = /\s[»›>]\s/u;
const BAR_SEPARATOR = /\s[/|]\s/u;
/**
 * A menu with no separators left: "Home News Politics Region Economy", its links a site's section words, all but
 * one at most; "Home Guard Units Repel Attack Near Hadrut" is a headline.
 */
const MENU_LINE = /^(?:Home|Main|HOME|MAIN)((?:\s+\p{Lu}[\p{L}-]*){3,12})$/u;
const MENU_WORD =
  /^(?:News|Politics|Region|Regions|Economy|Business|Opinion|Opinions|Analysis|World|Society|Culture|Sports?|Science|Health|Tech|Technology|Lifestyle|Travel|Multimedia|Videos?|Photos?|Gallery|Podcasts?|Audio|Live|Latest|TV|Radio|Interviews?|Features|Reports|Editorial|Columns|Blogs?|Events|Archive|About|Contacts?|Media|Press|Official|International|Local|Caucasus|Armenia|Azerbaijan|Karabakh|Artsakh|Georgia|Russia|Turkey|Iran|Europe|Asia|Security|Defen[cs]e|Military|Diaspora|Education|Search|English)$/iu;

function isMenuLine(text: string): boolean {
  const m = MENU_LINE.exec(text);
  if (m === null) return false;
  const words = m[1]!.trim().split(/\s+/u);
  return words.filter((w) => !MENU_WORD.test(w)).length <= 1;
}
/**
 * A breadcrumb ("Home > News > Transcripts", "World › Caucasus"), a bar of links ("Home | News |
 * Analysis | About us", "EN | RU | AZ") or a menu line: short links, none a sentence. A bar or slash
 * needs three links, or "Home" first, and no digits, since a headline may have a bar before its
 * section ("Shelling in Terter | Live") or a date.
 */
export function isNavigation(text: string): boolean {
  if (isMenuLine(text)) return true;
  const arrows = ARROW_SEPARATOR.test(text);
  if (!arrows && !BAR_SEPARATOR.test(text)) return false;
  const crumbs = text.split(arrows ? ARROW_SEPARATOR : BAR_SEPARATOR).map((c) => c.trim());
  if (crumbs.length < 2 || !crumbs.every((c) => /\p{L}/u.test(c) && WORDS(c, 4) <= 4 && !/[.!?:;,]$/u.test(c))) return false;
  // Two crumbs may be a source and what it said ("Armenian MoD » Azerbaijani forces shelled Martuni"): no verb in them.
  if (arrows) return crumbs.length >= 3 || /^(?:home|main)$/iu.test(crumbs[0]!) || !crumbs.some(hasVerb);
  return !/\d/u.test(text) && (crumbs.length >= 3 || /^(?:home|main)$/iu.test(crumbs[0]!));
}

/** A verb a headline has and a name or a section does not: of speech, in the past ("shelled"), or a headline's own ("Says", "Is"). */
function hasVerb(text: string): boolean {
  const titled = text.replace(/\p{L}+/gu, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase());
  return SPEECH_VERB.test(text) || HEADLINE_WORD.test(titled) || hasPastTense(text);
}

/** "2 hours ago · 3 min read", "Hasmik Arakelyan · 2 hours ago": when posted and how long to read, maybe after a name. */
function isAgoOrRead(text: string, words = WORDS(text, 14)): boolean {
  if (words > 14) return false;
  const fields = text.split(FIELD_SEPARATOR).map((f) => f.trim());
  // The first field may name who wrote or passed it on: "Anna Lee · 2 hours ago", "APA · 4 hours ago", "via News.am · 5 hours ago".
  const rest = fields.length > 1 && (PERSON_LINE.test(fields[0]!) || SOURCE_NAME.test(fields[0]!)) ? fields.slice(1) : fields;
  return rest.length > 0 && rest.every((f) => AGO_OR_READ.test(f));
}

/** An outlet's name before when it posted ("APA · 4 hours ago", "IRNA via Reuters · 9 hours ago", "via News.am · 5 hours ago", "by Example Wire · 1 hour ago"). */
const SOURCE_NAME = /^(?:(?:via|by)\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}.&'’-]*|via|of|the|and)){0,4}$/u;

/** Whether a text ends as a sentence does, or is sentences with their source after them ("“…calm.” — Baku", "… Source: Armenpress"). */
function endsStatement(text: string): boolean {
  return ENDS_SENTENCE.test(text) || QUOTED_STATEMENT.test(text) || SOURCED_STATEMENT.test(text);
}

/** A line opening with a capital, a digit or a quotation mark, after any flags and symbols ("🌍 REACTIONS"). */
const SYMBOLS_THEN_CAPITAL = new RegExp(String.raw`^[${HEADER_SYMBOLS}\s]*[\p{Lu}\d“"«]`, 'u');

/** A short line that does not end like a sentence: a heading, a headline or a title. */
function looksLikeHeading(text: string): boolean {
  return WORDS(text, 16) <= 16 && !endsStatement(text) && SYMBOLS_THEN_CAPITAL.test(text) && !/[,;]$/.test(text);
}

/** A "Related" line, and the headline-like lines right after it: links to other coverage. */
function markRelatedLinks(blocks: readonly Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (!RELATED_LABEL.test(blocks[i]!.text)) continue;
    for (let j = i + 1; j < blocks.length; j++) {
      const r = roles[j]!;
      // Chrome between the label and its links ("Key events", "Show key events only", the links) does not end them.
      if (r.role === 'set-aside' && r.reason === 'chrome') continue;
      if ((r.role !== 'content' && r.role !== 'heading') || ENDS_SENTENCE.test(blocks[j]!.text) || WORDS(blocks[j]!.text, 20) > 20) break;
      roles[j] = TEASER;
    }
  }
}

/**
 * The lines under a "References" or "Sources" heading are the sources the text cites, up to the
 * next heading of the document's own: none is a claim, whatever its shape.
 */
function markReferences(blocks: readonly Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    // "Notes" over "[1] …" heads the sources too: it heads no claims.
    const r = roles[i]!;
    const heads = r.role === 'heading' || r === LONE_HEADLINE;
    const notes = heads && i + 1 < blocks.length && isNote(blocks[i + 1]!.text);
    if (notes) roles[i] = setAside('heading', 'The heading of the list of sources the text cites.');
    if (!notes && !REFERENCES_HEAD.test(blocks[i]!.text)) continue;
    let j = i + 1;
    // The list ends at a heading of the document's own, or at the first line with no source's shape (the text going on).
    for (; j < blocks.length && blocks[j]!.kind !== 'heading' && roles[j]!.role !== 'side-header' && (isNote(blocks[j]!.text) || SOURCE_SHAPE.test(blocks[j]!.text)); j++) {
      const under = roles[j]!;
      // A source's date alone ("Example Wire, 3 May 2021") reads as a dateline; here it is a reference too.
      const open = under.role === 'content' || under.role === 'heading' || ((under.role === 'set-aside' || under.role === 'item-break') && (under.reason === 'teaser' || (under.reason === 'dateline' && under !== PUBLICATION)));
      if (open) roles[j] = setAside('credit', 'A note in the list of sources the text cites.');
    }
    // The list ends where the next one would begin: each block is looked at once.
    i = j - 1;
  }
}

function isNote(text: string): boolean {
  return REFERENCE_NOTE.test(text) || NUMBERED_NOTE.test(text);
}

/** "Stéphane Dujarric, Spokesman for the Secretary-General": a name in capitals (case matters, so no `i`)… */
const SIGNED_NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’-]+,\s/u;
/** …and the post it signs with, without a sentence. */
const SIGNED_POST =
  /^[^,]*,\s+(?:the\s+)?(?:[\p{L}-]+\s){0,2}(?:spokes(?:man|woman|person)|press secretary|head|director|chief|minister|ambassador|representative|secretary|adviser|advisor|assistant|envoy|commissioner|ombudsman|chairman|chairwoman|chair|president)\b[^.!?:]{0,80}$/iu;
const isSignature = (text: string) => SIGNED_NAME.test(text) && SIGNED_POST.test(text);
/** Words of a name: capitals, and the small words a name of a body has ("of the", "and", "for", "Press service of …"). */
const NAME_WORDS = /^(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|on|in|de|du|des|service|office|department)(?:\s(?:\p{Lu}[\p{L}'’.-]*|of|the|and|for|on|in|de|du|des|service|office|department)){1,15}$/u;
/** A body that publishes statements: a ministry, its press service, a headquarters, the UN. */
const BODY_WORD = wordStarts(/\b(?:ministry|ministries|department|office|press service|service|headquarters|secretariat|embassy|mission|committee|council|agency|administration|government|presidency|united nations|chamber|parliament|human rights defender|ombudsm[ae]n|ombudsperson)\b/iu);
/** A person's name alone, perhaps with where they report from: "Nadia Kerrow", "Andrew Meade in Yerevan". */
const PERSON_LINE = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2}(?:\s(?:in|from)\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)?$/u;

/** A note in brackets after a body's name: "HUMAN RIGHTS DEFENDER OF THE REPUBLIC OF ARTSAKH (NAGORNO-KARABAKH)". */
const NAME_NOTE = /\s*\([^()]{1,40}\)$/u;

/** A signatory's name: two to four capitalised words, the surname maybe in capitals ("Artak Beglaryan", "Marc VAN DER HULST"). */
const SIGNER_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,3}$/u;

/**
 * A name over its post ("Artak Beglaryan" over "Human Rights Defender of the Republic of Artsakh"), or that post:
 * the post is a name's words, no verb, no sentence. Both sign the text when nothing but signatures follows.
 */
function isNameAndPost(blocks: readonly Block[], i: number): boolean {
  const isPost = (k: number) => k < blocks.length && WORDS(blocks[k]!.text, 12) <= 12 && NAME_WORDS.test(blocks[k]!.text) && !SPEECH_VERB.test(blocks[k]!.text);
  const text = blocks[i]!.text;
  if (SIGNER_NAME.test(text)) return isPost(i + 1) && !SIGNER_NAME.test(blocks[i + 1]!.text);
  return i > 0 && SIGNER_NAME.test(blocks[i - 1]!.text) && isPost(i) && !SIGNER_NAME.test(text);
}

/** A body's name alone on a line (maybe with a note in brackets after it), with no verb: a letterhead or the signature under a release. */
export function isBodyName(text: string): boolean {
  const name = text.endsWith(')') ? text.replace(NAME_NOTE, '') : text;
  return NAME_WORDS.test(name) && BODY_WORD.test(name) && !SPEECH_VERB.test(name);
}

/**
 * Who signs: after the last paragraph, a name and post ("…, Spokesman for the Secretary-General")
 * or a body's name ("Press service of the Ministry of Defense") are the release's signature; and a
 * person's name ending a live item, before its sharing buttons or again elsewhere on the page
 * ("Nadia Kerrow", "Andrew Meade in Yerevan"), is the item's author. Neither is a claim.
 */
function markSignatures(blocks: readonly Block[], roles: Role[]): void {
  // Whether a block signs is asked only from the last paragraph on: from the end back to the first content that does not sign.
  const signs: (boolean | undefined)[] = [];
  const signsAt = (i: number): boolean => (signs[i] ??= isSignature(blocks[i]!.text) || isBodyName(blocks[i]!.text) || isNameAndPost(blocks, i));
  let lastContent = -1;
  for (let i = roles.length - 1; i >= 0; i--) {
    if (roles[i]!.role === 'content' && !signsAt(i)) {
      lastContent = i;
      break;
    }
  }
  const seen = new Map<string, number>();
  for (const b of blocks) seen.set(b.text, (seen.get(b.text) ?? 0) + 1);
  roles.forEach((r, i) => {
    const text = blocks[i]!.text;
    const open = r.role === 'content' || r.role === 'heading' || (r.role === 'set-aside' && r.reason === 'teaser');
    if (!open || isItem(blocks[i]!)) return;
    if (i > lastContent && lastContent >= 0 && signsAt(i)) {
      roles[i] = setAside('byline', 'The signature under the text: who issued it.');
      return;
    }
    // "The President of the Chamber," over "Eliane TILLIEUX": the signatory under the post's label.
    if (i > 0 && roles[i - 1] === COMMA_LABEL && SIGNER_NAME.test(text)) {
      roles[i] = setAside('byline', 'The signatory named under the post’s label.');
      return;
    }
    if ((r.role === 'set-aside' && r !== LONE_HEADLINE) || !PERSON_LINE.test(text) || i === 0 || roles[i - 1]!.role !== 'content') return;
    const next = roles[i + 1];
    const beforeChrome = next?.role === 'set-aside' && next.reason === 'chrome';
    // A name again elsewhere ends an item only where no text follows it, and names no actor: "Nikol Pashinyan" heading his statements is a headline.
    const again = (seen.get(text) ?? 0) > 1 && (next === undefined || next.role === 'item-break' || next.role === 'set-aside') && findActors(text).length === 0;
    if (beforeChrome || again) roles[i] = setAside('byline', 'The author of the live item above.');
  });
}

/**
 * A short line without a full stop heads what follows it: a section heading or a live-page
 * headline. With nothing under it before the next time stamp or separator it is a one-line
 * item (a claim); with nothing under it at all, a link to other coverage left at the end.
 * A paragraph that only looked like a teaser ("… Photo/video") but has text of its own under
 * it is a headline.
 */
function markHeadings(blocks: readonly Block[], roles: Role[]): void {
  for (let i = 0; i < blocks.length; i++) {
    const r = roles[i]!;
    const block = blocks[i]!;
    if (isItem(block)) {
      // "1. Situation at the front" over paragraphs is a numbered section heading, not a claim.
      const next = nextKept(roles, i);
      const leadIn = /:$/u.test(block.text) || SPEECH_VERB.test(block.text);
      if (block.kind === 'bullet' && r.role === 'content' && !leadIn && looksLikeHeading(block.text) && WORDS(block.text, 8) <= 8 && next >= 0 && roles[next]!.role === 'content' && !isItem(blocks[next]!)) roles[i] = { role: 'heading' };
      // "2. CLAIMS AND COUNTER-CLAIMS": a short line in capitals heads its section whatever stands under it, bullets too.
      else if (block.kind === 'bullet' && r.role === 'content' && !leadIn && isCapitalsHeading(block.text)) roles[i] = { role: 'heading' };
      continue;
    }
    const weakTeaser = r.role === 'set-aside' && r.reason === 'teaser' && !TEASER_PREFIX.test(block.text) && !RELATED_LABEL.test(block.text);
    if (!(r.role === 'content' && looksLikeHeading(block.text)) && !weakTeaser) continue;
    const next = nextKept(roles, i);
    if (r.role === 'content' && introducesQuotation(block.text) && next >= 0 && !isItem(blocks[next]!)) continue;
    const after = next < 0 ? null : roles[next]!;
    if (weakTeaser) {
      if (after?.role === 'content' && !isItem(blocks[next]!)) roles[i] = { role: 'heading' };
    } else if (after === null) {
      roles[i] = LONE_HEADLINE;
    } else if (after.role !== 'item-break') {
      roles[i] = { role: 'heading' };
    }
  }
}

/** A lead-in is a sentence; a shorter line with a colon ("What the ministry said:") heads a section. */
const QUOTATION_LEAD_WORDS = 8;

/**
 * A line ending in a colon whose sentence has someone speaking ("Consider what President Ilham
 * Aliyev told the Turkish channel Haber Global on October 30:") introduces the quotation under it:
 * it is text, not a heading over what follows.
 */
function introducesQuotation(text: string): boolean {
  if (!/:$/u.test(text) || WORDS(text, QUOTATION_LEAD_WORDS) < QUOTATION_LEAD_WORDS || !SPEECH_VERB.test(text)) return false;
  return findSpeaker(text)?.kind === 'named';
}

/** A section's name in capitals: no small letter, a few capitals, no sentence ("MILITARY SITUATION", "CLAIMS AND COUNTER-CLAIMS"). */
function isCapitalsHeading(text: string): boolean {
  return WORDS(text, CAPITALS_HEADING_WORDS) <= CAPITALS_HEADING_WORDS && !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !endsStatement(text) && !/[,;:]$/u.test(text);
}
const CAPITALS_HEADING_WORDS = 8;

/** A question a section opens with ("How did the fighting start?", "WHAT HAPPENED?"): one sentence that asks. */
const QUESTION_HEADING = /^(?:how|what|why|who|whom|whose|when|where|which|is|are|was|were|has|have|had|do|does|did|can|could|will|would|should|shall)\b[^.!?]*\?$/iu;
const QUESTION_HEADING_WORDS = 14;
const QUESTION_HEADING_ROLE = setAside('heading', 'A question the text under it answers: a heading, not a claim.');

/**
 * An explainer's questions, each over its answer: a short question alone over a paragraph that is no
 * question is a heading, not a claim. It is set aside rather than made a heading, so that a page of
 * questions and answers is never taken for a live page gluing each answer into one item.
 */
function markQuestions(blocks: readonly Block[], roles: Role[]): void {
  roles.forEach((r, i) => {
    const text = blocks[i]!.text;
    if (r.role !== 'content' || isItem(blocks[i]!) || !text.endsWith('?') || WORDS(text, QUESTION_HEADING_WORDS) > QUESTION_HEADING_WORDS || !QUESTION_HEADING.test(text)) return;
    const next = nextKept(roles, i);
    if (next >= 0 && roles[next]!.role === 'content' && !isItem(blocks[next]!) && !blocks[next]!.text.endsWith('?')) roles[i] = QUESTION_HEADING_ROLE;
  });
}

/** Text that says a table or a list follows: "… is given in the table below.", "… are listed below:". */
const TABLE_BELOW = wordStarts(/\b(?:(?:is|are) (?:given|shown|listed|presented|set out|summari[sz]ed|provided) (?:in the (?:following )?(?:table|list|chart)|below)|in the (?:table|list|chart) below|(?:table|list|chart) below (?:shows|gives|lists))\b/iu);
const LEAD_IN_WORDS = 20;
/** A list's item by its number in a numbered document: "2.1. 91 civilians …". */
const SUB_NUMBER = /^\d{1,3}(?:\.\d{1,3})+\.?\s/u;
/** "Source: operational data of …" under a table: where its figures come from. */
const TABLE_SOURCE = /^(?:sources?|data)\s*:\s/iu;

/**
 * Text that only introduces the list or the table under it ("As a result of these attacks:", "The figures
 * by district are given in the table below.") is no claim of its own, when it names no one (a speaker's
 * "The ministry said:" stays, for the items to be its); and the source line under a table is its credit.
 */
function markLeadIns(blocks: readonly Block[], roles: Role[]): void {
  roles.forEach((r, i) => {
    if (r.role !== 'content') return;
    const text = blocks[i]!.text;
    if (i > 0 && blocks[i - 1]!.kind === 'table-row' && !isItem(blocks[i]!) && TABLE_SOURCE.test(text) && WORDS(text, 40) <= 40) {
      roles[i] = setAside('credit', 'The source of the table above.');
      return;
    }
    if (WORDS(text, LEAD_IN_WORDS) > LEAD_IN_WORDS || !(text.endsWith(':') || TABLE_BELOW.test(text))) return;
    const next = nextKept(roles, i);
    if (next < 0 || roles[next]!.role !== 'content' || !(isItem(blocks[next]!) || SUB_NUMBER.test(blocks[next]!.text)) || SPEECH_VERB.test(text) || findActors(text).length > 0) return;
    roles[i] = setAside('heading', 'Text that introduces the list or table under it, with no claim of its own.');
  });
}

const COMMENT = setAside('chrome', 'A comment under the post, by another account, or its author’s name and buttons: not the post’s own text.');

/**
 * The comments under a post: after the line that opens them ("Most relevant", "1,204 Comments", "Sort by:
 * best", "View all 312 comments"), once a comment's buttons ("Like · Reply · 3h") or a reply's first line
 * ("Replying to @…") stand below it, whatever is left of the page is comments, their authors and buttons.
 * Only after the post's text has begun: a count of comments at the top of a page opens nothing.
 */
function markComments(blocks: readonly Block[], roles: Role[]): void {
  // An account's name over its handle ("Hikmet Hajiyev" over "@HikmetHajy"): who posts, not what.
  roles.forEach((r, i) => {
    if ((r.role === 'content' || r.role === 'heading') && i + 1 < blocks.length && blocks[i + 1]!.text.startsWith('@') && HANDLE_LINE.test(blocks[i + 1]!.text) && WORDS(blocks[i]!.text, 6) <= 6 && !endsStatement(blocks[i]!.text)) {
      roles[i] = setAside('byline', 'The account’s name over its handle: who posted, not a statement.');
    }
  });
  const first = roles.findIndex((r) => r.role === 'content');
  if (first < 0) return;
  const marker = blocks.findIndex((b, i) => i > first && WORDS(b.text, BAR_MAX_WORDS) <= BAR_MAX_WORDS && COMMENTS_MARKER.test(b.text));
  if (marker < 0) return;
  const replies = blocks.some((b, i) => i > marker && WORDS(b.text, BAR_MAX_WORDS) <= BAR_MAX_WORDS && (/^replying to @/iu.test(b.text) || (/\breply\b/iu.test(b.text) && isButtonBar(b.text, WORDS(b.text, BAR_MAX_WORDS)))));
  if (!replies) return;
  for (let j = marker + 1; j < blocks.length; j++) {
    const r = roles[j]!;
    if (r.role !== 'set-aside' || r === LONE_HEADLINE) roles[j] = COMMENT;
  }
}

/** A teaser's snippet is no longer than this. */
const SNIPPET_WORDS = 40;
const SNIPPET = setAside('teaser', 'The snippet under a teaser for other coverage.');

/**
 * The snippet under a teaser in a listing ("OPINION: Why the truce failed", "Example Weekly · 10 hours ago",
 * "Our columnist argues …"): a short paragraph after a labelled teaser and its source's line, with only other
 * teasers or set-aside lines after it, is the teaser's too. A live page's "Analysis:" item with text after it,
 * or a paragraph right under a "Watch:" link, keeps its text.
 */
function markTeaserSnippets(blocks: readonly Block[], roles: Role[]): void {
  roles.forEach((r, i) => {
    if (r !== TEASER || !TEASER_PREFIX.test(blocks[i]!.text)) return;
    const j = nextKept(roles, i);
    if (j < 0 || roles[j]!.role !== 'content' || isItem(blocks[j]!) || WORDS(blocks[j]!.text, SNIPPET_WORDS) > SNIPPET_WORDS) return;
    // A listing's entry: the teaser, its source and when it was posted, the snippet.
    if (!blocks.slice(i + 1, j).some((b) => isAgoOrRead(b.text))) return;
    const after = nextKept(roles, j);
    if (after < 0 || roles[after] === TEASER || roles[after] === LONE_HEADLINE) roles[j] = SNIPPET;
  });
}

/**
 * Notes under a rule at the end of a document ("____", then "[1] …", "[2] …"): every line from the rule to the end
 * is a note, whatever its shape, when all of them are numbered notes (a digest numbers its items so too, but goes on).
 */
function markFootnotes(blocks: readonly Block[], roles: Role[]): void {
  // The run at the end of the text of notes and lines set aside, walked back once: the rule must stand right before it.
  let start = blocks.length;
  while (start > 0 && (roles[start - 1]!.role === 'set-aside' || NUMBERED_NOTE.test(blocks[start - 1]!.text))) start--;
  if (start === 0 || roles[start - 1]!.role !== 'item-break') return;
  const notes: number[] = [];
  for (let j = start; j < blocks.length; j++) if (roles[j]!.role !== 'set-aside') notes.push(j);
  if (notes.length < 2 || !NUMBERED_NOTE.test(blocks[start]!.text)) return;
  for (const j of notes) roles[j] = setAside('credit', 'A note at the foot of the document.');
}

/**
 * A side's name alone on a line or as a Markdown heading ("AZERBAIJAN", "## Armenia") over
 * bullets or a table heads that side's section, as "Azerbaijan:" does; over prose it stays a
 * heading, since a name over paragraphs is as often what they are about, and their speakers
 * decide ("## Azerbaijan" over "The Armenian ministry denied it" is no claim of Baku's).
 */
function markNameHeaders(blocks: readonly Block[], roles: Role[]): void {
  roles.forEach((r, i) => {
    if (r.role !== 'heading') return;
    const next = nextKept(roles, i);
    if (next < 0 || !isItem(blocks[next]!)) return;
    const side = sideOfHeader(blocks[i]!.text, true);
    if (side) roles[i] = { role: 'side-header', side };
  });
}

/**
 * A report that is only headlines ("Azerbaijan says three villages taken - Trend", one a line,
 * as news digests list them) has nothing under any of them: each is a one-line item, not a
 * heading over the next. Links to other coverage ("Read more: …") stay teasers.
 */
function markHeadlineList(roles: Role[]): void {
  if (roles.some((r) => r.role === 'content')) return;
  roles.forEach((r, i) => {
    if (r.role === 'heading' || r === LONE_HEADLINE) roles[i] = { role: 'content' };
  });
}

/** A paragraph this long that comes again word for word, next to another that does, is part of a second copy of the page. */
const REPEAT_MIN_WORDS = 15;
/** A paragraph this long that comes again is a second copy even alone. */
const REPEAT_ALONE_WORDS = 40;

/**
 * Paragraphs that stand again later, equal but for spaces (a page saved with its AMP copy and its
 * canonical copy, a story pasted twice): the later copies are set aside, saying which paragraph
 * each repeats, so that no claim is counted twice. Only a copy: two or more paragraphs in a row
 * that repeat paragraphs standing in a row in the same order, or one long paragraph alone; a live
 * page may quote a short statement again on purpose. Only under the same side's header (or none):
 * what both sides published in the same words is each side's. Bullets and table rows are left
 * alone: a digest may list an item under two headers.
 */
function markRepeats(blocks: readonly Block[], roles: Role[]): void {
  /** Each block not set aside, in order: its index, and the position in this list of the paragraph it repeats (-1 if none). */
  const kept: { index: number; repeats: number }[] = [];
  /** Each long paragraph's first place in `kept`, and the side whose header it stood under. */
  const seen = new Map<string, { at: number; side: string | null }>();
  let side: string | null = null;
  roles.forEach((r, i) => {
    const block = blocks[i]!;
    if (r.role === 'side-header') side = r.side;
    // A heading, a stamp or a side's header between two repeats ends the run: they are in two items, not one copy.
    if (r.role === 'set-aside') return;
    const long = r.role === 'content' && !isItem(block) && WORDS(block.text, REPEAT_MIN_WORDS) >= REPEAT_MIN_WORDS;
    const key = long ? block.text.replace(/\s+/gu, ' ').trim() : null;
    const first = key === null ? undefined : seen.get(key);
    if (key !== null && first === undefined) seen.set(key, { at: kept.length, side });
    // The same words under the other side's header are that side's statement too (a joint statement both published), not a copy.
    kept.push({ index: i, repeats: first !== undefined && first.side === side ? first.at : -1 });
  });
  kept.forEach(({ index, repeats }, n) => {
    if (repeats < 0) return;
    const before = kept[n - 1];
    const after = kept[n + 1];
    const copy = (before !== undefined && before.repeats >= 0 && before.repeats === repeats - 1) || (after !== undefined && after.repeats >= 0 && after.repeats === repeats + 1);
    if (copy || WORDS(blocks[index]!.text, REPEAT_ALONE_WORDS) >= REPEAT_ALONE_WORDS) {
      roles[index] = setAside('chrome', `Repeats the paragraph at line ${blocks[kept[repeats]!.index]!.line}: a second copy of the same text on the page.`);
    }
  });
}

/** The next block that is not set aside, or -1. */
export function nextKept(roles: readonly Role[], from: number): number {
  for (let j = from + 1; j < roles.length; j++) if (roles[j]!.role !== 'set-aside') return j;
  return -1;
}

/** A title that only says what kind of document it is, or opens by saying so: "PRESS RELEASE", "Information bulletin of …". */
const DOCUMENT_TYPE =
  /^(?:(?:official|joint|first|second|third|fourth|fifth|final|interim|annual|special|preliminary|draft|consolidated) ){0,3}(?:press release|news release|press statement|statement|communiqu[eé]|announcement|information(?: bulletin)?|bulletin|briefing|press briefing|declaration|report|resolution|letter dated|open letter|appeal|memorandum)\b/iu;
/**
 * What is never a title, wherever it stands: a search box with what was typed in it ("Search Facebook"),
 * a link to skip the navigation, a machine translation's banner ("This page has been translated from:
 * Turkish | Show original").
 */
const NOT_TITLE =
  /^(?:search(?:\s+[^\s]+)?|skip (?:navigation|to (?:main )?content)|(?:this|the) (?:page|article|text|post) (?:has been|was|is) (?:automatically |machine[- ])?translated\b.*|(?:automatically |machine[- ])?translated (?:from|by) [\p{L} ]{2,30}(?:\s[|·]\s.*)?|show original|see original|view original|original text)$/iu;
/** A post's time as a social network prints it under its author: "October 17 at 9:40 AM · 🌐", "Yesterday at 18:05". */
const POST_TIME = /^(?:\p{L}+ \d{1,2}|\d{1,2} \p{L}+|yesterday|today)(?:,? \d{4})? at \d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[·•]\s.{0,10})?$/iu;

/**
 * The author above a social network's post: a person's name, then their handle or the post's time
 * ("Lena Haroutunian-Price" over "@lenahp_news"). A name is never the title.
 */
function isAuthorLine(blocks: readonly Block[], roles: readonly Role[], i: number): boolean {
  if (!PERSON_LINE.test(blocks[i]!.text)) return false;
  let k = i + 1;
  while (k < blocks.length && isReasonOf(roles[k]!, 'separator')) k++;
  return k < blocks.length && (HANDLE_LINE.test(blocks[k]!.text.trim()) || POST_TIME.test(blocks[k]!.text.trim()));
}
/** Site navigation: "Home » Media center » Press releases", "Home / Press service". */
const CRUMB_SEPARATOR = /\s[/»›>|]\s/u;
/** A kicker over a headline, not a headline: "LIVE UPDATES", "Breaking news", "Developing story". */
const KICKER = /^(?:live|live updates?|live blog|live coverage|breaking|breaking news|developing|developing story|just in|latest|update|exclusive)\W*$/iu;

/**
 * What a site puts above a title: a breadcrumb, a section label or a kicker (a line of one
 * word), a body's name on its letterhead, or a section and brand ("PRESS REVIEW | Caucasus
 * Watch"). `strong` when it cannot be a title itself, so the title may come after a dateline.
 */
function mastheadKind(text: string): 'strong' | 'weak' | null {
  const crumbs = text.split(CRUMB_SEPARATOR);
  if (crumbs.length >= 2 && crumbs.every((c) => WORDS(c, 4) <= 4) && (crumbs.length >= 3 || /^(?:home|main)$/iu.test(crumbs[0]!.trim()))) return 'strong';
  if (KICKER.test(text) || isBodyName(text) || isNamePair(text) || NOT_TITLE.test(text) || SERVICE_NAME.test(text)) return 'strong';
  if (crumbs.length === 2 && /\|/u.test(text) && crumbs.every((c) => WORDS(c, 4) <= 4)) return 'strong';
  // A name in two scripts: "Kavkaz-Uzel Digest / Кавказский дайджест".
  if (crumbs.length === 2 && crumbs.every((c) => WORDS(c, 4) <= 4) && LATIN.test(crumbs[0]!) !== LATIN.test(crumbs[1]!)) return 'weak';
  if (DOCUMENT_TYPE.test(text) || ENDS_SENTENCE.test(text)) return null;
  // One word only: a title can be two ("Karabakh update"). A short line in capitals: a body's or a meeting's name ("8781ST MEETING (PM)").
  // A line in capitals with a verb ("ARMENIA SAYS AZERBAIJAN SHELLED STEPANAKERT") is a headline.
  if (WORDS(text, 1) <= 1 || (WORDS(text, CAPITALS_MASTHEAD_WORDS) <= CAPITALS_MASTHEAD_WORDS && !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text) && !hasVerb(text))) return 'weak';
  return null;
}

/** Whether a text opens with a letter of the Latin script. */
const LATIN = /^\P{L}*\p{Script=Latin}/u;
/**
 * A news service's or a publication's name, not a headline: capitalised words (and "&") ending in a word
 * that names a service ("Russia & CIS General Newswire", "Example Weekly").
 */
const SERVICE_NAME = /^\p{Lu}[\p{L}.&'’-]*(?:\s(?:\p{Lu}[\p{L}.&'’-]*|&|of|the)){0,5}\s(?:Newswire|Wire|Newsfeed|News Service|News Agency|Digest|Daily|Weekly|Gazette|Tribune|Herald)$/u;

/** A line in capitals this long or shorter may be a letterhead above the title; a longer one is a headline. */
const CAPITALS_MASTHEAD_WORDS = 8;
/** Words of a name: capitalised words and the small words of a name. */
const NAME_PART = /^(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|on|in|de|du|des|&)(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|of|the|and|for|on|in|de|du|des|&)){0,5}$/u;
/** What a headline in title case has and a name does not: a verb, a pronoun, a question word, a preposition of news. */
const HEADLINE_WORD = /\b(?:Is|Are|Was|Were|Be|Been|Has|Have|Had|Will|Would|Can|Could|Must|Says?|Said|Tells?|Told|Claims?|Denies|Denied|What|Why|How|Who|When|Where|We|You|It|They|He|She|To|As|After|Amid|Over|Against|Not|No|Vs)\b/u;
/** A site's or a body's name with its section: "United Nations | Meetings Coverage and Press Releases", "Example Monitor — Translations", "OPINION · Analysis". */
const NAME_PAIR_SEPARATOR = /\s[|—–·]\s/u;

function isNamePair(text: string): boolean {
  const parts = text.split(NAME_PAIR_SEPARATOR).map((p) => p.trim());
  return parts.length >= 2 && parts.length <= 3 && parts.every((p) => NAME_PART.test(p) && !HEADLINE_WORD.test(p));
}

/** A title under a masthead may run this long (a meeting's summary: "Speakers in Security Council Urge … as Civilian Toll Rises, Call for …"). */
const TITLE_UNDER_MASTHEAD_WORDS = 30;

/**
 * A line that can be a title under a masthead: a heading's shape, a long line that does not end as a
 * sentence, a Markdown heading, or a long document title opening with the document's type.
 */
function titleLike(block: Block): boolean {
  const text = block.text;
  // A channel's or a profile's description ("Channel of war correspondent … . Reports from …") is sentences, not a headline.
  if (block.kind !== 'heading' && (innerSentenceEnds(text) > 0 || LOCATION_TAG.test(text))) return false;
  if (looksLikeHeading(text) || block.kind === 'heading') return true;
  if (WORDS(text, TITLE_UNDER_MASTHEAD_WORDS) <= TITLE_UNDER_MASTHEAD_WORDS && !endsStatement(text) && SYMBOLS_THEN_CAPITAL.test(text) && !/[,;:]$/u.test(text)) return true;
  return DOCUMENT_TYPE.test(text) && WORDS(text, 40) <= 40 && !ENDS_SENTENCE.test(text);
}

/** A full stop after a word in small letters, and a capital after it: a sentence ends inside the line ("… Ilya Korsak. Reports from …"). */
const INNER_SENTENCE_END = /\p{Ll}{2}[.!?]\s+\p{Lu}/gu;

/**
 * How many sentences end inside a line (`INNER_SENTENCE_END`), up to two, the full stops of the
 * splitter's abbreviations not counted ("Azerbaijan's Gen. Hasanov visits troops" is one headline).
 */
function innerSentenceEnds(text: string): number {
  let count = 0;
  for (const m of allMatches(text, INNER_SENTENCE_END)) {
    const end = m.index + 3;
    if (text[end - 1] === '.' && ABBREVIATION.test(text.slice(Math.max(0, end - 8), end))) continue;
    if (++count >= 2) break;
  }
  return count;
}

/** Words a channel's or a profile's description uses: "Channel of …", "Subscribe", "For contact: @name". */
const DESCRIPTION_CUE = /\b(?:channel|profile|account|blog|subscribe|follow us|contact|official page)\b|@\w/iu;

/** A place and its country alone, as a post's location tag: "Ganja, Azerbaijan". */
const LOCATION_TAG = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u;

/** Sentences of a channel's or a profile's description, without the full stop of a paragraph at its end ("… Reports from Karabakh. For contact: @name"). */
function isDescription(block: Block): boolean {
  if (block.kind === 'heading' || WORDS(block.text, TITLE_UNDER_MASTHEAD_WORDS) > TITLE_UNDER_MASTHEAD_WORDS || endsStatement(block.text)) return false;
  // Two sentences, or one and a description's word: a headline may hold a full stop of its own.
  const ends = innerSentenceEnds(block.text);
  return ends >= 2 || (ends === 1 && DESCRIPTION_CUE.test(block.text));
}

/** A site's name above its navigation ("Example Monitor International" over "Home / Reports / Europe"): a short line, no sentence. */
function aboveNavigation(blocks: readonly Block[], roles: readonly Role[], first: number): boolean {
  const block = blocks[first]!;
  if (block.kind === 'heading' || WORDS(block.text, CAPITALS_MASTHEAD_WORDS) > CAPITALS_MASTHEAD_WORDS || endsStatement(block.text)) return false;
  let k = first + 1;
  while (k < blocks.length && isReasonOf(roles[k]!, 'separator')) k++;
  return k < blocks.length && isReasonOf(roles[k]!, 'chrome') && isNavigation(blocks[k]!.text);
}

function isReasonOf(role: Role, reason: SetAsideReason): boolean {
  return role.role === 'set-aside' && role.reason === reason;
}

/**
 * The title among the first lines: past the masthead lines above it, when a title-like line
 * follows them before the text begins (a paragraph, a time stamp, a side header). A dateline
 * ends the search unless a line passed could never be a title (a breadcrumb, a body's name).
 * The masthead lines passed are set aside. Returns the title's index, or `first`.
 */
function pastMasthead(blocks: readonly Block[], roles: Role[], first: number): number {
  // An author's name over their post ends the search: the page has no title of its own.
  const setAsidePassed = (passed: readonly number[]) => {
    for (const m of passed) roles[m] = isBodyName(blocks[m]!.text) ? setAside('heading', 'The letterhead: the name of the body that publishes the page.') : setAside('chrome', 'The site’s masthead above the title: its name, a section label, a breadcrumb or a kicker.');
  };
  // The first line may have been taken for a teaser ("LIVE UPDATES").
  const firstKind = mastheadKind(blocks[first]!.text) ?? (aboveNavigation(blocks, roles, first) ? 'weak' : null);
  if (firstKind === null) return first;
  let strong = firstKind === 'strong';
  const passed = [first];
  for (let k = first + 1; k < blocks.length; k++) {
    const r = roles[k]!;
    const text = blocks[k]!.text;
    if (r.role === 'set-aside' && r.reason === 'dateline' && strong) continue;
    if (r.role === 'set-aside' && r.reason !== 'dateline') continue;
    if ((r.role !== 'content' && r.role !== 'heading') || isItem(blocks[k]!)) return first;
    if (isAuthorLine(blocks, roles, k)) {
      setAsidePassed(passed);
      return k;
    }
    const kind = mastheadKind(text);
    if (kind === null) {
      // A channel's or a profile's description under its name: set aside, and the name stays the title.
      if (isDescription(blocks[k]!)) {
        roles[k] = setAside('chrome', 'The description of the channel or the profile whose name is above it.');
        return first;
      }
      if (!titleLike(blocks[k]!)) return first;
      setAsidePassed(passed);
      return k;
    }
    strong ||= kind === 'strong';
    passed.push(k);
  }
  return first;
}

/**
 * A section label between the title and the dateline ("Politics", "News"): the site's
 * navigation, not a heading over the text.
 */
function markSectionLabel(blocks: readonly Block[], roles: Role[], title: number): void {
  const isDateline = (r: Role | undefined) => r !== undefined && (r.role === 'set-aside' || r.role === 'item-break') && r.reason === 'dateline';
  let k = title + 1;
  while (k < blocks.length && roles[k]!.role === 'set-aside' && !isDateline(roles[k])) k++;
  if (k < blocks.length && roles[k]!.role === 'content' && !isItem(blocks[k]!) && mastheadKind(blocks[k]!.text) === 'weak' && isDateline(roles[k + 1])) {
    roles[k] = setAside('chrome', 'A section label of the site between the title and the dateline.');
  }
}

/**
 * Whether a Markdown heading opening the text is the page's own headline for the front matter's
 * title, in other words: most of the title's longer words are in it ("Press conference by A and B
 * following their talks" over "A's remarks … at a joint news conference with B following their talks").
 */
function sharesTitleWords(heading: string, title: string): boolean {
  const words = (t: string) => t.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
  const wanted = words(title);
  const present = new Set(words(heading));
  return wanted.length > 0 && wanted.filter((w) => present.has(w)).length * 2 >= wanted.length;
}

/**
 * The title is the first block that is not chrome or a byline: the front matter's title if it
 * repeats it, else a heading-like first line or a first paragraph that a heading follows. Lines
 * the site puts above the title (a breadcrumb, a kicker, a letterhead) do not take its place.
 */
function markTitle(blocks: readonly Block[], roles: Role[], frontMatterTitle: string | null): void {
  // The first line is the title even when it reads like a teaser ("Live updates, photos, videos").
  let first = roles.findIndex((r) => r.role === 'content' || (r.role === 'set-aside' && r.reason === 'teaser'));
  if (first < 0) return;
  if (frontMatterTitle === null) first = pastMasthead(blocks, roles, first);
  const text = blocks[first]!.text;
  if (NOT_TITLE.test(text)) {
    roles[first] = setAside('chrome', 'A search box, a link past the navigation or a translation’s banner: never the title.');
    return;
  }
  if (isAuthorLine(blocks, roles, first)) {
    roles[first] = setAside('byline', 'The author of the post below: a name over a handle or the post’s time.');
    return;
  }
  const fmRepeated = frontMatterTitle !== null && (text.replace(/\W+/g, ' ').trim().toLowerCase() === frontMatterTitle.replace(/\W+/g, ' ').trim().toLowerCase() || (blocks[first]!.kind === 'heading' && sharesTitleWords(text, frontMatterTitle)));
  const earlier = roles.slice(0, first).filter((r) => r.role === 'side-header' || r.role === 'heading' || r.role === 'item-break').length;
  if (earlier > 0 && !fmRepeated) return;
  if (frontMatterTitle !== null && !fmRepeated) return;
  if (isItem(blocks[first]!)) return;
  const isTitle = fmRepeated || looksLikeHeading(text) || WORDS(text, 40) <= 40 || /^\s*date\s/iu.test(text);
  if (!isTitle) return;
  roles[first] = setAside('title', 'The report’s title.');
  markSectionLabel(blocks, roles, first);
  markTitleAgain(blocks, roles, first);
}

/** A site's name after the headline, as a page's title element puts it: "… | Example Desk", "… - Example News". */
const SITE_SUFFIX = /\s(?:[|–—]|-)\s+(\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,3})$/u;

/** A title without the site's name it ends with (`siteSuffix`), and the bar or dash before it. */
export function withoutSite(title: string, site: string | null): string {
  return (site === null ? title : title.slice(0, title.length - site.length).replace(/\s+(?:[|–—]|-)\s*$/u, '')).trim();
}

/**
 * The site's name a title ends with after a bar or a dash ("… | Example Desk"), when the page names
 * the site so on a line of its own too, or in its `publisher:`; else null. Only then is it clearly
 * the site's, not the end of the headline ("Talks in Moscow – Day 2").
 */
export function siteSuffix(title: string, blocks: readonly Block[], publisher: string | null = null): string | null {
  const m = SITE_SUFFIX.exec(title);
  if (m === null || m.index < TITLE_BEFORE_SITE_CHARS) return null;
  const name = m[1]!.toLowerCase();
  return publisher?.trim().toLowerCase() === name || blocks.some((b) => b.text.trim().toLowerCase() === name) ? m[1]! : null;
}

/** A headline before a site's name is longer than this. */
const TITLE_BEFORE_SITE_CHARS = 12;

/**
 * After the title: a line that is only the site's name the title ends with ("Example Desk") is the
 * masthead, and the headline standing again (a page's second copy) is the title again.
 */
function markTitleAgain(blocks: readonly Block[], roles: Role[], title: number): void {
  // The tags of a `<title>` element are gone by now (parse-report reads a block's text without them).
  const headline = blocks[title]!.text.trim();
  const site = siteSuffix(headline, blocks);
  const bare = withoutSite(headline, site).toLowerCase();
  const siteName = site?.toLowerCase();
  roles.forEach((r, i) => {
    if (i === title || (r.role !== 'content' && r.role !== 'heading' && r !== LONE_HEADLINE) || isItem(blocks[i]!)) return;
    const text = blocks[i]!.text.trim().toLowerCase();
    if (text === siteName) roles[i] = setAside('chrome', 'The site’s name, as its masthead prints it.');
    else if (i > title && text === bare) roles[i] = setAside('title', 'The report’s title again (the page’s second copy).');
  });
}
