import { NavLink } from 'react-router';

/** The board's own sections, shown at the top of each board page. */
export function BoardSubnav() {
  return (
    <nav aria-label="Experience board" className="board-subnav">
      <ul>
        <li>
          <NavLink to="/opportunities" end className="nav-link">
            Find opportunities
          </NavLink>
        </li>
        <li>
          <NavLink to="/experience" className="nav-link">
            My applications and hours
          </NavLink>
        </li>
        <li>
          <NavLink to="/organizations" end className="nav-link">
            Organizations I manage
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
