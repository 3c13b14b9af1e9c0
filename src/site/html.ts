const SPECIAL = /[&<>"'`]/;
const SPECIALS = /[&<>"'`]/g;
const ENTITY: Record<string, string> = { '&': '&#38;', '<': '&#60;', '>': '&#62;', '"': '&#34;', "'": '&#39;', '`': '&#96;' };

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  const text = String(value);
  // Most text has nothing to escape; testing first spares building a copy (pages of 10,000 reports hold 500,000 values).
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ENTITY[c]!) : text;
}

/** HTML that is already safe and must not be escaped again. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/**
 * Tagged template for HTML: every interpolated value is escaped unless it is `SafeHtml`
 * (or an array of them), so a report's text can never become markup.
 *
 * @example
 *   html`<p>${'<b>'}</p>`.value // '<p>&#60;b&#62;</p>'
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

function render(v: unknown): string {
  if (v instanceof SafeHtml) return v.value;
  if (typeof v === 'string') return escapeHtml(v);
  if (Array.isArray(v)) {
    let out = '';
    for (const item of v) out += render(item);
    return out;
  }
  if (v === null || v === undefined || v === false) return '';
  return escapeHtml(v);
}
