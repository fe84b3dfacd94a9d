import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { HourCategory } from '#contracts/vocabulary.js';
import { addDays, mondayOf, todayUtc } from '#domain/calendar-date.js';
import type { Db } from '#server/db/client.js';
import { hoursEntries } from '#server/db/schema/hours.js';
import { addRoles, findUserByEmail } from '#server/users/users.repository.js';
import * as repo from './hours.repository.js';
import type { RuleSetCatalog } from './rule-sets.port.js';
import * as supervisionRepo from './supervision.repository.js';

const DEMO_WEEKS = 40;
const SITE = 'Riverside Community Services, outpatient clinic';

/** A small deterministic wobble, so the demo log looks lived-in without randomness. */
function wobble(n: number): number {
  return (n * 7919) % 5;
}

interface DemoEntry {
  date: string;
  minutes: number;
  category: HourCategory;
  note: string | null;
}

/**
 * Forty weeks of a post-master's counselor's log: client sessions Monday to Thursday, case notes, weekly individual
 * and fortnightly group supervision, rising to a heavier caseload in the last month (the resilience demo reads that
 * workload). The first two days predate the supervision agreement (so the log shows hours that do not count, and
 * why); the supervisor verified everything but the last two weeks and returned one entry with a comment.
 */
function demoLog(today: string): DemoEntry[] {
  const out: DemoEntry[] = [];
  const firstMonday = addDays(mondayOf(today), -7 * DEMO_WEEKS);
  for (let week = 0; week < DEMO_WEEKS; week++) {
    const monday = addDays(firstMonday, 7 * week);
    const isHeavy = week >= DEMO_WEEKS - 4;
    for (let day = 0; day < 4; day++) {
      const date = addDays(monday, day);
      const sessions = (isHeavy ? 5 : 3) + (wobble(week * 4 + day) > 3 ? 1 : 0);
      out.push({ date, minutes: sessions * 60, category: 'direct', note: 'individual and family sessions' });
      out.push({
        date,
        minutes: 60 + 15 * wobble(week + day),
        category: 'indirect',
        note: 'case notes and treatment planning',
      });
    }
    out.push({ date: addDays(monday, 4), minutes: 60, category: 'supervision-individual', note: null });
    if (week % 2 === 0) out.push({ date: addDays(monday, 4), minutes: 90, category: 'supervision-group', note: null });
  }
  return out.filter((e) => e.date < today);
}

/** The demo trainee's supervised hours log with the demo supervisor. Skipped when the log already has entries. */
export async function seedHoursDemo(
  db: Db,
  traineeEmail: string,
  supervisorEmail: string,
  ruleSets: RuleSetCatalog,
): Promise<void> {
  const trainee = await findUserByEmail(db, traineeEmail);
  const supervisor = await findUserByEmail(db, supervisorEmail);
  if (!trainee || !supervisor) return;
  if ((await repo.findLogVersion(db, trainee.id)) > 0) return;
  const today = todayUtc(new Date());
  const entries = demoLog(today);
  const first = entries[0]?.date ?? today;
  const agreementStart = addDays(first, 2);
  const hasGoalRules = await ruleSets.getRuleSet(db, 'US-TX:LPC').then(
    () => true,
    () => false,
  );
  await db.transaction(async (tx) => {
    if (hasGoalRules) await repo.upsertGoal(tx, trainee.id, 'US-TX:LPC');
    const supervisionId = await supervisionRepo.insertSupervision(tx, {
      traineeId: trainee.id,
      inviteEmail: supervisor.email,
      startDate: agreementStart,
      endDate: null,
    });
    if (!supervisionId) return;
    await supervisionRepo.updateSupervision(tx, supervisionId, {
      status: 'active',
      supervisorId: supervisor.id,
      supervisorName: supervisor.displayName,
      licenseType: 'LPC-S',
      licenseNumber: 'S-80417',
      licenseJurisdiction: 'US-TX',
      licenseExpires: addDays(today, 540),
      respondedAt: new Date(),
    });
    await addRoles(tx, supervisor.id, ['supervisor']);
    const importId = randomUUID();
    await repo.insertEntries(
      tx,
      trainee.id,
      entries.map((e) => ({
        userId: trainee.id,
        entryDate: e.date,
        minutes: e.minutes,
        startTime: null,
        endTime: null,
        category: e.category,
        site: SITE,
        supervisionId,
        supervisorName: null,
        note: e.note,
        source: 'manual' as const,
        importId,
      })),
    );
    const trail = { actorId: trainee.id, actorName: trainee.displayName, actorRole: 'trainee' as const };
    await supervisionRepo.insertAuditEvents(tx, [
      {
        ...trail,
        traineeId: trainee.id,
        entryId: null,
        supervisionId,
        action: 'invite',
        details: { summary: `Invited ${supervisor.email} to supervise from ${agreementStart}` },
      },
      {
        actorId: supervisor.id,
        actorName: supervisor.displayName,
        actorRole: 'supervisor',
        traineeId: trainee.id,
        entryId: null,
        supervisionId,
        action: 'accept',
        details: { summary: `${supervisor.displayName} accepted (license LPC-S S-80417, US-TX)` },
      },
    ]);
    await supervisionRepo.insertImportAuditEvents(
      tx,
      importId,
      { id: trainee.id, name: trainee.displayName },
      'Logged',
    );
    // Everything up to two weeks ago is verified; one session is returned for a date check.
    const verifiedUpTo = addDays(mondayOf(today), -15);
    const verified = await repo.markVerified(
      tx,
      supervisionId,
      { from: first, to: verifiedUpTo },
      { id: supervisor.id, name: supervisor.displayName },
    );
    await supervisionRepo.insertAuditEvents(
      tx,
      verified.map((v) => ({
        actorId: supervisor.id,
        actorName: supervisor.displayName,
        actorRole: 'supervisor' as const,
        traineeId: trainee.id,
        entryId: v.id,
        supervisionId,
        action: 'verify' as const,
        details: { summary: 'Verified with the weekly review' },
      })),
    );
    const recent = await tx
      .select({ id: hoursEntries.id })
      .from(hoursEntries)
      .where(
        and(
          eq(hoursEntries.userId, trainee.id),
          eq(hoursEntries.status, 'unverified'),
          eq(hoursEntries.category, 'direct'),
          sql`${hoursEntries.entryDate} > ${verifiedUpTo}`,
        ),
      )
      .orderBy(hoursEntries.entryDate)
      .limit(1);
    const toReturn = recent[0]?.id;
    if (toReturn) {
      const comment = 'Was this Tuesday or Wednesday? Our calendar shows the family session on Wednesday.';
      await repo.markReturned(tx, supervisionId, toReturn, comment);
      await supervisionRepo.insertAuditEvents(tx, [
        {
          actorId: supervisor.id,
          actorName: supervisor.displayName,
          actorRole: 'supervisor',
          traineeId: trainee.id,
          entryId: toReturn,
          supervisionId,
          action: 'return',
          details: { summary: 'Returned for correction', comment },
        },
      ]);
    }
  });
}
