import type { Role } from '#contracts/vocabulary.js';
import { SectionNav } from '#web/components/section-nav.js';
import { useSessionUser } from '#web/lib/session.js';

/** Each tab belongs to a role: a supervisor who keeps no log of their own sees only the inbox. */
const LINKS: readonly { to: string; label: string; role: Role; isEnd?: true }[] = [
  { to: '/hours', label: 'Log', role: 'trainee', isEnd: true },
  { to: '/hours/progress', label: 'Progress', role: 'trainee' },
  { to: '/hours/import', label: 'Import', role: 'trainee' },
  { to: '/hours/supervisors', label: 'Supervisors', role: 'trainee' },
  { to: '/hours/history', label: 'History', role: 'trainee' },
  { to: '/hours/inbox', label: 'Supervisor inbox', role: 'supervisor' },
];

/** The section's own navigation; the current page is marked by aria-current (NavLink), not colour alone. */
export function HoursNav() {
  const { user } = useSessionUser();
  const links = LINKS.filter((link) => user?.roles.includes(link.role));
  // One tab is no navigation.
  if (links.length < 2) return null;
  return <SectionNav label="Hours" links={links} />;
}

/** Said wherever hours are written: boards need counts and categories, never client details. */
export function NoClientDataNote({ id }: { id?: string }) {
  return (
    <p id={id} className="hours-privacy">
      Record counts and categories only. Do not enter client names, initials, case numbers or anything else that could
      identify a client.
    </p>
  );
}
