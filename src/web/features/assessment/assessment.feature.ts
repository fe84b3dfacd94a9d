import type { WebFeature } from '#web/lib/web-feature.js';

/** The assessment pages and their place in the main navigation; registered once in `app/features.ts`. */
export const assessmentFeature: WebFeature = {
  routes: [
    {
      path: 'assessment',
      lazy: async () => ({ Component: (await import('./pages/assessment-page.js')).AssessmentPage }),
    },
    {
      path: 'assessment/results',
      lazy: async () => ({ Component: (await import('./pages/results-page.js')).ResultsPage }),
    },
  ],
  nav: [{ to: '/assessment', label: 'Assessment' }],
};
