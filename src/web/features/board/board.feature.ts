import type { WebFeature } from '#web/lib/web-feature.js';

/** The board pages and their place in the main navigation; registered once in `app/features.ts`. */
export const boardFeature: WebFeature = {
  routes: [
    {
      path: 'opportunities',
      lazy: async () => ({ Component: (await import('./pages/opportunities-page.js')).OpportunitiesPage }),
    },
    {
      path: 'opportunities/:id',
      lazy: async () => ({ Component: (await import('./pages/opportunity-page.js')).OpportunityPage }),
    },
    {
      path: 'opportunities/:opportunityId/edit',
      lazy: async () => ({ Component: (await import('./pages/opportunity-editor-page.js')).OpportunityEditorPage }),
    },
    {
      path: 'experience',
      lazy: async () => ({ Component: (await import('./pages/my-experience-page.js')).MyExperiencePage }),
    },
    {
      path: 'organizations',
      lazy: async () => ({ Component: (await import('./pages/organizations-page.js')).OrganizationsPage }),
    },
    {
      path: 'organizations/invitation',
      lazy: async () => ({
        Component: (await import('./pages/organization-invitation-page.js')).OrganizationInvitationPage,
      }),
    },
    {
      path: 'organizations/new',
      lazy: async () => ({ Component: (await import('./pages/organization-form-page.js')).OrganizationFormPage }),
    },
    {
      path: 'organizations/:id',
      lazy: async () => ({ Component: (await import('./pages/organization-page.js')).OrganizationPage }),
    },
    {
      path: 'organizations/:id/edit',
      lazy: async () => ({ Component: (await import('./pages/organization-form-page.js')).OrganizationFormPage }),
    },
    {
      path: 'organizations/:id/dashboard',
      lazy: async () => ({
        Component: (await import('./pages/organization-dashboard-page.js')).OrganizationDashboardPage,
      }),
    },
    {
      path: 'organizations/:id/opportunities/new',
      lazy: async () => ({ Component: (await import('./pages/opportunity-editor-page.js')).OpportunityEditorPage }),
    },
  ],
  nav: [{ to: '/opportunities', label: 'Experience' }],
};
