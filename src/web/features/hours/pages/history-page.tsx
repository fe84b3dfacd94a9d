import type { AuditEvent } from '#contracts/hours.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useAudit } from '../api/supervisions.js';
import { HoursNav } from '../components/hours-nav.js';
import { RequireTrainee } from '../components/require-trainee.js';
import '../hours.css';
import { formatDateTime } from '#web/lib/format-date.js';

const ACTION_LABELS: Record<AuditEvent['action'], string> = {
  create: 'Logged',
  edit: 'Edited',
  verify: 'Verified',
  return: 'Returned',
  delete: 'Deleted',
  invite: 'Invited',
  accept: 'Accepted',
  decline: 'Declined',
  remove: 'Removed',
  agreement: 'Agreement changed',
  license: 'License recorded',
};

/** The append-only trail: every change to the log, who made it and when. Nobody can edit it. */
export function AuditTrail({ items }: { items: readonly AuditEvent[] }) {
  if (items.length === 0) return <p className="empty-state">Nothing has happened yet.</p>;
  return (
    <ol className="hours-audit">
      {items.map((e) => (
        <li key={e.id}>
          <p>
            <strong>{ACTION_LABELS[e.action]}</strong> by {e.actor.name} ({e.actor.role}),{' '}
            <time dateTime={e.at}>{formatDateTime(e.at)}</time>
          </p>
          <p>{e.summary}</p>
          {e.changes.length > 0 ? (
            <ul>
              {e.changes.map((c) => (
                <li key={c.field}>
                  {c.field}: {c.from ?? 'empty'} → {c.to ?? 'empty'}
                </li>
              ))}
            </ul>
          ) : null}
          {e.comment ? <p className="hours-comment">“{e.comment}”</p> : null}
        </li>
      ))}
    </ol>
  );
}

function HistoryView() {
  const audit = useAudit();
  if (audit.isPending) return <LoadingMessage label="Loading the history…" />;
  if (audit.isError) return <ErrorMessage error={audit.error} onRetry={() => audit.refetch()} />;
  return <AuditTrail items={audit.data.items} />;
}

export function HoursHistoryPage() {
  useDocumentTitle('Hours history');
  return (
    <div className="hours">
      <h1 tabIndex={-1}>History of your log</h1>
      <HoursNav />
      <p className="lead">
        Every entry logged, edited, verified, returned or deleted, newest first. This trail is kept as written: nobody,
        you and your supervisors included, can change or remove it. Your supervisors see the part about entries that
        name them.
      </p>
      <RequireTrainee>{() => <HistoryView />}</RequireTrainee>
    </div>
  );
}
