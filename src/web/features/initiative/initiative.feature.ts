import type { WebFeature } from '#web/lib/web-feature.js';

/** Initiative plans: the list of your plans and starting one from a problem statement. */
export const initiativeFeature: WebFeature = {
  routes: [
    {
      path: 'initiatives',
      lazy: async () => ({ Component: (await import('./pages/plans-page.js')).PlansPage }),
    },
  ],
  nav: [{ to: '/initiatives', label: 'Initiatives' }],
};
