/**
 * Where a report's page is written, relative to the site root. One definition for the
 * template's permalink and for the build, which reuses an unchanged page from the previous
 * build instead of rendering it again.
 *
 * @example
 *   reportPagePath('shelling-of-terter') // 'reports/shelling-of-terter/index.html'
 */
export function reportPagePath(id: string): string {
  return `reports/${id}/index.html`;
}
