import { PUBLIC_PAGE, type WebFeature } from '#web/lib/web-feature.js';

/** The guides pages and their place in the main navigation; registered once in `app/features.ts`. */
export const guidesFeature: WebFeature = {
  routes: [
    {
      path: 'guides',
      handle: PUBLIC_PAGE,
      lazy: async () => ({ Component: (await import('./pages/guides-page.js')).GuidesPage }),
    },
    {
      path: 'guides/new',
      lazy: async () => ({ Component: (await import('./pages/guide-editor-page.js')).GuideEditorPage }),
    },
    {
      path: 'guides/moderation',
      lazy: async () => ({ Component: (await import('./pages/moderation-page.js')).ModerationPage }),
    },
    {
      path: 'guides/replies',
      lazy: async () => ({ Component: (await import('./pages/replies-page.js')).RepliesPage }),
    },
    {
      path: 'guides/:slug',
      handle: PUBLIC_PAGE,
      lazy: async () => ({ Component: (await import('./pages/guide-page.js')).GuidePage }),
    },
    {
      path: 'guides/:slug/edit',
      lazy: async () => ({ Component: (await import('./pages/guide-editor-page.js')).GuideEditorPage }),
    },
  ],
  nav: [{ to: '/guides', label: 'Guides' }],
};
