import { Link } from 'react-router';

import type { JournalEntry } from '#contracts/checkin.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useJournal } from '../api/list-journal.js';

import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';

import '../resilience.css';
import { formatDate, formatMonth } from '#web/lib/format-date.js';

function byMonth(entries: readonly JournalEntry[]): { key: string; label: string; entries: JournalEntry[] }[] {
  const groups = new Map<string, JournalEntry[]>();
  for (const entry of entries) {
    const key = entry.date.slice(0, 7);
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  return [...groups.entries()].map(([key, list]) => ({
    key,
    label: formatMonth(key),
    entries: list,
  }));
}

function WinsList() {
  const wins = useJournal('win');
  if (wins.isPending) return <LoadingMessage label="Loading your wins…" />;
  if (wins.isError) return <ErrorMessage error={wins.error} onRetry={() => wins.refetch()} />;
  const items = wins.data.items;
  if (items.length === 0) {
    return (
      <div className="empty-state">
        <p>
          No wins yet. When something goes well, however small, <Link to="/resilience/journal">write it down</Link> as a
          win: on a hard week this page is the reminder of why you do this work.
        </p>
      </div>
    );
  }
  return (
    <>
      <p>
        {items.length} {items.length === 1 ? 'win' : 'wins'} so far, newest first.{' '}
        <Link to="/resilience/journal">Add another</Link>.
      </p>
      {byMonth(items).map((group) => (
        <section key={group.key} aria-labelledby={`wins-${group.key}`}>
          <h2 id={`wins-${group.key}`}>{group.label}</h2>
          <ul className="journal-list wins-list">
            {group.entries.map((entry) => (
              <li key={entry.id} className="journal-entry">
                <p className="journal-meta">
                  <time dateTime={entry.date}>{formatDate(entry.date)}</time>
                </p>
                <p className="journal-text">{entry.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function WinsPage() {
  useDocumentTitle('Your wins');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Your wins</h1>
      <ResilienceNav />
      <PrivacyNote />
      <RequireUser>{() => <WinsList />}</RequireUser>
    </div>
  );
}
