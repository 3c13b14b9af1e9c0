import yaml from 'js-yaml';
import type { Diagnostic, FrontMatter } from './model.ts';
import { EARLIEST_YEAR, isRealDay, LATEST_YEAR } from './calendar.ts';

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** The text after the front matter. */
  body: string;
  /** 1-based line of the original file where `body` starts. */
  bodyLine: number;
  diagnostics: Diagnostic[];
}

const EMPTY: FrontMatter = { title: null, date: null, url: null, publisher: null };
/** Fields read, plus fields editors commonly add that are accepted and ignored. */
const KNOWN_FIELDS = new Set(['title', 'date', 'url', 'publisher', 'source', 'author', 'tags', 'lang']);
/** First line of a front matter block: `---`, maybe followed by a language name (`---yaml`, `--- js`). */
const OPENING = /^---[ \t]*([A-Za-z][\w-]*)?[ \t]*$/u;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/u;
const YAML_LANGUAGES = new Set(['yaml', 'yml']);
/** A `key: value` line or a comment: what tells YAML front matter from a report opening with a `---` rule. */
const YAML_KEY_LINE = /^(?:#|["']?[\p{L}\p{N}_$][^:\n]*:(?:[ \t]|$))/u;

/**
 * Split optional YAML front matter off a report and validate its fields.
 *
 * The split is our own, not gray-matter's: gray-matter evaluates `---js` front matter (and
 * resolves engine names like `---constructor` on a plain object), and reads a report whose
 * first `---` is never closed as all YAML. Here only YAML is ever read, through js-yaml's JSON
 * schema (no custom types; `2020-11-03` stays a string, where the default schema would make a
 * UTC Date and shift 2020-02-30 to March 1). Any other language is refused, unparsed.
 *
 * @example
 *   parseFrontMatter('a.md', '---\ndate: 2020-11-03\n---\nText').frontMatter.date // '2020-11-03'
 */
export function parseFrontMatter(file: string, text: string): FrontMatterResult {
  const lines = text.split('\n');
  const opening = OPENING.exec(lines[0]!);
  if (!opening) return { frontMatter: EMPTY, body: text, bodyLine: 1, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];
  const problem = (ruleId: string, message: string, hint: string, line: number | null, column: number | null = null, severity: Diagnostic['severity'] = 'error') =>
    diagnostics.push({ file, line, column, ruleId, severity, message, hint });
  const language = opening[1]?.toLowerCase() ?? '';
  const close = lines.findIndex((l, i) => i > 0 && CLOSING.test(l));
  const firstContent = lines.slice(1, close < 0 ? undefined : close).find((l) => l.trim() !== '') ?? '';

  if (language !== '' && !YAML_LANGUAGES.has(language)) {
    problem('front-matter-language', `Front matter in \`${opening[1]}\` is refused: only YAML front matter is read, and no code ever runs from a report.`, 'Write the front matter as YAML (`title: ...`, `date: YYYY-MM-DD`) between two --- lines.', 1, 4);
    return close < 0 ? { frontMatter: EMPTY, body: '', bodyLine: lines.length + 1, diagnostics } : afterFence(file, lines, close, EMPTY, diagnostics);
  }
  if (close < 0) {
    if (YAML_KEY_LINE.test(firstContent)) {
      problem('front-matter-unclosed', 'The report starts with --- and `field: value` lines, but no closing --- line follows, so they are read as report text.', 'Add a --- line after the last front matter field.', 1, 1, 'warning');
    }
    return { frontMatter: EMPTY, body: text, bodyLine: 1, diagnostics };
  }
  // A report may open with a `---` rule and have another one below: that is text, not YAML.
  if (language === '' && firstContent !== '' && !YAML_KEY_LINE.test(firstContent)) return { frontMatter: EMPTY, body: text, bodyLine: 1, diagnostics };

  const source = lines.slice(1, close).join('\n');
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.JSON_SCHEMA });
  } catch (error) {
    const e = error as { mark?: { line: number; column: number }; reason?: string };
    const at = e.mark ? Math.min(e.mark.line + 2, close + 1) : 1;
    problem('front-matter-yaml', `Malformed YAML front matter: ${e.reason ?? 'syntax error'}.`, 'Fix the YAML between the two --- lines (quote values that contain a colon or start with a quote).', at, e.mark ? e.mark.column + 1 : null);
    return afterFence(file, lines, close, EMPTY, diagnostics);
  }
  if (data === null || data === undefined) return afterFence(file, lines, close, EMPTY, diagnostics);
  if (typeof data !== 'object' || Array.isArray(data)) {
    problem('front-matter-type', 'Front matter must be a set of `field: value` lines.', 'Write e.g. `title: ...` and `date: 2020-11-03` between the --- lines.', 2, 1);
    return afterFence(file, lines, close, EMPTY, diagnostics);
  }
  const record = data as Record<string, unknown>;
  const lineOf = (key: string) => {
    const i = lines.slice(1, close).findIndex((l) => new RegExp(`^["']?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*:`, 'u').test(l));
    return i < 0 ? 2 : i + 2;
  };
  const str = (key: string): string | null => {
    if (!Object.hasOwn(record, key)) return null;
    const v = record[key];
    if (v === null || v === undefined) return null;
    if (typeof v === 'string' && v.trim() !== '') return v.replace(/\s+/gu, ' ').trim();
    if (typeof v === 'number' && Number.isFinite(v) && key !== 'url') return String(v);
    const kind = Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a set of fields' : typeof v === 'string' ? 'empty' : `a ${typeof v}`;
    problem('front-matter-type', `Front matter field \`${key}\` must be text, not ${kind}.`, `Write \`${key}: some text\`.`, lineOf(key), 1);
    return null;
  };
  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) {
      problem('front-matter-unknown-field', `Unknown front matter field \`${key}\` is ignored.`, `Known fields: ${[...KNOWN_FIELDS].join(', ')}.`, lineOf(key), 1, 'warning');
    }
  }
  let date = str('date');
  if (date !== null && !isRealDay(date)) {
    problem('front-matter-date', `Front matter date \`${date}\` is not a real day written YYYY-MM-DD between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`, 'Write the date as e.g. `date: 2020-11-03`.', lineOf('date'), 1);
    date = null;
  }
  let url = str('url');
  if (url !== null && !/^https?:\/\/[^\s<>"]+$/iu.test(url)) {
    problem('front-matter-url', `Front matter url \`${url}\` is not an http(s) address.`, 'Write the full address, starting with https://.', lineOf('url'), 1);
    url = null;
  }
  const frontMatter: FrontMatter = { title: str('title'), date, url, publisher: str('publisher') ?? str('source') };
  return afterFence(file, lines, close, frontMatter, diagnostics);
}

/** The body after the closing fence; a report with front matter and no text gets a warning. */
function afterFence(file: string, lines: readonly string[], close: number, frontMatter: FrontMatter, diagnostics: Diagnostic[]): FrontMatterResult {
  const body = lines.slice(close + 1).join('\n');
  if (body.trim() === '') {
    diagnostics.push({ file, line: close + 1, column: null, ruleId: 'front-matter-no-text', severity: 'warning', message: 'The report has front matter but no text after it; its page shows only the title.', hint: 'Paste the report text below the closing --- line.' });
  }
  diagnostics.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { frontMatter, body, bodyLine: close + 2, diagnostics };
}
