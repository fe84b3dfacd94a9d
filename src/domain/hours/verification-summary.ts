import {
  type CategoryHours,
  type EntryStatus,
  HOUR_CATEGORY_LABELS,
  type RuleSetRef,
  type SupervisorLicense,
} from '#contracts/hours.js';
import type { RuleSet } from '#contracts/licensure.js';
import type { HourCategory } from '#contracts/vocabulary.js';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';
import { countWords, formatCount } from '../count-words.js';
import type { PrintableBlock, PrintableDocument } from '../documents/printable-document.js';
import { describeRuleSetVersion } from '../licensure/rule-set-versions.js';
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
    /** The license as recorded, for the attestation block; null when not recorded. */
    licenseDetail?: SupervisorLicense | null;
  }[];
  /** The rule set's requirements and either-or groups, for the progress notes and the sources appendix. */
  rules: Pick<RuleSet, 'requirements' | 'alternatives'>;
  /** The degree date the pre-degree limit was applied with (null: not given). */
  degreeDate: string | null;
  /** Every logged entry, for the appendix of counted entries. */
  entries: {
    id: string;
    date: string;
    hours: number;
    category: HourCategory;
    status: EntryStatus;
    supervisor: string | null;
  }[];
}

export function formatHoursValue(hours: number): string {
  return formatCount(hours);
}

/** "1 hour", "2.5 hours", "18 months". */
function withUnit(value: number, unit: 'hours' | 'months'): string {
  return countWords(value, unit.slice(0, -1), unit);
}

/** A verified requirement with no number (a supervisor credential) shows a dash, not "not verified". */
function formatTarget(required: number | null, unit: 'hours' | 'months', verified = false): string {
  return required === null ? (verified ? '-' : 'not verified') : withUnit(required, unit);
}

function metLabel(met: boolean | null, verified = false): string {
  return met === null ? (verified ? 'not checked' : 'no target') : met ? 'met' : 'not yet';
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
    `Rule set: ${ruleSet.id} ${describeRuleSetVersion(ruleSet)} (${ruleSet.title}, ${ruleSet.jurisdictionName}); ` +
      `rules checked ${ruleSet.checkedDate}.`,
  );
  if (ruleSet.rulesDate) doc.paragraph(`Rules applied: the version in force on ${ruleSet.rulesDate}.`, 'small');
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
        formatTarget(r.required, r.unit, r.verified),
        withUnit(r.counted, r.unit),
        v ? withUnit(v.counted, v.unit) : '',
        metLabel(r.met, r.verified),
      ];
    }),
  );
  const projected =
    logged.evaluation.verifiedCount === 0
      ? 'No requirement of this rule set is verified by a source yet, so progress cannot be judged: ask the board.'
      : logged.evaluation.complete
        ? 'Every verified requirement is met by the logged hours.'
        : logged.projection.date
          ? `At the pace of the last 8 weeks, the logged hours would meet every verified requirement by ${logged.projection.date}.`
          : 'No completion date can be projected: not every unmet requirement gained hours in the last 8 weeks.';
  doc.paragraph(projected);
  if (logged.evaluation.unverifiedCount > 0) {
    const count = logged.evaluation.unverifiedCount;
    doc.paragraph(
      `${countWords(count, 'requirement')} of this rule set ${count === 1 ? 'has' : 'have'} no verified figure and ${count === 1 ? 'is' : 'are'} not counted as met or unmet.`,
      'small',
    );
  }

  const alternatives = logged.evaluation.alternatives;
  if (alternatives.length > 0) {
    doc.heading('Either-or requirements');
    doc.table(
      [
        { header: 'Requirement', width: 140 },
        { header: 'Options (one is enough)', width: 288 },
        { header: 'Status', width: 76 },
      ],
      alternatives.map((a) => [
        a.label,
        a.options.map((o) => `${o.label}: ${o.met === null ? 'not verified' : o.met ? 'met' : 'not yet'}`).join(' | '),
        metLabel(a.met),
      ]),
    );
  }
  if (input.degreeDate) {
    doc.paragraph(
      `Degree date ${input.degreeDate}: hours before it count only up to the rule set's pre-degree limit.`,
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

  describeAttestation(doc, input);
  describeRuleSources(doc, input.rules);
  describeCountedEntries(doc, input);

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

const SIGNATURE_LINE = 'Signature: ________________________________   Date: ________________';

/**
 * The supervisor's attestation: the words they sign, then per supervisor their name, license type, number and
 * jurisdiction as recorded in Vocare, a signature line and a date line (blank lines when none is recorded).
 */
function describeAttestation(doc: BlockList, input: VerificationSummaryInput): void {
  doc.heading('Supervisor attestation');
  doc.paragraph(
    `I attest that ${input.traineeName} performed the hours marked verified in this summary under my supervision, ` +
      'on the dates logged, that the categories and hours are accurate to the best of my knowledge, and that my ' +
      'license named below was valid on each of those dates.',
  );
  const signers = input.supervisors.filter((s) => s.status === 'active' || s.status === 'ended');
  if (signers.length === 0) {
    doc.paragraph('Supervisor name: ________________________________', 'strong');
    doc.paragraph('License type and number: ____________________   Jurisdiction: ____________________');
    doc.paragraph(SIGNATURE_LINE);
    return;
  }
  for (const s of signers) {
    const l = s.licenseDetail ?? null;
    doc.paragraph(`Supervisor: ${s.name}`, 'strong');
    doc.paragraph(
      l
        ? `License: ${l.licenseType}, number ${l.licenseNumber}, jurisdiction ${l.licenseJurisdiction}` +
            `${l.licenseValidFrom ? `, valid from ${l.licenseValidFrom}` : ''}, expires ${l.licenseExpires}`
        : 'License type and number: ____________________   Jurisdiction: ____________________',
    );
    doc.paragraph(SIGNATURE_LINE);
  }
}

function figureOf(req: RuleSet['requirements'][number]): string {
  if (!req.verified) return 'not verified';
  if ('months' in req && req.months !== undefined) return withUnit(req.months, 'months');
  if ('hours' in req && req.hours !== undefined) return withUnit(req.hours, 'hours');
  return '';
}

/** Appendix: every rule of the rule set with the text it rests on (address, quotation, read on, effective). */
function describeRuleSources(doc: BlockList, rules: VerificationSummaryInput['rules']): void {
  doc.heading('Appendix A: the rules and their sources');
  const rows: string[][] = [];
  for (const req of rules.requirements) {
    const rule = `${req.label}: ${figureOf(req)}`;
    const sources = req.sources ?? [];
    if (sources.length === 0) rows.push([rule, 'no source read states this figure', '', '', '']);
    for (const src of sources) {
      rows.push([
        rule,
        `${src.title} (${src.kind}) ${src.url}`,
        src.quote,
        src.readOn,
        src.effectiveDate ?? 'not given',
      ]);
    }
  }
  for (const alt of rules.alternatives ?? []) {
    const rule = `${alt.label}: ${alt.options.map((o) => o.label).join(' or ')}`;
    const sources = alt.sources ?? [];
    if (sources.length === 0) rows.push([rule, 'see the requirements of each option', '', '', '']);
    for (const src of sources) {
      rows.push([
        rule,
        `${src.title} (${src.kind}) ${src.url}`,
        src.quote,
        src.readOn,
        src.effectiveDate ?? 'not given',
      ]);
    }
  }
  doc.table(
    [
      { header: 'Rule', width: 96 },
      { header: 'Source (address)', width: 140 },
      { header: 'Quotation', width: 170 },
      { header: 'Read on', width: 49 },
      { header: 'Effective', width: 49 },
    ],
    rows,
  );
}

/** Appendix: every entry with hours that count toward the rule set (after the exclusions every rule applies). */
function describeCountedEntries(doc: BlockList, input: VerificationSummaryInput): void {
  doc.heading('Appendix B: counted entries');
  const notCounted = new Map<string, number>();
  for (const n of input.logged.notCounted) {
    if (n.requirementIds === null) notCounted.set(n.entryId, (notCounted.get(n.entryId) ?? 0) + n.hours);
  }
  const rows = [...input.entries]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1))
    .map((e) => ({ e, counted: e.hours - (notCounted.get(e.id) ?? 0) }))
    .filter((x) => x.counted > 0)
    .map(({ e, counted }) => [
      e.date,
      HOUR_CATEGORY_LABELS[e.category],
      formatHoursValue(counted),
      e.supervisor ?? 'none named',
      e.status,
    ]);
  if (rows.length === 0) {
    doc.paragraph('No entry counts yet.');
    return;
  }
  doc.table(
    [
      { header: 'Date', width: 70 },
      { header: 'Category', width: 130 },
      { header: 'Hours counted', width: 70, align: 'right' },
      { header: 'Supervisor', width: 150 },
      { header: 'Status', width: 84 },
    ],
    rows,
  );
}
