import type { RoadmapChecklistItem } from '#contracts/pathways.js';
import { durationFromFact, factItems, item, pickFacts, type Step, type StepContext } from './pathway-steps.js';
import { typicalDegreeLengthFactId } from './typical-degree-length.js';

/** One sequential step per degree, lowest first; the last is the qualifying degree. */
export function buildDegreeSteps(ctx: StepContext): Step[] {
  const { career, ruleSet, route, byId, place } = ctx;
  const steps: Step[] = [];
  route.degrees.forEach((degree, index) => {
    const id = `degree-${degree.level}`;
    const isQualifying = index === route.degrees.length - 1;
    // Without a length of its own, a degree takes its typical length by definition (data/pathways/degree-lengths.json).
    const durationFact = degree.durationFactId
      ? (byId.get(degree.durationFactId) ?? null)
      : (byId.get(typicalDegreeLengthFactId(degree.level)) ?? null);
    if (degree.durationFactId && !durationFact)
      throw new Error(`route names an unknown fact "${degree.durationFactId}"`);
    const fromFact = durationFact ? durationFromFact(durationFact) : null;
    const facts = [...(durationFact ? [durationFact] : []), ...pickFacts(degree.factIds, byId, place)];
    const flexible =
      isQualifying && career.flexibleStudy !== null
        ? career.flexibleStudy
          ? ' Flexible routes (part-time or online) exist for this career.'
          : ' Flexible or online routes are uncommon for this career.'
        : '';
    const checklist: RoadmapChecklistItem[] = [
      isQualifying
        ? item(id, 'shortlist', 'Shortlist programs that lead to this career, and check their accreditation')
        : item(id, 'shortlist', 'Choose a program, and the prerequisite courses the next step asks for'),
    ];
    if (isQualifying && career.flexibleStudy === true) {
      checklist.push(item(id, 'flexible', 'Compare part-time and online routes if you need flexibility'));
    }
    if (isQualifying && ruleSet) {
      checklist.push(
        item(id, 'board-degree', `Check the program meets the board's degree rule: ${ruleSet.minDegree.text}`),
      );
    }
    checklist.push(
      ...factItems(
        id,
        facts.filter((f) => f !== durationFact),
      ),
    );
    checklist.push(item(id, 'apply', 'Apply and enrol'), item(id, 'finish', 'Finish the degree'));
    steps.push({
      id,
      kind: 'degree',
      title: degree.title,
      description: `${degree.description}${flexible}`,
      timing: 'sequential',
      during: null,
      duration: fromFact?.duration ?? null,
      durationNote: fromFact?.note ?? 'No source read states a typical length; set a target date to plan around it.',
      facts,
      requirements: [],
      checklist,
    });
  });

  return steps;
}
