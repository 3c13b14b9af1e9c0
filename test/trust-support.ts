import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Write files (path → text or bytes) under `dir`, making folders as needed. */
export async function writeTree(dir: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), content);
  }
}

/** Every file below `dir` with its bytes, keyed by its `/`-separated relative path. */
export async function snapshot(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    out.set(relative(dir, full).split('\\').join('/'), await readFile(full));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export interface Tag {
  name: string;
  attributes: Map<string, string>;
  /** Text up to the closing tag, for `<script>` and `<style>`. */
  body: string;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s"'=<>/`]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** The start tags of an HTML page with their attributes (values with character references decoded). */
export function tagsOf(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((m) => {
    const attributes = new Map<string, string>();
    for (const a of m[2]!.matchAll(ATTRIBUTE)) attributes.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    const name = m[1]!.toLowerCase();
    const end = name === 'script' || name === 'style' ? html.indexOf(`</${name}`, m.index + m[0].length) : -1;
    return { name, attributes, body: end < 0 ? '' : html.slice(m.index + m[0].length, end) };
  });
}

/** The text a reader sees: tags removed, character references decoded. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/giu, ' ').replace(TAG, ' ').replace(/<\/[a-zA-Z][^>]*>/g, ' '));
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/giu, (all, hex?: string, dec?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(Number(dec));
    return named[name!.toLowerCase()] ?? all;
  });
}

/** Whether a URL would run code or carry a document when followed: browsers ignore tabs, newlines and leading spaces in the scheme. */
export function isDangerousUrl(url: string): boolean {
  return /^(?:javascript|data|vbscript):/iu.test(url.replace(/[\u0000-\u0020]/gu, ''));
}
