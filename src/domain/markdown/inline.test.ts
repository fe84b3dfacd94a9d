import { describe, expect, it } from 'vitest';
import { parseInline } from './inline.js';

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

  it('keeps what looks like HTML exactly as typed', () => {
    expect(parseInline('Press <Enter> to submit')).toEqual([{ type: 'text', value: 'Press <Enter> to submit' }]);
    // CommonMark would make an email autolink of this; here only http(s) and mailto: autolinks exist.
    expect(parseInline('email <jane@example.org>')).toEqual([{ type: 'text', value: 'email <jane@example.org>' }]);
    expect(parseInline('3 < 4 and 5 > 2 & <!-- note -->')).toEqual([
      { type: 'text', value: '3 < 4 and 5 > 2 & <!-- note -->' },
    ]);
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
