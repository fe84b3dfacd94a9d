import { SectionNav } from '#web/components/section-nav.js';
import { useSession } from '#web/lib/session.js';
import { useReminder } from '../api/get-reminder.js';

const LINKS = [
  { to: '/resilience', label: 'Overview', isEnd: true },
  { to: '/resilience/check-in', label: 'Check-in' },
  { to: '/resilience/self-care', label: 'Self-care log' },
  { to: '/resilience/journal', label: 'Journal' },
  { to: '/resilience/wins', label: 'Wins' },
  { to: '/resilience/share', label: 'Share a summary' },
  { to: '/resilience/settings', label: 'Settings and your data' },
] as const;

/**
 * The section's own navigation; the current page is marked by aria-current (NavLink), not colour alone.
 * The check-in link says "(due)" when a check-in is due on the person's cadence: the in-app reminder.
 */
export function ResilienceNav() {
  const session = useSession();
  const reminder = useReminder(Boolean(session.data?.user));
  const isDue = reminder.data?.isDue === true;
  const links = LINKS.map((link) =>
    link.to === '/resilience/check-in' && isDue
      ? {
          ...link,
          label: (
            <>
              {link.label}
              <span className="nav-badge"> (due)</span>
            </>
          ),
        }
      : link,
  );
  return <SectionNav label="Resilience" links={links} />;
}

/** Said on every page of the section: who can see this data. */
export function PrivacyNote() {
  return (
    <p className="privacy-note">
      Only you can see your check-ins, log and journal. Supervisors, organizations and admins cannot. You decide if a
      summary is shared, and you can withdraw it.
    </p>
  );
}
