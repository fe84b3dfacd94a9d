import type { FeedEntry } from '#domain/events/event-ics.js';
import type { DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';

/**
 * What other features add to a person's private calendar feed (ADR 0028): their mentoring conversations and their
 * plan milestones. Events reads them through this port only; each feature keeps its own UIDs and SEQUENCE, the same
 * ones its own calendar files use, so a calendar app sees one item whichever way it arrived.
 */
export type FeedEntriesOf = (db: DbOrTx, env: Env, userId: string, now: Date) => Promise<FeedEntry[]>;
