import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countLinks,
  excerpt,
  isInternalHref,
  type MarkdownBlock,
  type MarkdownInline,
  parseInline,
  parseMarkdown,
  toPlainText,
  toSafeHref,
} from './markdown.js';

const GUIDE = { allowHeadings: true };
const COMMENT = { allowHeadings: false };

function allInlines(blocks: MarkdownBlock[]): MarkdownInline[] {
  const out: MarkdownInline[] = [];
  const walk = (nodes: MarkdownInline[]) => {
    for (const n of nodes) {
      out.push(n);
      if ('children' in n) walk(n.children);
    }
  };
  for (const b of blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') walk(b.children);
    if (b.type === 'list') for (const item of b.items) walk(item);
    if (b.type === 'blockquote') out.push(...allInlines(b.children));
  }
  return out;
}

describe('toSafeHref', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org/'],
    ['mailto:someone@example.org', 'mailto:someone@example.org'],
    ['/careers/registered-nurse', '/careers/registered-nurse'],
    ['#comments', '#comments'],
  ])('keeps %s', (raw, expected) => {
    expect(toSafeHref(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/x',
    '/\\evil.example/x',
    'careers/nurse',
    'file:///etc/passwd',
    '',
  ])('refuses %j', (raw) => {
    expect(toSafeHref(raw)).toBeNull();
  });

  it('tells internal links from external ones', () => {
    expect(isInternalHref('/assessment')).toBe(true);
    expect(isInternalHref('#top')).toBe(true);
    expect(isInternalHref('https://example.org/')).toBe(false);
  });
});

describe('parseInline', () => {
  it('reads emphasis, strong, code and links', () => {
    expect(parseInline('a *b* **c** `d` [e](/careers/x)')).toEqual([
      { type: 'text', value: 'a ' },
      { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
      { type: 'text', value: ' ' },
      { type: 'strong', children: [{ type: 'text', value: 'c' }] },
      { type: 'text', value: ' ' },
      { type: 'code', value: 'd' },
      { type: 'text', value: ' ' },
      { type: 'link', href: '/careers/x', children: [{ type: 'text', value: 'e' }] },
    ]);
  });

  it('nests emphasis in strong and reads ***both***', () => {
    expect(parseInline('**a *b* c**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', value: 'a ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'b' }] },
          { type: 'text', value: ' c' },
        ],
      },
    ]);
    expect(parseInline('***x***')).toEqual([
      { type: 'strong', children: [{ type: 'emphasis', children: [{ type: 'text', value: 'x' }] }] },
    ]);
    expect(parseInline('*a **b** c*')).toEqual([
      {
        type: 'emphasis',
        children: [
          { type: 'text', value: 'a ' },
          { type: 'strong', children: [{ type: 'text', value: 'b' }] },
          { type: 'text', value: ' c' },
        ],
      },
    ]);
  });

  it('leaves lone and spaced asterisks and snake_case alone', () => {
    expect(parseInline('2 * 3 * 4')).toEqual([{ type: 'text', value: '2 * 3 * 4' }]);
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', value: 'snake_case_name' }]);
    expect(parseInline('*open')).toEqual([{ type: 'text', value: '*open' }]);
    expect(parseInline('_under_')).toEqual([{ type: 'emphasis', children: [{ type: 'text', value: 'under' }] }]);
  });

  it('honours backslash escapes', () => {
    expect(parseInline('\\*not em\\* \\[x\\](y)')).toEqual([{ type: 'text', value: '*not em* [x](y)' }]);
  });

  it('keeps the words of a link whose destination is unsafe, without a link', () => {
    expect(parseInline('[click me](javascript:alert(1))')).toEqual([{ type: 'text', value: 'click me' }]);
    expect(parseInline('[**bold**](data:text/html,x)')).toEqual([
      { type: 'strong', children: [{ type: 'text', value: 'bold' }] },
    ]);
  });

  it('reads autolinks, link titles and bracketed destinations', () => {
    expect(parseInline('<https://example.org/x>')).toEqual([
      { type: 'link', href: 'https://example.org/x', children: [{ type: 'text', value: 'https://example.org/x' }] },
    ]);
    expect(parseInline('[a](https://example.org "title")')).toEqual([
      { type: 'link', href: 'https://example.org/', children: [{ type: 'text', value: 'a' }] },
    ]);
    expect(parseInline('[a](<https://example.org/a b>)')).toEqual([{ type: 'text', value: 'a' }]);
    expect(parseInline('[wiki](https://en.wikipedia.org/wiki/A_(b))')[0]).toMatchObject({
      type: 'link',
      href: 'https://en.wikipedia.org/wiki/A_(b)',
    });
  });

  it('does not nest links', () => {
    const nodes = parseInline('[a [b](/x) c](/y)');
    expect(nodes).toEqual([
      {
        type: 'link',
        href: '/y',
        children: [{ type: 'text', value: 'a [b](/x) c' }],
      },
    ]);
  });

  it('keeps HTML as text', () => {
    expect(parseInline('<script>alert(1)</script>')).toEqual([{ type: 'text', value: '<script>alert(1)</script>' }]);
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', value: '<img src=x onerror=alert(1)>' },
    ]);
  });

  it('reads code spans with longer fences', () => {
    expect(parseInline('``a ` b``')).toEqual([{ type: 'code', value: 'a ` b' }]);
    expect(parseInline('`unclosed')).toEqual([{ type: 'text', value: '`unclosed' }]);
  });
});

describe('parseMarkdown', () => {
  it('reads the blocks of a guide', () => {
    const source = [
      '# Top',
      '## Section',
      '',
      'First line',
      'same paragraph.',
      '',
      '- one',
      '- two',
      '  continued',
      '',
      '1. first',
      '2. second',
      '',
      '> quoted',
      '> more',
      '',
      '```',
      '<b>code</b>',
      '```',
      '',
      '---',
      '##### deep',
    ].join('\n');
    expect(parseMarkdown(source, GUIDE)).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'Top' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'Section' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'First line\nsame paragraph.' }] },
      {
        type: 'list',
        isOrdered: false,
        start: 1,
        items: [[{ type: 'text', value: 'one' }], [{ type: 'text', value: 'two\ncontinued' }]],
      },
      {
        type: 'list',
        isOrdered: true,
        start: 1,
        items: [[{ type: 'text', value: 'first' }], [{ type: 'text', value: 'second' }]],
      },
      { type: 'blockquote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'quoted\nmore' }] }] },
      { type: 'code', value: '<b>code</b>' },
      { type: 'rule' },
      { type: 'heading', level: 4, children: [{ type: 'text', value: 'deep' }] },
    ]);
  });

  it('keeps headings out of comments', () => {
    expect(parseMarkdown('# Not a heading', COMMENT)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: '# Not a heading' }] },
    ]);
  });

  it('keeps a numbered list start and a blank line between items', () => {
    expect(parseMarkdown('3. c\n\n4. d', GUIDE)).toEqual([
      {
        type: 'list',
        isOrdered: true,
        start: 3,
        items: [[{ type: 'text', value: 'c' }], [{ type: 'text', value: 'd' }]],
      },
    ]);
  });

  it('limits how deep quotes nest', () => {
    const blocks = parseMarkdown('> > > > > deep', COMMENT);
    let depth = 0;
    let current: MarkdownBlock | undefined = blocks[0];
    while (current?.type === 'blockquote') {
      depth++;
      current = current.children[0];
    }
    expect(depth).toBeLessThanOrEqual(3);
  });

  it('never throws and never yields an unsafe link for any input', () => {
    const piece = fc.constantFrom(
      '*',
      '**',
      '_',
      '`',
      '[',
      ']',
      '(',
      ')',
      '<',
      '>',
      '\\',
      '#',
      '- ',
      '1. ',
      '\n',
      '\n\n',
      '```',
      'javascript:',
      'https://x.test/',
      '/a',
      ' ',
      'word',
      '<script>',
      '"',
      '\t',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 5 })), { maxLength: 60 }), (parts) => {
        const source = parts.join('');
        for (const options of [GUIDE, COMMENT]) {
          const blocks = parseMarkdown(source, options);
          for (const node of allInlines(blocks)) {
            if (node.type === 'link') expect(toSafeHref(node.href)).not.toBeNull();
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('handles long hostile input quickly', () => {
    const started = performance.now();
    parseMarkdown('*a '.repeat(4000) + '[['.repeat(3000) + '`'.repeat(3000), COMMENT);
    parseMarkdown('> '.repeat(5000), COMMENT);
    parseMarkdown('_a '.repeat(5000) + '**b '.repeat(5000), GUIDE);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('countLinks', () => {
  it('counts Markdown links, autolinks and bare addresses', () => {
    expect(countLinks('no links here')).toBe(0);
    expect(countLinks('[a](https://a.test) and <https://b.test>')).toBe(2);
    expect(countLinks('see https://a.test and www.b.test and `http://c.test`')).toBe(3);
    expect(countLinks('[https://a.test](https://a.test)')).toBe(1);
    // An unsafe link is not a link, but its words still count if they hold an address.
    expect(countLinks('[x](javascript:alert(1))')).toBe(0);
  });
});

describe('plain text', () => {
  it('drops markup and cuts excerpts at a word', () => {
    expect(toPlainText('## Hi\n\n**bold** and [link](/x)')).toBe('Hi bold and link');
    expect(excerpt('one two three four five six seven', 15)).toBe('one two three…');
    expect(excerpt('short', 15)).toBe('short');
  });
});
