import { Link } from 'react-router';
import {
  ATLAS_MEZZO_MACRO_PATH,
  INITIATIVE_GUIDE_PATH,
  PLAN_CAREERS,
  volunteerListingsPath,
} from '../plan-connections.js';

/** "Take it further": the plan's links into careers, the experience board, events and the guide. */
export function PlanConnections() {
  return (
    <section aria-labelledby="connections-heading">
      <h2 id="connections-heading">Take it further in Vocare</h2>
      <h3>Careers doing this work</h3>
      <ul>
        {PLAN_CAREERS.map((career) => (
          <li key={career.id}>
            <Link to={`/careers/${career.id}`}>{career.title}</Link> (
            <Link to={volunteerListingsPath(career.id)}>volunteer roles for it on the board</Link>)
          </li>
        ))}
        <li>
          <Link to={ATLAS_MEZZO_MACRO_PATH}>All mezzo and macro careers in the atlas</Link>
        </li>
      </ul>
      <h3>People and places</h3>
      <ul>
        <li>
          <Link to={volunteerListingsPath()}>Volunteer listings on the experience board</Link>
        </li>
        <li>
          Recruit volunteers for this initiative:{' '}
          <Link to="/organizations">post a volunteer role on the board as an organization</Link> (register the
          initiative as an organization first if it is not one yet)
        </li>
        <li>
          <Link to="/events">Events</Link> to meet people working on the same problem, or to hold your own
        </li>
        <li>
          <Link to={INITIATIVE_GUIDE_PATH}>Guide: starting your own initiative</Link>
        </li>
      </ul>
    </section>
  );
}
