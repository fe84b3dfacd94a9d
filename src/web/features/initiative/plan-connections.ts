/*
 * Where a plan leads in the rest of Vocare (issue 17): careers at the mezzo and macro end of the atlas, volunteer
 * listings on the experience board (and posting the initiative's own roles there as an organization), events, and
 * the guide on starting an initiative. The addresses use the atlas's and the board's URL filters (scale, kind,
 * career); a test checks the career ids against data/careers/curated.json and the filters against the pages'.
 */

export const PLAN_CAREERS = [
  { id: 'community-organizer', title: 'Community organizer' },
  { id: 'nonprofit-program-manager', title: 'Non-profit program manager' },
  { id: 'legislative-advocate', title: 'Legislative and policy advocate' },
] as const;

export const INITIATIVE_GUIDE_PATH = '/guides/starting-your-own-initiative';

/** The atlas filtered to the mezzo and macro careers: organizing, running programs, changing policy. */
export const ATLAS_MEZZO_MACRO_PATH = `/atlas?${new URLSearchParams({ scale: 'mezzo,macro' })}`;

/** Volunteer listings on the board, optionally only those tagged with one career. */
export function volunteerListingsPath(careerId?: string): string {
  return `/opportunities?${new URLSearchParams({ kind: 'volunteer', ...(careerId ? { career: careerId } : {}) })}`;
}
