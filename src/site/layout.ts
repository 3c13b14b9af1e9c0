import { excerpt } from './excerpt.ts';
import { html, type SafeHtml } from './html.ts';
import type { SiteData } from './site-model.ts';

export const SITE_NAME = 'Karabakh timeline';

/** What Eleventy gives a JavaScript template as `this`: its filters. */
export interface EleventyThis {
  /** Eleventy's `url` filter: prefixes a site-relative path with the path prefix. */
  url(path: string): string;
}

/** What every page needs to link: the path prefix and the origin for canonical links. */
export interface PageContext {
  href: (path: string) => string;
  origin: string | null;
}

/** The context of a template call. */
export function pageContext(self: EleventyThis, site: Pick<SiteData, 'origin'>): PageContext {
  return { href: (path) => self.url(path), origin: site.origin };
}

/** Sections of the site named in the navigation; the current one is marked. */
export type Section = 'timeline' | 'baku' | 'yerevan' | 'international' | 'places' | 'reports' | 'about' | null;

const NAV: { section: Exclude<Section, null>; path: string; label: string }[] = [
  { section: 'timeline', path: '/', label: 'Timeline' },
  { section: 'baku', path: '/sides/baku/', label: 'Baku' },
  { section: 'yerevan', path: '/sides/yerevan/', label: 'Yerevan' },
  { section: 'international', path: '/sides/international/', label: 'International' },
  { section: 'places', path: '/places/', label: 'Places' },
  { section: 'reports', path: '/reports/', label: 'Reports' },
  { section: 'about', path: '/about/', label: 'Method' },
];

export interface PageOptions {
  /** The page's own title; the site name is added after it. */
  title: string;
  description: string;
  /** Site-relative path of the page, for the canonical link. */
  path: string;
  section: Section;
  body: SafeHtml;
  /** For the 404 page: not to be indexed. */
  noindex?: boolean;
}

/** Longest `<title>` (search engines cut longer ones, and the validator's `long-title` rule agrees). */
const TITLE_CHARS = 70;

/** The full document title: the page title, cut to fit, then the site name. */
export function documentTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const suffix = ` · ${SITE_NAME}`;
  return `${excerpt(title, TITLE_CHARS - suffix.length)}${suffix}`;
}

/**
 * The page shell shared by every template. The Content-Security-Policy allows nothing from
 * elsewhere and no inline script or style: the site needs neither, and a report's text can
 * never run as code even if it slipped past escaping.
 */
export function page(o: PageOptions, ctx: PageContext): string {
  const { href } = ctx;
  const canonical = `${ctx.origin ?? ''}${href(o.path)}`;
  return `<!DOCTYPE html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="color-scheme" content="light dark">
<title>${documentTitle(o.title)}</title>
<meta name="description" content="${o.description}">
${o.noindex ? html`<meta name="robots" content="noindex">` : ''}
<link rel="canonical" href="${canonical}">
<link rel="icon" href="${href('/assets/favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${href('/assets/site.css')}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<a class="site-name" href="${href('/')}">${SITE_NAME}</a>
<nav aria-label="Site">
<ul>
${NAV.map((n) => html`<li><a href="${href(n.path)}"${n.section === o.section ? html` aria-current="page"` : ''}>${n.label}</a></li>
`)}</ul>
</nav>
</header>
<main id="main">
${o.body}
</main>
<footer class="site-footer">
<p><a href="${href('/data/records.json')}" download>Download the data</a> (records.json: every report, claim and day, in JSON) · <a href="${href('/about/')}">How this timeline is made</a></p>
<p>Claims are what each side said, as the reports state them, not verified facts.</p>
</footer>
</body>
</html>
`.value}`;
}
