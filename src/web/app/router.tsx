import { createBrowserRouter } from 'react-router';
import { WEB_FEATURES } from './features.js';
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
        ...WEB_FEATURES.flatMap((feature) => feature.routes),
        { path: '*', Component: NotFoundPage },
      ],
    },
  ]);
}
