import { type ChangeEvent, type FormEvent, useId, useState } from 'react';

import { HOUR_CATEGORY_LABELS, HOURS_CSV_COLUMNS, type ImportPreview } from '#contracts/hours.js';
import { DATE_NOTATION_LABELS } from '#domain/calendar-date.js';
import { countWords } from '#domain/count-words.js';
import { describeError } from '#web/lib/api-client.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';
import { useImportCsv, usePreviewImport } from '../api/import-csv.js';
import { HoursNav, NoClientDataNote } from '../components/hours-nav.js';
import { PlacementPull } from '../components/placement-pull.js';
import { RequireTrainee } from '../components/require-trainee.js';
import { formatAmount, formatHours } from '../hours-format.js';
import '../hours.css';
import { ScrollTable } from '#web/components/scroll-table.js';
import { formatDate } from '#web/lib/format-date.js';

function describeNotations(preview: ImportPreview): string | null {
  if (preview.dateNotations.length === 0) return null;
  const read = preview.dateNotations.map((n) => DATE_NOTATION_LABELS[n]).join(' and ');
  return preview.dateNotations.includes('us')
    ? `Dates were read as ${read}: 10/07/2026 is 7 October 2026.`
    : `Dates were read as ${read}.`;
}

function PreviewResult({
  preview,
  includeDuplicates,
  onIncludeDuplicates,
}: {
  preview: ImportPreview;
  includeDuplicates: boolean;
  onIncludeDuplicates: (include: boolean) => void;
}) {
  const checkboxId = useId();
  const notations = describeNotations(preview);
  const newRows = preview.validCount - preview.duplicateCount;
  return (
    <section aria-labelledby="hours-preview-title" className="hours-section">
      <h2 id="hours-preview-title">Preview</h2>
      <p>
        {countWords(preview.rowCount, 'row', 'rows')} read: {newRows} new,{' '}
        {countWords(preview.duplicateCount, 'duplicate', 'duplicates')}, {preview.errors.length} with problems.{' '}
        {formatAmount(preview.hours, 'hours')} would be saved.
      </p>
      {notations ? <p>{notations}</p> : null}
      {preview.duplicateCount > 0 ? (
        <div className="notice">
          <p>
            {preview.duplicateCount === 1
              ? '1 row repeats an entry already in your log'
              : `${preview.duplicateCount} rows repeat entries already in your log`}{' '}
            (same date, hours, category, site and supervisor).{' '}
            {includeDuplicates ? 'They will be imported again.' : 'They are skipped, so no hours are counted twice.'}
          </p>
          <div className="choice">
            <input
              id={checkboxId}
              type="checkbox"
              checked={includeDuplicates}
              onChange={(e) => onIncludeDuplicates(e.target.checked)}
            />
            <label htmlFor={checkboxId}>Import the duplicates too (they are separate sessions)</label>
          </div>
        </div>
      ) : null}
      {preview.errors.length > 0 ? (
        <div className="notice notice-error">
          <h3>Rows with problems</h3>
          <p>Nothing is saved while any row has a problem. Fix these lines in your file and preview it again.</p>
          <ScrollTable label="Rows with problems">
            <table className="hours-table">
              <caption className="visually-hidden">Rows with problems, by line number</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {preview.errors.slice(0, 500).map((e) => (
                  <tr key={e.line}>
                    <th scope="row">{e.line}</th>
                    <td>{e.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
          {preview.errors.length > 500 ? <p>… and {preview.errors.length - 500} more.</p> : null}
        </div>
      ) : null}
      {preview.unmatchedSupervisors.length > 0 ? (
        <p className="notice">
          These supervisors match none of your supervision agreements, so their hours are logged with the name as
          written and cannot be verified here: {preview.unmatchedSupervisors.join(', ')}.
        </p>
      ) : null}
      {preview.warningCount > 0 ? (
        <p className="notice">{preview.warningCount} rows have hours that the rules will not count (see below).</p>
      ) : null}
      {preview.rows.length > 0 ? (
        <ScrollTable label="Rows to import">
          <table className="hours-table">
            <caption>
              {preview.rows.length < preview.validCount ? `The first ${preview.rows.length} rows` : 'The rows'} as they
              would be saved
            </caption>
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Date</th>
                <th scope="col">Hours</th>
                <th scope="col">Category</th>
                <th scope="col">Site</th>
                <th scope="col">Supervisor</th>
                <th scope="col">Duplicate?</th>
                <th scope="col">Warnings</th>
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.line}>
                  <th scope="row">{r.line}</th>
                  <td>{formatDate(r.date)}</td>
                  <td>{formatHours(r.hours)}</td>
                  <td>{HOUR_CATEGORY_LABELS[r.category]}</td>
                  <td>{r.site}</td>
                  <td>
                    {r.supervisor ?? ''}
                    {r.supervisor && !r.supervisionId ? <span className="hours-muted"> (not matched)</span> : null}
                  </td>
                  <td>{r.isDuplicate ? (includeDuplicates ? 'Duplicate, imported' : 'Duplicate, skipped') : 'New'}</td>
                  <td>{r.warnings.join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
    </section>
  );
}

function ImportView() {
  const fileId = useId();
  const textId = useId();
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const preview = usePreviewImport();
  const save = useImportCsv();
  const isReady = preview.data !== undefined && preview.data.errors.length === 0 && preview.data.validCount > 0;
  const toSave = preview.data
    ? includeDuplicates
      ? preview.data.validCount
      : preview.data.validCount - preview.data.duplicateCount
    : 0;

  function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setDone(null);
    preview.reset();
    file.text().then(setCsv, () => setError('That file could not be read.'));
  }

  function handlePreview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    if (csv.trim() === '') {
      setError('Choose a CSV file or paste its contents first');
      return;
    }
    setError(null);
    preview.mutate({ csv, includeDuplicates }, { onError: (err) => setError(describeError(err)) });
  }

  function changeIncludeDuplicates(include: boolean) {
    setIncludeDuplicates(include);
    preview.mutate({ csv, includeDuplicates: include }, { onError: (err) => setError(describeError(err)) });
  }

  function handleImport() {
    if (!isReady || save.isPending) return;
    setError(null);
    save.mutate(
      { csv, includeDuplicates },
      {
        onSuccess: (result) => {
          const skipped =
            result.skippedDuplicates > 0
              ? ` ${countWords(result.skippedDuplicates, 'duplicate was', 'duplicates were')} skipped.`
              : '';
          setDone(
            `Imported ${countWords(result.imported, 'entry', 'entries')} (${formatAmount(result.hours, 'hours')}).${skipped}`,
          );
          setIncludeDuplicates(false);
          preview.reset();
          setCsv('');
          setFileName(null);
        },
        onError: (err) => setError(describeError(err)),
      },
    );
  }

  return (
    <>
      <section aria-labelledby="hours-format-title" className="hours-section">
        <h2 id="hours-format-title">The file</h2>
        <p>
          A CSV file whose first line is <code>{HOURS_CSV_COLUMNS.join(',')}</code>. Dates are YYYY-MM-DD or US-style
          MM/DD/YYYY (month first: 10/07/2026 is 7 October 2026); hours in quarter hours (1.25); category is one of
          direct, indirect, supervision-individual or supervision-group, or the names shown here (such as “Direct client
          contact”); supervisor is the email address or name of one of your supervisors (optional). A file downloaded
          from this log imports as it is; rows already in your log are found and skipped.
        </p>
        <NoClientDataNote />
      </section>
      <form className="form" onSubmit={handlePreview} noValidate>
        <div className="field">
          <label htmlFor={fileId}>CSV file</label>
          <input id={fileId} type="file" accept=".csv,text/csv" onChange={readFile} />
          {fileName ? <p className="field-hint">{fileName} is loaded.</p> : null}
        </div>
        <div className="field">
          <label htmlFor={textId}>Or paste the contents</label>
          {error ? (
            <p id={`${textId}-error`} className="field-error">
              <span aria-hidden="true">⚠ </span>
              {error}
            </p>
          ) : null}
          <textarea
            id={textId}
            rows={6}
            value={csv.length > 200_000 ? '' : csv}
            placeholder={csv.length > 200_000 ? 'A large file is loaded.' : `${HOURS_CSV_COLUMNS.join(',')}\n`}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${textId}-error` : undefined}
            onChange={(e) => {
              setCsv(e.target.value);
              setFileName(null);
              preview.reset();
            }}
          />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-secondary" aria-disabled={preview.isPending}>
            Preview
          </button>
          <button type="button" className="button" aria-disabled={!isReady || save.isPending} onClick={handleImport}>
            Import {preview.data && isReady ? countWords(toSave, 'entry', 'entries') : ''}
          </button>
        </div>
      </form>
      <div role="status" className={done ? 'notice notice-success' : 'flash-empty'}>
        {done ?? ''}
      </div>
      {preview.data ? (
        <PreviewResult
          preview={preview.data}
          includeDuplicates={includeDuplicates}
          onIncludeDuplicates={changeIncludeDuplicates}
        />
      ) : null}
      <PlacementPull />
    </>
  );
}

export function HoursImportPage() {
  useDocumentTitle('Import hours');
  return (
    <div className="hours">
      <h1 tabIndex={-1}>Import hours from a spreadsheet</h1>
      <HoursNav />
      <RequireTrainee>{() => <ImportView />}</RequireTrainee>
    </div>
  );
}
