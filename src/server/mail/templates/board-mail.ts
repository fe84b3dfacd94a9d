// Board notices (ADR 0024). They name the listing and the organization and link to the app; they never quote an
// application's answers, contact details or the thread's messages, and never name the applicant to anyone else:
// the mail may be forwarded or read over a shoulder, the app checks who is looking.
import type { MailSource } from '../render-mail.js';

type NoticeSource = Omit<MailSource, 'unsubscribe'>;

/** To each member of an organization: someone applied to one of its listings. */
export function applicationNewMail(input: {
  displayName: string;
  organizationName: string;
  opportunityTitle: string;
  url: string;
}): NoticeSource {
  return {
    subject: `New application to “${input.opportunityTitle}”`,
    preview: `Someone applied to a listing of ${input.organizationName}.`,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: `Someone applied to “${input.opportunityTitle}”, a listing of ${input.organizationName}. Their answers are in the organization’s dashboard.`,
      },
      { kind: 'action', label: 'Open the applications', url: input.url },
      { kind: 'small', text: 'Applicants see how long organizations take to answer: a quick first reply helps.' },
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
