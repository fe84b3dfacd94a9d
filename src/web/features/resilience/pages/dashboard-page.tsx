import { useState } from 'react';

import { Link } from 'react-router';

import type { Dashboard } from '#contracts/checkin.js';
import { ErrorMessage, LoadingMessage } from '#web/components/query-status.js';
import { RequireUser } from '#web/lib/require-user.js';
import { useDocumentTitle } from '#web/lib/use-document-title.js';

import { useDashboard } from '../api/get-dashboard.js';

import { PrivacyNote, ResilienceNav } from '../components/resilience-nav.js';

import { TrendChart } from '../components/trend-chart.js';

import { UrgentHelp } from '../components/urgent-help.js';

import { WarningCard } from '../components/warning-card.js';

import '../resilience.css';
import { formatDate } from '#web/lib/format-date.js';

const RANGES = [
  { weeks: 12, label: '12 weeks' },
  { weeks: 26, label: '6 months' },
  { weeks: 52, label: '1 year' },
  { weeks: 156, label: '3 years' },
] as const;

const oneDecimal = (v: number) => String(Math.round(v * 10) / 10);

function Reminder({ dashboard }: { dashboard: Dashboard }) {
  const { reminder } = dashboard;
  return (
    <div className={reminder.isDue ? 'notice reminder reminder-due' : 'notice reminder'}>
      <p>
        <strong>{reminder.isDue ? 'Check-in due. ' : 'Next check-in. '}</strong>
        {reminder.message}
      </p>
      {reminder.isDue ? (
        <p>
          <Link to="/resilience/check-in" className="button button-small">
            Start your check-in
          </Link>
        </p>
      ) : null}
    </div>
  );
}

function LatestCheckin({ dashboard }: { dashboard: Dashboard }) {
  const latest = dashboard.latestCheckin;
  return (
    <section className="panel" aria-labelledby="latest-title">
      <h2 id="latest-title">Your latest check-in</h2>
      <p className="section-note">When you check in more than once on a day, the latest of that day counts.</p>
      {latest ? (
        <>
          <p>
            {latest.instrumentTitle}, {formatDate(latest.date)}.
          </p>
          <dl className="score-list">
            {latest.scores.map((s) => (
              <div key={s.id}>
                <dt>{s.label}</dt>
                <dd>
                  <span className="score-value">{oneDecimal(s.score)}</span>{' '}
                  <span className="tag tag-muted">{s.band}</span>
                </dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p>
          No check-ins yet. <Link to="/resilience/check-in">Do your first check-in</Link>: about three minutes.
        </p>
      )}
      {dashboard.instrument.disclaimer ? <p className="section-note">{dashboard.instrument.disclaimer}</p> : null}
    </section>
  );
}

function Warnings({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section aria-labelledby="warnings-title" className="warnings">
      <h2 id="warnings-title">Early warnings</h2>
      {dashboard.warnings.length === 0 ? (
        <p>
          Nothing in your recent check-ins and log calls for a warning. Warnings appear when a band worsens, or when a
          concerning band comes with more direct-client hours or no supervision or peer support for a few weeks.
        </p>
      ) : (
        dashboard.warnings.map((warning, i) => (
          <WarningCard
            key={warning.id}
            warning={warning}
            isRepeat={i > 0 && warning.steps.join('\n') === dashboard.warnings[i - 1]?.steps.join('\n')}
          />
        ))
      )}
      <UrgentHelp text={dashboard.warnings[0]?.urgentHelp} level={3} />
    </section>
  );
}

function Trends({ dashboard, weeks, onWeeks }: { dashboard: Dashboard; weeks: number; onWeeks: (w: number) => void }) {
  const { from, today, instrument } = dashboard;
  const checkins = dashboard.checkins.filter((c) => c.instrumentId === instrument.id);
  const weekly = dashboard.selfCareWeeks;
  return (
    <section aria-labelledby="trends-title">
      <h2 id="trends-title">Trends</h2>
      <fieldset className="segmented">
        <legend>Period</legend>
        {RANGES.map((range) => (
          <div className="segment" key={range.weeks}>
            <input
              id={`range-${range.weeks}`}
              type="radio"
              name="range"
              checked={weeks === range.weeks}
              onChange={() => onWeeks(range.weeks)}
            />
            <label htmlFor={`range-${range.weeks}`}>{range.label}</label>
          </div>
        ))}
      </fieldset>
      <p className="section-note">
        From {formatDate(from)} to {formatDate(today)}. Each chart has its numbers in a table beneath it.
      </p>
      <h3>Check-in scores</h3>
      <div className="chart-grid">
        {instrument.subscales.map((subscale) => (
          <TrendChart
            key={subscale.id}
            title={`${subscale.label}${subscale.worseWhen === 'lower' ? ' (higher is better)' : subscale.worseWhen === 'higher' ? ' (lower is better)' : ''}`}
            valueLabel="Score"
            noteLabel="Band"
            from={from}
            to={today}
            yMin={subscale.range.min}
            yMax={subscale.range.max}
            bands={subscale.bands}
            format={oneDecimal}
            emptyText="No check-ins in this period yet."
            points={checkins.flatMap((c) => {
              const s = c.scores.find((x) => x.id === subscale.id);
              return s ? [{ date: c.date, value: s.score, note: s.band }] : [];
            })}
          />
        ))}
      </div>
      <h3>Self-care and workload, week by week</h3>
      <div className="chart-grid">
        <TrendChart
          title="Sleep: average hours a night"
          valueLabel="Hours a night"
          from={from}
          to={today}
          yMin={0}
          yMax={10}
          format={oneDecimal}
          points={weekly.flatMap((w) =>
            w.sleepHoursAvg === null ? [] : [{ date: w.weekStart, value: w.sleepHoursAvg }],
          )}
        />
        <TrendChart
          title="Physical activity: minutes a week"
          valueLabel="Minutes"
          from={from}
          to={today}
          yMin={0}
          format={(v) => String(Math.round(v))}
          points={weekly.flatMap((w) =>
            w.activityMinutesTotal === null ? [] : [{ date: w.weekStart, value: w.activityMinutesTotal }],
          )}
        />
        <TrendChart
          title="Supervision or peer-support contact: days a week"
          valueLabel="Days with contact"
          from={from}
          to={today}
          yMin={0}
          yMax={7}
          format={(v) => String(Math.round(v))}
          points={weekly.map((w) => ({ date: w.weekStart, value: w.supportContacts }))}
        />
        <TrendChart
          title="Direct-client hours a week"
          valueLabel="Hours"
          from={from}
          to={today}
          yMin={0}
          format={oneDecimal}
          emptyText="When you keep an hours log, your direct-client hours per week appear here and are read with your check-ins."
          points={dashboard.directHoursWeeks.map((w) => ({ date: w.weekStart, value: w.hours }))}
        />
      </div>
    </section>
  );
}

function DashboardView() {
  const [weeks, setWeeks] = useState(26);
  const dashboard = useDashboard(weeks);
  if (dashboard.isPending) return <LoadingMessage label="Loading your overview…" />;
  if (dashboard.isError) return <ErrorMessage error={dashboard.error} onRetry={() => dashboard.refetch()} />;
  const data = dashboard.data;
  return (
    <>
      <Reminder dashboard={data} />
      <Warnings dashboard={data} />
      <LatestCheckin dashboard={data} />
      <Trends dashboard={data} weeks={weeks} onWeeks={setWeeks} />
      <section className="panel" aria-labelledby="totals-title">
        <h2 id="totals-title">So far</h2>
        <ul className="link-list">
          <li>
            {data.counts.checkins} {data.counts.checkins === 1 ? 'check-in' : 'check-ins'}
          </li>
          <li>
            {data.counts.selfCareDays} {data.counts.selfCareDays === 1 ? 'day' : 'days'} in your{' '}
            <Link to="/resilience/self-care">self-care log</Link>
          </li>
          <li>
            {data.counts.wins} {data.counts.wins === 1 ? 'win' : 'wins'} in <Link to="/resilience/wins">your wins</Link>
          </li>
        </ul>
      </section>
    </>
  );
}

export function DashboardPage() {
  useDocumentTitle('Resilience');
  return (
    <div className="resilience">
      <h1 tabIndex={-1}>Resilience</h1>
      <p className="lead">
        Check in on compassion satisfaction, burnout and secondary traumatic stress, keep a short daily self-care log,
        and see how they move together over time.
      </p>
      <ResilienceNav />
      <PrivacyNote />
      <RequireUser>{() => <DashboardView />}</RequireUser>
    </div>
  );
}
