import type { CauseId } from '#contracts/vocabulary.js';
import type { DbOrTx } from '#server/db/client.js';

/**
 * What recommendations need from a person's latest saved assessment: their causes and best-matched career ids
 * (null without one). Matching implements it (`matching/assessment-basis.adapter.ts`); the manifest wires it.
 */
export type LatestAssessmentBasis = (
  db: DbOrTx,
  userId: string,
) => Promise<{ causes: CauseId[]; careerIds: string[] } | null>;
