import type {
  AlternativeProgress,
  CompletionProjection,
  HourEntryForEvaluation,
  RejectedHours,
  Requirement,
  RequirementProgress,
  RuleSet,
  RuleSetEvaluation,
} from '#contracts/licensure.js';
import { HOUR_CATEGORY_IDS, type HourCategory } from '#contracts/vocabulary.js';

/*
 * How a log is measured against a rule set (pure; no clock, no I/O):
 *
 * 1. Hours that count toward nothing, checked in this order: an entry the caller excluded (with the caller's
 *    reason, e.g. "before the supervision agreement's start date"); an entry dated after the as-of date; an entry
 *    outside the window (on or after the date N months before as-of, up to as-of, counts). The as-of date is the
 *    one given, or else the latest date among entries the caller did not exclude.
 * 2. Each hour requirement then counts the remaining hours of its categories. total-hours counts every category.
 * 3. A weekly limit of L hours applies to each requirement separately: from one ISO week (Monday to Sunday) at
 *    most L of the hours feeding that requirement count. For total-hours this is exactly "at most L hours a week";
 *    for a category requirement it means the week's hours of that category are kept first (the trainee's best
 *    case). One shared choice of dropped hours would let an added indirect entry push a direct one out and lower
 *    the direct total; capping per requirement keeps every counted total monotone and independent of order.
 *    Which entries the over-limit hours are reported against is fixed by sorting entries by date, category (in
 *    vocabulary order), id and hours: the earliest fill the week, the last ones are reported as not counted.
 * 4. supervision-hours counts individual supervision before group supervision within a week (group hours are the
 *    ones that may be capped anyway), then groupCap keeps the earliest group hours of the whole log.
 * 5. min-duration is the whole months between the first and last entry that passed step 1 (a month is complete
 *    on the same day-of-month, or on the last day of a shorter month: 31 Jan -> 29 Feb is one month).
 * 6. max-hours-per-week and window are constraints, not targets: verified ones are always met, and their effect
 *    shows as rejected hours. An unverified requirement has no target, is never applied as a limit, has met=null,
 *    and is left out of `complete` (which counts verified requirements only; unverifiedCount says how many).
 * 7. pre-degree-hours (needs `degreeDate`): after step 1, hours dated before the degree date count only up to the
 *    limit, earliest first (0 = none count); the rest count toward nothing. Without a degree date the limit is not
 *    applied and the requirement says so (met=null): it never guesses the date.
 * 8. max-hours-per-year works like the weekly limit, per requirement, on twelve-month periods counted from the
 *    first counted entry (or calendar years); a piece over both limits is reported against the weekly one.
 * 9. supervision-ratio: per period (ISO week, calendar month, or the whole log) the supervision hours due are the
 *    period's practice hours (direct, or direct + indirect) divided by N; a period's surplus never makes up for
 *    another period's shortfall. required = hours due over all periods, counted = hours of them covered.
 *    Practice hours are the counted ones before weekly and yearly limits.
 * 10. alternatives (either-or): each requirement is measured as above; an option is met when all its requirements
 *    are, the group when any option is. A requirement inside a group is not unmet on its own: `unmet` names the
 *    group instead, and `complete` needs one met option of every group.
 * 11. supervisor-credential (needs `supervisorCredentials` from the caller): after step 1, an entry of the
 *    requirement's categories counts toward nothing when its supervisor had said they do not hold the state's
 *    supervisor credential, or held it only from a later date (checked on the date of each hour, like a licence).
 *    An entry whose supervisor is unknown, or has not said, counts, and the requirement says how many hours could
 *    not be checked (met=null); with every hour checked it is met (its effect shows as rejected hours).
 *    With `minShare` (Maryland LCMFT: at least 80 percent of the direct and indirect hours under a credentialed
 *    supervisor) no hour is refused: required = minShare x the verified total-hours target, counted = the hours
 *    of the requirement's categories whose supervisor held the credential on that date; null without that target.
 * 12. A rule set with no verified requirement is never `complete` (verifiedCount = 0), and its projection has no
 *    date: the product says nothing is verified yet rather than "every verified requirement is met".
 */

/** What the caller knows that the rules do not: the as-of date and entries a board would refuse. */
export interface EvaluateRulesOptions {
  /** YYYY-MM-DD; defaults to the latest date among entries the caller did not exclude. */
  asOf?: string;
  /** Entry id -> reason shown to the person, e.g. "before the supervision agreement's start date". */
  excluded?: ReadonlyMap<string, string>;
  /** YYYY-MM-DD the qualifying degree was conferred; needed to apply a pre-degree-hours limit. */
  degreeDate?: string;
  /** Entry id -> its supervisor's state supervisor credential; needed to apply a supervisor-credential rule. */
  supervisorCredentials?: ReadonlyMap<string, EntrySupervisorCredential>;
}

/** What the log knows of an entry's supervisor and the state's supervisor credential (e.g. Texas LPC-S). */
export interface EntrySupervisorCredential {
  supervisorName: string;
  /** true: holds it; false: does not; null: has not said (the hour cannot be checked). */
  holdsCredential: boolean | null;
  /** YYYY-MM-DD from which it is held; null when not given (then it is taken as held on every date). */
  credentialFrom: string | null;
}

const CATEGORY_RANK: Record<HourCategory, number> = {
  direct: 0,
  indirect: 1,
  'supervision-individual': 2,
  'supervision-group': 3,
};
const ALL_CATEGORIES: readonly HourCategory[] = HOUR_CATEGORY_IDS;
const SUPERVISION_CATEGORIES: readonly HourCategory[] = ['supervision-individual', 'supervision-group'];
const PACE_DAYS = 56;

// ---- civil-date arithmetic on day numbers (days since 1970-01-01), integer-only so 10,000 entries stay cheap ----

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

interface Civil {
  y: number;
  m: number;
  d: number;
}

function civilFromDays(days: number): Civil {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/** Day number of a YYYY-MM-DD date, or NaN when it is not one (the hot loop builds no message unless needed). */
function dayOrNaN(date: string): number {
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  const isShaped = date.length === 10 && date[4] === '-' && date[7] === '-';
  if (!isShaped || !(m >= 1 && m <= 12) || !(d >= 1 && d <= daysInMonth(y, m))) return Number.NaN;
  return daysFromCivil(y, m, d);
}

function badDate(what: string, date: string): RangeError {
  return new RangeError(`${what} must be a real date in YYYY-MM-DD format (got "${date}")`);
}

function parseDay(date: string, what: string): number {
  const day = dayOrNaN(date);
  if (Number.isNaN(day)) throw badDate(what, date);
  return day;
}

function formatDay(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Same day-of-month N months later (or earlier), clamped to the end of a shorter month. */
function addMonths(days: number, months: number): number {
  const c = civilFromDays(days);
  const index = c.y * 12 + (c.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(c.d, daysInMonth(y, m)));
}

/** Whole months from `from` to `to` (from <= to); consistent with addMonths: monthsBetween(a, addMonths(a, n)) = n. */
function monthsBetween(from: number, to: number): number {
  const a = civilFromDays(from);
  const b = civilFromDays(to);
  const diff = (b.y - a.y) * 12 + (b.m - a.m);
  const isShort = b.d < a.d && b.d < daysInMonth(b.y, b.m);
  return Math.max(0, isShort ? diff - 1 : diff);
}

/** Monday of the ISO week holding `days` (1970-01-01 was a Thursday). */
function isoMonday(days: number): number {
  return days - ((((days + 3) % 7) + 7) % 7);
}

function isoWeekLabel(monday: number): string {
  const thursday = monday + 3;
  const year = civilFromDays(thursday).y;
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function formatNumber(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  const [whole = '0', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `.${fraction}` : ''}`;
}

// ---- evaluation ----
//
// The log is held as parallel typed arrays in canonical order ("positions"), not as objects: with 10,000
// entries, object allocation and a comparison sort alone would eat most of the time budget.

interface Log {
  entries: readonly HourEntryForEvaluation[];
  /** position -> index into `entries` */
  index: Int32Array;
  day: Int32Array;
  rank: Uint8Array;
  hours: Float64Array;
}

/** Canonical order of two entries (by index): date, category, id, hours. */
function compareEntries(entries: readonly HourEntryForEvaluation[], day: Int32Array, rank: Uint8Array) {
  return (a: number, b: number): number => {
    const dayDiff = (day[a] ?? 0) - (day[b] ?? 0);
    if (dayDiff !== 0) return dayDiff;
    const rankDiff = (rank[a] ?? 0) - (rank[b] ?? 0);
    if (rankDiff !== 0) return rankDiff;
    const ea = entries[a] as HourEntryForEvaluation;
    const eb = entries[b] as HourEntryForEvaluation;
    if (ea.id !== eb.id) return ea.id < eb.id ? -1 : 1;
    return ea.hours - eb.hours;
  };
}

/** Largest (day, category) bucket table worth allocating before falling back to a comparison sort. */
const MAX_SORT_BUCKETS = 4_000_000;

/**
 * Puts the entries in canonical order: bucketed by (day, category) in linear time, then entries sharing a bucket
 * ordered by id and hours. Identical entries are interchangeable, so the result never depends on input order.
 */
function canonicalLog(entries: readonly HourEntryForEvaluation[]): Log {
  const n = entries.length;
  const dayIn = new Int32Array(n);
  const rankIn = new Uint8Array(n);
  const hoursIn = new Float64Array(n);
  let min = 0;
  let max = -1;
  for (let i = 0; i < n; i++) {
    const e = entries[i] as HourEntryForEvaluation;
    const d = dayOrNaN(e.date);
    if (Number.isNaN(d)) throw badDate(`entry ${e.id} date`, e.date);
    dayIn[i] = d;
    rankIn[i] = CATEGORY_RANK[e.category];
    hoursIn[i] = e.hours;
    if (i === 0 || d < min) min = d;
    if (i === 0 || d > max) max = d;
  }
  const compare = compareEntries(entries, dayIn, rankIn);
  const buckets = (max - min + 1) * 4;
  let index: Int32Array;
  if (n < 2 || buckets > MAX_SORT_BUCKETS) {
    index = Int32Array.from({ length: n }, (_, i) => i).sort(compare);
  } else {
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < n; i++) {
      const b = ((dayIn[i] ?? 0) - min) * 4 + (rankIn[i] ?? 0) + 1;
      starts[b] = (starts[b] ?? 0) + 1;
    }
    for (let b = 1; b <= buckets; b++) starts[b] = (starts[b] ?? 0) + (starts[b - 1] ?? 0);
    index = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const b = ((dayIn[i] ?? 0) - min) * 4 + (rankIn[i] ?? 0);
      index[starts[b] ?? 0] = i;
      starts[b] = (starts[b] ?? 0) + 1;
    }
    // Within a bucket: insertion sort by id (buckets hold the few entries of one day and category).
    for (let k = 1; k < n; k++) {
      const cur = index[k] ?? 0;
      let j = k - 1;
      while (j >= 0) {
        const prev = index[j] ?? 0;
        if (dayIn[prev] !== dayIn[cur] || rankIn[prev] !== rankIn[cur] || compare(prev, cur) <= 0) break;
        index[j + 1] = prev;
        j--;
      }
      index[j + 1] = cur;
    }
  }
  const day = new Int32Array(n);
  const rank = new Uint8Array(n);
  const hours = new Float64Array(n);
  for (let pos = 0; pos < n; pos++) {
    const i = index[pos] ?? 0;
    day[pos] = dayIn[i] ?? 0;
    rank[pos] = rankIn[i] ?? 0;
    hours[pos] = hoursIn[i] ?? 0;
  }
  return { entries, index, day, rank, hours };
}

function categoriesOf(req: Requirement): readonly HourCategory[] {
  switch (req.kind) {
    case 'total-hours':
      return ALL_CATEGORIES;
    case 'category-hours':
      return req.categories;
    case 'supervision-hours':
    case 'supervision-ratio':
      return SUPERVISION_CATEGORIES;
    default:
      return [];
  }
}

function targetOf(req: Requirement): number | null {
  // A credential is a name, not an amount: the requirement has no numeric target.
  if (!req.verified || req.kind === 'supervisor-credential') return null;
  const value = 'hours' in req ? req.hours : 'months' in req ? req.months : undefined;
  return value ?? null;
}

/**
 * Collects rejected hours in flat arrays (a dense log can reject thousands of pieces) and merges the pieces of one
 * entry that have the same hours and reason across requirements into one item.
 */
class RejectionLog {
  private readonly reasons: string[] = [];
  private readonly reasonIndex = new Map<string, number>();
  private readonly positions: number[] = [];
  private readonly hours: number[] = [];
  private readonly reasonOf: number[] = [];
  private readonly requirementOf: (string | null)[] = [];

  /** Interns a reason text; pieces refer to reasons by number. */
  reason(text: string): number {
    let id = this.reasonIndex.get(text);
    if (id === undefined) {
      id = this.reasons.length;
      this.reasons.push(text);
      this.reasonIndex.set(text, id);
    }
    return id;
  }

  add(position: number, hours: number, reason: number, requirementId: string | null): void {
    this.positions.push(position);
    this.hours.push(hours);
    this.reasonOf.push(reason);
    this.requirementOf.push(requirementId);
  }

  /** In canonical entry order, then by reason text and hours. */
  list(log: Log): RejectedHours[] {
    const n = log.index.length;
    const starts = new Int32Array(n + 1);
    for (const pos of this.positions) starts[pos + 1] = (starts[pos + 1] ?? 0) + 1;
    for (let i = 1; i <= n; i++) starts[i] = (starts[i] ?? 0) + (starts[i - 1] ?? 0);
    const next = starts.slice();
    const pieces = new Int32Array(this.positions.length);
    this.positions.forEach((pos, k) => {
      pieces[next[pos] ?? 0] = k;
      next[pos] = (next[pos] ?? 0) + 1;
    });
    const byReasonThenHours = (a: number, b: number): number => {
      const ra = this.reasons[this.reasonOf[a] ?? 0] ?? '';
      const rb = this.reasons[this.reasonOf[b] ?? 0] ?? '';
      if (ra !== rb) return ra < rb ? -1 : 1;
      return (this.hours[a] ?? 0) - (this.hours[b] ?? 0) || a - b;
    };
    const out: RejectedHours[] = [];
    for (let pos = 0; pos < n; pos++) {
      const from = starts[pos] ?? 0;
      const to = starts[pos + 1] ?? 0;
      if (from === to) continue;
      // An entry has at most a few pieces (one per requirement): insertion sort in place.
      for (let i = from + 1; i < to; i++) {
        const cur = pieces[i] ?? 0;
        let j = i - 1;
        while (j >= from && byReasonThenHours(pieces[j] ?? 0, cur) > 0) {
          pieces[j + 1] = pieces[j] ?? 0;
          j--;
        }
        pieces[j + 1] = cur;
      }
      const ofEntry = pieces.subarray(from, to);
      const entryId = (log.entries[log.index[pos] ?? 0] as HourEntryForEvaluation).id;
      let last: RejectedHours | null = null;
      let lastReason = -1;
      for (const k of ofEntry) {
        const hours = this.hours[k] ?? 0;
        const reason = this.reasonOf[k] ?? 0;
        const requirementId = this.requirementOf[k] ?? null;
        if (last !== null && lastReason === reason && last.hours === hours) {
          if (requirementId !== null) last.requirementIds?.push(requirementId);
          continue;
        }
        last = {
          entryId,
          hours,
          reason: this.reasons[reason] ?? '',
          requirementIds: requirementId === null ? null : [requirementId],
        };
        lastReason = reason;
        out.push(last);
      }
    }
    return out;
  }
}

interface Context {
  log: Log;
  /** Positions of entries that passed exclusion, as-of and window checks, in canonical (so date) order. */
  accepted: Int32Array;
  /** Week number (index into weekMondays) of each accepted entry. */
  acceptedWeek: Int32Array;
  weekMondays: number[];
  weeklyLimit: number | null;
  /** Year number (twelve-month period or calendar year, from 0) of each accepted entry. */
  acceptedYear: Int32Array;
  yearCount: number;
  yearlyLimit: number | null;
  yearLabels: string[];
  rejections: RejectionLog;
  /** Interned weekly-limit reason per week number, built on first use. */
  weekReasons: number[];
  yearReasons: number[];
}

function yearlyReason(ctx: Context, year: number): number {
  let reason = ctx.yearReasons[year];
  if (reason === undefined) {
    reason = ctx.rejections.reason(
      `over the ${formatNumber(ctx.yearlyLimit ?? 0)}-hour yearly limit (${ctx.yearLabels[year] ?? ''})`,
    );
    ctx.yearReasons[year] = reason;
  }
  return reason;
}

/**
 * How much of `h` hours fits the weekly and yearly room left; records the rest as rejected (weekly first).
 * Returns the hours taken.
 */
function takeWithinLimits(
  ctx: Context,
  pos: number,
  h: number,
  week: number,
  usedWeek: number,
  year: number,
  usedYear: number,
  requirementId: string,
): number {
  const weekTake = ctx.weeklyLimit === null ? h : Math.max(0, Math.min(h, ctx.weeklyLimit - usedWeek));
  if (weekTake < h) ctx.rejections.add(pos, h - weekTake, weeklyReason(ctx, week), requirementId);
  const take = ctx.yearlyLimit === null ? weekTake : Math.max(0, Math.min(weekTake, ctx.yearlyLimit - usedYear));
  if (take < weekTake) ctx.rejections.add(pos, weekTake - take, yearlyReason(ctx, year), requirementId);
  return take;
}

function weeklyReason(ctx: Context, week: number): number {
  let reason = ctx.weekReasons[week];
  if (reason === undefined) {
    const monday = ctx.weekMondays[week] ?? 0;
    reason = ctx.rejections.reason(
      `over the ${formatNumber(ctx.weeklyLimit ?? 0)}-hour weekly limit ` +
        `(ISO week ${isoWeekLabel(monday)}, ${formatDay(monday)} to ${formatDay(monday + 6)})`,
    );
    ctx.weekReasons[week] = reason;
  }
  return reason;
}

/** Hours of the given categories that count, with at most the weekly and yearly limits of them. */
function countCategoryHours(ctx: Context, categories: readonly HourCategory[], requirementId: string): number {
  let mask = 0;
  for (const c of categories) mask |= 1 << CATEGORY_RANK[c];
  const { accepted, acceptedWeek, acceptedYear, weeklyLimit, yearlyLimit } = ctx;
  const { rank, hours } = ctx.log;
  let counted = 0;
  let currentWeek = -1;
  let usedWeek = 0;
  let currentYear = -1;
  let usedYear = 0;
  for (let k = 0; k < accepted.length; k++) {
    const pos = accepted[k] ?? 0;
    if ((mask & (1 << (rank[pos] ?? 0))) === 0) continue;
    const h = hours[pos] ?? 0;
    if (weeklyLimit === null && yearlyLimit === null) {
      counted += h;
      continue;
    }
    // Accepted entries are in date order, so each week's (and year's) entries are contiguous.
    const week = acceptedWeek[k] ?? 0;
    if (week !== currentWeek) {
      currentWeek = week;
      usedWeek = 0;
    }
    const year = acceptedYear[k] ?? 0;
    if (year !== currentYear) {
      currentYear = year;
      usedYear = 0;
    }
    const take = takeWithinLimits(ctx, pos, h, week, usedWeek, year, usedYear, requirementId);
    usedWeek += take;
    usedYear += take;
    counted += take;
  }
  return counted;
}

function countSupervisionHours(ctx: Context, requirementId: string, groupCap: number | null): number {
  const { accepted, acceptedWeek, acceptedYear } = ctx;
  const { rank, hours } = ctx.log;
  const individualByWeek = new Float64Array(ctx.weekMondays.length);
  const groupByWeek = new Float64Array(ctx.weekMondays.length);
  const usedByYear = new Float64Array(ctx.yearCount);
  const individualRank = CATEGORY_RANK['supervision-individual'];
  const groupRank = CATEGORY_RANK['supervision-group'];
  let individual = 0;
  for (let k = 0; k < accepted.length; k++) {
    const pos = accepted[k] ?? 0;
    if (rank[pos] !== individualRank) continue;
    const h = hours[pos] ?? 0;
    const week = acceptedWeek[k] ?? 0;
    const year = acceptedYear[k] ?? 0;
    const take = takeWithinLimits(
      ctx,
      pos,
      h,
      week,
      individualByWeek[week] ?? 0,
      year,
      usedByYear[year] ?? 0,
      requirementId,
    );
    individualByWeek[week] = (individualByWeek[week] ?? 0) + take;
    usedByYear[year] = (usedByYear[year] ?? 0) + take;
    individual += take;
  }
  // Group hours fill what individual supervision left of each week, then the cap keeps the earliest of them.
  let group = 0;
  let capReason = -1;
  for (let k = 0; k < accepted.length; k++) {
    const pos = accepted[k] ?? 0;
    if (rank[pos] !== groupRank) continue;
    const h = hours[pos] ?? 0;
    const week = acceptedWeek[k] ?? 0;
    const year = acceptedYear[k] ?? 0;
    const used = (individualByWeek[week] ?? 0) + (groupByWeek[week] ?? 0);
    const inLimits = takeWithinLimits(ctx, pos, h, week, used, year, usedByYear[year] ?? 0, requirementId);
    groupByWeek[week] = (groupByWeek[week] ?? 0) + inLimits;
    usedByYear[year] = (usedByYear[year] ?? 0) + inLimits;
    const take = groupCap === null ? inLimits : Math.max(0, Math.min(inLimits, groupCap - group));
    group += take;
    if (take < inLimits) {
      if (capReason < 0) {
        capReason = ctx.rejections.reason(
          `group supervision beyond the ${formatNumber(groupCap ?? 0)}-hour cap on group hours`,
        );
      }
      ctx.rejections.add(pos, inLimits - take, capReason, requirementId);
    }
  }
  return individual + group;
}

interface RatioResult {
  due: number;
  covered: number;
  periods: number;
  shortPeriods: string[];
}

/** Supervision due and covered per period for "1 hour of supervision per `per` hours of practice". */
function checkSupervisionRatio(
  ctx: Context,
  per: number,
  basis: 'direct' | 'practice',
  period: 'week' | 'month' | 'overall',
): RatioResult {
  const { accepted, acceptedWeek } = ctx;
  const { rank, hours, day } = ctx.log;
  const practiceMask =
    basis === 'direct' ? 1 << CATEGORY_RANK.direct : (1 << CATEGORY_RANK.direct) | (1 << CATEGORY_RANK.indirect);
  const supervisionMask = (1 << CATEGORY_RANK['supervision-individual']) | (1 << CATEGORY_RANK['supervision-group']);
  const keys: string[] = [];
  const practice: number[] = [];
  const supervision: number[] = [];
  for (let k = 0; k < accepted.length; k++) {
    const pos = accepted[k] ?? 0;
    let key: string;
    if (period === 'week') key = isoWeekLabel(ctx.weekMondays[acceptedWeek[k] ?? 0] ?? 0);
    else if (period === 'month') key = formatDay(day[pos] ?? 0).slice(0, 7);
    else key = 'the whole log';
    if (keys[keys.length - 1] !== key) {
      keys.push(key);
      practice.push(0);
      supervision.push(0);
    }
    const i = keys.length - 1;
    const bit = 1 << (rank[pos] ?? 0);
    if (bit & practiceMask) practice[i] = (practice[i] ?? 0) + (hours[pos] ?? 0);
    if (bit & supervisionMask) supervision[i] = (supervision[i] ?? 0) + (hours[pos] ?? 0);
  }
  let due = 0;
  let covered = 0;
  const shortPeriods: string[] = [];
  keys.forEach((key, i) => {
    const need = Math.round(((practice[i] ?? 0) / per) * 100) / 100;
    const have = supervision[i] ?? 0;
    due += need;
    covered += Math.min(need, have);
    if (have + 1e-9 < need) shortPeriods.push(key);
  });
  return {
    due: Math.round(due * 100) / 100,
    covered: Math.round(covered * 100) / 100,
    periods: keys.length,
    shortPeriods,
  };
}

function explain(
  req: Requirement,
  counted: number,
  required: number | null,
  windowStart: number | null,
  asOf: number | null,
  extra: {
    ratio?: RatioResult;
    degreeDate?: string | null;
    uncheckedCredentialHours?: number;
    notHeldCredentialHours?: number;
    /** Under a share rule: the credentialed hours required (null: no verified total). */
    shareRequired?: number | null;
  } = {},
): string {
  const c = formatNumber(counted);
  if (req.kind === 'supervisor-credential' && req.verified && req.minShare !== undefined) {
    const share = `${Math.round(req.minShare * 100)}%`;
    const head = `${req.label}: at least ${share} of the hours must be supervised by someone who held the ${req.credential ?? 'credential'} on the date of the hour`;
    const others = extra.notHeldCredentialHours ?? 0;
    const unchecked = extra.uncheckedCredentialHours ?? 0;
    const parts = [
      `${c} hours were supervised by someone who held it`,
      ...(others > 0 ? [`${formatNumber(others)} hours of other supervisors count within the rest`] : []),
      ...(unchecked > 0 ? [`${formatNumber(unchecked)} hours could not be checked (the supervisor has not said)`] : []),
    ].join('; ');
    const needed = extra.shareRequired ?? null;
    if (needed === null) return `${head}; ${parts}. Not checked: the total-hours figure is not verified.`;
    return `${head} (${formatNumber(needed)} of the ${formatNumber(needed / req.minShare)} hours required); ${parts}.${counted >= needed ? ' Met.' : ''}`;
  }
  if (req.kind === 'supervisor-credential' && req.verified) {
    const unchecked = extra.uncheckedCredentialHours ?? 0;
    const head = `${req.label}: hours count only when the supervisor held the ${req.credential ?? 'credential'} on the date of the hour`;
    const checked = `${c} hours were supervised by someone who held it`;
    return unchecked > 0
      ? `${head}; ${checked}. ${formatNumber(unchecked)} hours could not be checked: their supervisor has not said whether they hold it (or the entry names no supervisor in Vocare).`
      : `${head}; ${checked}. Met.`;
  }
  if (required === null || !req.verified) {
    const what =
      req.kind === 'min-duration' || req.kind === 'window'
        ? `the log spans ${c} months`
        : req.kind === 'max-hours-per-week'
          ? `the busiest week has ${c} hours`
          : req.kind === 'max-hours-per-year'
            ? `the busiest year has ${c} hours`
            : req.kind === 'supervision-ratio' ||
                req.kind === 'pre-degree-hours' ||
                req.kind === 'supervisor-credential'
              ? 'it is not checked'
              : `${c} hours would count toward it`;
    return `${req.label}: not verified (no source read states the figure); ${what}.`;
  }
  if (req.kind === 'supervision-ratio') {
    const ratio = extra.ratio ?? { due: 0, covered: 0, periods: 0, shortPeriods: [] };
    const basis = req.basis === 'direct' ? 'direct client contact' : 'practice (direct and indirect)';
    const per = req.period === 'overall' ? 'over the whole log' : `in each ${req.period}`;
    const head = `${req.label}: 1 hour of supervision per ${formatNumber(required)} hours of ${basis}, ${per}`;
    if (ratio.shortPeriods.length === 0) {
      return `${head}: ${formatNumber(ratio.due)} hours due, all covered. Met.`;
    }
    const shown = ratio.shortPeriods.slice(0, 5).join(', ');
    const more = ratio.shortPeriods.length > 5 ? ` and ${ratio.shortPeriods.length - 5} more` : '';
    return `${head}: ${formatNumber(ratio.covered)} of ${formatNumber(ratio.due)} hours due are covered; short in ${shown}${more}.`;
  }
  if (req.kind === 'pre-degree-hours') {
    const limit = required === 0 ? 'no hours' : `at most ${formatNumber(required)} hours`;
    if (!extra.degreeDate) {
      return `${req.label}: ${limit} from before the degree may count. Not checked: the degree date is not known, so every hour was counted as if after the degree.`;
    }
    return `${req.label}: ${limit} from before the degree date ${extra.degreeDate} may count; ${c} counted.`;
  }
  if (req.kind === 'max-hours-per-year') {
    const period = req.period === 'calendar-year' ? 'one calendar year' : 'one twelve-month period of the experience';
    return `${req.label}: at most ${formatNumber(required)} hours from ${period} count; the busiest counts ${c}.`;
  }
  if (req.kind === 'total-hours' && req.alternativeFullTimeMonths !== undefined) {
    const alt = ` Alternatively ${formatNumber(req.alternativeFullTimeMonths)} months of full-time supervised work meet it; the log cannot tell full-time work, so ask the board.`;
    return counted >= required
      ? `${req.label}: ${c} of ${formatNumber(required)} hours count. Met.`
      : `${req.label}: ${c} of ${formatNumber(required)} hours count; ${formatNumber(required - counted)} more needed.${alt}`;
  }
  const r = formatNumber(required);
  const rest = formatNumber(Math.max(0, required - counted));
  switch (req.kind) {
    case 'min-duration':
      return counted >= required
        ? `${req.label}: ${c} of ${r} months between the first and last counted entry. Met.`
        : `${req.label}: ${c} of ${r} months between the first and last counted entry; ${rest} more needed.`;
    case 'window':
      return windowStart !== null && asOf !== null
        ? `${req.label}: only hours from ${formatDay(windowStart)} to ${formatDay(asOf)} count (${r} months).`
        : `${req.label}: only hours within ${r} months before the as-of date count.`;
    case 'max-hours-per-week':
      return `${req.label}: at most ${r} hours from one week (Monday to Sunday) count; the busiest week counts ${c}.`;
    default:
      return counted >= required
        ? `${req.label}: ${c} of ${r} hours count. Met.`
        : `${req.label}: ${c} of ${r} hours count; ${rest} more needed.`;
  }
}

function preDegreeRejection(rejections: RejectionLog, limit: number, degreeDay: number): number {
  return rejections.reason(
    limit === 0
      ? `before the degree date ${formatDay(degreeDay)} (no pre-degree hours count)`
      : `before the degree date ${formatDay(degreeDay)}, beyond the ${formatNumber(limit)} pre-degree hours that may count`,
  );
}

/** All met: true; any unmet: false; otherwise (one not verified, none unmet) null. */
function allOf(values: readonly (boolean | null)[]): boolean | null {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

/**
 * Either-or groups: an option is met when all its requirements are; the group when any option is. A group with
 * no met option and one that cannot be judged (a requirement not verified) is null, never assumed met or unmet.
 */
export function evaluateAlternatives(
  ruleSet: Pick<RuleSet, 'alternatives'>,
  requirements: readonly Pick<RequirementProgress, 'id' | 'label' | 'met'>[],
): AlternativeProgress[] {
  const byId = new Map(requirements.map((r) => [r.id, r]));
  return (ruleSet.alternatives ?? []).map((alt) => {
    const options = alt.options.map((o) => ({
      label: o.label,
      requirementIds: [...o.requirementIds],
      met: allOf(o.requirementIds.map((id) => byId.get(id)?.met ?? null)),
    }));
    const met = options.some((o) => o.met === true) ? true : options.every((o) => o.met === false) ? false : null;
    const describe = (o: (typeof options)[number]) =>
      `${o.label} (${o.met === true ? 'met' : o.met === false ? 'not yet' : 'not verified'})`;
    const chosen = options.find((o) => o.met === true);
    const explanation = chosen
      ? `${alt.label}: met by "${chosen.label}"; the other options are not needed.`
      : `${alt.label}: either ${options.map(describe).join(' or ')}; one of them is enough.`;
    return { id: alt.id, label: alt.label, met, options, explanation };
  });
}

/**
 * Measures a log against a rule set: per requirement the target, the hours (or months) that count after
 * exclusions, window, weekly limit and group cap, whether it is met, and every hour that did not count and why.
 * The result depends only on the inputs' content, never on the order of `entries`.
 * Dates must be valid YYYY-MM-DD (validate at the edge with HourEntryForEvaluationSchema); a bad one throws.
 */
export function evaluateRules(
  ruleSet: RuleSet,
  entries: readonly HourEntryForEvaluation[],
  options: EvaluateRulesOptions = {},
): RuleSetEvaluation {
  const excluded = options.excluded ?? new Map<string, string>();
  const hasExclusions = excluded.size > 0;
  const log = canonicalLog(entries);
  const n = entries.length;
  const isExcluded = (pos: number): string | undefined =>
    hasExclusions ? excluded.get((entries[log.index[pos] ?? 0] as HourEntryForEvaluation).id) : undefined;

  let asOf: number | null = options.asOf === undefined ? null : parseDay(options.asOf, 'asOf');
  if (asOf === null) {
    // Positions are in date order: the latest entry the caller did not exclude sets the as-of date.
    for (let pos = n - 1; pos >= 0 && asOf === null; pos--) if (isExcluded(pos) === undefined) asOf = log.day[pos] ?? 0;
  }

  const windowReq = ruleSet.requirements.find((r) => r.kind === 'window' && r.verified);
  const windowMonths = windowReq ? targetOf(windowReq) : null;
  const windowStart = windowMonths !== null && asOf !== null ? addMonths(asOf, -windowMonths) : null;
  const weeklyReq = ruleSet.requirements.find((r) => r.kind === 'max-hours-per-week' && r.verified);
  const weeklyLimit = weeklyReq ? targetOf(weeklyReq) : null;
  const yearlyReq = ruleSet.requirements.find((r) => r.kind === 'max-hours-per-year' && r.verified);
  const yearlyLimit = yearlyReq ? targetOf(yearlyReq) : null;
  const preDegreeReq = ruleSet.requirements.find((r) => r.kind === 'pre-degree-hours' && r.verified);
  const degreeDay = options.degreeDate === undefined ? null : parseDay(options.degreeDate, 'degreeDate');
  const preDegreeLimit = preDegreeReq && degreeDay !== null ? targetOf(preDegreeReq) : null;
  let preDegreeUsed = 0;
  let preDegreeReason = -1;
  const credentialReq = ruleSet.requirements.find((r) => r.kind === 'supervisor-credential' && r.verified);
  const credential = credentialReq?.kind === 'supervisor-credential' ? (credentialReq.credential ?? null) : null;
  let credentialMask = 0;
  if (credentialReq?.kind === 'supervisor-credential') {
    for (const c of credentialReq.categories ?? ALL_CATEGORIES) credentialMask |= 1 << CATEGORY_RANK[c];
  }
  const credentialFacts = options.supervisorCredentials ?? new Map<string, EntrySupervisorCredential>();
  let credentialCheckedHours = 0;
  let credentialUncheckedHours = 0;
  /** Hours of supervisors without the credential that count anyway, under a share rule. */
  let credentialNotHeldHours = 0;
  const credentialShare = credentialReq?.kind === 'supervisor-credential' ? (credentialReq.minShare ?? null) : null;

  const rejections = new RejectionLog();
  const accepted = new Int32Array(n);
  const acceptedWeek = new Int32Array(n);
  let acceptedCount = 0;
  const weekMondays: number[] = [];
  const weekTotals: number[] = [];
  let windowReason = -1;
  let afterReason = -1;
  /** The credential fact of an entry the rule speaks of (undefined: not in scope, or no rule). */
  const credentialFactOf = (pos: number): EntrySupervisorCredential | null | undefined => {
    if (credential === null || (credentialMask & (1 << (log.rank[pos] ?? 0))) === 0) return undefined;
    return credentialFacts.get((entries[log.index[pos] ?? 0] as HourEntryForEvaluation).id) ?? null;
  };
  /** Why a supervisor's hour on `day` does not count under the credential rule, or null when it may. */
  const credentialRefusal = (fact: EntrySupervisorCredential | null | undefined, day: number): string | null => {
    if (!fact || fact.holdsCredential === null) return null;
    if (!fact.holdsCredential) {
      return `supervised by ${fact.supervisorName}, who has not recorded the ${credential} the rules require of the supervisor`;
    }
    if (fact.credentialFrom !== null && day < parseDay(fact.credentialFrom, 'credentialFrom')) {
      return `supervised by ${fact.supervisorName} before they held the ${credential} (held from ${fact.credentialFrom})`;
    }
    return null;
  };
  for (let pos = 0; pos < n; pos++) {
    const day = log.day[pos] ?? 0;
    const h = log.hours[pos] ?? 0;
    const excludedReason = isExcluded(pos);
    const credentialFact = credentialFactOf(pos);
    const notCredentialed = credentialFact === undefined ? null : credentialRefusal(credentialFact, day);
    if (excludedReason !== undefined) {
      rejections.add(pos, h, rejections.reason(excludedReason), null);
    } else if (asOf !== null && day > asOf) {
      if (afterReason < 0) afterReason = rejections.reason(`dated after the as-of date ${formatDay(asOf)}`);
      rejections.add(pos, h, afterReason, null);
    } else if (windowStart !== null && asOf !== null && day < windowStart) {
      if (windowReason < 0) {
        windowReason = rejections.reason(
          `outside the ${windowMonths}-month window (only hours from ${formatDay(windowStart)} to ${formatDay(asOf)} count)`,
        );
      }
      rejections.add(pos, h, windowReason, null);
    } else if (notCredentialed !== null && credentialShare === null) {
      rejections.add(pos, h, rejections.reason(notCredentialed), null);
    } else if (preDegreeLimit !== null && degreeDay !== null && day < degreeDay && preDegreeUsed >= preDegreeLimit) {
      if (preDegreeReason < 0) preDegreeReason = preDegreeRejection(rejections, preDegreeLimit, degreeDay);
      rejections.add(pos, h, preDegreeReason, null);
    } else {
      let take = h;
      if (preDegreeLimit !== null && degreeDay !== null && day < degreeDay) {
        take = Math.min(h, preDegreeLimit - preDegreeUsed);
        preDegreeUsed += take;
        if (take < h) {
          if (preDegreeReason < 0) preDegreeReason = preDegreeRejection(rejections, preDegreeLimit, degreeDay);
          rejections.add(pos, h - take, preDegreeReason, null);
          // The log is this call's own copy: the entry counts with the part within the limit.
          log.hours[pos] = take;
        }
      }
      if (credentialFact !== undefined) {
        if (credentialFact === null || credentialFact.holdsCredential === null) credentialUncheckedHours += take;
        else if (notCredentialed !== null) credentialNotHeldHours += take;
        else credentialCheckedHours += take;
      }
      const monday = isoMonday(day);
      if (weekMondays[weekMondays.length - 1] !== monday) {
        weekMondays.push(monday);
        weekTotals.push(0);
      }
      const week = weekMondays.length - 1;
      weekTotals[week] = (weekTotals[week] ?? 0) + take;
      accepted[acceptedCount] = pos;
      acceptedWeek[acceptedCount] = week;
      acceptedCount++;
    }
  }
  const first = acceptedCount > 0 ? (log.day[accepted[0] ?? 0] ?? 0) : null;
  const last = acceptedCount > 0 ? (log.day[accepted[acceptedCount - 1] ?? 0] ?? 0) : null;
  const span = first !== null && last !== null ? monthsBetween(first, last) : 0;

  const acceptedYear = new Int32Array(acceptedCount);
  const yearLabels: string[] = [];
  const yearTotals: number[] = [];
  if (first !== null) {
    const calendar = yearlyReq?.kind === 'max-hours-per-year' && yearlyReq.period === 'calendar-year';
    const firstYear = civilFromDays(first).y;
    for (let k = 0; k < acceptedCount; k++) {
      const pos = accepted[k] ?? 0;
      const day = log.day[pos] ?? 0;
      const year = calendar ? civilFromDays(day).y - firstYear : Math.floor(monthsBetween(first, day) / 12);
      acceptedYear[k] = year;
      while (yearLabels.length <= year) {
        const i = yearLabels.length;
        yearLabels.push(
          calendar
            ? `calendar year ${firstYear + i}`
            : `${formatDay(addMonths(first, 12 * i))} to ${formatDay(addMonths(first, 12 * (i + 1)) - 1)}`,
        );
        yearTotals.push(0);
      }
      yearTotals[year] = (yearTotals[year] ?? 0) + (log.hours[pos] ?? 0);
    }
  }

  const ctx: Context = {
    log,
    accepted: accepted.subarray(0, acceptedCount),
    acceptedWeek: acceptedWeek.subarray(0, acceptedCount),
    weekMondays,
    weeklyLimit,
    acceptedYear,
    yearCount: yearLabels.length,
    yearlyLimit,
    yearLabels,
    rejections,
    weekReasons: [],
    yearReasons: [],
  };
  let preDegreeCounted = 0;
  if (degreeDay !== null) {
    for (let k = 0; k < acceptedCount; k++) {
      const pos = accepted[k] ?? 0;
      if ((log.day[pos] ?? 0) < degreeDay) preDegreeCounted += log.hours[pos] ?? 0;
    }
  }
  const requirements: RequirementProgress[] = ruleSet.requirements.map((req) => {
    const required = targetOf(req);
    const categories = categoriesOf(req);
    let counted: number;
    let unit: 'hours' | 'months' = 'hours';
    let isConstraint = false;
    let ratio: RatioResult | undefined;
    let requiredShown = required;
    let met: boolean | null | undefined;
    switch (req.kind) {
      case 'total-hours':
      case 'category-hours':
        counted = countCategoryHours(ctx, categories, req.id);
        break;
      case 'supervision-hours':
        counted = countSupervisionHours(ctx, req.id, req.verified ? (req.groupCap ?? null) : null);
        break;
      case 'min-duration':
        counted = span;
        unit = 'months';
        break;
      case 'window':
        counted = span;
        unit = 'months';
        isConstraint = true;
        break;
      case 'max-hours-per-week': {
        let busiest = 0;
        for (const total of weekTotals)
          busiest = Math.max(busiest, weeklyLimit === null ? total : Math.min(total, weeklyLimit));
        counted = busiest;
        isConstraint = true;
        break;
      }
      case 'max-hours-per-year': {
        let busiest = 0;
        for (const total of yearTotals)
          busiest = Math.max(busiest, yearlyLimit === null ? total : Math.min(total, yearlyLimit));
        counted = busiest;
        isConstraint = true;
        break;
      }
      case 'pre-degree-hours':
        counted = preDegreeCounted;
        isConstraint = true;
        // Without the degree date the limit was not applied: say so rather than call it met.
        if (required !== null && degreeDay === null) met = null;
        break;
      case 'supervision-ratio':
        if (required === null) {
          counted = 0;
          break;
        }
        ratio = checkSupervisionRatio(ctx, required, req.basis, req.period);
        counted = ratio.covered;
        requiredShown = ratio.due;
        met = ratio.shortPeriods.length === 0;
        break;
      case 'supervisor-credential':
        counted = credentialCheckedHours;
        if (req.verified && req.minShare !== undefined) {
          // A share of the total-hours target, not a condition on every hour.
          const totalReq = ruleSet.requirements.find((r) => r.kind === 'total-hours' && r.verified);
          const total = totalReq ? targetOf(totalReq) : null;
          requiredShown = total === null ? null : Math.round(total * req.minShare * 100) / 100;
          met =
            requiredShown === null
              ? null
              : counted >= requiredShown
                ? true
                : counted + credentialUncheckedHours >= requiredShown
                  ? null
                  : false;
          break;
        }
        isConstraint = true;
        // Hours whose supervisor has not said cannot be checked: say so rather than call it met.
        met = req.verified ? (credentialUncheckedHours > 0 ? null : true) : null;
        break;
    }
    if (met === undefined) met = required === null ? null : isConstraint || counted >= required;
    return {
      id: req.id,
      label: req.label,
      kind: req.kind,
      verified: req.verified,
      categories: [...categories],
      required: requiredShown,
      counted,
      met,
      remaining:
        requiredShown === null ? null : isConstraint ? 0 : Math.round(Math.max(0, requiredShown - counted) * 100) / 100,
      unit,
      explanation: explain(req, counted, required, windowStart, asOf, {
        shareRequired: requiredShown,
        ratio,
        degreeDate: degreeDay === null ? null : formatDay(degreeDay),
        uncheckedCredentialHours: credentialUncheckedHours,
        notHeldCredentialHours: credentialNotHeldHours,
      }),
    };
  });

  const alternatives = evaluateAlternatives(ruleSet, requirements);
  const inAlternative = new Set(alternatives.flatMap((a) => a.options.flatMap((o) => o.requirementIds)));
  const unmet = [
    ...requirements.filter((r) => r.met === false && !inAlternative.has(r.id)).map((r) => r.id),
    ...alternatives.filter((a) => a.met === false).map((a) => a.id),
  ];
  const verifiedCount = requirements.filter((r) => r.verified).length;
  return {
    ruleSetId: ruleSet.id,
    ruleSetVersion: ruleSet.version,
    asOf: asOf === null ? null : formatDay(asOf),
    firstCountedDate: first === null ? null : formatDay(first),
    lastCountedDate: last === null ? null : formatDay(last),
    requirements,
    alternatives,
    // With no verified requirement there is nothing to be complete against: say "not verified yet", not "done".
    complete: unmet.length === 0 && verifiedCount > 0,
    unmet,
    verifiedCount,
    unverifiedCount: requirements.filter((r) => !r.verified).length,
    rejected: rejections.list(log),
  };
}

/**
 * Projects when each unmet verified requirement will be met if the pace of the 8 weeks up to `asOf` (56 days,
 * as-of included) continues, using only hours that counted in `result`. Hour requirements: remaining hours over
 * the daily pace, rounded up to a whole day. min-duration: the first counted date plus the required months, if
 * anything was counted in those 8 weeks. A requirement with no recent pace gets null, and so does the overall
 * date. The projection does not model hours expiring out of a window or caps filling up later.
 */
export function projectCompletion(
  result: RuleSetEvaluation,
  entries: readonly HourEntryForEvaluation[],
  asOf: string,
): CompletionProjection {
  const asOfDay = parseDay(asOf, 'asOf');
  const periodStart = asOfDay - (PACE_DAYS - 1);
  const rejectedEverywhere = new Map<string, number>();
  const rejectedFor = new Map<string, Map<string, number>>();
  for (const r of result.rejected) {
    if (r.requirementIds === null) {
      rejectedEverywhere.set(r.entryId, (rejectedEverywhere.get(r.entryId) ?? 0) + r.hours);
      continue;
    }
    for (const id of r.requirementIds) {
      let perEntry = rejectedFor.get(id);
      if (!perEntry) {
        perEntry = new Map();
        rejectedFor.set(id, perEntry);
      }
      perEntry.set(r.entryId, (perEntry.get(r.entryId) ?? 0) + r.hours);
    }
  }
  const recent = entries
    .map((e) => {
      const day = dayOrNaN(e.date);
      if (Number.isNaN(day)) throw badDate(`entry ${e.id} date`, e.date);
      return { e, day };
    })
    .filter((x) => x.day >= periodStart && x.day <= asOfDay);
  let recentAny = 0;
  for (const { e } of recent) recentAny += Math.max(0, e.hours - (rejectedEverywhere.get(e.id) ?? 0));

  const firstDay = result.firstCountedDate === null ? null : parseDay(result.firstCountedDate, 'firstCountedDate');
  const projections = result.requirements
    .filter((r) => r.verified && r.met === false && r.required !== null)
    .map((r) => {
      const remaining = r.remaining ?? 0;
      if (r.kind === 'supervision-ratio') {
        // A period's shortfall is not made up by later hours, so no pace can project it: no date.
        return { id: r.id, remaining, unit: r.unit, countedLast8Weeks: 0, pacePerWeek: 0, date: null };
      }
      if (r.kind === 'min-duration') {
        const date =
          firstDay === null || recentAny === 0
            ? null
            : formatDay(Math.max(addMonths(firstDay, r.required ?? 0), asOfDay + 1));
        return {
          id: r.id,
          remaining,
          unit: r.unit,
          countedLast8Weeks: recentAny,
          pacePerWeek: recentAny / 8,
          date,
        };
      }
      const own = rejectedFor.get(r.id);
      const categories = new Set(r.categories);
      let counted = 0;
      for (const { e } of recent) {
        if (!categories.has(e.category)) continue;
        counted += Math.max(0, e.hours - (rejectedEverywhere.get(e.id) ?? 0) - (own?.get(e.id) ?? 0));
      }
      const date = counted > 0 ? formatDay(asOfDay + Math.ceil((remaining * PACE_DAYS) / counted)) : null;
      return { id: r.id, remaining, unit: r.unit, countedLast8Weeks: counted, pacePerWeek: counted / 8, date };
    });

  // ISO dates compare correctly as strings; null (no pace) wins.
  const later = (a: string | null, b: string | null) => (a === null || b === null ? null : a > b ? a : b);
  // Nothing verified: no date can be projected (asOf would read as "done already").
  let date: string | null = result.verifiedCount === 0 ? null : asOf;
  if (!result.complete && date !== null) {
    const alternatives = result.alternatives ?? [];
    const grouped = new Set(alternatives.flatMap((a) => a.options.flatMap((o) => o.requirementIds)));
    const dateOf = new Map(projections.map((p) => [p.id, p.date]));
    for (const p of projections) if (!grouped.has(p.id)) date = later(date, p.date);
    // Either-or: the group is done when its soonest option is (an option's date is its latest requirement's).
    for (const alt of alternatives) {
      if (alt.met !== false) continue;
      let soonest: string | null = null;
      for (const option of alt.options) {
        if (option.met === null) continue;
        let optionDate: string | null = asOf;
        for (const id of option.requirementIds)
          if (dateOf.has(id)) optionDate = later(optionDate, dateOf.get(id) ?? null);
        if (optionDate !== null && (soonest === null || optionDate < soonest)) soonest = optionDate;
      }
      date = later(date, soonest);
    }
  }
  return { asOf, date, requirements: projections };
}
