import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuideFileError, parseGuideFile } from './front-matter.js';

const GOOD = `---
title: "Finding your cause: a start"
summary: Work out what you care about first.
tags: [values, getting-started]
careers: [registered-nurse, policy-analyst]
causes: [health, public-policy]
author: Vocare editorial team
date: 2026-01-15
order: 2
---

## First

Body text.
`;

function refusal(file: string, text: string): GuideFileError {
  try {
    parseGuideFile(file, text);
  } catch (err) {
    if (err instanceof GuideFileError) return err;
    throw err;
  }
  throw new Error('expected the file to be refused');
}

describe('parseGuideFile', () => {
  it('reads front matter and body', () => {
    const parsed = parseGuideFile('finding-your-cause.md', GOOD);
    expect(parsed.slug).toBe('finding-your-cause');
    expect(parsed.frontMatter).toEqual({
      title: 'Finding your cause: a start',
      summary: 'Work out what you care about first.',
      tags: ['values', 'getting-started'],
      careers: ['registered-nurse', 'policy-analyst'],
      causes: ['health', 'public-policy'],
      author: 'Vocare editorial team',
      date: '2026-01-15',
      order: 2,
    });
    expect(parsed.body).toBe('## First\n\nBody text.');
  });

  it('accepts Windows line endings, a byte-order mark, comments and empty lists', () => {
    const text =
      `\uFEFF${GOOD.replace('careers: [registered-nurse, policy-analyst]', '# none yet\ncareers: []')}`.replace(
        /\n/g,
        '\r\n',
      );
    expect(parseGuideFile('x-y.md', text).frontMatter.careers).toEqual([]);
  });

  it.each([
    ['Bad Name.md', GOOD, null, 'file name'],
    ['a.md', GOOD.replace('---\n', ''), null, 'must start'],
    ['a.md', GOOD.replace(/\n---\n\n## First/, '\n\n## First'), null, 'not closed'],
    ['a.md', GOOD.replace('title: "Finding your cause: a start"\n', ''), 'title', 'is required'],
    [
      'a.md',
      GOOD.replace('summary: Work out what you care about first.', 'summary:'),
      'summary',
      'summary is required',
    ],
    ['a.md', GOOD.replace('tags: [values, getting-started]', 'tags: values'), 'tags', 'must be a list'],
    ['a.md', GOOD.replace('tags: [values, getting-started]', 'tags: [Values]'), 'tags', 'lowercase'],
    ['a.md', GOOD.replace('tags: [values, getting-started]', 'tags: []'), 'tags', 'at least one'],
    ['a.md', GOOD.replace('causes: [health, public-policy]', 'causes: [health, kindness]'), 'causes', ''],
    ['a.md', GOOD.replace('date: 2026-01-15', 'date: 2026-02-30'), 'date', 'real calendar date'],
    ['a.md', GOOD.replace('date: 2026-01-15', 'date: 15/01/2026'), 'date', 'YYYY-MM-DD'],
    ['a.md', GOOD.replace('order: 2', 'order: two'), 'order', 'whole number'],
    ['a.md', GOOD.replace('order: 2', 'colour: blue'), 'colour', 'not a known field'],
    ['a.md', GOOD.replace('order: 2', 'author: Someone else'), 'author', 'appears twice'],
    ['a.md', GOOD.replace('order: 2', 'just words'), null, 'not "key: value"'],
    ['a.md', GOOD.replace('"Finding your cause: a start"', '"unterminated'), 'title', 'unterminated'],
    ['a.md', GOOD.replace('[registered-nurse, policy-analyst]', '[registered-nurse, , x]'), 'careers', 'empty'],
    ['a.md', GOOD.replace('\n## First\n\nBody text.\n', '\n  \n'), 'body', 'no text'],
  ])('refuses %s (%#) naming the field', (file, text, field, reason) => {
    const err = refusal(file, text);
    expect(err.file).toBe(file);
    expect(err.field).toBe(field);
    expect(err.message).toContain(file);
    if (field) expect(err.message).toContain(`"${field}"`);
    expect(err.reason).toContain(reason);
  });

  it('either parses or refuses with a GuideFileError, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        for (const text of [junk, `---\n${junk}\n---\nbody`, GOOD.replace('order: 2', junk)]) {
          try {
            parseGuideFile('some-guide.md', text);
          } catch (err) {
            expect(err).toBeInstanceOf(GuideFileError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
