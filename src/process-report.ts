import type { SourceFile } from './model.ts';
import { processFileWith, type ProcessedFile } from './pipeline.ts';
import { renderReport } from './render-report-html.ts';
import { reportTextOfTree } from './site/report-text.ts';

/** The per-file stage that is cached and run on worker threads: `processFile`'s result and the page text made from it. */
export interface ProcessedReport extends ProcessedFile {
  /** The report's text as its page shows it: `reportText` of the rendered HTML and set-aside pieces. */
  pageText: string;
}

/**
 * `processFile`, and the report page's text made from the same rendered tree as the HTML
 * (equal to `reportText` of that HTML, without parsing it again: that parse cost 0.6–0.9 ms a
 * report). Made here, once per file and cached, rather than when the site data is made on
 * every build.
 *
 * @example
 *   processReport({ file: 'a.txt', text: 'Title\n• Shelling, officials said.' }).pageText
 */
export function processReport(source: SourceFile): ProcessedReport {
  return processFileWith(
    source,
    (tree, extracted) => {
      const { hast, html } = renderReport(tree, extracted.claims, extracted.setAside);
      return { html, pageText: reportTextOfTree(hast, extracted.setAside) };
    },
    { html: '', pageText: '' },
  );
}
