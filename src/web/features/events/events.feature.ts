import type { WebFeature } from '#web/lib/web-feature.js';

/** The events pages and their place in the main navigation; registered once in `app/features.ts`. */
export const eventsFeature: WebFeature = {
  routes: [
    { path: 'events', lazy: async () => ({ Component: (await import('./pages/events-page.js')).EventsPage }) },
    {
      path: 'events/mine',
      lazy: async () => ({ Component: (await import('./pages/my-events-page.js')).MyEventsPage }),
    },
    {
      path: 'events/new',
      lazy: async () => ({ Component: (await import('./pages/post-event-page.js')).PostEventPage }),
    },
    {
      path: 'events/ce-log',
      lazy: async () => ({ Component: (await import('./pages/ce-log-page.js')).CeLogPage }),
    },
    { path: 'events/claim', lazy: async () => ({ Component: (await import('./pages/claim-page.js')).ClaimPage }) },
    {
      path: 'events/review',
      lazy: async () => ({ Component: (await import('./pages/review-page.js')).ReviewPage }),
    },
    { path: 'events/:id', lazy: async () => ({ Component: (await import('./pages/event-page.js')).EventPage }) },
  ],
  nav: [{ to: '/events', label: 'Events' }],
};
