import type { WebFeature } from '#web/lib/web-feature.js';

/** The administrator's backup page; reached from the account page, not the main navigation. */
export const backupFeature: WebFeature = {
  routes: [
    {
      path: 'admin/backup',
      lazy: async () => ({ Component: (await import('./pages/backup-page.js')).BackupPage }),
    },
  ],
  nav: [],
};
