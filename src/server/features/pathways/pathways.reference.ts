import {
  DegreeLengthsFileSchema,
  type PathwayFact,
  PathwayFactsFileSchema,
  type PathwayRoute,
  PathwayRoutesFileSchema,
} from '#contracts/pathways.js';
import { typicalDegreeLengthFact } from '#domain/pathways/typical-degree-length.js';
import { readDataJson } from '#server/reference-data.js';

/** The shipped stage facts and career routes; read once per process (they change only with a release). */
export interface PathwayReference {
  facts: readonly PathwayFact[];
  routes: ReadonlyMap<string, PathwayRoute>;
}

/** Reads and validates data/pathways/facts.json and routes.json. Throws naming the file when one is malformed. */
export function readPathwayReference(): PathwayReference {
  const facts = PathwayFactsFileSchema.safeParse(readDataJson('pathways/facts.json'));
  if (!facts.success) throw new Error(`data/pathways/facts.json is malformed: ${facts.error.message}`);
  const routes = PathwayRoutesFileSchema.safeParse(readDataJson('pathways/routes.json'));
  if (!routes.success) throw new Error(`data/pathways/routes.json is malformed: ${routes.error.message}`);
  const lengths = DegreeLengthsFileSchema.safeParse(readDataJson('pathways/degree-lengths.json'));
  if (!lengths.success) throw new Error(`data/pathways/degree-lengths.json is malformed: ${lengths.error.message}`);
  return {
    facts: [...facts.data, ...lengths.data.map(typicalDegreeLengthFact)],
    routes: new Map(routes.data.map((r) => [r.careerId, r])),
  };
}
