import { useState } from 'react';

import { Link } from 'react-router';

import { type EntryWarning, HOUR_CATEGORY_LABELS, type HourEntry } from '#contracts/hours.js';

import { ActionError, ErrorMessage, LoadingMessage } from '#web/components/query-status.js';

import { describeError } from '#web/lib/api-client.js';

import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useDeleteEntry, useEntries } from '../api/entries.js';

import { useSupervisions } from '../api/supervisions.js';

import { EntryForm } from '../components/entry-form.js';

import { HoursNav } from '../components/hours-nav.js';

import { RequireTrainee } from '../components/require-trainee.js';

import { formatHours, STATUS_LABELS } from '../hours-format.js';
import '../hours.css';
import { ScrollTable } from '#web/components/scroll-table.js';
import { formatDate } from '#web/lib/format-date.js';

function EntryRow({ entry, onEdit }: { entry: HourEntry; onEdit: (e: HourEntry) => void }) {
  const remove = useDeleteEntry();
  const [isConfirming, setIsConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <tr>
      <th scope="row">{formatDate(entry.date)}</th>
      <td data-label="Hours">
        {formatHours(entry.hours)}
        {entry.startTime && entry.endTime ? (
          <span className="hours-muted">
            {' '}
            ({entry.startTime}–{entry.endTime})
          </span>
        ) : null}
      </td>
      <td data-label="Category">{HOUR_CATEGORY_LABELS[entry.category]}</td>
      <td data-label="Site">{entry.site}</td>
      <td data-label="Supervisor">{entry.supervisorName ?? <span className="hours-muted">none</span>}</td>
      <td data-label="Status">
        <span className={`hours-status hours-status-${entry.status}`}>{STATUS_LABELS[entry.status]}</span>
        {entry.isLocked ? <span className="hours-muted"> (locked)</span> : null}
        {entry.returnComment ? <p className="hours-comment">“{entry.returnComment}”</p> : null}
        {entry.exclusion ? <p className="hours-exclusion">Does not count: {entry.exclusion}.</p> : null}
      </td>
      <td data-label="Note">{entry.note ?? ''}</td>
      <td data-label="Actions" className="hours-actions">
        {entry.isLocked ? (
          <span className="hours-muted">Ask {entry.verifiedByName ?? 'your supervisor'} to return it to change it</span>
        ) : isConfirming ? (
          <>
            <button
              type="button"
              className="button button-danger button-small"
              aria-disabled={remove.isPending}
              onClick={() => remove.mutate(entry.id, { onError: (err) => setError(describeError(err)) })}
            >
              Delete the entry of {formatDate(entry.date)}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setIsConfirming(false)}
            >
              Keep it
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button button-secondary button-small" onClick={() => onEdit(entry)}>
              Edit<span className="visually-hidden"> the entry of {formatDate(entry.date)}</span>
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setIsConfirming(true)}
            >
              Delete<span className="visually-hidden"> the entry of {formatDate(entry.date)}</span>
            </button>
          </>
        )}
        <ActionError error={error} />
      </td>
    </tr>
  );
}

function LogView() {
  const [page, setPage] = useState(1);
  const entries = useEntries(page);
  const supervisions = useSupervisions();
  const [editing, setEditing] = useState<HourEntry | null>(null);
  const [saved, setSaved] = useState<{ message: string; warnings: EntryWarning[] } | null>(null);
  const lastSite = entries.data?.items[0]?.site ?? '';

  return (
    <>
      <EntryForm
        supervisions={supervisions.data?.items ?? []}
        editing={editing}
        defaultSite={lastSite}
        onDone={(message, warnings) => {
          setSaved({ message, warnings });
          setEditing(null);
        }}
        onAttempt={() => setSaved(null)}
        onCancel={() => setEditing(null)}
      />
      <div role="status" className={saved ? 'notice notice-success' : 'flash-empty'}>
        {saved ? <p>{saved.message}</p> : null}
      </div>
      {saved && saved.warnings.length > 0 ? (
        <section className="notice hours-warnings" aria-labelledby="hours-warnings-title">
          <h2 id="hours-warnings-title">Some of these hours will not count</h2>
          <ul>
            {saved.warnings.map((w) => (
              <li key={`${w.rule}-${w.message}`}>{w.message}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="hours-entries-title" className="hours-section">
        <div className="hours-section-header">
          <h2 id="hours-entries-title">Your entries</h2>
          <p className="hours-downloads">
            <a href="/api/hours/export.csv" download>
              Download CSV
            </a>{' '}
            · <Link to="/hours/import">Import a spreadsheet</Link>
          </p>
        </div>
        {entries.isPending ? (
          <LoadingMessage label="Loading your entries…" />
        ) : entries.isError ? (
          <ErrorMessage error={entries.error} onRetry={() => entries.refetch()} />
        ) : entries.data.total === 0 ? (
          <p className="empty-state">Nothing logged yet. Your first entry appears here.</p>
        ) : (
          <>
            <p>
              {entries.data.total} {entries.data.total === 1 ? 'entry' : 'entries'}, newest first.
            </p>
            <ScrollTable label="Your hour entries">
              <table className="hours-table table-stack-narrow">
                <caption className="visually-hidden">Your hour entries</caption>
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Hours</th>
                    <th scope="col">Category</th>
                    <th scope="col">Site</th>
                    <th scope="col">Supervisor</th>
                    <th scope="col">Status</th>
                    <th scope="col">Note</th>
                    <th scope="col">Actions</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.data.items.map((entry) => (
                    <EntryRow
                      key={entry.id}
                      entry={entry}
                      onEdit={(e) => {
                        setEditing(e);
                        setSaved(null);
                        window.scrollTo({ top: 0 });
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </ScrollTable>
            {entries.data.total > entries.data.pageSize ? (
              <nav aria-label="Pages of entries" className="pagination">
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={page <= 1}
                  onClick={() => setPage((p) => p - 1)}
                >
                  Newer
                </button>
                <span className="page-of">
                  Page {page} of {Math.ceil(entries.data.total / entries.data.pageSize)}
                </span>
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={page * entries.data.pageSize >= entries.data.total}
                  onClick={() => setPage((p) => p + 1)}
                >
                  Older
                </button>
              </nav>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}

export function HoursLogPage() {
  useDocumentTitle('Hours log');
  return (
    <div className="hours">
      <h1 tabIndex={-1}>Hours log</h1>
      <HoursNav />
      <p className="lead">
        Your supervised hours, kept in one record that follows you across supervisors, sites and jurisdictions.
      </p>
      <RequireTrainee>{() => <LogView />}</RequireTrainee>
    </div>
  );
}
