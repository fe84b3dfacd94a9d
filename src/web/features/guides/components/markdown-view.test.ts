import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { toSafeHref } from '../../../../domain/guides/markdown.js';
import { type MarkdownVariant, MarkdownView } from './markdown-view.js';

function render(source: string, variant: MarkdownVariant): string {
  return renderToStaticMarkup(createElement(MemoryRouter, null, createElement(MarkdownView, { source, variant })));
}

const ALLOWED_TAGS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'strong',
  'em',
  'a',
  'hr',
  'span',
]);
// data-discover is react-router's own marker on <Link>.
const ALLOWED_ATTRIBUTES = new Set(['class', 'href', 'rel', 'start', 'tabindex', 'data-discover']);

/** Every tag and attribute in the markup, which React produced: text is escaped, so any "<" is a real tag. */
function checkMarkup(html: string, variant: MarkdownVariant): void {
  for (const match of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    const [, closing = '', tag = '', attributes = ''] = match;
    expect(ALLOWED_TAGS, html).toContain(tag.toLowerCase());
    for (const attribute of attributes.matchAll(/\s([^\s=]+)(?:="([^"]*)")?/g)) {
      const [, name = '', value = ''] = attribute;
      expect(ALLOWED_ATTRIBUTES, html).toContain(name.toLowerCase());
      if (name === 'href') {
        const href = value.replaceAll('&amp;', '&');
        expect(toSafeHref(href), html).not.toBeNull();
        expect(href.toLowerCase()).not.toMatch(/^\s*(javascript|data|vbscript):/);
      }
    }
    if (tag === 'a' && !closing && variant === 'comment') expect(attributes).toContain('rel="nofollow ugc"');
  }
  expect(html.toLowerCase()).not.toContain('<script');
  expect(html).not.toMatch(/<[^>]+\son[a-z]+=/i);
}

const HOSTILE = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '<svg onload=alert(1)>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](data:text/html;base64,PHNjcmlwdD4=)',
  '[click](//evil.example)',
  '<javascript:alert(1)>',
  '[x](https://ok.example "title" onmouseover="alert(1)")',
  '[x](https://ok.example/"onmouseover="alert(1))',
  '"><script>alert(1)</script>',
  '`<script>alert(1)</script>`',
  '```\n<script>alert(1)</script>\n```',
  '> <iframe src="javascript:alert(1)">',
  '# <script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
];

describe('MarkdownView', () => {
  it('renders the supported subset', () => {
    const html = render(
      '## Title\n\nSome *em* and **strong** with `code` and [a link](/careers/registered-nurse) and [out](https://example.org).\n\n- one\n- two\n\n3. three\n\n> quote\n\n```\ncode block\n```\n\n---',
      'guide',
    );
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<strong>strong</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<a href="/careers/registered-nurse" data-discover="true">a link</a>');
    expect(html).toContain(
      '<a href="https://example.org/">out<span class="visually-hidden"> (external site)</span></a>',
    );
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(html).toContain('<ol start="3"><li>three</li></ol>');
    expect(html).toContain('<blockquote><p>quote</p></blockquote>');
    expect(html).toContain('<pre tabindex="0"><code>code block</code></pre>');
    expect(html).toContain('<hr/>');
  });

  it('marks every comment link nofollow ugc and keeps headings out of comments', () => {
    const html = render('# Big\n\n[a](/guides) [b](https://example.org) <https://example.net>', 'comment');
    expect(html).not.toContain('<h');
    expect(html.match(/rel="nofollow ugc"/g)).toHaveLength(3);
    checkMarkup(html, 'comment');
  });

  it.each(HOSTILE)('shows %j as text, never as markup', (payload) => {
    for (const variant of ['guide', 'comment'] as const) {
      const html = render(payload, variant);
      checkMarkup(html, variant);
    }
    expect(render('<script>window.__xss=1</script>', 'comment')).toContain(
      '&lt;script&gt;window.__xss=1&lt;/script&gt;',
    );
  });

  it('never yields a script, an event handler or an unsafe link for any input', () => {
    const piece = fc.constantFrom(
      ...HOSTILE,
      '*',
      '**',
      '_',
      '`',
      '[',
      '](',
      ')',
      '<',
      '>',
      '"',
      "'",
      '\n',
      '\n\n',
      '- ',
      '1. ',
      '> ',
      '## ',
      'javascript:',
      'https://x.example/',
      ' onerror=',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        checkMarkup(render(source, 'comment'), 'comment');
        checkMarkup(render(source, 'guide'), 'guide');
      }),
      { numRuns: 300 },
    );
  });
});
