import { REQUIREMENT_TARGET_FIELD, type RequirementKind, type RuleSet } from '#contracts/licensure.js';
import type { EducationId, HourCategory } from '#contracts/vocabulary.js';

/*
 * The rule editor works on a draft of strings (what the inputs hold) and turns it into the JSON the API validates.
 * Nothing is coerced here on purpose: the body goes as typed, RuleSetSchema judges it (in the form before sending,
 * and again on the server), and `draftFieldOf` puts each problem beside the input that holds it.
 */

export const REQUIREMENT_KIND_LABELS: Record<RequirementKind, string> = {
  'total-hours': 'Total hours (every category)',
  'category-hours': 'Hours in chosen categories',
  'supervision-hours': 'Supervision hours',
  'min-duration': 'Minimum duration',
  'max-hours-per-week': 'Weekly limit on countable hours',
  window: 'Window the hours must fall in',
  'max-hours-per-year': 'Yearly limit on countable hours',
  'supervision-ratio': 'Supervision ratio (practice hours per supervision hour)',
  'pre-degree-hours': 'Pre-degree hours that may count (at most)',
  'supervisor-credential': "Supervisor holds the state's supervisor credential",
};

/** Requirement fields the editor has no input for (sources, periods); kept as they were so an edit keeps them. */
const KEPT_REQUIREMENT_FIELDS = [
  'sources',
  'note',
  'period',
  'basis',
  'alternativeFullTimeMonths',
  'minShare',
] as const;
/** Rule-set fields the editor has no input for; kept as they were. */
const KEPT_RULE_SET_FIELDS = [
  'family',
  'board',
  'intermediate',
  'degreeSources',
  'examSources',
  'minutesPerContactHour',
  // Either-or groups and the dates this version is in force (a correction keeps the period it corrects).
  'alternatives',
  'effectiveFrom',
  'effectiveUntil',
] as const;

/** Default extra fields for a kind chosen in the editor (the schema requires them). */
function kindDefaults(kind: RequirementKind): Record<string, unknown> {
  if (kind === 'max-hours-per-year') return { period: 'twelve-months' };
  if (kind === 'supervision-ratio') return { basis: 'practice', period: 'overall' };
  return {};
}

function pick(source: object, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = (source as Record<string, unknown>)[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export interface RequirementDraft {
  /** React key only; never sent. */
  key: string;
  id: string;
  label: string;
  kind: RequirementKind;
  verified: boolean;
  target: string;
  categories: HourCategory[];
  groupCap: string;
  /** Fields without an input (sources, period, basis...), sent back unchanged. */
  kept?: Record<string, unknown>;
}

export interface RuleSetDraft {
  jurisdiction: string;
  jurisdictionName: string;
  license: string;
  title: string;
  careers: string;
  minDegreeLevel: EducationId | '';
  minDegreeText: string;
  examsVerified: boolean;
  exams: string;
  requirements: RequirementDraft[];
  notes: string;
  source: string;
  checkedDate: string;
  version: number;
  /** Rule-set fields without an input (board, sources, intermediate licenses), sent back unchanged. */
  kept?: Record<string, unknown>;
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `req-${keyCounter}`;
}

/** The JSON field of a kind's target: a number of hours or months, or a credential's name. */
export function targetUnit(kind: RequirementKind): 'hours' | 'months' | 'credential' {
  return REQUIREMENT_TARGET_FIELD[kind];
}

export function emptyRequirement(): RequirementDraft {
  return {
    key: newKey(),
    id: '',
    label: '',
    kind: 'total-hours',
    verified: false,
    target: '',
    categories: [],
    groupCap: '',
  };
}

export function emptyDraft(): RuleSetDraft {
  return {
    jurisdiction: '',
    jurisdictionName: '',
    license: '',
    title: '',
    careers: '',
    minDegreeLevel: '',
    minDegreeText: '',
    examsVerified: false,
    exams: '',
    requirements: [],
    notes: '',
    source: '',
    checkedDate: '',
    version: 1,
  };
}

export function toDraft(ruleSet: RuleSet): RuleSetDraft {
  return {
    jurisdiction: ruleSet.jurisdiction,
    jurisdictionName: ruleSet.jurisdictionName,
    license: ruleSet.license,
    title: ruleSet.title,
    careers: ruleSet.careers.join(', '),
    minDegreeLevel: ruleSet.minDegree.level ?? '',
    minDegreeText: ruleSet.minDegree.text,
    examsVerified: ruleSet.exams !== null,
    exams: (ruleSet.exams ?? []).join('\n'),
    requirements: ruleSet.requirements.map((r) => {
      const value = 'hours' in r ? r.hours : 'months' in r ? r.months : 'credential' in r ? r.credential : undefined;
      return {
        key: newKey(),
        id: r.id,
        label: r.label,
        kind: r.kind,
        verified: r.verified,
        target: value === undefined ? '' : String(value),
        categories: r.kind === 'category-hours' || r.kind === 'supervisor-credential' ? [...(r.categories ?? [])] : [],
        groupCap: r.kind === 'supervision-hours' && r.groupCap !== undefined ? String(r.groupCap) : '',
        kept: pick(r, KEPT_REQUIREMENT_FIELDS),
      };
    }),
    kept: pick(ruleSet, KEPT_RULE_SET_FIELDS),
    notes: ruleSet.notes.join('\n'),
    source: ruleSet.source,
    checkedDate: ruleSet.checkedDate,
    version: ruleSet.version,
  };
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/** A number as typed ("3,000" reads as 3000); text that is not a number is sent as is, so the server names it. */
function numberOrText(text: string): number | string {
  const n = Number(text.replaceAll(',', '').trim());
  return Number.isFinite(n) ? n : text;
}

function toRequirement(draft: RequirementDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: draft.id.trim(),
    kind: draft.kind,
    label: draft.label.trim(),
    verified: draft.verified,
  };
  if (draft.kind === 'category-hours') out.categories = draft.categories;
  // A credential rule without categories speaks of every hour.
  if (draft.kind === 'supervisor-credential' && draft.categories.length > 0) out.categories = draft.categories;
  const kept = { ...kindDefaults(draft.kind), ...(draft.kept ?? {}) };
  for (const key of ['period', 'basis'] as const) {
    if (key in kindDefaults(draft.kind) && kept[key] !== undefined) out[key] = kept[key];
  }
  if (kept.sources !== undefined) out.sources = kept.sources;
  if (kept.note !== undefined) out.note = kept.note;
  if (draft.verified && draft.kind === 'supervisor-credential' && kept.minShare !== undefined) {
    out.minShare = kept.minShare;
  }
  if (draft.verified && draft.kind === 'total-hours' && kept.alternativeFullTimeMonths !== undefined) {
    out.alternativeFullTimeMonths = kept.alternativeFullTimeMonths;
  }
  // An unverified requirement carries no target; whatever was typed is left out rather than refused.
  if (draft.verified && draft.target.trim() !== '') {
    const unit = targetUnit(draft.kind);
    out[unit] = unit === 'credential' ? draft.target.trim() : numberOrText(draft.target);
  }
  if (draft.verified && draft.kind === 'supervision-hours' && draft.groupCap.trim() !== '') {
    out.groupCap = numberOrText(draft.groupCap);
  }
  return out;
}

/** The JSON body for POST/PUT /api/rules (unvalidated: the server is the judge). */
export function toRuleSetBody(draft: RuleSetDraft): Record<string, unknown> {
  const jurisdiction = draft.jurisdiction.trim();
  const license = draft.license.trim();
  return {
    id: `${jurisdiction}:${license}`,
    jurisdiction,
    jurisdictionName: draft.jurisdictionName.trim(),
    license,
    title: draft.title.trim(),
    careers: draft.careers
      .split(',')
      .map((c) => c.trim())
      .filter((c) => c !== ''),
    minDegree: { level: draft.minDegreeLevel === '' ? null : draft.minDegreeLevel, text: draft.minDegreeText.trim() },
    exams: draft.examsVerified ? lines(draft.exams) : null,
    requirements: draft.requirements.map(toRequirement),
    notes: lines(draft.notes),
    source: draft.source.trim(),
    checkedDate: draft.checkedDate.trim(),
    version: draft.version,
    ...(draft.kept ?? {}),
  };
}

/**
 * The draft input that holds a rule-set body path, for errors found by the schema (in the browser or on the
 * server): "body.requirements.0.hours" -> "requirements.0.target", "minDegree.level" -> "minDegreeLevel",
 * "careers.2" -> "careers". Null for paths no input holds (the version, the body as a whole).
 */
export function draftFieldOf(path: string): string | null {
  const parts = path.replace(/^body\.?/, '').split('.');
  const [top, second, third] = parts;
  if (top === 'requirements') {
    if (second === undefined) return 'requirements';
    const base = `requirements.${second}`;
    if (third === undefined) return base;
    if (third === 'hours' || third === 'months' || third === 'credential') return `${base}.target`;
    return ['id', 'label', 'kind', 'verified', 'categories', 'groupCap'].includes(third) ? `${base}.${third}` : base;
  }
  if (top === 'minDegree') return second === 'level' ? 'minDegreeLevel' : 'minDegreeText';
  // The id is built from the jurisdiction and license codes; the license is the part people type last.
  if (top === 'id') return 'license';
  const simple = ['jurisdiction', 'jurisdictionName', 'license', 'title', 'careers', 'exams', 'notes', 'source'];
  if (top && [...simple, 'checkedDate'].includes(top)) return top;
  return null;
}
