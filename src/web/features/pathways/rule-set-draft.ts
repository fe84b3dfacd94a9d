import { REQUIREMENT_TARGET_FIELD, type RequirementKind, type RuleSet } from '../../../contracts/licensure.js';
import type { EducationId, HourCategory } from '../../../contracts/vocabulary.js';

/*
 * The rule editor works on a draft of strings (what the inputs hold) and turns it into the JSON the API validates.
 * Nothing is checked here on purpose: the server checks with RuleSetSchema and names each bad field
 * (body.requirements.0.hours), and the form shows the message beside the input with that name.
 */

export const REQUIREMENT_KIND_LABELS: Record<RequirementKind, string> = {
  'total-hours': 'Total hours (every category)',
  'category-hours': 'Hours in chosen categories',
  'supervision-hours': 'Supervision hours',
  'min-duration': 'Minimum duration',
  'max-hours-per-week': 'Weekly limit on countable hours',
  window: 'Window the hours must fall in',
};

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
}

let keyCounter = 0;
export function newKey(): string {
  keyCounter += 1;
  return `req-${keyCounter}`;
}

export function targetUnit(kind: RequirementKind): 'hours' | 'months' {
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
      const value = 'hours' in r ? r.hours : 'months' in r ? r.months : undefined;
      return {
        key: newKey(),
        id: r.id,
        label: r.label,
        kind: r.kind,
        verified: r.verified,
        target: value === undefined ? '' : String(value),
        categories: r.kind === 'category-hours' ? [...r.categories] : [],
        groupCap: r.kind === 'supervision-hours' && r.groupCap !== undefined ? String(r.groupCap) : '',
      };
    }),
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
  // An unverified requirement carries no target; whatever was typed is left out rather than refused.
  if (draft.verified && draft.target.trim() !== '') out[targetUnit(draft.kind)] = numberOrText(draft.target);
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
  };
}

/** Field name of the input for an API error path: "body.requirements.0.hours" -> "requirements.0.hours". */
export function fieldOfPath(path: string, known: ReadonlySet<string>): string | null {
  const parts = path.replace(/^body\.?/, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('.');
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** Every input name the editor renders for a draft, so API errors can be placed beside the right one. */
export function fieldNames(draft: RuleSetDraft): Set<string> {
  const names = new Set([
    'jurisdiction',
    'jurisdictionName',
    'license',
    'title',
    'careers',
    'minDegree.level',
    'minDegree.text',
    'exams',
    'notes',
    'source',
    'checkedDate',
    'requirements',
  ]);
  draft.requirements.forEach((_, i) => {
    for (const field of ['id', 'label', 'kind', 'verified', 'hours', 'months', 'categories', 'groupCap']) {
      names.add(`requirements.${i}.${field}`);
    }
    names.add(`requirements.${i}`);
  });
  return names;
}
