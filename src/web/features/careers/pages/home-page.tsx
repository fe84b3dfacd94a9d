import { type FormEvent, useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ScaleId } from '#contracts/vocabulary.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

interface ScaleStory {
  scale: ScaleId;
  title: string;
  question: string;
  text: string;
  examples: { id: string; title: string }[];
}

// Our own words for the three scales; the example ids are seed careers the catalog always holds.
const SCALES: ScaleStory[] = [
  {
    scale: 'micro',
    title: 'Micro: one person at a time',
    question: 'Do you want to be in the room when someone’s life changes?',
    text: 'Direct service: nursing a patient, counseling a client, teaching a child to read. The results are close and visible, and so is the emotional weight.',
    examples: [
      { id: 'registered-nurse', title: 'Registered nurse' },
      { id: 'clinical-social-worker', title: 'Clinical social worker' },
      { id: 'k-12-teacher', title: 'K-12 teacher' },
    ],
  },
  {
    scale: 'mezzo',
    title: 'Mezzo: groups and communities',
    question: 'Would you rather make a programme, a school or a neighbourhood work better?',
    text: 'Work with groups, organizations and neighbourhoods: running a non-profit programme, organizing tenants, teaching health to a whole community.',
    examples: [
      { id: 'nonprofit-program-manager', title: 'Non-profit program manager' },
      { id: 'community-organizer', title: 'Community organizer' },
      { id: 'health-education-specialist', title: 'Health education specialist' },
    ],
  },
  {
    scale: 'macro',
    title: 'Macro: systems and policy',
    question: 'Are you drawn to the rules that shape everyone’s chances?',
    text: 'Change at the level of institutions, law and policy. Further from any one person, but each win reaches many.',
    examples: [
      { id: 'policy-analyst', title: 'Policy analyst' },
      { id: 'public-interest-lawyer', title: 'Public interest lawyer' },
      { id: 'climate-policy-analyst', title: 'Climate policy analyst' },
    ],
  },
];

// Each step of the road and the part of Vocare that serves it.
const ROAD: { step: string; to: string; where: string }[] = [
  { step: 'What you value and care about', to: '/assessment', where: 'the self-assessment' },
  { step: 'Careers that fit', to: '/atlas', where: 'the career atlas, ranked for you after the assessment' },
  { step: 'A pathway: degree, field experience, exam, license', to: '/pathways', where: 'the pathway planner' },
  {
    step: 'Real experience: volunteering, internships, placements',
    to: '/opportunities',
    where: 'the experience board',
  },
  { step: 'Supervised hours, signed off', to: '/hours', where: 'the supervised-hours log' },
  { step: 'Licensed practice', to: '/rules', where: 'the licensure rules by state' },
  { step: 'A working life you can sustain', to: '/resilience', where: 'resilience check-ins' },
];

export function HomePage() {
  useDocumentTitle('');
  const navigate = useNavigate();
  const searchId = useId();
  const [query, setQuery] = useState('');

  function handleSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = query.trim();
    navigate(q ? `/atlas?q=${encodeURIComponent(q)}` : '/atlas');
  }

  return (
    <div className="home">
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title" tabIndex={-1}>
          From “I want to help” to a career you can keep doing
        </h1>
        <p className="lead">
          Wanting to help is where it starts. Vocare shows the careers that turn that wish into a living, what it takes
          to qualify for each, and how people move between them.
        </p>
        <search aria-label="Career atlas">
          <form className="search-form hero-search" onSubmit={handleSearch}>
            <label htmlFor={searchId}>Search the career atlas</label>
            <div className="search-row">
              <input
                id={searchId}
                type="search"
                name="q"
                value={query}
                maxLength={200}
                placeholder="e.g. counsel, nurse, policy"
                onChange={(event) => setQuery(event.target.value)}
              />
              <button type="submit" className="button">
                Search
              </button>
            </div>
          </form>
        </search>
        <p className="hero-links">
          <Link to="/atlas">Browse every helping career</Link>
          <Link to="/map">See the micro-to-macro map</Link>
        </p>
      </section>

      <section aria-labelledby="scales-title" className="home-section">
        <h2 id="scales-title">Helping happens at three scales</h2>
        <p>
          Social work calls them micro, mezzo and macro. The same cause, say children’s wellbeing, can be served by a
          family therapist, by the manager of a parenting programme, or by the analyst who rewrites child-care policy.
          Knowing which scale suits you narrows the search more than any job title.
        </p>
        <ul className="scale-cards">
          {SCALES.map((story) => (
            <li key={story.scale} className={`scale-card lane-${story.scale}`}>
              <h3>{story.title}</h3>
              <p className="scale-question">{story.question}</p>
              <p>{story.text}</p>
              <p className="scale-examples-label">For example:</p>
              <ul className="link-list">
                {story.examples.map((example) => (
                  <li key={example.id}>
                    <Link to={`/careers/${example.id}`}>{example.title}</Link>
                  </li>
                ))}
              </ul>
              <p>
                <Link to={`/atlas?scale=${story.scale}`} className="more-link">
                  All {story.scale} careers
                </Link>
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="moves-title" className="home-section">
        <h2 id="moves-title">Careers move outward</h2>
        <p>
          Many helpers start one-to-one and widen their reach later: a clinical social worker becomes a programme
          manager, then a policy analyst, carrying what they saw in practice into decisions that affect thousands. The
          map shows these paths between careers that share a cause.
        </p>
        <p>
          <Link to="/map" className="button button-secondary">
            Explore transition paths
          </Link>
        </p>
      </section>

      <section aria-labelledby="road-title" className="home-section">
        <h2 id="road-title">The whole road, in one place</h2>
        <p>
          Vocare follows you from the first question to years into the work. Every step below has its place here today.
        </p>
        <ol className="road">
          {ROAD.map((r) => (
            <li key={r.step}>
              <Link to={r.to}>{r.step}</Link> <span className="road-where">({r.where})</span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="start-title" className="home-section">
        <h2 id="start-title">Start here</h2>
        <ul className="entry-points">
          <li>
            <Link to="/assessment">Take the self-assessment</Link>
            <p>Eight short steps; every helping career ranked for you, with the reason for each score.</p>
          </li>
          <li>
            <Link to="/atlas">Career atlas</Link>
            <p>Search and filter helping careers by scale, sector, cause, education and license.</p>
          </li>
          <li>
            <Link to="/compare">Compare careers</Link>
            <p>Put two to four careers side by side, with pay and outlook sourced and dated.</p>
          </li>
          <li>
            <Link to="/signup">Create an account</Link>
            <p>
              Save your assessment and plans, log supervised hours, and keep private check-ins on how you are doing.
            </p>
          </li>
        </ul>
      </section>
    </div>
  );
}
