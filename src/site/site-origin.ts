/**
 * The origin a site is published at, from the `--site-url` option: canonical links must be
 * absolute, and only the publisher knows the host. The path belongs to `--path-prefix`.
 *
 * @example
 *   siteOrigin('https://example.org/') // { origin: 'https://example.org' }
 *   siteOrigin('example.org')          // { error: '…' }
 */
export function siteOrigin(value: string): { origin: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `--site-url "${value}" is not an address; write it in full, e.g. https://example.org.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `--site-url "${value}" must start with https:// or http://.` };
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '') {
    return { error: `--site-url "${value}" has a path; give only the origin (https://example.org) and the path with --path-prefix.` };
  }
  return { origin: url.origin };
}
