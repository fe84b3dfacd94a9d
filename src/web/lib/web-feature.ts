import type { RouteObject } from 'react-router';
import type { Role } from '#contracts/vocabulary.js';

/** One entry of the main navigation. */
export interface NavItem {
  to: string;
  label: string;
  /** Shown only to a signed-in person holding one of these roles; without it, shown to everyone. */
  roles?: readonly Role[];
}

/** The entries one person sees: each role its own navigation (signed out, only the entries for everyone). */
export function navItemsFor(items: readonly NavItem[], roles: readonly Role[] | undefined): NavItem[] {
  return items.filter((item) => !item.roles || item.roles.some((role) => roles?.includes(role)));
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
