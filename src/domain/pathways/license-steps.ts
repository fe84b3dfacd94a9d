import { durationFromFact, factItems, item, pickFacts, type Step, type StepContext } from './pathway-steps.js';

/** The license milestone: titled by the rule set when there is one, else the route's; null when neither has one. */
export function buildLicenseStep(ctx: StepContext): Step | null {
  const { ruleSet, route } = ctx;
  const license = ruleSet
    ? {
        title: `${ruleSet.title} (${ruleSet.jurisdictionName})`,
        description: `${route.license?.description ?? 'Apply to the board once every requirement is met.'} Rules from ${ruleSet.id} version ${ruleSet.version}, checked ${ruleSet.checkedDate}.`,
      }
    : route.license;
  if (!license) return null;
  const id = 'license';
  return {
    id,
    kind: 'license',
    title: license.title,
    description: license.description,
    timing: 'sequential',
    during: null,
    duration: { months: 0 },
    durationNote: 'A milestone: the day you apply.',
    facts: [],
    requirements: [],
    checklist: [
      item(id, 'gather', 'Gather transcripts, verified hour logs and exam results'),
      ...(ruleSet ? [item(id, 'check-rules', "Check the board's current rules before you apply")] : []),
      item(id, 'apply', 'Send the license application'),
    ],
  };
}

/** Renewal follows the license: its cycle from a fact when the route names one. */
export function buildRenewalStep(ctx: StepContext): Step {
  const { route, byId, place } = ctx;
  const renewal = route.renewal;
  const cycleFact = renewal?.cycleFactId ? (byId.get(renewal.cycleFactId) ?? null) : null;
  if (renewal?.cycleFactId && !cycleFact) throw new Error(`route names an unknown fact "${renewal.cycleFactId}"`);
  const cycle = cycleFact ? durationFromFact(cycleFact) : null;
  const renewalFacts = renewal ? [...(cycleFact ? [cycleFact] : []), ...pickFacts(renewal.factIds, byId, place)] : [];
  return {
    id: 'renewal',
    kind: 'renewal',
    title: renewal?.title ?? 'Renewal and continuing education',
    description:
      renewal?.description ??
      'Licenses are renewed on a cycle, usually with continuing education. Vocare has no verified figures for this one: check your board.',
    timing: 'sequential',
    during: null,
    duration: cycle?.duration ?? null,
    durationNote: cycle ? `First renewal after one cycle: ${cycle.note}` : 'The renewal cycle is set by your board.',
    facts: renewalFacts,
    requirements: [],
    checklist: [
      item('renewal', 'date', 'Note your renewal date'),
      ...factItems(
        'renewal',
        renewalFacts.filter((f) => f !== cycleFact),
      ),
      item('renewal', 'ce', 'Keep certificates of your continuing education'),
    ],
  };
}
