import type { ResolvedPlace } from '#domain/board/gazetteer.js';

/**
 * Turns "78701" or "Austin, TX" into a point. Events read the board's shipped US gazetteer through this port only
 * (features.ts wires it), so the gazetteer stays the board's to load and index.
 */
export type ResolveUsPlace = (text: string) => ResolvedPlace;
