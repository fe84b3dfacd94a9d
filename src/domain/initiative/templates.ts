import {
  type PlanDocument,
  type PlanDocumentInput,
  PlanDocumentSchema,
  type PlanTemplate,
} from '#contracts/initiative.js';

/*
 * The two starting points (and a blank plan). A template is a scaffold, not a finished plan: it names the usual
 * kinds of activities, outputs and outcomes and links a few of them, and leaves indicators, dates and owners to
 * the person, so plan health lists what is still to decide from the first minute.
 */

const EMPTY_MODEL = {
  situation: '',
  priorities: [],
  inputs: [],
  activities: [],
  outputs: [],
  outcomes: [],
  assumptions: [],
  externalFactors: [],
  links: [],
};

const blank: PlanDocumentInput = {
  title: 'Untitled plan',
  template: 'blank',
  problem: { what: '', who: '', where: '', evidence: [] },
  model: EMPTY_MODEL,
  indicators: [],
  budget: { lines: [], fundingSources: [] },
  milestones: [],
  checkIns: [],
};

const community: PlanDocumentInput = {
  title: 'Community project',
  template: 'community',
  problem: {
    what: 'Describe the problem in one or two sentences.',
    who: 'Who is affected, and how many people?',
    where: 'Neighbourhood, town or county',
    evidence: [],
  },
  model: {
    situation: 'What is happening now, and why it matters to the people affected.',
    priorities: ['The one change this project is for'],
    inputs: [
      { id: 'in-1', text: 'Volunteer time' },
      { id: 'in-2', text: 'A meeting space' },
    ],
    activities: [
      { id: 'act-1', text: 'Recruit and train volunteers' },
      { id: 'act-2', text: 'Run weekly sessions' },
      { id: 'act-3', text: 'Tell the neighbourhood about the sessions' },
    ],
    outputs: [
      { id: 'out-1', text: 'Volunteers trained', kind: 'output' },
      { id: 'out-2', text: 'Sessions held', kind: 'output' },
      { id: 'out-3', text: 'People taking part', kind: 'participation' },
    ],
    outcomes: [
      { id: 'oc-1', text: 'Participants learn something they did not know', term: 'short' },
      { id: 'oc-2', text: 'Participants act on what they learned', term: 'medium' },
      { id: 'oc-3', text: 'The problem is smaller in the neighbourhood', term: 'long' },
    ],
    assumptions: ['People will come if the sessions are near and free'],
    externalFactors: ['Weather and school holidays'],
    links: [
      { from: 'act-1', to: 'out-1' },
      { from: 'act-2', to: 'out-2' },
      { from: 'out-2', to: 'oc-1' },
      { from: 'oc-1', to: 'oc-2' },
    ],
  },
  indicators: [],
  budget: {
    lines: [
      { id: 'b-1', label: 'Materials', amount: 0, kind: 'cash', fundingSourceId: null },
      { id: 'b-2', label: 'Donated meeting space', amount: 0, kind: 'in-kind', fundingSourceId: null },
    ],
    fundingSources: [],
  },
  milestones: [],
  checkIns: [],
};

/** The paperwork of forming a US 501(c)(3) public charity as activities; the checklist reads `nonprofit`. */
const nonprofit: PlanDocumentInput = {
  title: 'Forming a non-profit',
  template: 'nonprofit',
  problem: { what: 'The need the organization will meet.', who: 'Who it will serve.', where: 'State', evidence: [] },
  model: {
    ...EMPTY_MODEL,
    situation: 'Why a separate organization (rather than a fiscal sponsor or an existing charity) is needed.',
    inputs: [{ id: 'in-1', text: 'Founding board members' }],
    activities: [
      { id: 'act-1', text: 'Incorporate under state law' },
      { id: 'act-2', text: 'Apply for an EIN (after incorporating)' },
      { id: 'act-3', text: 'Apply for recognition of exemption (Form 1023-EZ or 1023)' },
      { id: 'act-4', text: 'File the annual return (990-N, 990-EZ or 990)' },
    ],
    outputs: [
      { id: 'out-1', text: 'Articles of incorporation filed', kind: 'output' },
      { id: 'out-2', text: 'Determination letter', kind: 'output' },
    ],
    outcomes: [
      { id: 'oc-1', text: 'The organization can receive tax-deductible gifts', term: 'short' },
      { id: 'oc-2', text: 'The organization keeps its exemption', term: 'long' },
    ],
    links: [
      { from: 'act-1', to: 'out-1' },
      { from: 'act-3', to: 'out-2' },
      { from: 'out-2', to: 'oc-1' },
      { from: 'act-4', to: 'oc-2' },
    ],
  },
  indicators: [],
  budget: {
    lines: [
      { id: 'b-1', label: 'State filing fee (look up your state)', amount: 0, kind: 'cash', fundingSourceId: null },
      { id: 'b-2', label: 'IRS user fee', amount: 0, kind: 'cash', fundingSourceId: null },
    ],
    fundingSources: [],
  },
  milestones: [
    { id: 'm-1', title: 'Articles filed with the state', activityId: 'act-1' },
    { id: 'm-2', title: 'EIN received', activityId: 'act-2' },
    { id: 'm-3', title: 'Exemption application submitted', activityId: 'act-3' },
    { id: 'm-4', title: 'First annual return filed', activityId: 'act-4' },
  ],
  checkIns: [],
  nonprofit: {},
};

const TEMPLATES: Record<PlanTemplate, PlanDocumentInput> = { blank, community, nonprofit };

/** A new plan from a template; a fresh copy every time. */
export function planFromTemplate(template: PlanTemplate, title?: string): PlanDocument {
  const plan = PlanDocumentSchema.parse(structuredClone(TEMPLATES[template]));
  return title ? { ...plan, title } : plan;
}

/** The next unused id with this prefix ("act-4" after "act-3"). */
export function nextItemId(plan: PlanDocument, prefix: string): string {
  const m = plan.model;
  const used = new Set(
    [
      ...m.inputs,
      ...m.activities,
      ...m.outputs,
      ...m.outcomes,
      ...plan.indicators,
      ...plan.milestones,
      ...plan.budget.lines,
      ...plan.budget.fundingSources,
      ...plan.checkIns,
    ].map((i) => i.id),
  );
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
