import {
  MILESTONE_STATUS_LABELS,
  type NonprofitFigures,
  type NonprofitReport,
  OUTCOME_TERM_LABELS,
  type PlanDocument,
  type Trend,
} from '#contracts/initiative.js';
import type { PrintableBlock, PrintableDocument } from '#domain/documents/printable-document.js';
import { buildICalendar, type CalendarEvent } from '#domain/pathways/plan-calendar.js';
import { countWords } from '../count-words.js';
import { budgetTotals, currentMilestoneStatus, planHealth, planTrends } from './plan-health.js';

/*
 * A plan on paper: Markdown (everything), a PDF that is always one page (each section shortened to a fixed
 * budget of rows and characters, with a pointer to the appendix, which holds everything in full), and the dated
 * milestones as an iCalendar file.
 */

const usd = (n: number) => `$${n.toLocaleString('en-US')}`;

/** Shortens to at most `max` characters on a word boundary where one is near, ending with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function trendLabel(trend: Trend | undefined): string {
  if (!trend || trend.points.length === 0) return 'no check-in yet';
  const last = trend.points.at(-1);
  const direction = trend.direction === null ? 'one value' : trend.direction;
  const toward = trend.towardTarget === null ? '' : trend.towardTarget ? ', toward target' : ', away from target';
  return `${last?.value} (${direction}${toward})`;
}

const orDash = (v: number | null) => (v === null ? '–' : String(v));

/** Outcome ids each activity reaches directly or through an output (for the "leads to" column). */
function leadsTo(plan: PlanDocument, activityId: string): string[] {
  const outcomes = new Set(plan.model.outcomes.map((o) => o.id));
  const direct = plan.model.links.filter((l) => l.from === activityId).map((l) => l.to);
  const viaOutputs = plan.model.links.filter((l) => direct.includes(l.from)).map((l) => l.to);
  return [...new Set([...direct, ...viaOutputs])].filter((id) => outcomes.has(id));
}

function itemText(plan: PlanDocument, id: string): string {
  const m = plan.model;
  return [...m.activities, ...m.outputs, ...m.outcomes, ...m.inputs].find((i) => i.id === id)?.text ?? id;
}

// ---- Markdown --------------------------------------------------------------------------------------------------

/** The whole plan as Markdown (CommonMark tables), health findings first so nothing missing goes unnoticed. */
export function planMarkdown(
  plan: PlanDocument,
  nonprofit: NonprofitReport | null,
  figures?: NonprofitFigures,
): string {
  const health = planHealth(plan);
  const trends = planTrends(plan);
  const totals = budgetTotals(plan);
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const out: string[] = [`# ${plan.title}`, ''];
  if (health.findings.length > 0) {
    out.push(
      '## Still missing',
      '',
      ...health.findings.map(
        (f) => `- ${f.severity === 'problem' ? '**' : ''}${f.message}${f.severity === 'problem' ? '**' : ''}`,
      ),
      '',
    );
  }
  out.push(
    '## Problem',
    '',
    `**What:** ${plan.problem.what}`,
    '',
    `**Who:** ${plan.problem.who}`,
    '',
    `**Where:** ${plan.problem.where}`,
    '',
  );
  if (plan.problem.evidence.length > 0) {
    out.push('**Evidence:**', '', ...plan.problem.evidence.map((e) => `- [${e.label}](${e.url})`), '');
  }
  const m = plan.model;
  out.push('## Logic model', '', `**Situation:** ${m.situation}`, '');
  const section = (title: string, items: string[]) => {
    if (items.length > 0) out.push(`### ${title}`, '', ...items.map((i) => `- ${i}`), '');
  };
  section('Priorities', m.priorities);
  section(
    'Inputs',
    m.inputs.map((i) => i.text),
  );
  section(
    'Activities',
    m.activities.map((a) => {
      const to = leadsTo(plan, a.id).map((id) => itemText(plan, id));
      return to.length > 0 ? `${a.text} → ${to.join('; ')}` : `${a.text} (leads to no outcome yet)`;
    }),
  );
  section(
    'Outputs and participation',
    m.outputs.map((o) => `${o.text}${o.kind === 'participation' ? ' (participation)' : ''}`),
  );
  for (const term of ['short', 'medium', 'long'] as const) {
    section(
      `${OUTCOME_TERM_LABELS[term]} outcomes`,
      m.outcomes.filter((o) => o.term === term).map((o) => o.text),
    );
  }
  section('Assumptions', m.assumptions);
  section('External factors', m.externalFactors);
  if (plan.indicators.length > 0) {
    out.push(
      '## Indicators',
      '',
      '| Outcome | Measure | Baseline | Target | Source | How often | Latest |',
      '|---|---|---|---|---|---|---|',
    );
    for (const i of plan.indicators) {
      const trend = trends.find((t) => t.indicatorId === i.id);
      out.push(
        `| ${cell(itemText(plan, i.outcomeId))} | ${cell(i.measure)}${i.unit ? ` (${cell(i.unit)})` : ''} | ${orDash(i.baseline)} | ${orDash(i.target)} | ${cell(i.source)} | ${i.frequency} | ${cell(trendLabel(trend))} |`,
      );
    }
    out.push('');
  }
  if (plan.milestones.length > 0) {
    out.push('## Milestones', '', '| Date | Milestone | Owner | Status |', '|---|---|---|---|');
    for (const ms of plan.milestones) {
      out.push(
        `| ${ms.dueDate ?? 'no date'} | ${cell(ms.title)} | ${cell(ms.owner || 'no owner')} | ${MILESTONE_STATUS_LABELS[currentMilestoneStatus(plan, ms.id)]} |`,
      );
    }
    out.push('');
  }
  out.push('## Budget', '');
  if (plan.budget.lines.length > 0) {
    out.push('| Item | Kind | Amount | Funded by |', '|---|---|---|---|');
    for (const l of plan.budget.lines) {
      const source = plan.budget.fundingSources.find((s) => s.id === l.fundingSourceId)?.name ?? '';
      out.push(`| ${cell(l.label)} | ${l.kind} | ${usd(l.amount)} | ${cell(source)} |`);
    }
    out.push('');
  }
  out.push(
    `Cash ${usd(totals.cash)}, in-kind ${usd(totals.inKind)}, total ${usd(totals.total)}. Funding committed ${usd(totals.committed)}, pending ${usd(totals.pending)}; cash not yet covered ${usd(totals.cashGap)}.`,
    '',
  );
  if (plan.checkIns.length > 0) {
    out.push('## Check-ins', '');
    for (const c of [...plan.checkIns].sort((a, b) => a.date.localeCompare(b.date))) {
      out.push(`- ${c.date}: ${c.note || 'no note'}`);
    }
    out.push('');
  }
  if (nonprofit) out.push(...nonprofitMarkdown(nonprofit, figures));
  return `${out.join('\n').trimEnd()}\n`;
}

function sourceLine(ids: string[], figures?: NonprofitFigures): string {
  if (!figures || ids.length === 0) return '';
  const names = ids
    .map((id) => figures.sources[id])
    .filter((s) => s !== undefined)
    .map((s) => `[${s.title}](${s.url}), read ${s.readOn}`);
  return names.length > 0 ? ` Sources: ${names.join('; ')}.` : '';
}

function nonprofitMarkdown(report: NonprofitReport, figures?: NonprofitFigures): string[] {
  return [
    '## Forming a US non-profit: checklist',
    '',
    ...report.checklist.map(
      (s) =>
        `- [${s.status === 'done' ? 'x' : ' '}] **${s.title}** (${s.status}): ${s.detail}${sourceLine(s.sourceIds, figures)}`,
    ),
    '',
    'Not legal advice: check each step with your state and the IRS pages named.',
    '',
  ];
}

// ---- one-page PDF ----------------------------------------------------------------------------------------------

/**
 * The front page's budgets, roomiest first: rows per table and characters per cell. The printer tries each in
 * turn until the summary fits on one page; the last fits even when every letter is as wide as a "Ш".
 */
export const ONE_PAGE_BUDGETS = [
  {
    titleChars: 70,
    modelRows: 5,
    indicatorRows: 3,
    milestoneRows: 4,
    cellChars: 34,
    problemChars: 220,
    findingRows: 2,
  },
  {
    titleChars: 50,
    modelRows: 4,
    indicatorRows: 2,
    milestoneRows: 3,
    cellChars: 22,
    problemChars: 120,
    findingRows: 1,
  },
  { titleChars: 28, modelRows: 3, indicatorRows: 1, milestoneRows: 2, cellChars: 11, problemChars: 50, findingRows: 1 },
] as const;
export type OnePageBudget = (typeof ONE_PAGE_BUDGETS)[number];

/**
 * The plan as a printable document: a one-page summary and, when any section had to be shortened, an appendix
 * that starts on its own page and holds every section in full.
 */
export function planPrintable(
  plan: PlanDocument,
  nonprofit: NonprofitReport | null,
  footer: string,
  B: OnePageBudget = ONE_PAGE_BUDGETS[0],
): PrintableDocument {
  const health = planHealth(plan);
  const trends = planTrends(plan);
  const totals = budgetTotals(plan);
  const m = plan.model;
  let shortened = false;
  const clip = (text: string, max: number = B.cellChars) => {
    const s = shorten(text, max);
    if (s !== text.replace(/\s+/g, ' ').trim()) shortened = true;
    return s;
  };
  const rowsOf = <T>(items: readonly T[], max: number): T[] => {
    if (items.length > max) shortened = true;
    return items.slice(0, max);
  };
  const more = (items: readonly unknown[], max: number) =>
    items.length > max ? `+${items.length - max} more in the appendix` : '';

  const blocks: PrintableBlock[] = [{ kind: 'title', text: clip(plan.title, B.titleChars) }];
  blocks.push({
    kind: 'paragraph',
    style: 'small',
    text: clip(`Problem: ${plan.problem.what} Who: ${plan.problem.who} Where: ${plan.problem.where}`, B.problemChars),
  });

  // Logic model: four columns side by side, as the UW-Extension template draws it.
  const outcomes = [...m.outcomes].sort(
    (a, b) => ['short', 'medium', 'long'].indexOf(a.term) - ['short', 'medium', 'long'].indexOf(b.term),
  );
  const columns = [
    m.inputs.map((i) => i.text),
    m.activities.map((a) => a.text),
    m.outputs.map((o) => o.text),
    outcomes.map((o) => `${o.term}: ${o.text}`),
  ];
  const height = Math.max(...columns.map((c) => c.length), 0);
  const modelRows: string[][] = [];
  for (let r = 0; r < Math.min(height, B.modelRows); r++) {
    const isLast = r === B.modelRows - 1 && height > B.modelRows;
    modelRows.push(
      columns.map((c) => (isLast && c.length > B.modelRows - 1 ? more(c, B.modelRows - 1) : clip(c[r] ?? ''))),
    );
  }
  if (height > B.modelRows) shortened = true;
  blocks.push({ kind: 'heading', text: 'Logic model' });
  if (modelRows.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Inputs', width: 126 },
        { header: 'Activities', width: 126 },
        { header: 'Outputs', width: 126 },
        { header: 'Outcomes', width: 126 },
      ],
      rows: modelRows,
    });
  } else blocks.push({ kind: 'paragraph', style: 'small', text: 'No logic model items yet.' });

  blocks.push({ kind: 'heading', text: 'Indicators' });
  if (plan.indicators.length > 0) {
    const rows = rowsOf(plan.indicators, B.indicatorRows).map((i) => [
      clip(i.measure),
      `${orDash(i.baseline)} → ${orDash(i.target)}`,
      clip(trendLabel(trends.find((t) => t.indicatorId === i.id)), B.cellChars),
    ]);
    if (plan.indicators.length > B.indicatorRows) rows.push([more(plan.indicators, B.indicatorRows), '', '']);
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Measure', width: 250 },
        { header: 'Baseline → target', width: 104 },
        { header: 'Latest', width: 150 },
      ],
      rows,
    });
  } else blocks.push({ kind: 'paragraph', style: 'small', text: 'No indicators yet.' });

  blocks.push({ kind: 'heading', text: 'Next milestones' });
  const upcoming = [...plan.milestones]
    .filter((ms) => currentMilestoneStatus(plan, ms.id) !== 'done')
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
  if (upcoming.length > 0) {
    const rows = rowsOf(upcoming, B.milestoneRows).map((ms) => [
      ms.dueDate ?? 'no date',
      clip(ms.title),
      clip(ms.owner || 'no owner', B.cellChars),
    ]);
    if (upcoming.length > B.milestoneRows) rows.push([more(upcoming, B.milestoneRows), '', '']);
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Date', width: 90 },
        { header: 'Milestone', width: 264 },
        { header: 'Owner', width: 150 },
      ],
      rows,
    });
  } else blocks.push({ kind: 'paragraph', style: 'small', text: 'No open milestones.' });

  blocks.push({
    kind: 'paragraph',
    text: `Budget: cash ${usd(totals.cash)}, in-kind ${usd(totals.inKind)}, total ${usd(totals.total)}; committed ${usd(totals.committed)}, cash gap ${usd(totals.cashGap)}.`,
  });
  if (health.findings.length > 0) {
    const first = rowsOf(health.findings, B.findingRows).map((f) => clip(f.message, B.problemChars / 2));
    blocks.push({
      kind: 'paragraph',
      style: 'strong',
      text: `Plan health: ${countWords(health.counts.problems, 'problem')}, ${countWords(health.counts.warnings, 'warning')}.`,
    });
    blocks.push({ kind: 'paragraph', style: 'small', text: first.join(' ') });
  } else
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: 'Plan health: every outcome has an indicator and every activity a dated, owned milestone.',
    });
  if (nonprofit) {
    shortened = true;
    const open = nonprofit.checklist.filter((s) => s.status !== 'done').length;
    blocks.push({
      kind: 'paragraph',
      style: 'small',
      text: `Non-profit checklist: ${countWords(open, 'step')} open; details and IRS sources in the appendix.`,
    });
  }
  const title = plan.title;
  if (!shortened) return { title, footer, blocks };
  blocks.push(
    { kind: 'paragraph', style: 'small', text: 'Shortened sections continue in full in the appendix.' },
    { kind: 'page-break' },
    { kind: 'title', text: 'Appendix: the full plan' },
    ...appendixBlocks(plan, nonprofit, trends),
  );
  return { title, footer, blocks };
}

function appendixBlocks(plan: PlanDocument, nonprofit: NonprofitReport | null, trends: Trend[]): PrintableBlock[] {
  const m = plan.model;
  const blocks: PrintableBlock[] = [
    { kind: 'heading', text: 'Problem' },
    { kind: 'paragraph', text: `What: ${plan.problem.what}` },
    { kind: 'paragraph', text: `Who: ${plan.problem.who}` },
    { kind: 'paragraph', text: `Where: ${plan.problem.where}` },
    ...plan.problem.evidence.map(
      (e): PrintableBlock => ({ kind: 'paragraph', style: 'small', text: `Evidence: ${e.label} (${e.url})` }),
    ),
    { kind: 'heading', text: 'Situation and priorities' },
    { kind: 'paragraph', text: m.situation || '–' },
    ...m.priorities.map((p): PrintableBlock => ({ kind: 'paragraph', text: `• ${p}` })),
  ];
  const list = (title: string, rows: string[][], headers: [string, number][]) => {
    if (rows.length === 0) return;
    blocks.push(
      { kind: 'heading', text: title },
      { kind: 'table', columns: headers.map(([header, width]) => ({ header, width })), rows },
    );
  };
  list(
    'Inputs',
    m.inputs.map((i) => [i.text]),
    [['Input', 504]],
  );
  list(
    'Activities and where they lead',
    m.activities.map((a) => [
      a.text,
      leadsTo(plan, a.id)
        .map((id) => itemText(plan, id))
        .join('; ') || 'leads to no outcome yet',
    ]),
    [
      ['Activity', 252],
      ['Leads to', 252],
    ],
  );
  list(
    'Outputs and participation',
    m.outputs.map((o) => [o.text, o.kind]),
    [
      ['Output', 400],
      ['Kind', 104],
    ],
  );
  list(
    'Outcomes',
    m.outcomes.map((o) => [o.text, OUTCOME_TERM_LABELS[o.term]]),
    [
      ['Outcome', 350],
      ['Term', 154],
    ],
  );
  list(
    'Assumptions and external factors',
    [...m.assumptions.map((a) => [a, 'assumption']), ...m.externalFactors.map((f) => [f, 'external factor'])],
    [
      ['Statement', 400],
      ['Kind', 104],
    ],
  );
  list(
    'Indicators',
    plan.indicators.map((i) => [
      `${i.measure}${i.unit ? ` (${i.unit})` : ''} — ${itemText(plan, i.outcomeId)}`,
      `${orDash(i.baseline)} → ${orDash(i.target)}`,
      `${i.source || '–'}, ${i.frequency}`,
      trendLabel(trends.find((t) => t.indicatorId === i.id)),
    ]),
    [
      ['Measure — outcome', 200],
      ['Baseline → target', 80],
      ['Source, how often', 114],
      ['Latest', 110],
    ],
  );
  list(
    'Milestones',
    plan.milestones.map((ms) => [
      ms.dueDate ?? 'no date',
      ms.title,
      ms.owner || 'no owner',
      MILESTONE_STATUS_LABELS[currentMilestoneStatus(plan, ms.id)],
    ]),
    [
      ['Date', 80],
      ['Milestone', 234],
      ['Owner', 110],
      ['Status', 80],
    ],
  );
  list(
    'Budget',
    plan.budget.lines.map((l) => [
      l.label,
      l.kind,
      usd(l.amount),
      plan.budget.fundingSources.find((s) => s.id === l.fundingSourceId)?.name ?? '',
    ]),
    [
      ['Item', 220],
      ['Kind', 70],
      ['Amount', 84],
      ['Funded by', 130],
    ],
  );
  list(
    'Check-ins',
    [...plan.checkIns].sort((a, b) => a.date.localeCompare(b.date)).map((c) => [c.date, c.note || '–']),
    [
      ['Date', 90],
      ['Note', 414],
    ],
  );
  const health = planHealth(plan);
  list(
    'Plan health',
    health.findings.map((f) => [f.severity, f.message]),
    [
      ['', 70],
      ['Finding', 434],
    ],
  );
  if (nonprofit) {
    list(
      'Forming a US non-profit',
      nonprofit.checklist.map((s) => [s.status, `${s.title}: ${s.detail}`]),
      [
        ['Status', 70],
        ['Step', 434],
      ],
    );
  }
  return blocks;
}

// ---- calendar --------------------------------------------------------------------------------------------------

/** Dated milestones as all-day events; undated ones are left out (the page says how many). */
export function planCalendar(planId: string, plan: PlanDocument, stamp: string): string {
  const events: CalendarEvent[] = plan.milestones
    .filter((ms): ms is typeof ms & { dueDate: string } => ms.dueDate !== null)
    .map((ms) => ({
      uid: `${planId}.${ms.id}@vocare-initiative`,
      date: ms.dueDate,
      summary: ms.title,
      description: `${plan.title}${ms.owner ? ` — owner: ${ms.owner}` : ''}${ms.activityId ? ` — activity: ${itemText(plan, ms.activityId)}` : ''}`,
    }));
  return buildICalendar({ name: plan.title, stamp, events });
}
