import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router';
import { PUBLIC_PAGE } from '../lib/web-feature.js';
import { WEB_FEATURES } from './features.js';
import { RootLayout } from './layout.js';
import { NotFoundPage } from './not-found-page.js';
import { RouteErrorPage } from './route-error-page.js';

/** The layout itself is not lazy, so the first paint waits only for the page's own chunk. */
function EmptyFallback() {
  return null;
}

/** The path of the catch-all route: the server answers 404 when it is the page rendered. */
export const NOT_FOUND_PATH = '*';

// Pages load on demand so the first visit downloads only the shell and the page asked for; the browser and
// server rendering share this one table.
export function appRoutes(): RouteObject[] {
  return [
    {
      path: '/',
      Component: RootLayout,
      ErrorBoundary: RouteErrorPage,
      HydrateFallback: EmptyFallback,
      children: [
        {
          index: true,
          handle: PUBLIC_PAGE,
          lazy: async () => ({ Component: (await import('./home-route.js')).HomeRoute }),
        },
        ...WEB_FEATURES.flatMap((feature) => feature.routes),
        { path: NOT_FOUND_PATH, handle: PUBLIC_PAGE, Component: NotFoundPage },
      ],
    },
  ];
}

/**
 * The browser's router. A page rendered by the server is hydrated: its lazy page modules load first, so the first
 * client render matches the HTML instead of showing the fallback (ADR 0030).
 */
export async function createAppRouter({ hydrating }: { hydrating: boolean }) {
  const routes = appRoutes();
  if (hydrating) {
    const matches = matchRoutes(routes, window.location) ?? [];
    await Promise.all(
      matches.map(async ({ route }) => {
        if (typeof route.lazy !== 'function') return;
        const loaded = await route.lazy();
        Object.assign(route, { ...loaded, lazy: undefined });
      }),
    );
  }
  return createBrowserRouter(routes);
}
