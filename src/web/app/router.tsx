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
          lazy: async () => ({ Component: (await import('../features/careers/pages/home-page.js')).HomePage }),
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
          path: 'map',
          lazy: async () => ({ Component: (await import('../features/careers/pages/map-page.js')).MapPage }),
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
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
