/*
 * Dev-only: builds data/licensure/rules.json from the raw research in data/licensure/research/US-XX.json.
 *
 *   npx tsx scripts/build-licensure.ts            write rules.json (latest versions) and earlier-versions.json
 *   npx tsx scripts/build-licensure.ts --check    exit 1 if either committed file differs from a fresh build
 *
 * Deterministic: same research in, byte-identical JSON out (jurisdictions in code order, families in a fixed
 * order, no clock). Each research figure becomes a requirement carrying every source read for it. A figure is
 * verified only by its sources (isVerifiedBySources: a statute, code, board or national body, or two independent
 * third-party sites); otherwise the requirement is "not verified", has no target, and still shows the sources and
 * quotations that were found. A figure no source states is left out of the research and becomes a requirement
 * with verified: false and no sources. Nothing is estimated.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  isVerifiedBySources,
  LICENSE_FAMILIES,
  type LicenseFamily,
  type Requirement,
  type RuleSet,
  RuleSetHistorySchema,
  RuleSetSchema,
  type RuleSource,
} from '#contracts/licensure.js';
import {
  LicensureResearchFileSchema,
  type ResearchFigure,
  type ResearchFigureName,
  type ResearchLicense,
} from '#contracts/licensure-research.js';
import { addDays } from '#domain/calendar-date.js';

const RESEARCH_URL = new URL('../data/licensure/research/', import.meta.url);
const OUT_URL = new URL('../data/licensure/rules.json', import.meta.url);
const EARLIER_URL = new URL('../data/licensure/earlier-versions.json', import.meta.url);

const CAREERS_BY_FAMILY: Record<LicenseFamily, string[]> = {
  counselor: ['licensed-professional-counselor'],
  mft: ['marriage-and-family-therapist'],
  'social-work': ['clinical-social-worker'],
  psychology: ['psychologist'],
};

/** License codes for names that are not codes already (kept stable: they are rule-set ids). */
const LICENSE_CODES: Record<string, string> = {
  'Licensed Psychologist': 'Psychologist',
  'Licensed Psychologist with HSPP endorsement': 'Psychologist',
  'Psychologist (HSP)': 'Psychologist',
  'Psychologist-Doctorate': 'Psychologist',
  LP: 'Psychologist',
  // The id the Illinois rule set has had since version 1.
  'Clinical Psychologist': 'Clinical-Psychologist',
  'LMFT (LMHP + CMFT)': 'LMFT',
  'CMSW / LIMHP': 'CMSW',
  'LPC/MHSP': 'LPC-MHSP',
  'LMSW (Clinical)': 'LMSW-Clinical',
};

/**
 * Supervision ratios a rule states per period (the research note says which); every other ratio is checked over
 * the whole experience. Keyed by jurisdiction:family.
 */
const RATIO_PERIODS: Record<string, 'week' | 'month'> = {
  'US-VA:counselor': 'week', // "per 40 hours of work experience" (18VAC115-20-52): a full-time week
  'US-VA:social-work': 'week',
  'US-MN:social-work': 'month', // "at least 4 hours per 160 hours of practice (about one month full time)"
};

/**
 * Rule sets that existing logs and plans refer to but the four families do not produce: kept so they still
 * evaluate (docs/decisions/0009-rule-set-versions.md). Built from the intermediate license the research names.
 */
const KEPT_INTERMEDIATE: { jurisdiction: string; family: LicenseFamily; license: string }[] = [
  { jurisdiction: 'US-IL', family: 'counselor', license: 'LPC' },
];

export function licenseCode(name: string): string {
  const mapped = LICENSE_CODES[name];
  if (mapped) return mapped;
  const code = name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!/^[A-Za-z][A-Za-z0-9-]{0,39}$/.test(code))
    throw new Error(`license "${name}" has no code: add it to LICENSE_CODES`);
  return code;
}

/** Whether a ratio's practice hours are direct client contact (from the research note and quotations). */
function ratioBasis(figure: ResearchFigure): 'direct' | 'practice' {
  const text = [figure.note ?? '', ...figure.sources.map((s) => s.quote)].join(' ').toLowerCase();
  return /direct|client contact|client hours|psychotherapy|client-contact/.test(text) ? 'direct' : 'practice';
}

interface Built {
  requirements: Requirement[];
  notes: string[];
  minutesPerContactHour?: number;
}

function describeUnverified(name: string, figure: ResearchFigure): string {
  const hosts = new Set(figure.sources.map((s) => s.url)).size;
  return `${name}: ${figure.value} rests on ${hosts === 1 ? 'one third-party source' : 'third-party sources of one site'} only, so it is not verified.`;
}

/** A figure an amendment changed without a new value read: its requirement shows the amendment, not verified. */
interface ChangedFigure {
  sources: RuleSource[];
  note: string;
}

function buildRequirements(
  entry: ResearchLicense,
  jurisdiction: string,
  changed: ReadonlyMap<ResearchFigureName, ChangedFigure> = new Map(),
): Built {
  const f = entry.figures;
  const notes: string[] = [];
  const verified = (name: ResearchFigureName): boolean => {
    const figure = f[name];
    return figure !== undefined && !changed.has(name) && isVerifiedBySources(figure.sources);
  };
  const sourceFields = (name: ResearchFigureName): { sources?: RuleSource[]; note?: string } => {
    const change = changed.get(name);
    if (change) return { sources: change.sources, note: change.note };
    const figure = f[name];
    if (!figure) return {};
    const isVerified = isVerifiedBySources(figure.sources);
    const parts = [figure.note, isVerified ? undefined : describeUnverified(name, figure)].filter(
      (x): x is string => x !== undefined && x.trim() !== '',
    );
    return { sources: figure.sources, ...(parts.length > 0 ? { note: parts.join(' ') } : {}) };
  };
  const target = <K extends 'hours' | 'months'>(name: ResearchFigureName, key: K) =>
    verified(name)
      ? ({ verified: true, [key]: f[name]?.value } as { verified: true } & Record<K, number>)
      : { verified: false };

  const total: Requirement = {
    id: 'total-hours',
    label: 'Total supervised hours',
    kind: 'total-hours',
    ...target('totalHours', 'hours'),
    ...sourceFields('totalHours'),
  };
  for (const name of ['alternativeFullTimeMonths', 'groupSupervisionMaxHours', 'minutesPerContactHour'] as const) {
    const change = changed.get(name);
    if (change) notes.push(`${name}: ${change.note}`);
  }
  if (f.alternativeFullTimeMonths && !changed.has('alternativeFullTimeMonths')) {
    if (total.verified && verified('alternativeFullTimeMonths') && total.kind === 'total-hours') {
      total.alternativeFullTimeMonths = f.alternativeFullTimeMonths.value;
    } else {
      notes.push(
        `Alternative: ${f.alternativeFullTimeMonths.value} months of full-time supervised work (${verified('alternativeFullTimeMonths') ? 'sourced' : 'not verified'}; ${f.alternativeFullTimeMonths.sources[0]?.title ?? ''}).`,
      );
    }
  }
  const supervision: Requirement = {
    id: 'supervision-hours',
    label: 'Supervision hours',
    kind: 'supervision-hours',
    ...target('supervisionHours', 'hours'),
    ...sourceFields('supervisionHours'),
  };
  if (f.groupSupervisionMaxHours && !changed.has('groupSupervisionMaxHours')) {
    if (supervision.verified && verified('groupSupervisionMaxHours') && supervision.kind === 'supervision-hours') {
      supervision.groupCap = f.groupSupervisionMaxHours.value;
      supervision.sources = [...(supervision.sources ?? []), ...f.groupSupervisionMaxHours.sources];
    } else {
      notes.push(
        `At most ${f.groupSupervisionMaxHours.value} group supervision hours count (${verified('groupSupervisionMaxHours') ? 'sourced, but the supervision total is not verified, so the cap is not applied' : 'not verified'}).`,
      );
    }
  }
  // "Zero post-doc": a sourced 0 means the license needs no supervised hours after the degree; a 0-hour target
  // is refused by the schema (it catches typos), so the rule is stated as a note instead of a requirement.
  const noneRequired = f.totalHours?.value === 0 && verified('totalHours');
  if (noneRequired && f.totalHours) {
    const source = f.totalHours.sources.find((s) => s.kind !== 'third-party') ?? f.totalHours.sources[0];
    notes.push(
      `No supervised hours are required after the degree${source ? ` (${source.title}: "${source.quote}")` : ''}.${f.totalHours.note ? ` ${f.totalHours.note}.` : ''}`,
    );
  }
  const requirements: Requirement[] = [
    ...(noneRequired ? [] : [total]),
    {
      id: 'direct-hours',
      label: 'Direct client contact hours',
      kind: 'category-hours',
      categories: ['direct'],
      ...target('directHours', 'hours'),
      ...sourceFields('directHours'),
    },
    supervision,
    {
      id: 'min-duration',
      label: 'Minimum duration',
      kind: 'min-duration',
      ...target('minMonths', 'months'),
      ...sourceFields('minMonths'),
    },
  ];
  if (f.individualSupervisionMinHours) {
    requirements.push({
      id: 'individual-supervision-hours',
      label: 'Individual supervision hours',
      kind: 'category-hours',
      categories: ['supervision-individual'],
      ...target('individualSupervisionMinHours', 'hours'),
      ...sourceFields('individualSupervisionMinHours'),
    });
  }
  if (f.supervisionRatioPracticeHours) {
    requirements.push({
      id: 'supervision-ratio',
      label: 'Supervision ratio',
      kind: 'supervision-ratio',
      basis: ratioBasis(f.supervisionRatioPracticeHours),
      period: RATIO_PERIODS[`${jurisdiction}:${entry.family}`] ?? 'overall',
      ...target('supervisionRatioPracticeHours', 'hours'),
      ...sourceFields('supervisionRatioPracticeHours'),
    });
  }
  if (f.maxMonths) {
    requirements.push({
      id: 'window',
      label: 'Time limit for the experience',
      kind: 'window',
      ...target('maxMonths', 'months'),
      ...sourceFields('maxMonths'),
    });
  }
  if (f.maxHoursPerWeek) {
    requirements.push({
      id: 'max-hours-per-week',
      label: 'Weekly limit on countable hours',
      kind: 'max-hours-per-week',
      ...target('maxHoursPerWeek', 'hours'),
      ...sourceFields('maxHoursPerWeek'),
    });
  }
  if (f.maxHoursPerYear) {
    requirements.push({
      id: 'max-hours-per-year',
      label: 'Yearly limit on countable hours',
      kind: 'max-hours-per-year',
      period: 'twelve-months',
      ...target('maxHoursPerYear', 'hours'),
      ...sourceFields('maxHoursPerYear'),
    });
  }
  if (f.preDegreeMaxHours) {
    requirements.push({
      id: 'pre-degree-hours',
      label: 'Pre-degree hours that may count',
      kind: 'pre-degree-hours',
      ...target('preDegreeMaxHours', 'hours'),
      ...sourceFields('preDegreeMaxHours'),
    });
  }
  const credential = entry.supervisor?.stateCredential;
  if (entry.supervisor && credential) {
    // Only the quotations that name the credential carry it; none naming it means the research is wrong.
    const naming = entry.supervisor.sources.filter((s) => s.quote.includes(credential.words));
    if (naming.length === 0) {
      throw new Error(`${jurisdiction} ${entry.license}: no supervisor quotation contains "${credential.words}"`);
    }
    // A share of the hours must be quoted too, in a quotation that names the credential.
    const shareWords = credential.shareWords;
    if (shareWords !== undefined && !naming.some((s) => s.quote.includes(shareWords))) {
      throw new Error(`${jurisdiction} ${entry.license}: no quotation naming the credential contains "${shareWords}"`);
    }
    const isVerified = isVerifiedBySources(naming);
    requirements.push({
      id: 'supervisor-credential',
      label: isVerified
        ? credential.minShare === undefined
          ? `Supervisor holds the ${credential.name}`
          : `At least ${Math.round(credential.minShare * 100)}% of the hours supervised by a holder of the ${credential.name}`
        : "Supervisor holds the state's supervisor credential",
      kind: 'supervisor-credential',
      verified: isVerified,
      ...(isVerified ? { credential: credential.name } : {}),
      ...(credential.categories ? { categories: credential.categories } : {}),
      ...(isVerified && credential.minShare !== undefined ? { minShare: credential.minShare } : {}),
      sources: naming,
      ...(isVerified ? {} : { note: `One third-party site names it: ${credential.name} (not verified).` }),
    });
  }
  let minutesPerContactHour: number | undefined;
  if (f.minutesPerContactHour && !changed.has('minutesPerContactHour')) {
    if (verified('minutesPerContactHour')) minutesPerContactHour = f.minutesPerContactHour.value;
    const source = f.minutesPerContactHour.sources[0];
    notes.push(
      `A client-contact hour is a session of at least ${f.minutesPerContactHour.value} minutes${verified('minutesPerContactHour') ? '' : ' (not verified)'}${source ? ` (${source.title})` : ''}; log such a session as one hour.`,
    );
  }
  return { requirements, notes, ...(minutesPerContactHour === undefined ? {} : { minutesPerContactHour }) };
}

function allSources(entry: ResearchLicense): RuleSource[] {
  return [
    ...(entry.degree?.sources ?? []),
    ...(entry.exams?.sources ?? []),
    ...Object.values(entry.figures).flatMap((fig) => fig?.sources ?? []),
    ...(entry.supervisor?.sources ?? []),
    ...entry.amendments.flatMap((a) => [
      ...a.sources,
      ...Object.values(a.figures).flatMap((fig) => fig?.sources ?? []),
    ]),
  ];
}

/**
 * Every version of one license's rule set, oldest first: the research as read (version 1), then one version per
 * amendment from its effective date; each version ends the day before the next begins. A figure an amendment
 * changes takes the amendment's new sourced value, or else becomes "not verified" citing the amendment.
 */
function buildVersions(
  entry: ResearchLicense,
  jurisdiction: string,
  jurisdictionName: string,
  readOn: string,
): RuleSet[] {
  const amendments = entry.amendments;
  const untilBefore = (i: number): { effectiveUntil?: string } => {
    const next = amendments[i];
    return next ? { effectiveUntil: addDays(next.effectiveFrom, -1) } : {};
  };
  const versions: RuleSet[] = [];
  const first = amendments[0];
  versions.push(
    buildRuleSet(entry, jurisdiction, jurisdictionName, readOn, {
      version: 1,
      ...untilBefore(0),
      changed: new Map(),
      notes: first ? [`This version was replaced from ${first.effectiveFrom} by ${first.title} (see version 2).`] : [],
    }),
  );
  let figures = { ...entry.figures };
  const changed = new Map<ResearchFigureName, ChangedFigure>();
  amendments.forEach((amendment, i) => {
    for (const name of amendment.changedFigures) {
      const given = amendment.figures[name];
      if (given) {
        figures = { ...figures, [name]: given };
        changed.delete(name);
        continue;
      }
      const before = entry.figures[name];
      changed.set(name, {
        sources: amendment.sources,
        note: `Changed by ${amendment.title}, in force from ${amendment.effectiveFrom}; the new figure is in no text read, so it is not verified${before ? ` (before the change: ${before.value})` : ''}.`,
      });
    }
    const next = amendments[i + 1];
    versions.push(
      buildRuleSet({ ...entry, figures }, jurisdiction, jurisdictionName, readOn, {
        version: i + 2,
        effectiveFrom: amendment.effectiveFrom,
        ...untilBefore(i + 1),
        changed: new Map(changed),
        notes: [
          `This version follows ${amendment.title}, in force from ${amendment.effectiveFrom}.${amendment.note ? ` ${amendment.note}` : ''}`,
          ...(next ? [`It was replaced from ${next.effectiveFrom} by ${next.title}.`] : []),
        ],
      }),
    );
  });
  return versions;
}

function sourceLine(entry: ResearchLicense, jurisdiction: string): string {
  const seen = new Set<string>();
  const titles: string[] = [];
  for (const s of allSources(entry)) {
    if (seen.has(s.url)) continue;
    seen.add(s.url);
    titles.push(`${s.title} <${s.url}>`);
  }
  const research = `data/licensure/research/${jurisdiction}.json`;
  return titles.length === 0
    ? `No source states these figures; the searches are recorded in ${research}.`
    : `${titles.join('; ')}. Quotations per figure: ${research}.`;
}

function checkedDate(entry: ResearchLicense, fallback: string): string {
  const dates = allSources(entry).map((s) => s.readOn);
  return dates.length === 0 ? fallback : (dates.sort().at(-1) ?? fallback);
}

function validate(candidate: RuleSet): RuleSet {
  const parsed = RuleSetSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`${candidate.id} does not validate: ${problems}`);
  }
  return parsed.data;
}

/** One version of a rule set: the research as read, or as changed by its first `amendments` amendments. */
interface VersionPlan {
  version: number;
  effectiveFrom?: string;
  effectiveUntil?: string;
  changed: ReadonlyMap<ResearchFigureName, ChangedFigure>;
  notes: string[];
}

function buildRuleSet(
  entry: ResearchLicense,
  jurisdiction: string,
  jurisdictionName: string,
  readOn: string,
  plan: VersionPlan = { version: 1, changed: new Map(), notes: [] },
): RuleSet {
  const license = licenseCode(entry.license);
  const built = buildRequirements(entry, jurisdiction, plan.changed);
  const notes = [...plan.notes, ...entry.notes, ...built.notes];
  for (const c of entry.conflicts) notes.push(`Conflict: ${c}`);
  if (entry.supervisor) {
    const supervisorVerified = isVerifiedBySources(entry.supervisor.sources);
    notes.push(`Supervisor: ${entry.supervisor.text}${supervisorVerified ? '' : ' (not verified)'}`);
  }
  if (entry.exams && !isVerifiedBySources(entry.exams.sources)) {
    notes.push('The exam names rest on one third-party site only (not verified).');
  }
  if (entry.degree && !isVerifiedBySources(entry.degree.sources)) {
    notes.push('The degree rests on one third-party site only (not verified).');
  }
  for (const i of entry.intermediate) {
    notes.push(`On the way: ${i.title} (${i.license})${i.note ? `: ${i.note}` : ''}.`);
  }
  return validate({
    id: `${jurisdiction}:${license}`,
    jurisdiction,
    jurisdictionName,
    license,
    title: entry.title,
    careers: CAREERS_BY_FAMILY[entry.family],
    minDegree: entry.degree
      ? { level: entry.degree.level, text: entry.degree.text }
      : { level: null, text: 'Not verified: no source read states the degree.' },
    exams: entry.exams ? entry.exams.names : null,
    requirements: built.requirements,
    notes: notes.map((n) => n.trim()).filter((n) => n !== ''),
    source: sourceLine(entry, jurisdiction),
    checkedDate: checkedDate(entry, readOn),
    version: plan.version,
    ...(plan.effectiveFrom === undefined ? {} : { effectiveFrom: plan.effectiveFrom }),
    ...(plan.effectiveUntil === undefined ? {} : { effectiveUntil: plan.effectiveUntil }),
    family: entry.family,
    ...(entry.board ? { board: entry.board } : {}),
    ...(entry.intermediate.length > 0 ? { intermediate: entry.intermediate } : {}),
    ...(entry.degree ? { degreeSources: entry.degree.sources } : {}),
    ...(entry.exams ? { examSources: entry.exams.sources } : {}),
    ...(built.minutesPerContactHour === undefined ? {} : { minutesPerContactHour: built.minutesPerContactHour }),
    ...(entry.alternatives.length > 0
      ? { alternatives: buildAlternatives(entry, jurisdiction, built.requirements) }
      : {}),
  });
}

/** The requirement each research figure becomes (only those an either-or group may name). */
const FIGURE_REQUIREMENT_IDS: Partial<Record<ResearchFigureName, string>> = {
  totalHours: 'total-hours',
  directHours: 'direct-hours',
  supervisionHours: 'supervision-hours',
  individualSupervisionMinHours: 'individual-supervision-hours',
  minMonths: 'min-duration',
  maxMonths: 'window',
};

/**
 * Either-or groups from the research: every option names figures that became requirements of this rule set, and
 * the words stating the either-or must appear in a quotation of those figures (so a group cannot be invented).
 */
function buildAlternatives(
  entry: ResearchLicense,
  jurisdiction: string,
  requirements: readonly Requirement[],
): NonNullable<RuleSet['alternatives']> {
  return entry.alternatives.map((alt) => {
    const figures = alt.options.flatMap((o) => o.figures);
    const sources = figures.flatMap((name) => entry.figures[name]?.sources ?? []);
    const quoting = sources.filter((s) => s.quote.includes(alt.words));
    if (quoting.length === 0) {
      throw new Error(`${jurisdiction} ${entry.license}: no quotation of ${alt.id}'s figures contains "${alt.words}"`);
    }
    const options = alt.options.map((o) => ({
      label: o.label,
      requirementIds: o.figures.map((name) => {
        const id = FIGURE_REQUIREMENT_IDS[name];
        if (!id || !requirements.some((r) => r.id === id)) {
          throw new Error(`${jurisdiction} ${entry.license}: ${alt.id} names ${name}, which is no requirement here`);
        }
        return id;
      }),
    }));
    const unique = [...new Map(quoting.map((s) => [`${s.url} ${s.quote}`, s])).values()];
    return { id: alt.id, label: alt.label, options, sources: unique, ...(alt.note ? { note: alt.note } : {}) };
  });
}

/** A kept intermediate license: nothing about its own hours is sourced, so every requirement is not verified. */
function buildIntermediate(
  entry: ResearchLicense,
  jurisdiction: string,
  jurisdictionName: string,
  license: string,
  readOn: string,
): RuleSet {
  const step = entry.intermediate.find((i) => licenseCode(i.license) === license);
  if (!step) throw new Error(`${jurisdiction}: the research names no intermediate license ${license}`);
  const notSourced = (
    id: string,
    label: string,
    kind: 'total-hours' | 'supervision-hours' | 'min-duration',
  ): Requirement => ({ id, label, kind, verified: false }) as Requirement;
  return validate({
    id: `${jurisdiction}:${license}`,
    jurisdiction,
    jurisdictionName,
    license,
    title: step.title,
    careers: CAREERS_BY_FAMILY[entry.family],
    minDegree: { level: null, text: 'Not verified: no source read states the degree for this license.' },
    exams: null,
    requirements: [
      notSourced('total-hours', 'Total supervised hours', 'total-hours'),
      {
        id: 'direct-hours',
        label: 'Direct client contact hours',
        kind: 'category-hours',
        categories: ['direct'],
        verified: false,
      },
      notSourced('supervision-hours', 'Supervision hours', 'supervision-hours'),
      notSourced('min-duration', 'Minimum duration', 'min-duration'),
    ],
    notes: [
      `Held on the way to the ${entry.title} (${entry.license}); kept so logs measured against it still evaluate.`,
      ...(step.note ? [step.note] : []),
    ],
    source: `No source read states requirements for this license; see the ${entry.license} research in data/licensure/research/${jurisdiction}.json.`,
    checkedDate: readOn,
    version: 1,
    family: entry.family,
    ...(entry.board ? { board: entry.board } : {}),
  });
}

/** The rule sets as shipped: the latest version of each, and every earlier version (oldest first per id). */
export interface BuiltRules {
  current: RuleSet[];
  earlier: RuleSet[];
}

/** Builds every rule set from the research files' texts (file name -> JSON text): the latest versions only. */
export function buildRuleSets(files: ReadonlyMap<string, string>): RuleSet[] {
  return buildRules(files).current;
}

/** Builds every version of every rule set from the research files' texts (file name -> JSON text). */
export function buildRules(files: ReadonlyMap<string, string>): BuiltRules {
  const out: RuleSet[] = [];
  const earlier: RuleSet[] = [];
  const names = [...files.keys()].sort();
  for (const name of names) {
    const parsed = LicensureResearchFileSchema.safeParse(JSON.parse(files.get(name) ?? ''));
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`${name} does not validate: ${problems}`);
    }
    const research = parsed.data;
    if (name !== `${research.jurisdiction}.json`) throw new Error(`${name} holds ${research.jurisdiction}`);
    const readOn = allSourcesOfFile(research.licenses) ?? '2026-12-04';
    for (const family of LICENSE_FAMILIES) {
      const entry = research.licenses.find((l) => l.family === family);
      if (!entry) throw new Error(`${name} has no ${family} entry`);
      const versions = buildVersions(entry, research.jurisdiction, research.jurisdictionName, readOn);
      const history = RuleSetHistorySchema.safeParse(versions);
      if (!history.success) {
        const problems = history.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
        throw new Error(`${name} ${entry.license}: the versions do not validate: ${problems}`);
      }
      earlier.push(...versions.slice(0, -1));
      out.push(versions[versions.length - 1] as RuleSet);
      for (const kept of KEPT_INTERMEDIATE) {
        if (kept.jurisdiction === research.jurisdiction && kept.family === family) {
          out.push(buildIntermediate(entry, research.jurisdiction, research.jurisdictionName, kept.license, readOn));
        }
      }
    }
  }
  const ids = out.map((r) => r.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throw new Error(`two rule sets have the id ${dup}`);
  return { current: out, earlier };
}

function allSourcesOfFile(licenses: readonly ResearchLicense[]): string | null {
  const dates = licenses.flatMap((l) => allSources(l).map((s) => s.readOn));
  return dates.length === 0 ? null : (dates.sort().at(-1) ?? null);
}

export function readResearchFiles(): Map<string, string> {
  const dir = fileURLToPath(RESEARCH_URL);
  return new Map(
    readdirSync(dir)
      .filter((f) => /^US-[A-Z]{2}\.json$/.test(f))
      .map((f) => [f, readFileSync(`${dir}${f}`, 'utf8')] as const),
  );
}

function main(): void {
  const built = buildRules(readResearchFiles());
  const outputs = [
    { url: OUT_URL, rules: built.current },
    { url: EARLIER_URL, rules: built.earlier },
  ];
  for (const { url, rules } of outputs) {
    const json = `${JSON.stringify(rules, null, 2)}\n`;
    const outPath = fileURLToPath(url);
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(outPath, 'utf8');
      } catch {
        current = '';
      }
      if (current !== json) {
        console.error(`${outPath} is out of date: run npx tsx scripts/build-licensure.ts`);
        process.exitCode = 1;
      }
      continue;
    }
    writeFileSync(outPath, json);
    console.log(`wrote ${outPath}`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
