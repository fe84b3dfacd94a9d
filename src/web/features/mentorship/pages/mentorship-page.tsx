import { useState } from 'react';
import { Link } from 'react-router';
import { type MentorshipRequest, NOT_SUPERVISION_NOTE } from '#contracts/mentorship.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDate } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useMenteeProfile, useMentorships, useRequests, useSuggestions } from '../api/mentorship-api.js';
import { MenteeProfileForm } from '../components/mentee-profile-form.js';
import { SuggestionCard } from '../components/suggestion-card.js';
import { REQUEST_STATUS_LABELS } from '../mentorship-format.js';
import '../mentorship.css';

function Suggestions() {
  const suggestions = useSuggestions(true);
  const [dismissed, setDismissed] = useState('');
  const [requested, setRequested] = useState<{ name: string; id: string } | null>(null);
  if (suggestions.isPending) return <LoadingMessage label="Finding mentors for you…" />;
  if (suggestions.isError) return <ErrorMessage error={suggestions.error} onRetry={() => suggestions.refetch()} />;
  return (
    <section aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Mentors suggested for you</h2>
      <p role="status" className="inline-status">
        {dismissed ? `${dismissed} will not be suggested again. They are not told.` : ''}
        {requested ? (
          <>
            Request sent to {requested.name}. They have 7 days to answer.{' '}
            <Link to={`/mentorship/requests/${requested.id}`}>Follow your request</Link>
          </>
        ) : null}
      </p>
      {suggestions.data.suggestions.length === 0 ? (
        <p>
          No mentor has a free place that fits you right now. New mentors join every week; come back soon, or widen the
          causes and help you are open to.
        </p>
      ) : (
        <ul className="plain-list mentorship-suggestions">
          {suggestions.data.suggestions.map((s) => (
            <SuggestionCard
              key={s.mentorId}
              suggestion={s}
              onDismissed={(name) => {
                setRequested(null);
                setDismissed(name);
              }}
              onRequested={(name, id) => {
                setDismissed('');
                setRequested({ name, id });
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function RequestList({
  title,
  requests,
  other,
}: {
  title: string;
  requests: MentorshipRequest[];
  other: 'mentor' | 'mentee';
}) {
  if (requests.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {requests.map((r) => (
          <li key={r.id}>
            <Link to={`/mentorship/requests/${r.id}`}>
              {other === 'mentor' ? `To ${r.mentorName}` : `From ${r.menteeName}`},{' '}
              {formatDate(r.createdAt.slice(0, 10))}
            </Link>{' '}
            ({REQUEST_STATUS_LABELS[r.status]})
          </li>
        ))}
      </ul>
    </section>
  );
}

function Yours() {
  const requests = useRequests();
  const mentorships = useMentorships();
  if (requests.isPending || mentorships.isPending) return <LoadingMessage label="Loading your requests…" />;
  if (requests.isError) return <ErrorMessage error={requests.error} onRetry={() => requests.refetch()} />;
  if (mentorships.isError) return <ErrorMessage error={mentorships.error} onRetry={() => mentorships.refetch()} />;
  const { sent, received } = requests.data;
  const list = mentorships.data.mentorships;
  if (sent.length + received.length + list.length === 0) return null;
  return (
    <section aria-labelledby="yours-title">
      <h2 id="yours-title">Your mentoring</h2>
      {list.length > 0 ? (
        <ul>
          {list.map((m) => (
            <li key={m.id}>
              <Link to={`/mentorship/m/${m.id}`}>
                {m.role === 'mentee' ? `Mentored by ${m.mentorName}` : `Mentoring ${m.menteeName}`}
              </Link>
              {m.closedAt ? ' (ended)' : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <RequestList title="Requests you received" requests={received} other="mentee" />
      <RequestList title="Requests you sent" requests={sent} other="mentor" />
    </section>
  );
}

function MenteeSide() {
  const profile = useMenteeProfile();
  if (profile.isPending) return <LoadingMessage label="Loading your goals…" />;
  if (profile.isError) return <ErrorMessage error={profile.error} onRetry={() => profile.refetch()} />;
  if (!profile.data.profile) return <MenteeProfileForm profile={null} />;
  return (
    <>
      <Suggestions />
      <details className="panel">
        <summary>Change your goals</summary>
        <MenteeProfileForm profile={profile.data.profile} />
      </details>
    </>
  );
}

export function MentorshipPage() {
  useDocumentTitle('Mentorship');
  return (
    <div className="mentorship">
      <h1 tabIndex={-1}>Mentorship</h1>
      <p className="notice">{NOT_SUPERVISION_NOTE}</p>
      <RequireUser>
        {(user) => (
          <>
            <nav aria-label="Mentorship pages" className="mentorship-links">
              {user.roles.includes('mentor') ? <Link to="/mentorship/mentor-profile">Your mentor profile</Link> : null}
              {user.roles.includes('admin') ? <Link to="/mentorship/review">Review suggestions</Link> : null}
            </nav>
            <Yours />
            <MenteeSide />
          </>
        )}
      </RequireUser>
    </div>
  );
}
