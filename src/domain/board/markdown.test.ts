import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSafeHref, markdownToPlainText, parseMarkdown, renderMarkdownToHtml, sanitizeMarkdown } from './markdown.js';

const ALLOWED_TAG = /^<\/?(p|h[3-6]|ul|ol|li|strong|em|code|blockquote|a)( href="[^"<>]*" rel="nofollow noopener")?>$/;

// Inputs built from the pieces attacks are made of, so the properties meet them often.
const hostileText = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        '<script>',
        '</script>',
        '<scr',
        'ipt>',
        '<img src=x onerror=alert(1)>',
        '<a href="javascript:alert(1)">',
        '</a>',
        '<!--',
        '-->',
        '<',
        '>',
        '"',
        "'",
        '&',
        '[x](javascript:alert(1))',
        '[y](https://ok.example)',
        '**',
        '*',
        '`',
        '\n',
        '\n\n',
        '# ',
        '- ',
        '1. ',
        '> ',
        '\\',
        'style',
        'on',
      ),
      fc.string({ maxLength: 6 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('sanitizeMarkdown', () => {
  it('removes script blocks with their content, tags and comments', () => {
    expect(sanitizeMarkdown('Hello <script>alert(1)</script>world')).toBe('Hello world');
    expect(sanitizeMarkdown('a <b onclick="x()">bold</b> <!-- note --> end')).toBe('a bold  end');
    expect(sanitizeMarkdown('<scr<script>x</script>ipt>alert(1)</script>')).toBe('alert(1)');
    expect(sanitizeMarkdown('3 < 4 and 5 > 2')).toBe('3 < 4 and 5 > 2');
    expect(sanitizeMarkdown('unclosed <script alert(1)')).toBe('unclosed < script alert(1)');
  });

  it('never leaves anything that starts a tag', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        expect(sanitizeMarkdown(input)).not.toMatch(/<[a-zA-Z!/?]/);
      }),
      { numRuns: 500 },
    );
  });

  it('is stable: sanitizing twice changes nothing more', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const once = sanitizeMarkdown(input);
        expect(sanitizeMarkdown(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('renderMarkdownToHtml', () => {
  it('renders the subset', () => {
    const html = renderMarkdownToHtml(
      '# About\n\nWe **need** *you* for `intake`.\n\n- one\n- two\n  continued\n\n1. first\n2. second\n\n> a quote\n\n[site](https://example.org)',
    );
    expect(html).toBe(
      [
        '<h3>About</h3>',
        '<p>We <strong>need</strong> <em>you</em> for <code>intake</code>.</p>',
        '<ul><li>one</li><li>two continued</li></ul>',
        '<ol><li>first</li><li>second</li></ol>',
        '<blockquote><p>a quote</p></blockquote>',
        '<p><a href="https://example.org" rel="nofollow noopener">site</a></p>',
      ].join('\n'),
    );
  });

  it('keeps unsafe links as plain text', () => {
    expect(renderMarkdownToHtml('[click](javascript:alert(1))')).toBe('<p>click</p>');
    expect(renderMarkdownToHtml('[mail](mailto:a@b.org)')).toContain('href="mailto:a@b.org"');
  });

  it('escapes every character of text', () => {
    expect(renderMarkdownToHtml('Tom & Jerry say "hi" < 3')).toBe('<p>Tom &amp; Jerry say &quot;hi&quot; &lt; 3</p>');
  });

  it('emits only its own tags, and links only to http(s) or mailto, whatever the input', () => {
    fc.assert(
      fc.property(hostileText, (input) => {
        const html = renderMarkdownToHtml(input);
        for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).toMatch(ALLOWED_TAG);
        for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^(https?:|mailto:)/i);
        for (const tag of html.match(/<[^>]*>/g) ?? []) expect(tag).not.toMatch(/javascript:|on\w+=|script/i);
      }),
      { numRuns: 500 },
    );
  });
});

describe('helpers', () => {
  it('accepts only web and email links', () => {
    expect(isSafeHref('https://example.org/a?b=c')).toBe(true);
    expect(isSafeHref('mailto:someone@example.org')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x', 'https://a b']) {
      expect(isSafeHref(bad)).toBe(false);
    }
  });

  it('makes a plain-text excerpt cut at a word', () => {
    expect(markdownToPlainText('## Hi\n\nSome **bold** text.\n\n- a\n- b')).toBe('Hi Some bold text. a; b');
    const long = markdownToPlainText('word '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(51);
    expect(long.endsWith('…')).toBe(true);
  });

  it('parses headings at three depths at most, the shallowest used becoming depth 1', () => {
    expect(parseMarkdown('###### deep')).toEqual([
      { type: 'heading', depth: 1, children: [{ type: 'text', text: 'deep' }] },
    ]);
    const depths = parseMarkdown('## a\n\n### b\n\n###### c').map((b) => (b.type === 'heading' ? b.depth : 0));
    expect(depths).toEqual([1, 2, 3]);
  });
});
