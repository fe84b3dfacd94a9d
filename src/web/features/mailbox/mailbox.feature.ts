import type { WebFeature } from '#web/lib/web-feature.js';

/** The dev Mailbox page; not in the navigation (the start banner points to it). */
export const mailboxFeature: WebFeature = {
  routes: [
    { path: 'dev/mailbox', lazy: async () => ({ Component: (await import('./pages/mailbox-page.js')).MailboxPage }) },
  ],
  nav: [],
};
