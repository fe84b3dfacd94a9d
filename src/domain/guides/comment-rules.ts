import { COMMENT_MAX_LINKS } from '#contracts/guides.js';
import { countLinks } from '../markdown/plain-text.js';

export interface SubmissionProblem {
  /** The request field at fault, as the API names it ("body.comment"). */
  path: string;
  message: string;
}

export interface SubmissionFacts {
  /** The honeypot field's value: people never see it, so anything in it came from a robot. */
  honeypot: string | undefined;
  comment: string;
  /** Milliseconds since the form was issued; null when its token was not genuine. */
  formAgeMs: number | null;
  minAgeMs: number;
  maxAgeMs: number;
}

/**
 * The spam defences that need no database: honeypot, time-to-submit and link count. Returns
 * every problem found (empty when the comment may go on to moderation).
 */
export function checkSubmission(facts: SubmissionFacts): SubmissionProblem[] {
  const problems: SubmissionProblem[] = [];
  if (facts.honeypot !== undefined && facts.honeypot.trim() !== '') {
    problems.push({ path: 'body.topic', message: 'must be left empty' });
  }
  if (facts.formAgeMs === null) {
    problems.push({ path: 'body.formToken', message: 'is not valid: reload the page and try again' });
  } else if (facts.formAgeMs < 0 || facts.formAgeMs > facts.maxAgeMs) {
    problems.push({ path: 'body.formToken', message: 'has expired: reload the page and try again' });
  } else if (facts.formAgeMs < facts.minAgeMs) {
    const seconds = Math.ceil((facts.minAgeMs - facts.formAgeMs) / 1000);
    problems.push({
      path: 'body.formToken',
      message: `was sent too quickly after the page opened: wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'} and send again`,
    });
  }
  const links = countLinks(facts.comment);
  if (links > COMMENT_MAX_LINKS) {
    problems.push({
      path: 'body.comment',
      message: `may hold at most ${COMMENT_MAX_LINKS} links (it has ${links})`,
    });
  }
  return problems;
}

export interface CommenterStanding {
  /** Signed in with the admin role: moderators' own comments need no moderation. */
  isModerator: boolean;
  /** Comments from this email address that a moderator approved. */
  approvedBefore: number;
  /** Comments from this email address that a moderator marked as spam. */
  spamBefore: number;
}

/**
 * First comments from an unknown address wait for a moderator; once one was approved, the
 * address posts directly, unless any of its comments was ever marked as spam.
 */
export function decideCommentStatus(standing: CommenterStanding): 'approved' | 'pending' {
  if (standing.isModerator) return 'approved';
  return standing.approvedBefore > 0 && standing.spamBefore === 0 ? 'approved' : 'pending';
}
