import { PUBLIC_PAGE, type WebFeature } from '#web/lib/web-feature.js';

/** The careers pages and their place in the main navigation; registered once in `app/features.ts`. */
export const careersFeature: WebFeature = {
  routes: [
    {
      path: 'atlas',
      handle: PUBLIC_PAGE,
      lazy: async () => ({ Component: (await import('./pages/atlas-page.js')).AtlasPage }),
    },
    {
      path: 'careers/:id',
      handle: PUBLIC_PAGE,
      lazy: async () => ({ Component: (await import('./pages/career-page.js')).CareerPage }),
    },
    {
      path: 'compare',
      handle: PUBLIC_PAGE,
      lazy: async () => ({ Component: (await import('./pages/compare-page.js')).ComparePage }),
    },
    {
      path: 'map',
      handle: PUBLIC_PAGE,
      lazy: async () => ({ Component: (await import('./pages/map-page.js')).MapPage }),
    },
  ],
  nav: [
    { to: '/atlas', label: 'Atlas' },
    { to: '/map', label: 'Map' },
    { to: '/compare', label: 'Compare' },
  ],
};
