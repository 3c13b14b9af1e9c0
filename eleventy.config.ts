import type { EleventyConfig } from '@11ty/eleventy';

/**
 * Eleventy renders `.11ty.ts` templates only: they are type-checked by `tsc`, and no report
 * text ever becomes a Liquid or Nunjucks template (which would run `{{ }}` in a report and
 * does not auto-escape; STACK.md). Data arrives as the `site` global from the build script.
 */
export default function (eleventyConfig: EleventyConfig) {
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.setTemplateFormats(['11ty.ts']);
  eleventyConfig.addPassthroughCopy({ 'templates/assets': 'assets' });
  return {
    dir: { input: 'templates', includes: '_includes', data: '_data' },
  };
}
