import type { RoadmapChecklistItem, RouteExam } from '#contracts/pathways.js';
import { item, pickFacts, type Step, type StepContext, slug } from './pathway-steps.js';

/** The road's exams; a rule set with no exams on the road adds the board's licensure exams after practice. */
export function routeExams(ctx: StepContext): RouteExam[] {
  const { ruleSet, route } = ctx;
  const exams = [...route.exams];
  if (ruleSet && exams.length === 0) {
    exams.push({
      id: 'licensure-exam',
      title: 'Licensure exams',
      description: 'The exams the board asks for before it grants the license.',
      placement: 'after-practice',
      factIds: [],
    });
  }
  return exams;
}

/** An exam is a milestone; the first one lists the exams the rule set names. */
export function buildExamStep(ctx: StepContext, exam: RouteExam, isFirst: boolean): Step {
  const { ruleSet, byId, place } = ctx;
  const id = `exam-${exam.id}`;
  const facts = pickFacts(exam.factIds, byId, place);
  const checklist: RoadmapChecklistItem[] = [item(id, 'eligibility', 'Check when you are eligible, and register')];
  let description = exam.description;
  if (isFirst && ruleSet) {
    if (ruleSet.exams === null) {
      description += ` The ${ruleSet.jurisdictionName} rule set does not name the exams (not verified).`;
      checklist.push(item(id, 'ask-board', 'Ask the board which exams it requires (not verified)'));
    } else if (ruleSet.exams.length === 0) {
      description += ` The ${ruleSet.jurisdictionName} rule set says no exam is needed.`;
    } else {
      for (const name of ruleSet.exams) checklist.push(item(id, `pass-${slug(name)}`, `Pass: ${name}`));
    }
  }
  if (!checklist.some((c) => c.text.startsWith('Pass:'))) checklist.push(item(id, 'pass', 'Pass the exam'));
  return {
    id,
    kind: 'exam',
    title: exam.title,
    description,
    timing: 'sequential',
    during: null,
    duration: { months: 0 },
    durationNote: 'A milestone: the date you sit the exam.',
    facts,
    requirements: [],
    checklist,
  };
}
