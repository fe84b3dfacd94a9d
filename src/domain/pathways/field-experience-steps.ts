import { factItems, item, pickFacts, type Step, type StepContext } from './pathway-steps.js';

/** Field experience happens during the last degree (or stands alone when the road has no degree). */
export function buildFieldExperienceSteps(ctx: StepContext): Step[] {
  const { route, byId, place } = ctx;
  const steps: Step[] = [];
  const lastDegree = route.degrees[route.degrees.length - 1];
  for (const field of route.fieldExperience) {
    const id = `field-${field.id}`;
    const facts = pickFacts(field.factIds, byId, place);
    steps.push({
      id,
      kind: 'field-experience',
      title: field.title,
      description: field.description,
      timing: lastDegree ? 'during' : 'sequential',
      during: lastDegree ? `degree-${lastDegree.level}` : null,
      duration: null,
      durationNote: lastDegree ? `Part of: ${lastDegree.title}.` : 'No source read states a length.',
      facts,
      requirements: [],
      checklist: [
        item(id, 'find-site', 'Find a placement site and a supervisor'),
        ...factItems(id, facts),
        item(id, 'log-hours', 'Keep a log of your hours, signed off by your supervisor'),
      ],
    });
  }

  return steps;
}
