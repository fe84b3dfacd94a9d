import type { DegreeLength, PathwayFact } from '#contracts/pathways.js';

/** The fact id under which a degree level's typical length travels with the plan. */
export function typicalDegreeLengthFactId(level: DegreeLength['level']): string {
  return `typical-degree-length.${level}`;
}

const LEVEL_NAMES: Record<DegreeLength['level'], string> = {
  associate: "Associate's degree",
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctoral: 'Doctoral degree',
};

/**
 * A typical degree length as a stage fact, so it is shown with its source wherever the plan shows the stage. Used
 * only where a career's own facts state no length: the planner takes the shortest value of a range, as for any fact.
 */
export function typicalDegreeLengthFact(length: DegreeLength): PathwayFact {
  return {
    id: typicalDegreeLengthFactId(length.level),
    profession: 'any career',
    careers: [],
    stage: 'degree',
    requirement: `${LEVEL_NAMES[length.level]} length, full-time (typical, by definition)`,
    value: length.years,
    unit: 'years',
    authority: length.authority,
    source: length.source,
    sourceKind: length.sourceKind,
    checkedDate: `read ${length.read}`,
  };
}
