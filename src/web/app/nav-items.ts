/**
 * The main navigation. Later features (Assessment, Pathways, Hours, Experience,
 * Resilience, Guides) add one line each here; the header wraps to a second row on
 * narrow screens, so the list can grow without a redesign.
 */
export const NAV_ITEMS: { to: string; label: string }[] = [
  { to: '/assessment', label: 'Assessment' },
  { to: '/atlas', label: 'Atlas' },
  { to: '/map', label: 'Map' },
  { to: '/compare', label: 'Compare' },
  { to: '/pathways', label: 'Pathways' },
  { to: '/opportunities', label: 'Experience' },
  { to: '/hours', label: 'Hours' },
  { to: '/guides', label: 'Guides' },
  { to: '/resilience', label: 'Resilience' },
];
