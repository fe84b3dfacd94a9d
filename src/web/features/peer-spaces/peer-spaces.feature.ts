import type { WebFeature } from '#web/lib/web-feature.js';

/** The peer-space pages and their place in the main navigation; registered once in `app/features.ts`. */
export const peerSpacesFeature: WebFeature = {
  routes: [
    { path: 'spaces', lazy: async () => ({ Component: (await import('./pages/spaces-page.js')).SpacesPage }) },
    {
      path: 'spaces/moderation',
      lazy: async () => ({ Component: (await import('./pages/moderation-page.js')).ModerationPage }),
    },
    {
      path: 'spaces/threads/:id',
      lazy: async () => ({ Component: (await import('./pages/thread-page.js')).ThreadPage }),
    },
    { path: 'spaces/:slug', lazy: async () => ({ Component: (await import('./pages/space-page.js')).SpacePage }) },
  ],
  nav: [{ to: '/spaces', label: 'Spaces' }],
};
