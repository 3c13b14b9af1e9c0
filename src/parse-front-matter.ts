import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Diagnostic, FrontMatter } from './model.ts';
import { isRealDay } from './calendar.ts';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** 1-based line of the original file where `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const EMPTY: FrontMatter = { title: null, date: null, url: null, publisher: null };
const KNOWN_FIELDS = new Set(['title', 'date', 'url', 'publisher', 'source', 'author', 'tags', 'lang']);

/** gray-matter runs `---js` front matter by default; every engine but YAML refuses. */
function refuse(): never {
  throw new Error('executable-front-matter');
}

/**
 * YAML with the JSON schema: no `!!js` types, and a date stays a string (js-yaml would
 * turn `2020-11-03` into a UTC Date and shift impossible days like 2020-02-30 silently).
 */
const SAFE_ENGINES = {
  yaml: { parse: (s: string) => yaml.load(s, { schema: yaml.JSON_SCHEMA }) as object, stringify: refuse },
  js: { parse: refuse, stringify: refuse },
  javascript: { parse: refuse, stringify: refuse },
  coffee: { parse: refuse, stringify: refuse },
  coffeescript: { parse: refuse, stringify: refuse },
  json: { parse: (s: string) => JSON.parse(s) as object, stringify: refuse },
};

/** A front matter fence must be followed by a closing fence; otherwise the `---` is a rule. */
const FENCED = /^---[^\n]*\n[\s\S]*?\n(---|\.\.\.)[ \t]*(\n|$)/;

/**
 * Split optional YAML front matter off a report and validate its fields.
 *
 * @example
 *   parseFrontMatter('a.md', '---\ndate: 2020-11-03\n---\nText').frontMatter.date // '2020-11-03'
 */
export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  if (!text.startsWith('---') || !FENCED.test(text)) return { frontMatter: EMPTY, body: text, bodyLine: 1, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const problem = (ruleId: string, message: string, hint: string, line: number | null = 1, column: number | null = null) =>
    diagnostics.push({ file, line, column, ruleId, severity: 'error', message, hint });
  let parsed: { data: Record<string, unknown>; content: string; matter: string };
  try {
    // An options object disables gray-matter's cache, which returns `{}` on a second parse.
    parsed = matter(text, { engines: SAFE_ENGINES, language: 'yaml' }) as typeof parsed;
  } catch (error) {
    const e = error as { message?: string; mark?: { line: number; column: number }; reason?: string };
    if (e.message === 'executable-front-matter') {
      problem('front-matter-executable', 'Front matter in an executable language (e.g. ---js) is refused: no code runs from a report.', 'Write the front matter as YAML between two --- lines.');
    } else if (e.mark) {
      problem('front-matter-yaml', `Malformed YAML front matter: ${e.reason ?? 'syntax error'}.`, 'Fix the YAML between the two --- lines (quote values that contain a colon).', e.mark.line + 2, e.mark.column + 1);
    } else {
      problem('front-matter-yaml', 'Malformed front matter.', 'Write the front matter as YAML between two --- lines.');
    }
    return { frontMatter: EMPTY, body: text, bodyLine: 1, diagnostics };
  }
  const bodyLine = text.slice(0, text.length - parsed.content.length).split('\n').length;
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problem('front-matter-type', 'Front matter must be a set of `field: value` lines.', 'Write e.g. `title: ...` and `date: 2020-11-03` between the --- lines.');
    return { frontMatter: EMPTY, body: parsed.content, bodyLine, diagnostics };
  }
  const lineOf = (key: string) => {
    const i = parsed.matter.split('\n').findIndex((l) => l.startsWith(`${key}:`));
    return i < 0 ? 1 : i + 1;
  };
  const str = (key: string): string | null => {
    if (!Object.hasOwn(data, key)) return null;
    const v = data[key];
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' && v.trim() !== '') return v.trim();
    if (typeof v === 'number' && key !== 'url') return String(v);
    problem('front-matter-type', `Front matter field \`${key}\` must be text, not ${Array.isArray(v) ? 'a list' : typeof v}.`, `Write \`${key}: some text\`.`, lineOf(key));
    return null;
  };
  for (const key of Object.keys(data)) {
    if (!KNOWN_FIELDS.has(key)) {
      diagnostics.push({ file, line: lineOf(key), column: 1, ruleId: 'front-matter-unknown-field', severity: 'warning', message: `Unknown front matter field \`${key}\` is ignored.`, hint: `Known fields: ${[...KNOWN_FIELDS].join(', ')}.` });
    }
  }
  let date = str('date');
  if (date !== null && !isRealDay(date)) {
    problem('front-matter-date', `Front matter date \`${date}\` is not a real day in YYYY-MM-DD form between 1900 and 2100.`, 'Write the date as e.g. `date: 2020-11-03`.', lineOf('date'));
    date = null;
  }
  let url = str('url');
  if (url !== null && !/^https?:\/\/[^\s<>"]+$/i.test(url)) {
    problem('front-matter-url', `Front matter url \`${url}\` is not an http(s) address.`, 'Write the full address, starting with https://.', lineOf('url'));
    url = null;
  }
  const frontMatter: FrontMatter = { title: str('title'), date, url, publisher: str('publisher') ?? str('source') };
  return { frontMatter, body: parsed.content, bodyLine, diagnostics };
}
