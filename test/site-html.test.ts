import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { escapeHtml, html, SafeHtml } from '../src/site/html.ts';

describe('html tag', () => {
  it('turns each of & < > " \' ` into its numeric character reference, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('&', '<', '>', '"', "'", '`', 'a', ' ', 'é', '“', ';', '#') }), (text) => {
        const expected = [...text].map((c) => ('&<>"\'`'.includes(c) ? `&#${c.charCodeAt(0)};` : c)).join('');
        assert.equal(escapeHtml(text), expected);
      }),
    );
  });

  it('escapes interpolated text and arrays of it, keeps SafeHtml, drops null, undefined and false', () => {
    const out = html`<p title="${'a"b'}">${['<i>', new SafeHtml('<b>ok</b>')]}${null}${undefined}${false}${0}${html`<br>`}</p>`;
    assert.equal(out.value, '<p title="a&#34;b">&#60;i&#62;<b>ok</b>0<br></p>');
  });
});
