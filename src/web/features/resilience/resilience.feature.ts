import type { WebFeature } from '#web/lib/web-feature.js';

/** The resilience pages and their place in the main navigation; registered once in `app/features.ts`. */
export const resilienceFeature: WebFeature = {
  routes: [
    {
      path: 'resilience',
      lazy: async () => ({ Component: (await import('./pages/dashboard-page.js')).DashboardPage }),
    },
    {
      path: 'resilience/check-in',
      lazy: async () => ({ Component: (await import('./pages/checkin-page.js')).CheckinPage }),
    },
    {
      path: 'resilience/self-care',
      lazy: async () => ({ Component: (await import('./pages/self-care-page.js')).SelfCarePage }),
    },
    {
      path: 'resilience/journal',
      lazy: async () => ({ Component: (await import('./pages/journal-page.js')).JournalPage }),
    },
    { path: 'resilience/wins', lazy: async () => ({ Component: (await import('./pages/wins-page.js')).WinsPage }) },
    {
      path: 'resilience/settings',
      lazy: async () => ({ Component: (await import('./pages/settings-page.js')).SettingsPage }),
    },
    { path: 'resilience/share', lazy: async () => ({ Component: (await import('./pages/share-page.js')).SharePage }) },
    {
      path: 'resilience/instruments',
      lazy: async () => ({ Component: (await import('./pages/instruments-page.js')).InstrumentsPage }),
    },
    {
      path: 'resilience/shared/:token',
      lazy: async () => ({ Component: (await import('./pages/shared-summary-page.js')).SharedSummaryPage }),
    },
  ],
  nav: [{ to: '/resilience', label: 'Resilience' }],
};
