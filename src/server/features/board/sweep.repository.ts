import { sql } from 'drizzle-orm';
import type { SweepCutoffs } from '#domain/board/sweep-rules.js';
import type { DbOrTx } from '#server/db/client.js';
import { boardReminders, opportunities, opportunityApplications } from '#server/db/schema/board.js';

/**
 * The whole sweep as one statement (one round trip before every search): closes open listings
 * whose end date is before `today`, closes the remaining open listings not updated since
 * `staleCutoff`, and records one reminder per application waiting in "new" since before
 * `reminderCutoff`. Each part writes only rows that still need it, so running it twice, or from
 * two processes at once, changes nothing more than running it once.
 */
export async function runSweep(
  db: DbOrTx,
  options: SweepCutoffs,
): Promise<{ closedEnded: number; closedStale: number; remindersCreated: number }> {
  const now = sql`${options.now.toISOString()}::timestamptz`;
  const today = sql`${options.today}::date`;
  const staleCutoff = sql`${options.staleCutoff.toISOString()}::timestamptz`;
  const result = await db.execute(sql`
    with ended as (
      update ${opportunities} set status = 'closed', closed_reason = 'ended', closed_at = ${now}
      where status = 'open' and end_date is not null and end_date < ${today}
      returning 1
    ), stale as (
      update ${opportunities} set status = 'closed', closed_reason = 'stale', closed_at = ${now}
      where status = 'open' and updated_at < ${staleCutoff} and (end_date is null or end_date >= ${today})
      returning 1
    ), reminded as (
      insert into ${boardReminders} (application_id, organization_id, created_at)
      select a.id, o.organization_id, ${now}
      from ${opportunityApplications} a
      join ${opportunities} o on o.id = a.opportunity_id
      where a.status = 'new'
        and a.created_at < ${options.reminderCutoff.toISOString()}::timestamptz
        and not exists (select 1 from ${boardReminders} r where r.application_id = a.id)
      on conflict (application_id) do nothing
      returning 1
    )
    select (select count(*) from ended) as closed_ended,
      (select count(*) from stale) as closed_stale,
      (select count(*) from reminded) as reminders_created`);
  const row = (result as unknown as { rows: Record<string, number | string>[] }).rows[0] ?? {};
  return {
    closedEnded: Number(row.closed_ended ?? 0),
    closedStale: Number(row.closed_stale ?? 0),
    remindersCreated: Number(row.reminders_created ?? 0),
  };
}
