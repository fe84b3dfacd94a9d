import {
  type CategoryHours,
  emptyCategoryHours,
  type HoursCharts,
  type HoursProgress,
  type ProgressBasis,
  type RuleSetRef,
} from '#contracts/hours.js';
import type { RuleSet } from '#contracts/licensure.js';
import { HOUR_CATEGORY_IDS } from '#contracts/vocabulary.js';
import { addDays, addMonthsToMonth, mondayOf, monthOf } from '#domain/calendar-date.js';
import {
  type AgreementFacts,
  buildExclusions,
  buildSupervisorCredentials,
  type LoggedEntry,
  licenseText,
} from '#domain/hours/entry-rules.js';
import { defaultAsOf, measureLog } from '#domain/hours/measure-log.js';
import { describeVerificationSummary, type VerificationSummaryInput } from '#domain/hours/verification-summary.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { renderPdf } from '#server/lib/pdf.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './hours.repository.js';
import { loadAgreements } from './hours.service.js';
import { formatHoursCsv } from './hours-csv.js';
import type { HoursReaders } from './hours-readers.js';
import type { LogSource } from './log-cache.js';
import type { RuleSetCatalog } from './rule-sets.port.js';
import * as supervisionRepo from './supervision.repository.js';

export function toRuleSetRef(ruleSet: RuleSet, rulesDate?: string): RuleSetRef {
  return {
    id: ruleSet.id,
    version: ruleSet.version,
    ...(ruleSet.effectiveFrom === undefined ? {} : { effectiveFrom: ruleSet.effectiveFrom }),
    ...(ruleSet.effectiveUntil === undefined ? {} : { effectiveUntil: ruleSet.effectiveUntil }),
    ...(rulesDate === undefined ? {} : { rulesDate }),
    title: ruleSet.title,
    jurisdictionName: ruleSet.jurisdictionName,
    source: ruleSet.source,
    checkedDate: ruleSet.checkedDate,
  };
}

/**
 * The date whose rules apply (ADR 0025): the one asked for, else the goal's rules date (e.g. the day supervised
 * experience began, where the board lets earlier residents finish under the old rule), else today.
 */
async function resolveRulesDate(db: DbOrTx, userId: string, query: { rulesDate?: string; today: string }) {
  return query.rulesDate ?? (await repo.findGoalRulesDate(db, userId)) ?? query.today;
}

/**
 * The rule set asked for, else the trainee's goal, at the version in force on the rules date; BAD_REQUEST when
 * neither exists.
 */
async function resolveRuleSet(
  db: DbOrTx,
  userId: string,
  query: { ruleSet?: string; rulesDate?: string; today: string },
  ruleSets: RuleSetCatalog,
): Promise<{ ruleSet: RuleSet; rulesDate: string }> {
  const id = query.ruleSet ?? (await repo.findGoalRuleSetId(db, userId));
  if (id === null) {
    throw new AppError('BAD_REQUEST', 'Choose your license goal first (PUT /api/hours/goal), or name a rule set.', [
      { path: 'query.ruleSet', message: 'is required while no license goal is chosen' },
    ]);
  }
  const rulesDate = await resolveRulesDate(db, userId, query);
  return { ruleSet: await ruleSets.getRuleSetInForce(db, id, rulesDate), rulesDate };
}

interface LoadedLog {
  log: readonly LoggedEntry[];
  agreements: Map<string, AgreementFacts>;
  /** The goal's degree date: pre-degree hours count only up to a rule set's pre-degree limit. */
  degreeDate: string | null;
}

async function loadLogWithAgreements(db: DbOrTx, userId: string, logs: LogSource): Promise<LoadedLog> {
  const [log, agreements, degreeDate] = await Promise.all([
    logs.load(db, userId),
    loadAgreements(db, userId),
    repo.findGoalDegreeDate(db, userId),
  ]);
  return { log, agreements, degreeDate };
}

/** Measures a loaded log against one rule set (pure apart from the inputs). */
export function progressOf(
  ruleSet: RuleSet,
  loaded: LoadedLog,
  asOf: string,
  basis: ProgressBasis,
  rulesDate?: string,
): HoursProgress {
  const excluded = buildExclusions(loaded.log, loaded.agreements, basis);
  const { evaluation, projection, notCounted } = measureLog(ruleSet, loaded.log, {
    asOf,
    excluded,
    degreeDate: loaded.degreeDate,
    supervisorCredentials: buildSupervisorCredentials(loaded.log, loaded.agreements),
  });
  const byCategory = emptyCategoryHours();
  const byStatus = { unverified: 0, verified: 0, returned: 0 };
  let hours = 0;
  for (const e of loaded.log) {
    byCategory[e.category] += e.hours;
    byStatus[e.status] += e.hours;
    hours += e.hours;
  }
  return {
    ruleSet: toRuleSetRef(ruleSet, rulesDate),
    basis,
    evaluation,
    projection,
    notCounted,
    totals: { entries: loaded.log.length, hours, byCategory, byStatus },
  };
}

export async function getProgress(
  db: DbOrTx,
  userId: string,
  query: { ruleSet?: string; asOf?: string; rulesDate?: string; basis: ProgressBasis; today: string },
  readers: HoursReaders,
): Promise<HoursProgress> {
  const [{ ruleSet, rulesDate }, loaded] = await Promise.all([
    resolveRuleSet(db, userId, query, readers.ruleSets),
    loadLogWithAgreements(db, userId, readers.logs),
  ]);
  return progressOf(ruleSet, loaded, query.asOf ?? defaultAsOf(query.today, loaded.log), query.basis, rulesDate);
}

/** "What if I moved": the same log measured against several rule sets (each at the version in force). */
export async function compareProgress(
  db: DbOrTx,
  userId: string,
  query: { ruleSets: string[]; asOf?: string; basis: ProgressBasis; today: string },
  readers: HoursReaders,
): Promise<{ items: HoursProgress[] }> {
  const [loaded, rulesDate] = await Promise.all([
    loadLogWithAgreements(db, userId, readers.logs),
    resolveRulesDate(db, userId, query),
  ]);
  const asOf = query.asOf ?? defaultAsOf(query.today, loaded.log);
  const items: HoursProgress[] = [];
  for (const id of query.ruleSets) {
    const ruleSet = await readers.ruleSets.getRuleSetInForce(db, id, rulesDate);
    items.push(progressOf(ruleSet, loaded, asOf, query.basis, rulesDate));
  }
  return { items };
}

function categoryHours(rows: { category: keyof CategoryHours; minutes: number }[]): CategoryHours {
  const out = emptyCategoryHours();
  for (const r of rows) out[r.category] += r.minutes / 60;
  return out;
}

function sumHours(c: CategoryHours): number {
  return HOUR_CATEGORY_IDS.reduce((sum, k) => sum + c[k], 0);
}

/** Hours per category for the last weeks and months up to the as-of date, empty periods included. */
export async function getCharts(
  db: DbOrTx,
  userId: string,
  query: { asOf?: string; weeks: number; months: number; today: string },
): Promise<HoursCharts> {
  const asOf = query.asOf ?? query.today;
  const firstMonday = addDays(mondayOf(asOf), -7 * (query.weeks - 1));
  const lastMonth = monthOf(asOf);
  const firstMonth = addMonthsToMonth(lastMonth, -(query.months - 1));
  const [weekRows, monthRows] = await Promise.all([
    repo.sumMinutesByPeriod(db, userId, 'week', firstMonday, asOf),
    repo.sumMinutesByPeriod(db, userId, 'month', `${firstMonth}-01`, asOf),
  ]);
  const weeks = Array.from({ length: query.weeks }, (_, i) => {
    const start = addDays(firstMonday, 7 * i);
    const byCategory = categoryHours(weekRows.filter((r) => r.start === start));
    return { start, byCategory, total: sumHours(byCategory) };
  });
  const months = Array.from({ length: query.months }, (_, i) => {
    const start = addMonthsToMonth(firstMonth, i);
    const byCategory = categoryHours(monthRows.filter((r) => r.start === start));
    return { start, byCategory, total: sumHours(byCategory) };
  });
  return { weeks, months };
}

export async function exportCsv(db: DbOrTx, userId: string): Promise<string> {
  const rows = await repo.listAllEntries(db, userId);
  return formatHoursCsv(
    rows.map((r) => ({
      date: r.date,
      hours: r.minutes / 60,
      category: r.category,
      site: r.site,
      supervisor: r.supervisorName,
      note: r.note,
      status: r.status,
      verifiedBy: r.verifiedByName,
      verifiedAt: r.verifiedAt?.toISOString() ?? null,
      id: r.id,
    })),
  );
}

/** The PDF verification summary, measured against the goal (or the rule set asked for) at the version in force. */
export async function buildSummaryPdf(
  db: DbOrTx,
  user: SessionUser,
  query: { ruleSet?: string; asOf?: string; rulesDate?: string; today: string },
  readers: HoursReaders,
): Promise<{ pdf: Uint8Array; ruleSet: RuleSetRef }> {
  const [{ ruleSet, rulesDate }, loaded, supervisions, bySupervision] = await Promise.all([
    resolveRuleSet(db, user.id, query, readers.ruleSets),
    loadLogWithAgreements(db, user.id, readers.logs),
    supervisionRepo.listSupervisionsOfTrainee(db, user.id),
    repo.sumMinutesBySupervision(db, { userId: user.id }),
  ]);
  const today = query.today;
  const asOf = query.asOf ?? defaultAsOf(today, loaded.log);
  const measure = (basis: ProgressBasis) =>
    measureLog(ruleSet, loaded.log, {
      asOf,
      excluded: buildExclusions(loaded.log, loaded.agreements, basis),
      degreeDate: loaded.degreeDate,
      supervisorCredentials: buildSupervisorCredentials(loaded.log, loaded.agreements),
    });
  const byCategory = emptyCategoryHours();
  const verifiedByCategory = emptyCategoryHours();
  const byStatus = {
    verified: { entries: 0, hours: 0 },
    unverified: { entries: 0, hours: 0 },
    returned: { entries: 0, hours: 0 },
  };
  let hours = 0;
  let firstDate: string | null = null;
  let lastDate: string | null = null;
  for (const e of loaded.log) {
    byCategory[e.category] += e.hours;
    if (e.status === 'verified') verifiedByCategory[e.category] += e.hours;
    byStatus[e.status].entries++;
    byStatus[e.status].hours += e.hours;
    hours += e.hours;
    if (firstDate === null || e.date < firstDate) firstDate = e.date;
    if (lastDate === null || e.date > lastDate) lastDate = e.date;
  }

  const supervisorRows = new Map<string, VerificationSummaryInput['supervisors'][number]>();
  for (const s of supervisions) {
    const facts = loaded.agreements.get(s.id);
    if (!facts) continue;
    supervisorRows.set(s.id, {
      name: facts.supervisorName,
      license: facts.license ? licenseText(facts.license) : null,
      licenseDetail: facts.license,
      agreement: s.endDate ? `${s.startDate} to ${s.endDate}` : `from ${s.startDate}`,
      status: s.status,
      logged: 0,
      verified: 0,
      waiting: 0,
    });
  }
  for (const r of bySupervision) {
    const key = r.supervisionId ?? `name:${r.supervisorName ?? ''}`;
    if (r.supervisionId === null && r.supervisorName === null) continue;
    let row = supervisorRows.get(key);
    if (!row) {
      row = {
        name: r.supervisorName ?? 'unknown',
        license: null,
        agreement: 'not in Vocare',
        status: 'named in imported file',
        logged: 0,
        verified: 0,
        waiting: 0,
      };
      supervisorRows.set(key, row);
    }
    const h = r.minutes / 60;
    row.logged += h;
    if (r.status === 'verified') row.verified += h;
    if (r.status === 'unverified') row.waiting += h;
  }

  const pdf = await renderPdf(
    describeVerificationSummary({
      traineeName: user.displayName,
      generatedOn: today,
      createdAt: new Date(),
      ruleSet: toRuleSetRef(ruleSet, rulesDate),
      asOf,
      logged: measure('logged'),
      verified: measure('verified'),
      totals: { entries: loaded.log.length, hours, firstDate, lastDate, byCategory, verifiedByCategory },
      byStatus,
      supervisors: [...supervisorRows.values()].filter((s) => s.logged > 0 || s.status === 'active'),
      rules: ruleSet,
      degreeDate: loaded.degreeDate,
      entries: loaded.log.map((e) => ({
        id: e.id,
        date: e.date,
        hours: e.hours,
        category: e.category,
        status: e.status,
        supervisor: e.supervisionId === null ? null : (loaded.agreements.get(e.supervisionId)?.supervisorName ?? null),
      })),
    }),
  );
  return { pdf, ruleSet: toRuleSetRef(ruleSet, rulesDate) };
}
