import type { PlanDocument } from '#contracts/initiative.js';
import { planFromTemplate } from '#domain/initiative/templates.js';

/** A plan with `n` activities, each with a long name, an output, a linked outcome, an indicator and a milestone. */
export function bigPlan(n: number): PlanDocument {
  const plan = planFromTemplate('blank', 'Łukasz Nguyễn Thị — Ærøskøbing Ωμέγα initiative');
  plan.problem = {
    what: 'Families in the north of the district have no safe place for homework after school. '.repeat(8),
    who: 'Pupils aged 8 to 14 and their parents, among them Zoë Ørsted and Nguyễn Văn An.',
    where: 'Straße 5, Zürich',
    evidence: [{ label: 'District survey', url: 'https://example.org/survey' }],
  };
  for (let i = 1; i <= n; i++) {
    plan.model.activities.push({
      id: `a${i}`,
      text: `Activity ${i}: run the weekly reading circle with Đặng Thu Thảo in the library annex`,
    });
    plan.model.outputs.push({ id: `o${i}`, text: `Output ${i}: sessions held and attendance sheets`, kind: 'output' });
    plan.model.outcomes.push({
      id: `c${i}`,
      text: `Outcome ${i}: pupils read one level higher`,
      term: i % 3 === 0 ? 'long' : 'short',
    });
    plan.model.links.push({ from: `a${i}`, to: `o${i}` }, { from: `o${i}`, to: `c${i}` });
    plan.indicators.push({
      id: `i${i}`,
      outcomeId: `c${i}`,
      measure: `Reading level ${i} measured by the teacher`,
      unit: 'level',
      baseline: 1,
      target: 3,
      source: 'School records',
      frequency: 'quarterly',
    });
    plan.milestones.push({
      id: `m${i}`,
      title: `Milestone ${i}: circle ${i} started`,
      activityId: `a${i}`,
      dueDate: `2027-0${(i % 9) + 1}-15`,
      owner: 'Søren Ångström',
      status: 'not-started',
    });
    plan.model.inputs.push({ id: `in${i}`, text: `Input ${i}: volunteer hours` });
  }
  plan.budget.lines.push({ id: 'b1', label: 'Books', amount: 1200, kind: 'cash', fundingSourceId: null });
  return plan;
}
