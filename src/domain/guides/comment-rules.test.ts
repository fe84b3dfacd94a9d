import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_MAX_LINKS } from '#contracts/guides.js';
import { checkSubmission, decideCommentStatus } from './comment-rules.js';

const OK = { honeypot: '', comment: 'Thanks, this helped.', formAgeMs: 10_000, minAgeMs: 3000, maxAgeMs: 86_400_000 };

describe('checkSubmission', () => {
  it('passes an ordinary comment', () => {
    expect(checkSubmission(OK)).toEqual([]);
    expect(checkSubmission({ ...OK, honeypot: undefined })).toEqual([]);
  });

  it('refuses a filled honeypot', () => {
    expect(checkSubmission({ ...OK, honeypot: 'cheap pills' })).toEqual([
      { path: 'body.topic', message: 'must be left empty' },
    ]);
  });

  it('refuses forms sent too fast, too late, from the future or with a forged token', () => {
    expect(checkSubmission({ ...OK, formAgeMs: 500 })[0]?.message).toMatch(/too quickly.*wait 3 seconds/);
    expect(checkSubmission({ ...OK, formAgeMs: 2500 })[0]?.message).toMatch(/wait 1 second and/);
    expect(checkSubmission({ ...OK, formAgeMs: 90_000_000 })[0]?.message).toMatch(/expired/);
    expect(checkSubmission({ ...OK, formAgeMs: -5 })[0]?.message).toMatch(/expired/);
    expect(checkSubmission({ ...OK, formAgeMs: null })[0]).toEqual({
      path: 'body.formToken',
      message: 'is not valid: reload the page and try again',
    });
  });

  it('allows up to the link limit and refuses one more', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `[l${i}](https://x${i}.test)`).join(' ');
    expect(checkSubmission({ ...OK, comment: links(COMMENT_MAX_LINKS) })).toEqual([]);
    expect(checkSubmission({ ...OK, comment: links(COMMENT_MAX_LINKS + 1) })).toEqual([
      {
        path: 'body.comment',
        message: `may hold at most ${COMMENT_MAX_LINKS} links (it has ${COMMENT_MAX_LINKS + 1})`,
      },
    ]);
  });

  it('reports every problem at once', () => {
    expect(
      checkSubmission({ ...OK, honeypot: 'x', formAgeMs: 0, comment: 'http://a.test http://b.test http://c.test' }).map(
        (p) => p.path,
      ),
    ).toEqual(['body.topic', 'body.formToken', 'body.comment']);
  });
});

describe('decideCommentStatus', () => {
  it('holds first comments, publishes approved commenters and moderators', () => {
    expect(decideCommentStatus({ isModerator: false, approvedBefore: 0, spamBefore: 0 })).toBe('pending');
    expect(decideCommentStatus({ isModerator: false, approvedBefore: 1, spamBefore: 0 })).toBe('approved');
    expect(decideCommentStatus({ isModerator: true, approvedBefore: 0, spamBefore: 0 })).toBe('approved');
  });

  it('never publishes directly for an address with spam on record', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.integer({ min: 1, max: 50 }), (approved, spam) => {
        expect(decideCommentStatus({ isModerator: false, approvedBefore: approved, spamBefore: spam })).toBe('pending');
      }),
    );
  });
});
