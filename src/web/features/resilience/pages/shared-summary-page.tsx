import { useParams } from 'react-router';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { ScrollTable } from '#web/components/scroll-table.js';

import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useSharedSummary } from '../api/get-shared-summary.js';

import { TrendChart } from '../components/trend-chart.js';

import '../resilience.css';
import { formatDate } from '#web/lib/format-date.js';

const oneDecimal = (v: number) => String(Math.round(v * 10) / 10);

/** What someone chose to share: a read-only snapshot reached by its link, no account needed. */
function SharedSummary({ token }: { token: string }) {
  const summary = useSharedSummary(token);
  if (summary.isPending) return <LoadingMessage label="Loading the shared summary…" />;
  if (summary.isError) return <ErrorMessage error={summary.error} />;
  const s = summary.data;
  return (
    <>
      <p className="lead">
        Shared by {s.sharedBy} on {formatDate(s.createdAt.slice(0, 10))}, covering {formatDate(s.from)} to{' '}
        {formatDate(s.to)}. A read-only snapshot: it does not change, and {s.sharedBy} can withdraw it at any time.
      </p>
      {s.note ? (
        <blockquote className="panel">
          <p>{s.note}</p>
        </blockquote>
      ) : null}
      {s.instrument.disclaimer ? (
        <p className="notice">
          {s.instrument.title}: {s.instrument.disclaimer}
        </p>
      ) : null}
      <h2>Check-in scores</h2>
      <div className="chart-grid">
        {s.subscales.map((subscale) => (
          <TrendChart
            key={subscale.id}
            title={subscale.label}
            valueLabel="Score"
            noteLabel="Band"
            from={s.from}
            to={s.to}
            yMin={subscale.range.min}
            yMax={subscale.range.max}
            bands={subscale.bands}
            format={oneDecimal}
            emptyText="No check-ins in this period."
            points={subscale.points.map((p) => ({ date: p.date, value: p.score, note: p.band }))}
          />
        ))}
      </div>
      {s.selfCareWeeks ? (
        <section aria-labelledby="shared-self-care-title">
          <h2 id="shared-self-care-title">Self-care, week by week</h2>
          {s.selfCareWeeks.length === 0 ? (
            <p>Nothing was logged in this period.</p>
          ) : (
            <ScrollTable label="Self-care per week">
              <table className="data-table">
                <caption className="visually-hidden">Self-care per week</caption>
                <thead>
                  <tr>
                    <th scope="col">Week of</th>
                    <th scope="col">Days logged</th>
                    <th scope="col">Sleep (average hours)</th>
                    <th scope="col">Activity (minutes)</th>
                    <th scope="col">Days with support contact</th>
                    <th scope="col">Days boundaries crossed</th>
                  </tr>
                </thead>
                <tbody>
                  {s.selfCareWeeks.map((w) => (
                    <tr key={w.weekStart}>
                      <th scope="row">{formatDate(w.weekStart)}</th>
                      <td>{w.daysLogged}</td>
                      <td>{w.sleepHoursAvg ?? '–'}</td>
                      <td>{w.activityMinutesTotal ?? '–'}</td>
                      <td>{w.supportContacts}</td>
                      <td>{w.boundariesCrossed}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </section>
      ) : null}
    </>
  );
}

export function SharedSummaryPage() {
  useDocumentTitle('Shared resilience summary');
  const { token = '' } = useParams();
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Shared resilience summary</h1>
      <SharedSummary token={token} />
    </div>
  );
}
