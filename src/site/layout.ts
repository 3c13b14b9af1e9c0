import { html, type SafeHtml } from './html.ts';

export interface PageOptions {
  title: string;
  description: string;
  /** Site-relative URL of the page, for the canonical link. */
  url: string;
  body: SafeHtml;
  /** Prefix every site-relative link with the path prefix (Eleventy's `url` filter). */
  href: (path: string) => string;
}

/** The page shell shared by every template. */
export function page(o: PageOptions): string {
  return `<!doctype html>\n${html`<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${o.title}</title>
<meta name="description" content="${o.description}">
<link rel="stylesheet" href="${o.href('/assets/site.css')}">
</head>
<body>
<header class="site-header"><a href="${o.href('/')}">Karabakh timeline</a></header>
<main id="main">
${o.body}
</main>
</body>
</html>
`.value}`;
}
