import type { User } from '#contracts/auth.js';
import type { BackupInfo } from '#contracts/backup.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { formatDateTime } from '#web/lib/format-date.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useBackupInfo } from '../api/get-backup-info.js';

function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function Snapshots({ snapshots }: { snapshots: NonNullable<BackupInfo['snapshots']> }) {
  if (snapshots.keep === 0) {
    return (
      <p className="notice">
        Automatic snapshots are off on this server (<code>VOCARE_SNAPSHOT_KEEP=0</code>). Download backups yourself, or
        turn them back on.
      </p>
    );
  }
  const newestFirst = [...snapshots.files].reverse();
  return (
    <>
      <p>
        The server takes a snapshot when it starts and then once a day, checks that each one opens with the right number
        of rows, and keeps the newest {snapshots.keep} in <code>{snapshots.dir}</code> on the server.
      </p>
      {newestFirst.length === 0 ? (
        <p>No snapshot has been written yet.</p>
      ) : (
        <table>
          <caption>Snapshots kept, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Size</th>
              <th scope="col">File</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst.map((file) => (
              <tr key={file.name}>
                <td>{formatDateTime(file.takenAt)}</td>
                <td>{formatSize(file.sizeBytes)}</td>
                <td>
                  <code>{file.name}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function BackupPanel({ user }: { user: User }) {
  const isAdmin = user.roles.includes('admin');
  const info = useBackupInfo(isAdmin);
  if (!isAdmin) {
    return (
      <p className="notice">Whole-database backups need the administrator role, which your account does not hold.</p>
    );
  }
  if (info.isPending) return <LoadingMessage label="Loading backup details…" />;
  if (info.isError) return <ErrorMessage error={info.error} onRetry={() => info.refetch()} />;
  const isEmbedded = info.data.database === 'embedded';
  return (
    <>
      <section aria-labelledby="download-title" className="panel">
        <h2 id="download-title">Download a backup now</h2>
        <p>
          One file with the whole database ({isEmbedded ? 'the embedded database' : 'PostgreSQL, made with pg_dump'}):
          every account, hours log, plan and check-in. Keep it somewhere safe and private: it holds everyone's data.
        </p>
        <p>
          <a className="button" href="/api/admin/backup" download>
            Download the whole database
          </a>
        </p>
      </section>
      <section aria-labelledby="snapshots-title" className="panel">
        <h2 id="snapshots-title">Automatic snapshots</h2>
        {info.data.snapshots ? (
          <Snapshots snapshots={info.data.snapshots} />
        ) : (
          <p>
            This server runs on PostgreSQL: its backups are the database's own (scheduled <code>pg_dump</code> and WAL
            archiving for point-in-time recovery), as the deployment guide describes.
          </p>
        )}
      </section>
      <section aria-labelledby="restore-title" className="panel">
        <h2 id="restore-title">Restoring</h2>
        <p>
          On the server, stop Vocare, then run <code>vocare db restore FILE</code>. It refuses a backup from a newer
          version of Vocare, and refuses to replace a database that holds data unless you add <code>--force</code>
          {isEmbedded ? ' (the current data folder is then moved aside, not deleted)' : ''}.
        </p>
      </section>
    </>
  );
}

export function BackupPage() {
  useDocumentTitle('Backups');
  return (
    <div>
      <h1 tabIndex={-1}>Backups</h1>
      <p className="lead">Everything people record in Vocare, kept safe and restorable.</p>
      <RequireUser>{(user) => <BackupPanel user={user} />}</RequireUser>
    </div>
  );
}
