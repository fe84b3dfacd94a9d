// The seat-offer notice. It names the event and the claim deadline; nothing else about the person.
import { renderMail } from '#server/mail/render-mail.js';

export function seatOfferMail(input: { name: string; eventTitle: string; url: string; expiresAt: Date }) {
  const deadline = `${input.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return renderMail({
    subject: `A seat opened up: ${input.eventTitle}`,
    preview: `Claim it before ${deadline}.`,
    blocks: [
      { kind: 'greeting', name: input.name },
      {
        kind: 'paragraph',
        text: `A seat at “${input.eventTitle}” became free and you are next on the waiting list. It is held for you until ${deadline}; after that it goes to the next person.`,
      },
      { kind: 'action', label: 'Claim the seat', url: input.url },
      { kind: 'small', text: 'If you no longer want it, do nothing: the offer lapses on its own.' },
    ],
  });
}
