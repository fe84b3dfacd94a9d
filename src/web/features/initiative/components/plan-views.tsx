import { OUTCOME_TERM_LABELS, type PlanDocument } from '#contracts/initiative.js';
import { budgetTotals, checkLineOfSight, indicatorTrend, planHealth } from '#domain/initiative/plan-health.js';

/*
 * Read-only views of a plan shared by the editor and the share-link page. Health, line of sight, trends and
 * totals come from the domain functions the server and CLI use, so the page never disagrees with the export.
 */

const COLUMNS = ['Activities', 'Outputs', 'Outcomes'] as const;
const BOX_WIDTH = 200;
const BOX_HEIGHT = 34;
const ROW_GAP = 12;
const COLUMN_GAP = 60;

function shortLabel(text: string): string {
  return text.length > 28 ? `${text.slice(0, 27)}…` : text;
}

/** The logic model as a diagram: three columns and an arrow for each link. The table below says the same. */
export function LogicModelDiagram({ plan }: { plan: PlanDocument }) {
  const m = plan.model;
  const columns = [m.activities, m.outputs, m.outcomes];
  const position = new Map<string, { x: number; y: number }>();
  columns.forEach((items, column) => {
    items.forEach((item, row) => {
      position.set(item.id, { x: column * (BOX_WIDTH + COLUMN_GAP), y: 24 + row * (BOX_HEIGHT + ROW_GAP) });
    });
  });
  const rows = Math.max(1, ...columns.map((c) => c.length));
  const width = 3 * BOX_WIDTH + 2 * COLUMN_GAP;
  const height = 24 + rows * (BOX_HEIGHT + ROW_GAP);
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: `${width}px` }}
      role="img"
      aria-label="Logic model diagram; the table that follows lists the same links"
    >
      <defs>
        <marker id="plan-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {COLUMNS.map((title, column) => (
        <text key={title} x={column * (BOX_WIDTH + COLUMN_GAP)} y={14} fontWeight="bold" fill="currentColor">
          {title}
        </text>
      ))}
      {m.links.map((link) => {
        const from = position.get(link.from);
        const to = position.get(link.to);
        if (!from || !to) return null;
        const sameColumn = from.x === to.x;
        return (
          <line
            key={`${link.from}-${link.to}`}
            x1={from.x + (sameColumn ? BOX_WIDTH / 2 : BOX_WIDTH)}
            y1={from.y + (sameColumn ? BOX_HEIGHT : BOX_HEIGHT / 2)}
            x2={to.x + (sameColumn ? BOX_WIDTH / 2 : 0)}
            y2={to.y + (sameColumn ? 0 : BOX_HEIGHT / 2)}
            stroke="currentColor"
            markerEnd="url(#plan-arrow)"
          />
        );
      })}
      {columns.flat().map((item) => {
        const at = position.get(item.id);
        if (!at) return null;
        return (
          <g key={item.id}>
            <rect x={at.x} y={at.y} width={BOX_WIDTH} height={BOX_HEIGHT} rx={4} fill="Canvas" stroke="currentColor" />
            <text x={at.x + 8} y={at.y + 22} fill="currentColor" fontSize="13">
              {shortLabel(item.text)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The text alternative to the diagram: every item with what it leads to. */
export function LogicModelTable({ plan }: { plan: PlanDocument }) {
  const m = plan.model;
  const name = new Map([...m.activities, ...m.outputs, ...m.outcomes, ...m.inputs].map((i) => [i.id, i.text]));
  const rows = [
    ...m.activities.map((a) => ({ id: a.id, kind: 'Activity', text: a.text })),
    ...m.outputs.map((o) => ({
      id: o.id,
      kind: o.kind === 'participation' ? 'Participation' : 'Output',
      text: o.text,
    })),
    ...m.outcomes.map((o) => ({ id: o.id, kind: `Outcome, ${OUTCOME_TERM_LABELS[o.term]}`, text: o.text })),
  ];
  return (
    <table>
      <caption>Logic model items and what each leads to</caption>
      <thead>
        <tr>
          <th scope="col">Item</th>
          <th scope="col">Kind</th>
          <th scope="col">Leads to</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const targets = m.links.filter((l) => l.from === row.id).map((l) => name.get(l.to) ?? l.to);
          return (
            <tr key={row.id}>
              <th scope="row">{row.text}</th>
              <td>{row.kind}</td>
              <td>{targets.length > 0 ? targets.join('; ') : 'nothing yet'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Plan health and line of sight; the editor puts it in a polite live region so changes are announced. */
export function PlanHealthSummary({ plan }: { plan: PlanDocument }) {
  const health = planHealth(plan);
  const sight = checkLineOfSight(plan.model);
  return (
    <>
      <p>
        {health.ok ? 'Plan health: nothing to fix. ' : `Plan health: ${health.counts.problems} to fix. `}
        {health.counts.warnings} to check. Line of sight: {sight.outcomesWithoutActivity.length} outcomes with no
        activity leading to them, {sight.activitiesLeadingNowhere.length} activities that lead nowhere.
      </p>
      {health.findings.length > 0 ? (
        <ul>
          {health.findings.map((finding, index) => (
            <li key={`${finding.code}-${finding.itemId ?? index}`}>
              {finding.severity === 'problem' ? 'To fix: ' : 'To check: '}
              {finding.message}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

const DIRECTION_WORDS = { up: 'rising', down: 'falling', flat: 'flat' } as const;

/** Each indicator's recorded values in order, and which way they move. */
export function IndicatorTrends({ plan }: { plan: PlanDocument }) {
  if (plan.indicators.length === 0) return <p>No indicators yet.</p>;
  return (
    <table>
      <caption>Indicator trends from check-ins</caption>
      <thead>
        <tr>
          <th scope="col">Indicator</th>
          <th scope="col">Baseline → target</th>
          <th scope="col">Values recorded</th>
          <th scope="col">Trend</th>
        </tr>
      </thead>
      <tbody>
        {plan.indicators.map((indicator) => {
          const trend = indicatorTrend(plan, indicator);
          return (
            <tr key={indicator.id}>
              <th scope="row">{indicator.measure}</th>
              <td>
                {indicator.baseline ?? '?'} → {indicator.target ?? '?'} {indicator.unit}
              </td>
              <td>{trend.points.length > 0 ? trend.points.map((p) => `${p.value} (${p.date})`).join(', ') : 'none'}</td>
              <td>
                {trend.direction ? DIRECTION_WORDS[trend.direction] : 'not enough check-ins'}
                {trend.towardTarget === null
                  ? ''
                  : trend.towardTarget
                    ? ', toward the target'
                    : ', away from the target'}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

export function BudgetTotalsView({ plan }: { plan: PlanDocument }) {
  const totals = budgetTotals(plan);
  return (
    <p>
      Cash {dollars.format(totals.cash)}, in-kind {dollars.format(totals.inKind)}, total {dollars.format(totals.total)}.
      Funding committed {dollars.format(totals.committed)}, pending {dollars.format(totals.pending)}; cash not yet
      covered {dollars.format(totals.cashGap)}.
    </p>
  );
}
