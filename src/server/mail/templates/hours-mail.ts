// Hours messages. The invitation is transactional (it answers a trainee's request to this address); the weekly
// sign-off message, a returned entry, an agreement ending and a license about to lapse are notices, so queueNotice
// adds their unsubscribe link. None quotes the log beyond what the recipient already sees in the app.
import { type MailBlock, type MailSource, renderMail } from '../render-mail.js';

export function supervisorInvitationMail(input: { traineeName: string; url: string }) {
  return renderMail({
    subject: `${input.traineeName} asks you to supervise their hours on Vocare`,
    preview: 'Accept with your license details, or decline.',
    blocks: [
      { kind: 'paragraph', text: 'Hello,' },
      {
        kind: 'paragraph',
        text: `${input.traineeName} logs their supervised hours on Vocare and named you as their supervisor. If you accept, you record your license once and can verify or return the hours that name you; you see nothing else of their log.`,
      },
      { kind: 'action', label: 'See the invitation', url: input.url },
      {
        kind: 'small',
        text: 'You need a Vocare account with this address to accept; the page lets you create one. If you do not know this person, ignore this message.',
      },
    ],
  });
}

export interface SignOffGroup {
  traineeName: string;
  entries: string[];
  hours: string;
  verifyUrl: string;
}

/** The weekly message: per supervisee, what waits, a one-tap link to verify exactly that, and where to return. */
export function signOffDigestMail(input: {
  displayName: string;
  groups: SignOffGroup[];
  reviewUrl: string;
  daysValid: number;
}): Omit<MailSource, 'unsubscribe'> {
  const blocks: MailBlock[] = [
    { kind: 'greeting', name: input.displayName },
    {
      kind: 'paragraph',
      text: 'These hours wait for your sign-off. Each link verifies exactly the entries listed above it, without signing in.',
    },
  ];
  for (const group of input.groups) {
    blocks.push(
      { kind: 'paragraph', text: `${group.traineeName}: ${group.entries.length} entries, ${group.hours} h` },
      { kind: 'list', items: group.entries },
      { kind: 'action', label: `Verify these ${group.entries.length} entries`, url: group.verifyUrl },
    );
  }
  blocks.push(
    { kind: 'paragraph', text: 'Something to correct? Return an entry with a comment from your inbox:' },
    { kind: 'action', label: 'Return an entry with a comment', url: input.reviewUrl },
    {
      kind: 'small',
      text: `The verify links work once and for ${input.daysValid} days. A link is refused if one of its entries changed after this message was sent.`,
    },
  );
  return {
    subject: 'Hours waiting for your sign-off',
    preview: input.groups.map((g) => `${g.traineeName}: ${g.hours} h`).join(', '),
    blocks,
  };
}

export function entryReturnedMail(input: {
  displayName: string;
  supervisorName: string;
  entry: string;
  comment: string;
  url: string;
}): Omit<MailSource, 'unsubscribe'> {
  return {
    subject: `${input.supervisorName} returned an entry for correction`,
    preview: input.entry,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      { kind: 'paragraph', text: `${input.supervisorName} returned this entry: ${input.entry}.` },
      { kind: 'paragraph', text: `Their comment: “${input.comment}”` },
      { kind: 'action', label: 'Open your log', url: input.url },
    ],
  };
}

/** To either side of an agreement whose end date is near. */
export function agreementEndingMail(input: {
  displayName: string;
  otherName: string;
  side: 'trainee' | 'supervisor';
  endDate: string;
  url: string;
}): Omit<MailSource, 'unsubscribe'> {
  const who =
    input.side === 'trainee'
      ? `Your supervision agreement with ${input.otherName}`
      : `Your agreement to supervise ${input.otherName}`;
  const after =
    input.side === 'trainee'
      ? 'Hours after that date cannot name this supervisor. If the supervision goes on, change the end date in your log.'
      : 'Entries after that date cannot name you. If the supervision goes on, either of you can change the end date.';
  return {
    subject: `${who} ends on ${input.endDate}`,
    preview: after,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      { kind: 'paragraph', text: `${who} ends on ${input.endDate}.` },
      { kind: 'paragraph', text: after },
      { kind: 'action', label: 'Open the agreement', url: input.url },
    ],
  };
}

/** To a supervisor: the license recorded for their supervisions expires soon. */
export function licenseLapsingSupervisorMail(input: {
  displayName: string;
  expires: string;
  traineeNames: string[];
  url: string;
}): Omit<MailSource, 'unsubscribe'> {
  return {
    subject: `Your license on record expires on ${input.expires}`,
    preview: 'Record the renewed license so the hours you supervise keep counting.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: `The license you recorded on Vocare expires on ${input.expires}. Vocare counts a supervised hour only while the supervisor's license is valid, so hours after that date will not count for:`,
      },
      { kind: 'list', items: input.traineeNames },
      { kind: 'paragraph', text: 'If you renewed it, record the new expiry date.' },
      { kind: 'action', label: 'Update your license', url: input.url },
    ],
  };
}

/** To a supervisee: their supervisor's license on record expires soon. */
export function licenseLapsingTraineeMail(input: {
  displayName: string;
  supervisorName: string;
  expires: string;
  url: string;
}): Omit<MailSource, 'unsubscribe'> {
  return {
    subject: `${input.supervisorName}'s license on record expires on ${input.expires}`,
    preview: 'Hours after that date will not count until a renewal is recorded.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: `The license ${input.supervisorName} recorded for your supervision expires on ${input.expires}. Vocare counts a supervised hour only while the supervisor's license is valid, so hours after that date will not count until ${input.supervisorName} records a renewal.`,
      },
      { kind: 'action', label: 'Open your log', url: input.url },
    ],
  };
}
