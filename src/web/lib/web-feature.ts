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
