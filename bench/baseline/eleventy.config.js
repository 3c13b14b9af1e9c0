// The site a user would set up with plain Eleventy: default markdown-it (and the default
// Liquid pre-processing of Markdown), one Nunjucks layout, a paginated index. Nothing is
// tuned or switched off, so the baseline is neither crippled nor optimised.
export default function (eleventyConfig) {
  eleventyConfig.addFilter('isoDate', (date) => date.toISOString().slice(0, 10));
}

export const config = {
  dir: { input: 'content', includes: '_includes', output: '_site' },
};
