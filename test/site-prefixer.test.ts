import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { prefixer } from '../src/site/layout.ts';
import { ROOT } from './helpers.ts';

// Eleventy's own `url` filter, the behaviour the fast path must keep.
const { default: urlFilter } = (await import(pathToFileURL(join(ROOT, 'node_modules/@11ty/eleventy/src/Filters/Url.js')).href)) as { default: (url: string, prefix: string) => string };

describe('path prefixing', () => {
  const segment = fc.oneof(fc.constantFrom('reports', 'days', '2020-10-03', '.', '..', '', 'p3', 'a b', '#p4', '?q=1', 'https:', 'x..y'), fc.string({ maxLength: 6 }));
  const path = fc.array(segment, { maxLength: 5 }).map((parts) => parts.join('/'));
  const prefix = fc.constantFrom('/', '/timeline/', 'timeline', '/a/b', '', '//', '/timeline//');

  it('gives what Eleventy’s url filter gives, for any path and prefix', () => {
    fc.assert(
      fc.property(prefix, fc.oneof(path, path.map((p) => `/${p}`), fc.constantFrom('/', '//x', 'https://example.org/a', '/reports/abc/#p3')), (pre, p) => {
        const href = prefixer({ url: (u) => urlFilter(u, pre) });
        assert.equal(href(p), urlFilter(p, pre));
      }),
      { numRuns: 2000 },
    );
  });
});
