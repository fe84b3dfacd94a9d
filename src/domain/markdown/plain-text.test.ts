import { describe, expect, it } from 'vitest';
import { countLinks, excerpt, toPlainText } from './plain-text.js';

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

  it('keeps list items apart and typed HTML as the characters typed', () => {
    expect(toPlainText('## Hi\n\nSome **bold** text.\n\n- a\n- b')).toBe('Hi Some bold text. a; b');
    expect(toPlainText('Press <Enter> to submit, email <jane@example.org>')).toBe(
      'Press <Enter> to submit, email <jane@example.org>',
    );
  });

  it('never runs past its limit and ends a cut text with an ellipsis, not punctuation', () => {
    const long = excerpt('word '.repeat(100), 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long.endsWith('word…')).toBe(true);
    expect(excerpt(`${'a'.repeat(40)}, ${'b'.repeat(40)}`, 50)).toBe(`${'a'.repeat(40)}…`);
  });
});
