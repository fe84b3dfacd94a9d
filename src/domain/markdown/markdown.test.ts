import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MarkdownInline } from './inline.js';
import { type MarkdownBlock, parseMarkdown } from './markdown.js';
import { toSafeHref } from './safe-href.js';

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
      { type: 'heading', depth: 1, children: [{ type: 'text', value: 'Top' }] },
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Section' }] },
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
      { type: 'heading', depth: 3, children: [{ type: 'text', value: 'deep' }] },
    ]);
  });

  it('makes the shallowest heading used depth 1, and stops at depth 3', () => {
    const depths = (source: string) =>
      parseMarkdown(source, GUIDE).map((b) => (b.type === 'heading' ? b.depth : b.type));
    expect(depths('###### deep')).toEqual([1]);
    expect(depths('## a\n\n### b\n\n###### c')).toEqual([1, 2, 3]);
    expect(depths('# a\n\n## b')).toEqual([1, 2]);
    // Headings inside a quote count too.
    expect(parseMarkdown('### a\n\n> ## b', GUIDE)).toEqual([
      { type: 'heading', depth: 2, children: [{ type: 'text', value: 'a' }] },
      { type: 'blockquote', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: 'b' }] }] },
    ]);
  });

  it('reads a listing as it was typed, angle brackets and all', () => {
    expect(parseMarkdown('Press <Enter> to submit.\n\nQuestions: email <jane@example.org>', COMMENT)).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Press <Enter> to submit.' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Questions: email <jane@example.org>' }] },
    ]);
    expect(parseMarkdown('<script>alert(1)</script><img src=x onerror="alert(2)">', GUIDE)).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', value: '<script>alert(1)</script><img src=x onerror="alert(2)">' }],
      },
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

  // How fast this runs is measured by `npm run bench` (markdown_hostile_parse_p95); here, what it yields.
  it('reads long runs of unclosed markup as the text typed', () => {
    for (const source of [
      '*a '.repeat(4000) + '[['.repeat(3000) + '`'.repeat(3000),
      '_a '.repeat(5000) + '**b '.repeat(5000),
    ]) {
      expect(parseMarkdown(source, GUIDE)).toEqual([
        { type: 'paragraph', children: [{ type: 'text', value: source.trim() }] },
      ]);
    }
    const quotes = parseMarkdown('> '.repeat(5000), COMMENT);
    expect(JSON.stringify(quotes).split('"blockquote"').length - 1).toBeLessThanOrEqual(3);
  });
});
