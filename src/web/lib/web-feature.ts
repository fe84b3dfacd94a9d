import type { RouteObject } from 'react-router';

/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  label: string;
}

/**
 * What a web feature adds to the app: its pages (lazy, so a first visit downloads only the page asked for) and its
 * entries in the main navigation. Features are listed once, in `app/features.ts`; nothing else names them.
 */
export interface WebFeature {
  routes: RouteObject[];
  nav: NavItem[];
}

/**
 * The `handle` of a route whose page is public: the server renders it to HTML for a first visit and search engines
 * (ADR 0030). Other pages (signed-in features) are rendered in the browser only.
 */
export const PUBLIC_PAGE = { public: true } as const;

export function isPublicHandle(handle: unknown): boolean {
  return typeof handle === 'object' && handle !== null && 'public' in handle && handle.public === true;
}
