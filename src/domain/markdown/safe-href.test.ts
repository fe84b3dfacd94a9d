import { describe, expect, it } from 'vitest';
import { isInternalHref, toSafeHref } from './safe-href.js';

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
    'data:text/html,x',
    '//evil.example/x',
    '/\\evil.example/x',
    'careers/nurse',
    'file:///etc/passwd',
    'https://a b',
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
