import type { WebFeature } from '#web/lib/web-feature.js';

/** The hours pages and their place in the main navigation; registered once in `app/features.ts`. */
export const hoursFeature: WebFeature = {
  routes: [
    { path: 'hours', lazy: async () => ({ Component: (await import('./pages/log-page.js')).HoursLogPage }) },
    {
      path: 'hours/progress',
      lazy: async () => ({ Component: (await import('./pages/progress-page.js')).HoursProgressPage }),
    },
    {
      path: 'hours/import',
      lazy: async () => ({ Component: (await import('./pages/import-page.js')).HoursImportPage }),
    },
    {
      path: 'hours/supervisors',
      lazy: async () => ({ Component: (await import('./pages/supervisors-page.js')).HoursSupervisorsPage }),
    },
    {
      path: 'hours/history',
      lazy: async () => ({ Component: (await import('./pages/history-page.js')).HoursHistoryPage }),
    },
    {
      path: 'hours/invitation',
      lazy: async () => ({ Component: (await import('./pages/invitation-page.js')).HoursInvitationPage }),
    },
    { path: 'sign-off', lazy: async () => ({ Component: (await import('./pages/sign-off-page.js')).SignOffPage }) },
    { path: 'hours/inbox', lazy: async () => ({ Component: (await import('./pages/inbox-page.js')).HoursInboxPage }) },
  ],
  // Trainees keep a log; supervisors verify others' logs from their inbox (someone may be both).
  nav: [
    { to: '/hours', label: 'Hours', roles: ['trainee'] },
    { to: '/hours/inbox', label: 'Supervisor inbox', roles: ['supervisor'] },
  ],
};
