import type { WebFeature } from '#web/lib/web-feature.js';

/** Initiative plans: the list of your plans and starting one from a problem statement; the editor, sharing, and the read-only share-link page. */
export const initiativeFeature: WebFeature = {
  routes: [
    {
      path: 'initiatives',
      lazy: async () => ({ Component: (await import('./pages/plans-page.js')).PlansPage }),
    },
    {
      path: 'initiatives/:id',
      lazy: async () => ({ Component: (await import('./pages/plan-editor-page.js')).PlanEditorPage }),
    },
    {
      path: 'initiatives/:id/sharing',
      lazy: async () => ({ Component: (await import('./pages/plan-sharing-page.js')).PlanSharingPage }),
    },
    {
      path: 'shared/initiatives/:token',
      lazy: async () => ({ Component: (await import('./pages/shared-plan-page.js')).SharedPlanPage }),
    },
  ],
  nav: [{ to: '/initiatives', label: 'Initiatives' }],
};
