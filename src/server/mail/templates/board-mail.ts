// Board notices (ADR 0024). They name the listing and the organization and link to the app; they never quote an
// application's answers, contact details or the thread's messages, and never name the applicant to anyone else:
// the mail may be forwarded or read over a shoulder, the app checks who is looking.
import { formatDay } from '#domain/calendar-date.js';
import { type MailSource, renderMail } from '../render-mail.js';

type NoticeSource = Omit<MailSource, 'unsubscribe'>;

/**
 * To each member of an organization, once a day: the applications its listings received that day (ADR 0024). One
 * line per application, naming the listing and the time only.
 */
export function applicationDigestMail(input: {
  displayName: string;
  organizationName: string;
  /** The day the applications came in (YYYY-MM-DD, UTC). */
  day: string;
  applications: { opportunityTitle: string; receivedAt: Date }[];
  url: string;
}): NoticeSource {
  const count = input.applications.length;
  const what = count === 1 ? '1 new application' : `${count} new applications`;
  const when = formatDay(input.day);
  return {
    subject: `${what} to ${input.organizationName} on ${when}`,
    preview: `${input.organizationName}’s listings received ${what} on ${when}.`,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: `${input.organizationName}’s listings received ${what} on ${when} (times in UTC):`,
      },
      {
        kind: 'list',
        items: input.applications.map((a) => `“${a.opportunityTitle}”, at ${a.receivedAt.toISOString().slice(11, 16)}`),
      },
      { kind: 'paragraph', text: 'Who applied and what they answered is in the organization’s dashboard.' },
      { kind: 'action', label: 'Open the applications', url: input.url },
      {
        kind: 'small',
        text: 'Applicants see how long organizations take to answer: a quick first reply helps. This message comes once a day, only on days with new applications.',
      },
    ],
  };
}

const DECISION_WORDS: Record<string, string> = {
  reviewing: 'is reviewing your application',
  accepted: 'accepted your application',
  declined: 'declined your application',
};

/** To the applicant: the organization moved their application on. The decision message stays in the app. */
export function applicationDecisionMail(input: {
  displayName: string;
  organizationName: string;
  opportunityTitle: string;
  status: string;
  url: string;
}): NoticeSource {
  const what = DECISION_WORDS[input.status] ?? `moved your application on (${input.status})`;
  return {
    subject: `${input.organizationName} ${what}`,
    preview: `About “${input.opportunityTitle}”.`,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      { kind: 'paragraph', text: `${input.organizationName} ${what} to “${input.opportunityTitle}”.` },
      { kind: 'action', label: 'See your application', url: input.url },
    ],
  };
}

/** To the other side of an application's thread: a new message waits there (its text is not in the mail). */
export function applicationMessageMail(input: {
  displayName: string;
  fromLine: string;
  opportunityTitle: string;
  url: string;
}): NoticeSource {
  return {
    subject: `New message about “${input.opportunityTitle}”`,
    preview: input.fromLine,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      { kind: 'paragraph', text: `${input.fromLine} Read and answer it on Vocare.` },
      { kind: 'action', label: 'Read the message', url: input.url },
    ],
  };
}

/**
 * To an invited address: a member asks it to join the organization (transactional, so no unsubscribe link). It names
 * the organization and who invited; the link opens the invitation in the app, which checks the account's address.
 */
export function organizationInvitationMail(input: { inviterName: string; organizationName: string; url: string }) {
  return renderMail({
    subject: `${input.inviterName} invites you to help run ${input.organizationName} on Vocare`,
    preview: `Join ${input.organizationName} to manage its listings and applications.`,
    blocks: [
      { kind: 'paragraph', text: 'Hello,' },
      {
        kind: 'paragraph',
        text: `${input.inviterName} manages ${input.organizationName} on Vocare and invited this address to join as a member. Members edit the profile, publish listings and answer the people who apply.`,
      },
      { kind: 'action', label: 'See the invitation', url: input.url },
      {
        kind: 'small',
        text: 'To accept, sign in with a Vocare account that uses this address and has confirmed it. If you did not expect this, ignore this message.',
      },
    ],
  });
}
