import { NavLink } from 'react-router';

const LINKS = [
  { to: '/hours', label: 'Log', isEnd: true },
  { to: '/hours/progress', label: 'Progress' },
  { to: '/hours/import', label: 'Import' },
  { to: '/hours/supervisors', label: 'Supervisors' },
  { to: '/hours/history', label: 'History' },
  { to: '/hours/inbox', label: 'Supervisor inbox' },
] as const;

/** The section's own navigation; the current page is marked by aria-current (NavLink), not colour alone. */
export function HoursNav() {
  return (
    <nav aria-label="Hours" className="hours-nav">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={'isEnd' in link} className="hours-nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
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
