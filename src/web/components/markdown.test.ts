import fc from 'fast-check';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { toSafeHref } from '#domain/markdown/safe-href.js';
import { Markdown, type MarkdownProps } from './markdown.js';

// The three ways the product shows Markdown today.
const VARIANTS = {
  guide: { author: 'team', headingLevel: 2 },
  comment: { author: 'user', headingLevel: null, isCompact: true },
  listing: { author: 'user', headingLevel: 3 },
} satisfies Record<string, Omit<MarkdownProps, 'source'>>;
type Variant = keyof typeof VARIANTS;

function render(source: string, variant: Variant): string {
  const props: MarkdownProps = { source, ...VARIANTS[variant] };
  return renderToStaticMarkup(createElement(MemoryRouter, null, createElement(Markdown, props)));
}

const ALLOWED_TAGS = new Set([
  'div',
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
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
function checkMarkup(html: string, variant: Variant): void {
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
    if (tag === 'a' && !closing && VARIANTS[variant].author === 'user')
      expect(attributes).toContain('rel="nofollow ugc"');
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

describe('Markdown', () => {
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

  it('renders a listing under its section heading, every link nofollow ugc', () => {
    const html = render(
      '# About\n\nWe **need** *you* for `intake`.\n\n## Tasks\n\n- one\n- two\n  continued\n\n1. first\n2. second\n\n> a quote\n\n[site](https://example.org) [mail](mailto:a@b.org) [atlas](/atlas)',
      'listing',
    );
    expect(html).toBe(
      [
        '<div class="prose">',
        '<h3>About</h3>',
        '<p>We <strong>need</strong> <em>you</em> for <code>intake</code>.</p>',
        '<h4>Tasks</h4>',
        '<ul><li>one</li><li>two\ncontinued</li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<blockquote><p>a quote</p></blockquote>',
        '<p><a href="https://example.org/" rel="nofollow ugc">site</a> <a href="mailto:a@b.org" rel="nofollow ugc">mail</a> <a href="/atlas" rel="nofollow ugc">atlas</a></p>',
        '</div>',
      ].join(''),
    );
  });

  it('shows typed angle brackets, ampersands and quotes as the characters typed', () => {
    const html = render('Press <Enter> to submit; email <jane@example.org>. Tom & Jerry say "hi" < 3', 'listing');
    expect(html).toBe(
      '<div class="prose"><p>Press &lt;Enter&gt; to submit; email &lt;jane@example.org&gt;. Tom &amp; Jerry say &quot;hi&quot; &lt; 3</p></div>',
    );
  });

  it('keeps the words of an unsafe link without the link', () => {
    expect(render('[click](javascript:alert(1))', 'listing')).toBe('<div class="prose"><p>click</p></div>');
  });

  it('marks every comment link nofollow ugc and keeps headings out of comments', () => {
    const html = render('# Big\n\n[a](/guides) [b](https://example.org) <https://example.net>', 'comment');
    expect(html).not.toContain('<h');
    expect(html.match(/rel="nofollow ugc"/g)).toHaveLength(3);
    checkMarkup(html, 'comment');
  });

  it.each(HOSTILE)('shows %j as text, never as markup', (payload) => {
    for (const variant of ['guide', 'comment', 'listing'] as const) {
      const html = render(payload, variant);
      checkMarkup(html, variant);
    }
    expect(render('<script>window.__xss=1</script>', 'comment')).toContain(
      '&lt;script&gt;window.__xss=1&lt;/script&gt;',
    );
  });

  // A generous time limit: rendering three variants through React 750 times takes seconds on a busy machine.
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
      '<scr',
      'ipt>',
      '<!--',
      '-->',
      '&',
      '\\',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 8 })), { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        checkMarkup(render(source, 'comment'), 'comment');
        checkMarkup(render(source, 'guide'), 'guide');
        checkMarkup(render(source, 'listing'), 'listing');
      }),
      { numRuns: 250 },
    );
  }, 60_000);
});
