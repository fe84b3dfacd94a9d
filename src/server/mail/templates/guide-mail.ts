// Guide notices (ADR 0024). A reply is public once approved, so the mail may quote a short excerpt of it; it links
// to the guide's page, where the whole thread is.
import type { MailSource } from '../render-mail.js';

/** To the author of a comment: someone's reply to it was published. */
export function commentReplyMail(input: {
  displayName: string;
  replyAuthorName: string;
  guideTitle: string;
  replyExcerpt: string;
  url: string;
}): Omit<MailSource, 'unsubscribe'> {
  return {
    subject: `${input.replyAuthorName} replied to your comment on “${input.guideTitle}”`,
    preview: input.replyExcerpt,
    blocks: [
      { kind: 'greeting', name: input.displayName },
      {
        kind: 'paragraph',
        text: `${input.replyAuthorName} replied to the comment you posted on “${input.guideTitle}”:`,
      },
      { kind: 'paragraph', text: `“${input.replyExcerpt}”` },
      { kind: 'action', label: 'Read the reply', url: input.url },
    ],
  };
}
