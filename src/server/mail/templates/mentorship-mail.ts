// Mentorship notices (topic `mentorship`, ADR 0024): queued through queueNotice, so a person may turn them off and each
// carries a one-click unsubscribe. They name people and link to the request; they never quote private notes or
// reflections.
import type { MailSource } from '../render-mail.js';

type NoticeSource = Omit<MailSource, 'unsubscribe'>;

export function mentorshipRequestMail(input: {
  mentorName: string;
  menteeName: string;
  url: string;
  days: number;
}): NoticeSource {
  return {
    subject: `${input.menteeName} asks you to be their mentor`,
    preview: 'Accept or decline with one click.',
    blocks: [
      { kind: 'greeting', name: input.mentorName },
      {
        kind: 'paragraph',
        text: `${input.menteeName} read your mentor profile on Vocare and asks whether you would mentor them. Their message and goals are on the request page.`,
      },
      { kind: 'action', label: 'Read the request and answer', url: input.url },
      {
        kind: 'small',
        text: `Please answer within ${input.days} days, yes or no: an unanswered request expires and ${input.menteeName} is offered someone else.`,
      },
    ],
  };
}

export function mentorshipReminderMail(input: {
  mentorName: string;
  menteeName: string;
  url: string;
  daysLeft: number;
}): NoticeSource {
  return {
    subject: `Reminder: ${input.menteeName} is waiting for your answer`,
    preview: `The request expires in ${input.daysLeft} days.`,
    blocks: [
      { kind: 'greeting', name: input.mentorName },
      {
        kind: 'paragraph',
        text: `${input.menteeName}'s request to be mentored by you expires in ${input.daysLeft} days. A "no" is a kind answer too: it lets them find someone else sooner.`,
      },
      { kind: 'action', label: 'Answer the request', url: input.url },
    ],
  };
}

export function mentorshipAnsweredMail(input: {
  menteeName: string;
  mentorName: string;
  outcome: 'accepted' | 'declined' | 'expired';
  url: string;
  /** The mentee's next suggested mentor, offered when a request expired or was declined. */
  nextMentorName?: string | null;
}): NoticeSource {
  const text = {
    accepted: `${input.mentorName} accepted your request. Start with a short agreement: your goals, how often you will talk and for how long.`,
    declined: `${input.mentorName} cannot take you on right now. Your suggestions have been refreshed with other mentors.`,
    expired: `${input.mentorName} did not answer within 7 days, so the request has expired. Your suggestions have been refreshed with other mentors.`,
  }[input.outcome];
  const next =
    input.outcome !== 'accepted' && input.nextMentorName
      ? [
          {
            kind: 'paragraph' as const,
            text: `Your next match: ${input.nextMentorName}. Their profile and why we suggest them are on your suggestions page.`,
          },
        ]
      : [];
  return {
    subject:
      input.outcome === 'accepted' ? `${input.mentorName} will mentor you` : 'Your mentoring request: next match',
    preview: text,
    blocks: [
      { kind: 'greeting', name: input.menteeName },
      { kind: 'paragraph', text },
      ...next,
      {
        kind: 'action',
        label: input.outcome === 'accepted' ? 'Open the mentorship' : 'See your suggestions',
        url: input.url,
      },
    ],
  };
}
