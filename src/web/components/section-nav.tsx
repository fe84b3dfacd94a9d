import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import './section-nav.css';

export interface SectionNavLink {
  to: string;
  label: ReactNode;
  /** Current only on this exact path, not on the pages below it (a section's overview). */
  isEnd?: boolean;
}

/**
 * A section's own row of tabs (hours, resilience); the current page is marked by aria-current (NavLink), and by
 * weight and underline as well as fill, not colour alone.
 */
export function SectionNav({ label, links }: { label: string; links: readonly SectionNavLink[] }) {
  return (
    <nav aria-label={label} className="section-nav">
      <ul>
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.isEnd === true} className="section-nav-link">
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
