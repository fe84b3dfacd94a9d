import type { Role, SELF_SERVICE_ROLES } from '#contracts/vocabulary.js';

export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

/** What each role means to the person choosing it, in the product's words. */
export const ROLE_INFO: Record<Role, { label: string; description: string }> = {
  explorer: { label: 'Explorer', description: 'Deciding whether and where to help. Every account can explore.' },
  trainee: {
    label: 'Trainee or associate',
    description: 'In a degree, a placement, or gathering supervised hours toward a license.',
  },
  supervisor: { label: 'Supervisor', description: "A licensed professional who verifies a supervisee's hours." },
  organization: {
    label: 'Organization',
    description: 'A non-profit, clinic, school or agency offering volunteer roles, internships or placements.',
  },
  mentor: { label: 'Mentor', description: 'An experienced helper who offers guidance to newcomers.' },
  admin: { label: 'Administrator', description: 'Keeps the catalog, rules and guides in order.' },
};

/** Only same-site paths may be a post-sign-in destination, so a crafted link cannot send people elsewhere. */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}
