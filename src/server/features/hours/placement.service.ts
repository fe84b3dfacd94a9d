import type { HourCategory } from '#contracts/vocabulary.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './hours.repository.js';
import { describeEntry } from './hours.service.js';
import type { ConfirmedPlacementsOf } from './placement-hours.port.js';
import * as supervisionRepo from './supervision.repository.js';

/*
 * Hours an organization confirmed on a placement that counts as supervised field experience (experience board)
 * can be pulled into the log in one action. Each confirmed entry is pulled once (its board id is kept as the
 * entry's source_ref); the trainee picks the category and may name a supervisor, who then verifies as usual.
 */

export async function listPlacementHours(db: DbOrTx, userId: string, confirmedPlacementsOf: ConfirmedPlacementsOf) {
  const [confirmed, pulled] = await Promise.all([
    confirmedPlacementsOf(db, userId),
    repo.listPulledSourceRefs(db, userId),
  ]);
  return {
    items: confirmed.map((c) => ({
      id: c.id,
      date: c.date,
      hours: c.hours,
      organizationName: c.organizationName,
      opportunityTitle: c.opportunityTitle,
      isPulled: pulled.has(c.id),
    })),
  };
}

function toQuarterMinutes(hours: number): number {
  return Math.max(15, Math.min(1440, Math.round(hours * 4) * 15));
}

export async function pullPlacementHours(
  db: Db,
  user: SessionUser,
  options: { category: HourCategory; supervisionId?: string | null | undefined },
  confirmedPlacementsOf: ConfirmedPlacementsOf,
): Promise<{ pulled: number; hours: number }> {
  if (options.supervisionId) {
    const s = await supervisionRepo.findSupervisionOfTrainee(db, user.id, options.supervisionId);
    if (!s || (s.status !== 'invited' && s.status !== 'active')) {
      throw new AppError('BAD_REQUEST', 'That supervisor is not one of your current supervisors.', [
        { path: 'body.supervisionId', message: 'must be one of your invited or active supervision agreements' },
      ]);
    }
  }
  return db.transaction(async (tx) => {
    const [confirmed, alreadyPulled] = await Promise.all([
      confirmedPlacementsOf(tx, user.id),
      repo.listPulledSourceRefs(tx, user.id),
    ]);
    let minutes = 0;
    let pulled = 0;
    for (const c of confirmed) {
      if (alreadyPulled.has(c.id)) continue;
      const content = {
        userId: user.id,
        entryDate: c.date,
        minutes: toQuarterMinutes(c.hours),
        startTime: null,
        endTime: null,
        category: options.category,
        site: c.organizationName.slice(0, 120),
        supervisionId: options.supervisionId ?? null,
        supervisorName: null,
        note: `Placement: ${c.opportunityTitle}`.slice(0, 500),
        source: 'placement' as const,
        sourceRef: c.id,
      };
      const id = await repo.insertEntry(tx, content);
      await supervisionRepo.insertAuditEvents(tx, [
        {
          actorId: user.id,
          actorName: user.displayName,
          actorRole: 'trainee',
          traineeId: user.id,
          entryId: id,
          supervisionId: content.supervisionId,
          action: 'create',
          details: {
            summary: `Pulled confirmed placement hours from ${c.organizationName}: ${describeEntry({ date: c.date, minutes: content.minutes, category: content.category, site: content.site })}`,
          },
        },
      ]);
      minutes += content.minutes;
      pulled++;
    }
    return { pulled, hours: minutes / 60 };
  });
}
