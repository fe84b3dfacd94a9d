import type { DbOrTx } from '#server/db/client.js';

/** One block of hours an organization confirmed on a placement that counts as supervised field experience. */
export interface ConfirmedPlacement {
  /** Stable id on the board's side, so each block is pulled into the log once. */
  id: string;
  date: string;
  hours: number;
  organizationName: string;
  opportunityTitle: string;
}

/**
 * The experience-board link: a person's confirmed placement hours, oldest first. The hours log reads them through
 * this port and nothing else; the board implements it (`board/placement-hours.adapter.ts`), the manifest wires it.
 */
export type ConfirmedPlacementsOf = (db: DbOrTx, userId: string) => Promise<ConfirmedPlacement[]>;
