// Resilience notices (ADR 0024). The one message says only that a check-in is due: it takes no resilience data at
// all (no scores, journal, self-care, cadence or dates), so none can end up in a mail by mistake.
import type { MailSource } from '../render-mail.js';

export function checkinDueMail(input: { displayName: string; url: string }): Omit<MailSource, 'unsubscribe'> {
  return {
    subject: 'A check-in is due',
    preview: 'Your check-in on Vocare is due.',
    blocks: [
      { kind: 'greeting', name: input.displayName },
      { kind: 'paragraph', text: 'Your check-in on Vocare is due.' },
      { kind: 'action', label: 'Open Vocare', url: input.url },
      {
        kind: 'small',
        text: 'You asked for this reminder. It never carries your answers, scores or anything you wrote.',
      },
    ],
  };
}
