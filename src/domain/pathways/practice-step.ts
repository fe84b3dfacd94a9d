import {
  type Duration,
  durationFromFact,
  factItems,
  item,
  pickFacts,
  requirementRef,
  requirementText,
  type Step,
  type StepContext,
} from './pathway-steps.js';

/** Post-degree supervised practice, from the route or the rule set; its length from the rule set or a fact. */
export function buildPracticeSteps(ctx: StepContext): Step[] {
  const { career, ruleSet, route, byId, place } = ctx;
  const steps: Step[] = [];
  const practice =
    route.practice ??
    (ruleSet
      ? {
          title: 'Supervised practice',
          description:
            'Post-degree practice under an approved supervisor until you reach the board’s hours and duration.',
          durationFactId: null,
          factIds: [],
        }
      : null);
  if (practice) {
    const id = 'supervised-practice';
    const durationFact = practice.durationFactId ? (byId.get(practice.durationFactId) ?? null) : null;
    if (practice.durationFactId && !durationFact)
      throw new Error(`route names an unknown fact "${practice.durationFactId}"`);
    const facts = [...(durationFact ? [durationFact] : []), ...pickFacts(practice.factIds, byId, place)];
    const requirements = ruleSet ? ruleSet.requirements.map((r) => requirementRef(ruleSet, r)) : [];
    let duration: Duration | null = null;
    let durationNote: string | null = null;
    const minDuration = ruleSet?.requirements.find((r) => r.kind === 'min-duration');
    if (ruleSet) {
      const where = `${ruleSet.id} version ${ruleSet.version}`;
      if (minDuration?.verified && minDuration.months !== undefined) {
        duration = { months: minDuration.months };
        durationNote = `At least ${minDuration.months} months (${where}); more if your hours take longer.`;
      } else if (minDuration) {
        durationNote = `Minimum duration not verified in ${where}; set a target date to plan around it.`;
      } else {
        durationNote = `${where} states no minimum duration; set a target date to plan around it.`;
      }
    } else if (durationFact) {
      const fromFact = durationFromFact(durationFact);
      duration = fromFact?.duration ?? null;
      durationNote = fromFact?.note ?? null;
    } else {
      durationNote = career.licenseRequired
        ? 'Depends on your state: choose a jurisdiction to see its hours and minimum duration.'
        : 'No source read states a length.';
    }
    // The license held on the way (LPC before LPCC, LMSW before LCSW), as the state's research names it.
    const onTheWay = (ruleSet?.intermediate ?? [])
      .map(
        (i) =>
          ` On the way ${ruleSet?.jurisdictionName} names the ${i.title} (${i.license})${i.note ? `: ${i.note}` : ''}.`,
      )
      .join('');
    steps.push({
      id,
      kind: 'supervised-practice',
      title: practice.title,
      description: `${practice.description}${onTheWay}`,
      timing: 'sequential',
      during: null,
      duration,
      durationNote,
      facts,
      requirements,
      checklist: [
        item(id, 'supervisor', 'Find an approved supervisor and agree the supervision in writing'),
        ...(ruleSet?.intermediate ?? []).map((i) =>
          item(
            id,
            `intermediate-${i.license.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
            `Check with the board whether you need the ${i.title} (${i.license}) first`,
          ),
        ),
        ...requirements.map((r) => item(id, `req-${r.requirementId}`, requirementText(r))),
        ...factItems(
          id,
          facts.filter((f) => f !== durationFact),
        ),
        item(id, 'log', 'Log your hours as you go and have them verified'),
      ],
    });
  }

  return steps;
}
