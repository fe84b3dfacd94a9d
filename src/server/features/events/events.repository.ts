// All SQL of community events. Reads that serve a person take their id; registrations are found by id and owner.
import { and, asc, desc, eq, gte, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { EventSearchQuery } from '#contracts/events.js';
import { type BoundingBox, EARTH_RADIUS_KM, type LatLon } from '#domain/board/geo.js';
import type { DbOrTx } from '#server/db/client.js';
import { users } from '#server/db/schema/core.js';
import {
  ceRenewalGoals,
  eventFeedTokens,
  eventOccurrenceAttendance,
  eventOccurrenceChanges,
  eventRegistrations,
  events,
} from '#server/db/schema/events.js';

export type EventRow = typeof events.$inferSelect;
export type EventInsert = typeof events.$inferInsert;
export type RegistrationRow = typeof eventRegistrations.$inferSelect;
export type OccurrenceChangeRow = typeof eventOccurrenceChanges.$inferSelect;
export type ListedEvent = EventRow & { organizerName: string; seatsTaken: number };

/** Seats held now: confirmed, and offers that have not lapsed. */
const seatsTaken = (now: Date) =>
  sql<number>`(select count(*)::int from event_registrations r where r.event_id = ${events.id} and (r.state = 'confirmed' or (r.state = 'offered' and r.offer_expires_at > ${now.toISOString()}::timestamptz)))`;

function listed(db: DbOrTx, now: Date) {
  return db
    .select({ event: events, organizerName: users.displayName, seatsTaken: seatsTaken(now) })
    .from(events)
    .innerJoin(users, eq(users.id, events.organizerId));
}

const flatten = (rows: { event: EventRow; organizerName: string; seatsTaken: number }[]): ListedEvent[] =>
  rows.map((r) => ({ ...r.event, organizerName: r.organizerName, seatsTaken: Number(r.seatsTaken) }));

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Great-circle distance from a point in SQL: the haversine formula of domain/board/geo.ts. */
function distanceKmSql(point: LatLon) {
  const lat = sql`${point.lat}::double precision`;
  const lon = sql`${point.lon}::double precision`;
  return sql<number>`(2 * ${EARTH_RADIUS_KM}::double precision * asin(least(1, sqrt(power(sin(radians(${events.latitude} - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(${events.latitude})) * power(sin(radians(${events.longitude} - ${lon}) / 2), 2)))))`;
}

/**
 * Approved events with an occurrence in the window (a series counts until its last end; open series always), by first
 * start then id. With a place, rows are narrowed to a latitude/longitude box (the partial index) before the exact
 * distance.
 *
 * Parts, each read in order on its own index and cut at the limit, then merged (migration 0025): one-off events, whose
 * start is bounded below by `from` less the longest one-off event (so the walk begins at the window rather than at the
 * first event ever posted); recurring or open-ended series, few and read from their partial index whatever their first
 * date; with words, events found by a changed date's title. The result is the one condition over the table would give.
 */
export async function search(
  db: DbOrTx,
  query: EventSearchQuery,
  from: Date,
  to: Date | null,
  now: Date,
  near: { point: LatLon; box: BoundingBox; km: number } | null = null,
) {
  const conditions = [eq(events.status, 'approved'), or(isNull(events.seriesEndsAt), gte(events.seriesEndsAt, from))];
  if (to) conditions.push(lt(events.startsAt, to));
  if (query.mode === 'online') conditions.push(eq(events.isOnline, true));
  if (query.mode === 'in-person') conditions.push(eq(events.isOnline, false));
  if (query.cause) conditions.push(sql`${events.causes} @> ${JSON.stringify([query.cause])}::jsonb`);
  if (near) {
    const { box, km, point } = near;
    conditions.push(sql`${events.latitude} is not null`);
    conditions.push(sql`${events.latitude} between ${box.minLat} and ${box.maxLat}`);
    const lonRanges = box.lonRanges.map(([min, max]) => sql`${events.longitude} between ${min} and ${max}`);
    conditions.push(sql`(${sql.join(lonRanges, sql` or `)})`);
    conditions.push(sql`${distanceKmSql(point)} <= ${km}`);
  }
  // Title, description and place are matched in the first two parts (trigram indexes where pg_trgm exists, migration
  // 0022); a date of a series retitled by its organizer is found by its own title in a third part, led by the few
  // changed dates, since a subquery inside the OR would keep the planner from those indexes.
  const pattern = query.q ? `%${escapeLike(query.q)}%` : null;
  const text = pattern
    ? or(ilike(events.title, pattern), ilike(events.description, pattern), ilike(events.place, pattern))
    : undefined;
  // A one-off event (no rule, an end) that ends at or after `from` starts no earlier than `from` less the longest
  // span of any one-off event: the maximum is read from the end of its expression index (migration 0025).
  const oneOff = sql`${events.recurrenceRule} is null and ${events.seriesEndsAt} is not null and ${events.startsAt} >= ${from.toISOString()}::timestamptz - (select max(o.series_ends_at - o.starts_at) from events o where o.recurrence_rule is null)`;
  // Everything else; written as the predicate of the partial index so the planner proves it can use it.
  const series = sql`(${events.recurrenceRule} is not null or ${events.seriesEndsAt} is null)`;
  const part = (...only: (SQL | undefined)[]) =>
    sql`(select ${events.id} as id, ${events.startsAt} as starts_at from ${events} where ${and(...conditions, ...only)} order by ${events.startsAt}, ${events.id} limit ${query.limit})`;
  const parts = [part(oneOff, text), part(series, text)];
  if (pattern) {
    parts.push(
      part(sql`${events.id} in (select c.event_id from event_occurrence_changes c where c.title ilike ${pattern})`),
    );
  }
  // UNION drops an event found twice (by its own title and by a changed date's).
  const hits = sql`(select hit.id from (${sql.join(parts, sql` union `)} order by starts_at, id limit ${query.limit}) as hit)`;
  const rows = await listed(db, now).where(inArray(events.id, hits)).orderBy(asc(events.startsAt), asc(events.id));
  return flatten(rows);
}

export async function findListed(db: DbOrTx, id: string, now: Date): Promise<ListedEvent | null> {
  return flatten(await listed(db, now).where(eq(events.id, id)).limit(1))[0] ?? null;
}

export async function listByOrganizer(db: DbOrTx, organizerId: string, now: Date) {
  return flatten(await listed(db, now).where(eq(events.organizerId, organizerId)).orderBy(desc(events.startsAt)));
}

export async function listPending(db: DbOrTx, now: Date) {
  return flatten(await listed(db, now).where(eq(events.status, 'pending')).orderBy(asc(events.createdAt)));
}

/** Locks the event row: registrations of one event are decided one at a time. */
export async function lockEvent(db: DbOrTx, id: string): Promise<EventRow | null> {
  const rows = await db.select().from(events).where(eq(events.id, id)).for('update');
  return rows[0] ?? null;
}

export async function insertEvent(db: DbOrTx, values: EventInsert): Promise<string> {
  const rows = await db.insert(events).values(values).returning({ id: events.id });
  const row = rows[0];
  if (!row) throw new Error('insert into events returned no row');
  return row.id;
}

export async function updateEvent(db: DbOrTx, id: string, values: Partial<EventInsert>) {
  await db.update(events).set(values).where(eq(events.id, id));
}

export async function registrationsOf(db: DbOrTx, eventId: string): Promise<RegistrationRow[]> {
  return db.select().from(eventRegistrations).where(eq(eventRegistrations.eventId, eventId));
}

export async function registrationFor(db: DbOrTx, eventId: string, userId: string) {
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

/** A registration by id, only when it belongs to this person. */
export async function ownRegistration(db: DbOrTx, id: string, userId: string) {
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.id, id), eq(eventRegistrations.userId, userId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function registrationByClaimHash(db: DbOrTx, tokenHash: string) {
  const rows = await db
    .select()
    .from(eventRegistrations)
    .where(eq(eventRegistrations.claimTokenHash, tokenHash))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertRegistration(
  db: DbOrTx,
  values: { eventId: string; userId: string; state: string; registeredAt: Date },
) {
  await db.insert(eventRegistrations).values(values);
}

export async function updateRegistration(db: DbOrTx, id: string, values: Partial<RegistrationRow>) {
  await db.update(eventRegistrations).set(values).where(eq(eventRegistrations.id, id));
}

export async function registrationsOfUser(db: DbOrTx, userId: string, now: Date) {
  const rows = await db
    .select({
      event: events,
      organizerName: users.displayName,
      seatsTaken: seatsTaken(now),
      registration: eventRegistrations,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(users, eq(users.id, events.organizerId))
    .where(eq(eventRegistrations.userId, userId))
    .orderBy(asc(events.startsAt));
  return rows.map((r) => ({
    event: { ...r.event, organizerName: r.organizerName, seatsTaken: Number(r.seatsTaken) },
    registration: r.registration,
  }));
}

export async function attendees(db: DbOrTx, eventId: string) {
  return db
    .select({ registration: eventRegistrations, name: users.displayName })
    .from(eventRegistrations)
    .innerJoin(users, eq(users.id, eventRegistrations.userId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventRegistrations.registeredAt), asc(eventRegistrations.arrival));
}

export async function contactOf(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ email: users.email, name: users.displayName })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return rows[0] ?? null;
}

export async function hasFeed(db: DbOrTx, userId: string) {
  const rows = await db.select().from(eventFeedTokens).where(eq(eventFeedTokens.userId, userId)).limit(1);
  return rows.length > 0;
}

export async function setFeedToken(db: DbOrTx, userId: string, tokenHash: string, now: Date) {
  await db
    .insert(eventFeedTokens)
    .values({ userId, tokenHash, createdAt: now })
    .onConflictDoUpdate({ target: eventFeedTokens.userId, set: { tokenHash, createdAt: now } });
}

export async function feedOwner(db: DbOrTx, tokenHash: string): Promise<string | null> {
  const rows = await db.select().from(eventFeedTokens).where(eq(eventFeedTokens.tokenHash, tokenHash)).limit(1);
  return rows[0]?.userId ?? null;
}

/** Events this person attended (marked by the organizer) that carry CE hours, oldest first. */
export async function attendedWithCe(db: DbOrTx, userId: string) {
  return db
    .select({
      eventId: events.id,
      title: events.title,
      organizerName: users.displayName,
      startsAt: events.startsAt,
      startLocal: events.startLocal,
      ceHours: events.ceHours,
    })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(users, eq(users.id, events.organizerId))
    .where(
      and(
        eq(eventRegistrations.userId, userId),
        eq(eventRegistrations.attended, true),
        eq(eventRegistrations.state, 'confirmed'),
        isNotNull(events.ceHours),
      ),
    )
    .orderBy(asc(events.startsAt), asc(events.id));
}

export async function ceGoalOf(db: DbOrTx, userId: string) {
  const rows = await db.select().from(ceRenewalGoals).where(eq(ceRenewalGoals.userId, userId)).limit(1);
  return rows[0] ?? null;
}

export async function saveCeGoal(db: DbOrTx, values: typeof ceRenewalGoals.$inferInsert) {
  const { userId: _, ...set } = values;
  await db.insert(ceRenewalGoals).values(values).onConflictDoUpdate({ target: ceRenewalGoals.userId, set });
}

// ---- Changed single occurrences (migration 0021) ----

/** The changed dates of these events, by event id. */
export async function occurrenceChangesOf(
  db: DbOrTx,
  eventIds: readonly string[],
): Promise<Map<string, OccurrenceChangeRow[]>> {
  const byEvent = new Map<string, OccurrenceChangeRow[]>();
  if (eventIds.length === 0) return byEvent;
  const rows = await db
    .select()
    .from(eventOccurrenceChanges)
    .where(inArray(eventOccurrenceChanges.eventId, [...new Set(eventIds)]))
    .orderBy(asc(eventOccurrenceChanges.recurrenceId));
  for (const row of rows) byEvent.set(row.eventId, [...(byEvent.get(row.eventId) ?? []), row]);
  return byEvent;
}

export async function saveOccurrenceChange(db: DbOrTx, values: OccurrenceChangeRow) {
  const { eventId: _, recurrenceId: __, ...set } = values;
  await db
    .insert(eventOccurrenceChanges)
    .values(values)
    .onConflictDoUpdate({ target: [eventOccurrenceChanges.eventId, eventOccurrenceChanges.recurrenceId], set });
}

export async function deleteOccurrenceChange(db: DbOrTx, eventId: string, recurrenceId: Date) {
  const rows = await db
    .delete(eventOccurrenceChanges)
    .where(and(eq(eventOccurrenceChanges.eventId, eventId), eq(eventOccurrenceChanges.recurrenceId, recurrenceId)))
    .returning({ eventId: eventOccurrenceChanges.eventId });
  return rows.length > 0;
}

// ---- Attendance per occurrence (migration 0021) ----

/** The dates each registration of this event was confirmed at, by registration id. */
export async function occurrenceAttendanceOf(db: DbOrTx, eventId: string): Promise<Map<string, Date[]>> {
  const rows = await db
    .select({
      registrationId: eventOccurrenceAttendance.registrationId,
      recurrenceId: eventOccurrenceAttendance.recurrenceId,
    })
    .from(eventOccurrenceAttendance)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventOccurrenceAttendance.registrationId))
    .where(eq(eventRegistrations.eventId, eventId))
    .orderBy(asc(eventOccurrenceAttendance.recurrenceId));
  const byRegistration = new Map<string, Date[]>();
  for (const row of rows) {
    byRegistration.set(row.registrationId, [...(byRegistration.get(row.registrationId) ?? []), row.recurrenceId]);
  }
  return byRegistration;
}

export async function setOccurrenceAttendance(
  db: DbOrTx,
  registrationId: string,
  recurrenceId: Date,
  attended: boolean,
  now: Date,
) {
  if (attended) {
    await db
      .insert(eventOccurrenceAttendance)
      .values({ registrationId, recurrenceId, confirmedAt: now })
      .onConflictDoNothing();
    return;
  }
  await db
    .delete(eventOccurrenceAttendance)
    .where(
      and(
        eq(eventOccurrenceAttendance.registrationId, registrationId),
        eq(eventOccurrenceAttendance.recurrenceId, recurrenceId),
      ),
    );
}

/** A cancelled date did not take place: its confirmed attendance goes (and with it the CE hours). */
export async function clearOccurrenceAttendance(db: DbOrTx, eventId: string, recurrenceId: Date) {
  const ofEvent = db
    .select({ id: eventRegistrations.id })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId));
  await db
    .delete(eventOccurrenceAttendance)
    .where(
      and(
        eq(eventOccurrenceAttendance.recurrenceId, recurrenceId),
        inArray(eventOccurrenceAttendance.registrationId, ofEvent),
      ),
    );
}

/** Dates of recurring events this person was confirmed at, for events that carry CE hours, oldest first. */
export async function attendedOccurrencesWithCe(db: DbOrTx, userId: string) {
  return db
    .select({
      eventId: events.id,
      title: events.title,
      organizerName: users.displayName,
      timeZone: events.timeZone,
      ceHours: events.ceHours,
      recurrenceId: eventOccurrenceAttendance.recurrenceId,
      changedTitle: eventOccurrenceChanges.title,
      changedStartsAt: eventOccurrenceChanges.startsAt,
    })
    .from(eventOccurrenceAttendance)
    .innerJoin(eventRegistrations, eq(eventRegistrations.id, eventOccurrenceAttendance.registrationId))
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .innerJoin(users, eq(users.id, events.organizerId))
    .leftJoin(
      eventOccurrenceChanges,
      and(
        eq(eventOccurrenceChanges.eventId, events.id),
        eq(eventOccurrenceChanges.recurrenceId, eventOccurrenceAttendance.recurrenceId),
      ),
    )
    .where(and(eq(eventRegistrations.userId, userId), isNotNull(events.ceHours)))
    .orderBy(asc(eventOccurrenceAttendance.recurrenceId), asc(events.id));
}
