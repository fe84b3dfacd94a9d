import type { WebFeature } from '#web/lib/web-feature.js';

/** The pathways pages and their place in the main navigation; registered once in `app/features.ts`. */
export const pathwaysFeature: WebFeature = {
  routes: [
    { path: 'pathways', lazy: async () => ({ Component: (await import('./pages/pathways-page.js')).PathwaysPage }) },
    { path: 'pathways/:planId', lazy: async () => ({ Component: (await import('./pages/plan-page.js')).PlanPage }) },
    { path: 'rules', lazy: async () => ({ Component: (await import('./pages/rules-page.js')).RulesPage }) },
    {
      path: 'rules/coverage',
      lazy: async () => ({ Component: (await import('./pages/coverage-page.js')).CoveragePage }),
    },
    {
      path: 'rules/new',
      lazy: async () => ({ Component: (await import('./pages/rule-editor-page.js')).RuleEditorPage }),
    },
    { path: 'rules/:id', lazy: async () => ({ Component: (await import('./pages/rule-set-page.js')).RuleSetPage }) },
    {
      path: 'rules/:id/edit',
      lazy: async () => ({ Component: (await import('./pages/rule-editor-page.js')).RuleEditorPage }),
    },
  ],
  nav: [{ to: '/pathways', label: 'Pathways' }],
};
