import { createBrowserRouter } from 'react-router';
import { RootLayout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { RouteErrorPage } from './route-error-page.js';

/** The layout itself is not lazy, so the first paint waits only for the page's own chunk. */
function EmptyFallback() {
  return null;
}

// Pages load on demand so the first visit downloads only the shell and the page asked for.
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: EmptyFallback,
      children: [
        {
          index: true,
          lazy: async () => ({ Component: (await import('./home-route.js')).HomeRoute }),
        },
        {
          path: 'atlas',
          lazy: async () => ({ Component: (await import('../features/careers/pages/atlas-page.js')).AtlasPage }),
        },
        {
          path: 'careers/:id',
          lazy: async () => ({ Component: (await import('../features/careers/pages/career-page.js')).CareerPage }),
        },
        {
          path: 'compare',
          lazy: async () => ({ Component: (await import('../features/careers/pages/compare-page.js')).ComparePage }),
        },
        {
          path: 'assessment',
          lazy: async () => ({
            Component: (await import('../features/assessment/pages/assessment-page.js')).AssessmentPage,
          }),
        },
        {
          path: 'assessment/results',
          lazy: async () => ({
            Component: (await import('../features/assessment/pages/results-page.js')).ResultsPage,
          }),
        },
        {
          path: 'map',
          lazy: async () => ({ Component: (await import('../features/careers/pages/map-page.js')).MapPage }),
        },
        {
          path: 'guides',
          lazy: async () => ({ Component: (await import('../features/guides/pages/guides-page.js')).GuidesPage }),
        },
        {
          path: 'guides/new',
          lazy: async () => ({
            Component: (await import('../features/guides/pages/guide-editor-page.js')).GuideEditorPage,
          }),
        },
        {
          path: 'guides/moderation',
          lazy: async () => ({
            Component: (await import('../features/guides/pages/moderation-page.js')).ModerationPage,
          }),
        },
        {
          path: 'guides/replies',
          lazy: async () => ({ Component: (await import('../features/guides/pages/replies-page.js')).RepliesPage }),
        },
        {
          path: 'guides/:slug',
          lazy: async () => ({ Component: (await import('../features/guides/pages/guide-page.js')).GuidePage }),
        },
        {
          path: 'guides/:slug/edit',
          lazy: async () => ({
            Component: (await import('../features/guides/pages/guide-editor-page.js')).GuideEditorPage,
          }),
        },
        {
          path: 'pathways',
          lazy: async () => ({
            Component: (await import('../features/pathways/pages/pathways-page.js')).PathwaysPage,
          }),
        },
        {
          path: 'pathways/:planId',
          lazy: async () => ({ Component: (await import('../features/pathways/pages/plan-page.js')).PlanPage }),
        },
        {
          path: 'rules',
          lazy: async () => ({ Component: (await import('../features/pathways/pages/rules-page.js')).RulesPage }),
        },
        {
          path: 'rules/new',
          lazy: async () => ({
            Component: (await import('../features/pathways/pages/rule-editor-page.js')).RuleEditorPage,
          }),
        },
        {
          path: 'rules/:id',
          lazy: async () => ({ Component: (await import('../features/pathways/pages/rule-set-page.js')).RuleSetPage }),
        },
        {
          path: 'rules/:id/edit',
          lazy: async () => ({
            Component: (await import('../features/pathways/pages/rule-editor-page.js')).RuleEditorPage,
          }),
        },
        {
          path: 'signup',
          lazy: async () => ({ Component: (await import('../features/auth/pages/sign-up-page.js')).SignUpPage }),
        },
        {
          path: 'signin',
          lazy: async () => ({ Component: (await import('../features/auth/pages/sign-in-page.js')).SignInPage }),
        },
        {
          path: 'signout',
          lazy: async () => ({ Component: (await import('../features/auth/pages/sign-out-page.js')).SignOutPage }),
        },
        {
          path: 'account',
          lazy: async () => ({ Component: (await import('../features/auth/pages/account-page.js')).AccountPage }),
        },
        {
          path: 'account/password',
          lazy: async () => ({
            Component: (await import('../features/auth/pages/change-password-page.js')).ChangePasswordPage,
          }),
        },
        {
          path: 'resilience',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/dashboard-page.js')).DashboardPage,
          }),
        },
        {
          path: 'resilience/check-in',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/checkin-page.js')).CheckinPage,
          }),
        },
        {
          path: 'resilience/self-care',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/self-care-page.js')).SelfCarePage,
          }),
        },
        {
          path: 'resilience/journal',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/journal-page.js')).JournalPage,
          }),
        },
        {
          path: 'resilience/wins',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/wins-page.js')).WinsPage,
          }),
        },
        {
          path: 'resilience/settings',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/settings-page.js')).SettingsPage,
          }),
        },
        {
          path: 'resilience/share',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/share-page.js')).SharePage,
          }),
        },
        {
          path: 'resilience/instruments',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/instruments-page.js')).InstrumentsPage,
          }),
        },
        {
          path: 'resilience/shared/:token',
          lazy: async () => ({
            Component: (await import('../features/resilience/pages/shared-summary-page.js')).SharedSummaryPage,
          }),
        },
        {
          path: 'opportunities',
          lazy: async () => ({
            Component: (await import('../features/board/pages/opportunities-page.js')).OpportunitiesPage,
          }),
        },
        {
          path: 'opportunities/:id',
          lazy: async () => ({
            Component: (await import('../features/board/pages/opportunity-page.js')).OpportunityPage,
          }),
        },
        {
          path: 'opportunities/:opportunityId/edit',
          lazy: async () => ({
            Component: (await import('../features/board/pages/opportunity-editor-page.js')).OpportunityEditorPage,
          }),
        },
        {
          path: 'experience',
          lazy: async () => ({
            Component: (await import('../features/board/pages/my-experience-page.js')).MyExperiencePage,
          }),
        },
        {
          path: 'organizations',
          lazy: async () => ({
            Component: (await import('../features/board/pages/organizations-page.js')).OrganizationsPage,
          }),
        },
        {
          path: 'organizations/new',
          lazy: async () => ({
            Component: (await import('../features/board/pages/organization-form-page.js')).OrganizationFormPage,
          }),
        },
        {
          path: 'organizations/:id',
          lazy: async () => ({
            Component: (await import('../features/board/pages/organization-page.js')).OrganizationPage,
          }),
        },
        {
          path: 'organizations/:id/edit',
          lazy: async () => ({
            Component: (await import('../features/board/pages/organization-form-page.js')).OrganizationFormPage,
          }),
        },
        {
          path: 'organizations/:id/dashboard',
          lazy: async () => ({
            Component: (await import('../features/board/pages/organization-dashboard-page.js'))
              .OrganizationDashboardPage,
          }),
        },
        {
          path: 'organizations/:id/opportunities/new',
          lazy: async () => ({
            Component: (await import('../features/board/pages/opportunity-editor-page.js')).OpportunityEditorPage,
          }),
        },
        {
          path: 'hours',
          lazy: async () => ({ Component: (await import('../features/hours/pages/log-page.js')).HoursLogPage }),
        },
        {
          path: 'hours/progress',
          lazy: async () => ({
            Component: (await import('../features/hours/pages/progress-page.js')).HoursProgressPage,
          }),
        },
        {
          path: 'hours/import',
          lazy: async () => ({ Component: (await import('../features/hours/pages/import-page.js')).HoursImportPage }),
        },
        {
          path: 'hours/supervisors',
          lazy: async () => ({
            Component: (await import('../features/hours/pages/supervisors-page.js')).HoursSupervisorsPage,
          }),
        },
        {
          path: 'hours/history',
          lazy: async () => ({ Component: (await import('../features/hours/pages/history-page.js')).HoursHistoryPage }),
        },
        {
          path: 'hours/inbox',
          lazy: async () => ({ Component: (await import('../features/hours/pages/inbox-page.js')).HoursInboxPage }),
        },
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
