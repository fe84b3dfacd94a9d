import { Link } from 'react-router';
import { CAUSE_LABELS } from '#contracts/vocabulary.js';
import { useSession } from '#web/lib/session.js';
import { useRecommendations } from '../api/get-recommendations.js';
import { OpportunityCard } from './opportunity-card.js';
import '../board.css';

/**
 * "Opportunities for you" on the home page, for a signed-in person: open listings in the causes
 * of their latest assessment (or of what they saved). Renders nothing for visitors.
 */
export function BoardRecommendations() {
  const session = useSession();
  const isSignedIn = Boolean(session.data?.user);
  const recommendations = useRecommendations(isSignedIn);
  if (!isSignedIn || !recommendations.data || recommendations.data.items.length === 0) return null;
  const { basis, causes, items } = recommendations.data;
  const why =
    basis === 'assessment'
      ? `From the causes in your latest assessment: ${causes.map((c) => CAUSE_LABELS[c]).join(', ')}.`
      : basis === 'saved'
        ? `Like the opportunities you saved: ${causes.map((c) => CAUSE_LABELS[c]).join(', ')}.`
        : 'The newest openings. Take the assessment or save a few listings for closer matches.';
  return (
    <section aria-labelledby="board-recommendations-title" className="home-section board-recommendations">
      <h2 id="board-recommendations-title">Opportunities for you</h2>
      <p>{why}</p>
      <ul className="opportunity-list">
        {items.map((opportunity) => (
          <li key={opportunity.id}>
            <OpportunityCard opportunity={opportunity} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/opportunities" className="more-link">
          Search every opportunity
        </Link>
      </p>
    </section>
  );
}
