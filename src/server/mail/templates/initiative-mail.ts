// Initiative plans: an invitation to co-own or view a plan. Transactional (ADR 0024): sent once, because someone
// asked for it, to an address that may not have an account yet; it says who invited them and what the plan is
// called, nothing from inside it.
import { renderMail } from '../render-mail.js';

export function planInviteMail(input: { inviterName: string; planTitle: string; role: string; url: string }) {
  const what = input.role === 'co-owner' ? 'edit it with them as a co-owner' : 'read it as a viewer';
  return renderMail({
    subject: `${input.inviterName} invited you to an initiative plan on Vocare`,
    preview: `"${input.planTitle}": accept the invitation to ${what}.`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${input.inviterName} invited you to the plan "${input.planTitle}" on Vocare, to ${what}.`,
      },
      { kind: 'action', label: 'See the invitation', url: input.url },
      {
        kind: 'small',
        text: 'Sign in (or create an account) with this email address to accept. If you do not know the sender, ignore this message.',
      },
    ],
  });
}
