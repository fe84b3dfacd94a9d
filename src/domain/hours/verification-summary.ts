import { type CategoryHours, HOUR_CATEGORY_LABELS, type RuleSetRef } from '#contracts/hours.js';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';
import type { PrintableBlock, PrintableDocument } from '../documents/printable-document.js';
import type { LogMeasurement } from './measure-log.js';

/** Everything the verification summary shows; the server gathers it, this module only lays it out. */
export interface VerificationSummaryInput {
  traineeName: string;
  /** The day the summary was made (YYYY-MM-DD). */
  generatedOn: string;
  createdAt?: Date;
  ruleSet: RuleSetRef;
  asOf: string;
  /** The log measured with every entry that is not returned or excluded, and with verified entries only. */
  logged: LogMeasurement;
  verified: LogMeasurement;
  totals: {
    entries: number;
    hours: number;
    firstDate: string | null;
    lastDate: string | null;
    byCategory: CategoryHours;
    verifiedByCategory: CategoryHours;
  };
  byStatus: Record<'verified' | 'unverified' | 'returned', { entries: number; hours: number }>;
  supervisors: {
    name: string;
    /** e.g. "LPC-S 12345, US-TX, expires 2027-06-30"; null when not recorded. */
    license: string | null;
    /** e.g. "from 2025-01-06" or "2025-01-06 to 2025-12-31". */
    agreement: string;
    status: string;
    logged: number;
    verified: number;
    waiting: number;
  }[];
}

export function formatHoursValue(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return rounded.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "1 hour", "2.5 hours", "18 months". */
function withUnit(value: number, unit: 'hours' | 'months'): string {
  return `${formatHoursValue(value)} ${value === 1 ? unit.slice(0, -1) : unit}`;
}

function formatTarget(required: number | null, unit: 'hours' | 'months'): string {
  return required === null ? 'not verified' : withUnit(required, unit);
}

function metLabel(met: boolean | null): string {
  return met === null ? 'no target' : met ? 'met' : 'not yet';
}

/** Collects blocks in reading order; the calls read like the document they describe. */
class BlockList {
  readonly blocks: PrintableBlock[] = [];
  heading(text: string): void {
    this.blocks.push({ kind: 'heading', text });
  }
  paragraph(text: string, style?: 'strong' | 'small'): void {
    this.blocks.push(style ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text });
  }
  rule(): void {
    this.blocks.push({ kind: 'rule' });
  }
  table(columns: Extract<PrintableBlock, { kind: 'table' }>['columns'], rows: string[][]): void {
    this.blocks.push({ kind: 'table', columns, rows });
  }
}

/**
 * What the verification summary says: totals, per-supervisor hours, per-requirement progress, the rules used.
 * The server prints it with its PDF building block.
 */
export function describeVerificationSummary(input: VerificationSummaryInput): PrintableDocument {
  const doc = new BlockList();
  const { ruleSet, logged, verified } = input;
  doc.blocks.push({ kind: 'title', text: 'Supervised hours verification summary' });
  doc.paragraph(`Trainee: ${input.traineeName}`, 'strong');
  doc.paragraph(`Prepared on ${input.generatedOn} with Vocare; progress measured as of ${input.asOf}.`);
  doc.paragraph(
    `Rule set: ${ruleSet.id} version ${ruleSet.version} (${ruleSet.title}, ${ruleSet.jurisdictionName}); ` +
      `rules checked ${ruleSet.checkedDate}.`,
  );
  doc.paragraph(`Source of the rules: ${ruleSet.source}`, 'small');
  const span =
    input.totals.firstDate && input.totals.lastDate ? `, ${input.totals.firstDate} to ${input.totals.lastDate}` : '';
  doc.paragraph(`Log: ${input.totals.entries} entries, ${formatHoursValue(input.totals.hours)} hours${span}.`);
  doc.rule();

  doc.heading('Verification status');
  doc.table(
    [
      { header: 'Status', width: 200 },
      { header: 'Entries', width: 100, align: 'right' },
      { header: 'Hours', width: 100, align: 'right' },
    ],
    (
      [
        ['Verified by a supervisor', 'verified'],
        ['Awaiting verification', 'unverified'],
        ['Returned for correction', 'returned'],
      ] as const
    ).map(([label, key]) => [label, String(input.byStatus[key].entries), formatHoursValue(input.byStatus[key].hours)]),
  );

  doc.heading('Hours per category');
  doc.table(
    [
      { header: 'Category', width: 200 },
      { header: 'Logged', width: 100, align: 'right' },
      { header: 'Verified', width: 100, align: 'right' },
    ],
    [
      ...HOUR_CATEGORY_IDS.map((c) => [
        HOUR_CATEGORY_LABELS[c],
        formatHoursValue(input.totals.byCategory[c]),
        formatHoursValue(input.totals.verifiedByCategory[c]),
      ]),
      [
        'All categories',
        formatHoursValue(input.totals.hours),
        formatHoursValue(HOUR_CATEGORY_IDS.reduce((sum, c) => sum + input.totals.verifiedByCategory[c], 0)),
      ],
    ],
  );

  doc.heading('Hours per supervisor');
  if (input.supervisors.length === 0) {
    doc.paragraph('No entry names a supervisor.');
  } else {
    doc.table(
      [
        { header: 'Supervisor', width: 110 },
        { header: 'License', width: 120 },
        { header: 'Agreement', width: 100 },
        { header: 'Logged', width: 58, align: 'right' },
        { header: 'Verified', width: 58, align: 'right' },
        { header: 'Waiting', width: 58, align: 'right' },
      ],
      input.supervisors.map((s) => [
        `${s.name} (${s.status})`,
        s.license ?? 'not recorded',
        s.agreement,
        formatHoursValue(s.logged),
        formatHoursValue(s.verified),
        formatHoursValue(s.waiting),
      ]),
    );
  }

  doc.heading('Progress per requirement');
  doc.table(
    [
      { header: 'Requirement', width: 180 },
      { header: 'Required', width: 80, align: 'right' },
      { header: 'Counted (logged)', width: 84, align: 'right' },
      { header: 'Counted (verified)', width: 84, align: 'right' },
      { header: 'Status', width: 76 },
    ],
    logged.evaluation.requirements.map((r) => {
      const v = verified.evaluation.requirements.find((x) => x.id === r.id);
      return [
        r.label,
        formatTarget(r.required, r.unit),
        withUnit(r.counted, r.unit),
        v ? withUnit(v.counted, v.unit) : '',
        metLabel(r.met),
      ];
    }),
  );
  const projected = logged.evaluation.complete
    ? 'Every verified requirement is met by the logged hours.'
    : logged.projection.date
      ? `At the pace of the last 8 weeks, the logged hours would meet every verified requirement by ${logged.projection.date}.`
      : 'No completion date can be projected: not every unmet requirement gained hours in the last 8 weeks.';
  doc.paragraph(projected);
  if (logged.evaluation.unverifiedCount > 0) {
    doc.paragraph(
      logged.evaluation.unverifiedCount === 1
        ? '1 requirement of this rule set has no verified figure and is not counted as met or unmet.'
        : `${logged.evaluation.unverifiedCount} requirements of this rule set have no verified figure and are not counted as met or unmet.`,
      'small',
    );
  }

  doc.heading('Hours that do not count');
  const byReason = new Map<string, number>();
  for (const n of logged.notCounted) {
    const key = n.requirementIds === null ? n.reason : `${n.reason} (toward ${n.requirementIds.join(', ')})`;
    byReason.set(key, (byReason.get(key) ?? 0) + n.hours);
  }
  if (byReason.size === 0) {
    doc.paragraph('None: every logged hour counts under this rule set.');
  } else {
    const rows = [...byReason].sort((a, b) => b[1] - a[1]);
    const shown = rows.slice(0, 40);
    doc.table(
      [
        { header: 'Reason', width: 404 },
        { header: 'Hours', width: 100, align: 'right' },
      ],
      shown.map(([reason, hours]) => [reason, formatHoursValue(hours)]),
    );
    if (rows.length > shown.length) doc.paragraph(`... and ${rows.length - shown.length} more reasons (see the log).`);
  }

  doc.rule();
  doc.paragraph(
    'This log records counts, dates, categories, sites and supervisors only. It holds no client-identifying information.',
    'small',
  );
  return {
    title: `Supervised hours verification summary - ${input.traineeName}`,
    footer: `Vocare verification summary - ${ruleSet.id} v${ruleSet.version} - ${input.traineeName}`,
    ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    blocks: doc.blocks,
  };
}
