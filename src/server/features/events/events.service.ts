// Community events: posting with admin approval, search, registration with a waiting list and time-limited offers
// of freed seats (mailed claim links), calendar files and a private feed per person, attendance (ADR 0028).
import type {
  AttendanceBody,
  AttendeeList,
  CeLog,
  CeRenewalGoal,
  EventBody,
  EventDetail,
  EventList,
  EventSearchQuery,
  EventSummary,
  FeedAddress,
  MyEvents,
  MyRegistration,
  Occurrence,
  OccurrenceChangeBody,
} from '#contracts/events.js';
import { boundingBox, haversineKm, KM_PER_MILE } from '#domain/board/geo.js';
import {
  canClaim,
  holdsSeat,
  nextSeatChanges,
  type RegistrationState,
  type SeatHolder,
  stateForNewRegistration,
  waitlistPosition,
} from '#domain/events/capacity.js';
import { buildEventCalendar, type CalendarEvent } from '#domain/events/event-ics.js';
import {
  type Occurrence as ExpandedOccurrence,
  expandOccurrences,
  parseRecurrenceRule,
  type RecurrenceRule,
  type RecurringSeries,
} from '#domain/events/recurrence.js';
import { isKnownTimeZone, type LocalDateTime, localTimeExists, toInstant, toLocal } from '#domain/events/time-zones.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import type { Env } from '#server/env.js';
import { AppError } from '#server/errors.js';
import { linkTo } from '#server/mail/mail-config.js';
import { queueMail } from '#server/mail/outbox.repository.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import { seatOfferMail } from './events.mail.js';
import * as repo from './events.repository.js';
import type { FeedEntriesOf } from './feed-entries.port.js';
import type { ResolveUsPlace } from './us-place.port.js';

export interface EventsContext {
  db: Db;
  env: Env;
  now: Date;
  /** The US gazetteer, through its port (us-place.port.ts). */
  resolvePlace: ResolveUsPlace;
}

const ORGANIZER_ROLES = ['organization', 'mentor', 'admin'] as const;
const isAdmin = (user: SessionUser) => user.roles.includes('admin');
const noEvent = () => new AppError('NOT_FOUND', 'No such event.');
const noRegistration = () => new AppError('NOT_FOUND', 'No such registration, or it is not yours.');
const DAY_MS = 86_400_000;

// ---- Series ----

function parseLocal(text: string): LocalDateTime {
  const [date = '', time = ''] = text.split('T');
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0, second = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute, second };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const localText = (l: LocalDateTime) =>
  `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}`;

/** A wall-clock time typed for the event's zone: a real calendar date that the clocks do not skip, or a 400 on `path`. */
function checkedLocal(text: string, zone: string, path: string): LocalDateTime {
  const local = parseLocal(text);
  const probe = new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute));
  if (Number.isNaN(probe.getTime()) || probe.getUTCMonth() !== local.month - 1 || probe.getUTCDate() !== local.day) {
    const message = `${text} is not a calendar date and time.`;
    throw new AppError('BAD_REQUEST', message, [{ path, message }]);
  }
  if (!localTimeExists(local, zone)) {
    const message = `${text} does not exist in ${zone}: the clocks skip it. Pick another time.`;
    throw new AppError('BAD_REQUEST', message, [{ path, message }]);
  }
  return local;
}

interface Series {
  start: LocalDateTime;
  rule: RecurrenceRule | undefined;
  exdates: Date[];
  startsAt: Date;
  seriesEndsAt: Date | null;
}

/** Checks the zone, the wall-clock start and the rule, and works out when the series ends (null: open-ended). */
function seriesOf(
  body: Pick<EventBody, 'start' | 'timeZone' | 'recurrenceRule' | 'excludedDates' | 'durationMinutes'>,
): Series {
  if (!isKnownTimeZone(body.timeZone)) {
    throw new AppError(
      'BAD_REQUEST',
      `“${body.timeZone}” is not an IANA time zone this server knows (for example America/Chicago).`,
    );
  }
  const start = checkedLocal(body.start, body.timeZone, 'body.start');
  let rule: RecurrenceRule | undefined;
  if (body.recurrenceRule) {
    const parsed = parseRecurrenceRule(body.recurrenceRule);
    if (!parsed.ok) throw new AppError('BAD_REQUEST', `The recurrence rule was refused: ${parsed.error}`);
    rule = parsed.rule;
  }
  const exdates = body.excludedDates.map((text) => toInstant(parseLocal(text), body.timeZone));
  const startsAt = toInstant(start, body.timeZone);
  let seriesEndsAt: Date | null = new Date(startsAt.getTime() + body.durationMinutes * 60_000);
  if (rule) {
    if (rule.count === undefined && rule.until === undefined) seriesEndsAt = null;
    else {
      const all = expandOccurrences(
        { start, durationMinutes: body.durationMinutes, zone: body.timeZone, rule, exdates },
        { limit: 1000 },
      );
      const last = all.at(-1);
      seriesEndsAt = last ? last.end : seriesEndsAt;
    }
  }
  return { start, rule, exdates, startsAt, seriesEndsAt };
}

type SeriesRow = Pick<
  repo.EventRow,
  'startLocal' | 'durationMinutes' | 'timeZone' | 'recurrenceRule' | 'excludedDates'
>;

/** A stored event as a series, with its changed single occurrences as RECURRENCE-ID overrides. */
function seriesOfRow(row: SeriesRow, changes: readonly repo.OccurrenceChangeRow[] = []): RecurringSeries {
  const rule = row.recurrenceRule ? parseRecurrenceRule(row.recurrenceRule) : null;
  return {
    start: parseLocal(row.startLocal),
    durationMinutes: row.durationMinutes,
    zone: row.timeZone,
    rule: rule?.ok ? rule.rule : undefined,
    exdates: row.excludedDates.map((text) => toInstant(parseLocal(text), row.timeZone)),
    overrides: rule?.ok
      ? changes.map((c) => ({
          recurrenceId: c.recurrenceId,
          start: c.startsAt,
          end: c.endsAt,
          ...(c.title ? { title: c.title } : {}),
          ...(c.cancelled ? { cancelled: true } : {}),
        }))
      : [],
  };
}

/** When the last occurrence ends, moved ones included; null for an open-ended series. */
function seriesEnd(series: RecurringSeries): Date | null {
  const first = toInstant(series.start, series.zone);
  if (!series.rule) return new Date(first.getTime() + series.durationMinutes * 60_000);
  if (series.rule.count === undefined && series.rule.until === undefined) return null;
  const ends = expandOccurrences(series, { limit: 1000 }).map((o) => o.end.getTime());
  return new Date(ends.length > 0 ? Math.max(...ends) : first.getTime() + series.durationMinutes * 60_000);
}

/** The occurrence's id as people read it: its original start on the event zone's wall clock. */
const occurrenceIdOf = (recurrenceId: Date, zone: string) => localText(toLocal(recurrenceId, zone));

function occurrenceView(o: ExpandedOccurrence, zone: string): Occurrence {
  return {
    occurrence: occurrenceIdOf(o.recurrenceId, zone),
    originalStartsAt: o.recurrenceId.toISOString(),
    start: localText(toLocal(o.start, zone)),
    startsAt: o.start.toISOString(),
    endsAt: o.end.toISOString(),
    title: o.title ?? null,
    changed: o.changed,
    cancelled: false,
  };
}

function changeView(c: repo.OccurrenceChangeRow, zone: string): Occurrence {
  return {
    occurrence: occurrenceIdOf(c.recurrenceId, zone),
    originalStartsAt: c.recurrenceId.toISOString(),
    start: c.startLocal,
    startsAt: c.startsAt.toISOString(),
    endsAt: c.endsAt.toISOString(),
    title: c.title,
    changed: true,
    cancelled: c.cancelled,
  };
}

/** Whether an instant is one of the series' own dates (before any change; excluded dates are not). */
function isDateOfSeries(series: RecurringSeries, instant: Date): boolean {
  // An open-ended rule is expanded up to the instant: a guard against expanding centuries of dates.
  const first = toInstant(series.start, series.zone);
  if (instant.getTime() < first.getTime() || instant.getTime() - first.getTime() > 50 * 366 * DAY_MS) return false;
  return expandOccurrences(
    { ...series, overrides: [] },
    { from: instant, to: new Date(instant.getTime() + 1), limit: 100_000 },
  ).some((o) => o.recurrenceId.getTime() === instant.getTime());
}

// ---- Views ----

function summary(row: repo.ListedEvent, now: Date, changes: readonly repo.OccurrenceChangeRow[] = []): EventSummary {
  const upcoming = row.recurrenceRule
    ? expandOccurrences(seriesOfRow(row, changes), { from: now, limit: 5 }).map((o) => occurrenceView(o, row.timeZone))
    : [];
  return {
    id: row.id,
    kind: row.kind as EventSummary['kind'],
    title: row.title,
    organizerName: row.organizerName,
    causes: row.causes,
    careers: row.careers,
    start: row.startLocal,
    timeZone: row.timeZone,
    startsAt: row.startsAt.toISOString(),
    endsAt: new Date(row.startsAt.getTime() + row.durationMinutes * 60_000).toISOString(),
    durationMinutes: row.durationMinutes,
    recurrenceRule: row.recurrenceRule,
    nextOccurrences: upcoming.map((o) => o.startsAt),
    upcoming,
    isOnline: row.isOnline,
    place: row.place,
    near: row.near,
    distanceMiles: null,
    capacity: row.capacity,
    seatsLeft: row.capacity === null ? null : Math.max(0, row.capacity - row.seatsTaken),
    ceHours: row.ceHours,
    status: row.status as EventSummary['status'],
  };
}

/** Summaries of several events, each with its changed dates. */
async function summaries(db: DbOrTx, rows: readonly repo.ListedEvent[], now: Date): Promise<EventSummary[]> {
  const changes = await repo.occurrenceChangesOf(
    db,
    rows.filter((r) => r.recurrenceRule).map((r) => r.id),
  );
  return rows.map((row) => summary(row, now, changes.get(row.id)));
}

const holderOf = (r: repo.RegistrationRow): SeatHolder => ({
  id: r.id,
  state: r.state as RegistrationState,
  registeredAt: r.registeredAt,
  arrival: r.arrival,
  offerExpiresAt: r.offerExpiresAt,
});

function registrationView(r: repo.RegistrationRow, all: repo.RegistrationRow[]): MyRegistration {
  return {
    id: r.id,
    state: r.state as MyRegistration['state'],
    waitlistPosition: waitlistPosition(r.id, all.map(holderOf)),
    offerExpiresAt: r.state === 'offered' && r.offerExpiresAt ? r.offerExpiresAt.toISOString() : null,
    attended: r.attended,
  };
}

const canManage = (row: repo.EventRow, user: SessionUser | null) =>
  !!user && (row.organizerId === user.id || isAdmin(user));

/** Approved events are public; pending and rejected ones are seen by their organizer and admins only. */
async function visibleEvent(db: DbOrTx, id: string, user: SessionUser | null, now: Date) {
  const row = await repo.findListed(db, id, now);
  if (!row || (row.status !== 'approved' && !canManage(row, user))) throw noEvent();
  return row;
}

export async function getEvent(db: Db, user: SessionUser | null, id: string, now: Date): Promise<EventDetail> {
  const row = await visibleEvent(db, id, user, now);
  const all = await repo.registrationsOf(db, id);
  const changes = (await repo.occurrenceChangesOf(db, [id])).get(id) ?? [];
  const mine = user ? (all.find((r) => r.userId === user.id) ?? null) : null;
  const holdsMine = !!mine && holdsSeat(holderOf(mine), now);
  return {
    ...summary(row, now, changes),
    description: row.description,
    excludedDates: row.excludedDates,
    changedOccurrences: row.recurrenceRule ? changes.map((c) => changeView(c, row.timeZone)) : [],
    onlineUrl: canManage(row, user) || holdsMine ? row.onlineUrl : null,
    isOrganizer: canManage(row, user),
    sequence: row.sequence,
    waitlistLength: all.filter((r) => r.state === 'waitlisted').length,
    myRegistration: mine ? registrationView(mine, all) : null,
  };
}

/** "Within N miles of a ZIP or City, ST": the place resolved by the gazetteer, or a 400 on the field. */
function resolveNear(resolve: ResolveUsPlace, text: string, path: string) {
  const place = resolve(text);
  if (!place.ok) throw new AppError('BAD_REQUEST', place.message, [{ path, message: place.message }]);
  return place;
}

export async function searchEvents(
  db: Db,
  query: EventSearchQuery,
  now: Date,
  resolvePlace: ResolveUsPlace,
): Promise<EventList> {
  const from = query.from ? new Date(`${query.from}T00:00:00Z`) : new Date(now.getTime() - DAY_MS);
  const to = query.to ? new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 2 * DAY_MS) : null;
  if (to && to.getTime() < from.getTime()) {
    throw new AppError('BAD_REQUEST', 'The date range ends before it starts.');
  }
  const near = query.near ? resolveNear(resolvePlace, query.near, 'query.near') : null;
  const km = query.radiusMiles * KM_PER_MILE;
  const rows = await repo.search(
    db,
    query,
    from,
    to,
    now,
    near ? { point: near.point, box: boundingBox(near.point, km), km } : null,
  );
  const views = await summaries(db, rows, now);
  return {
    events: rows.map((row, index) => ({
      ...(views[index] as EventSummary),
      distanceMiles:
        near && row.latitude !== null && row.longitude !== null
          ? Math.round((haversineKm(near.point, { lat: row.latitude, lon: row.longitude }) / KM_PER_MILE) * 10) / 10
          : null,
    })),
  };
}

// ---- Posting ----

function requireOrganizer(user: SessionUser) {
  if (!ORGANIZER_ROLES.some((role) => user.roles.includes(role))) {
    throw new AppError(
      'FORBIDDEN',
      'Events are posted by organizations, mentors and admins; your account holds none of those roles.',
    );
  }
}

function checkPlace(body: EventBody) {
  if (body.isOnline && !body.onlineUrl)
    throw new AppError('BAD_REQUEST', 'An online event needs its link (shown only to registered people).');
  if (!body.isOnline && !body.place) throw new AppError('BAD_REQUEST', 'An in-person event needs a place.');
}

/** The stored columns of an event body (checked: zone, start, rule). */
export function seriesColumns(body: EventBody) {
  const series = seriesOf(body);
  return {
    kind: body.kind,
    title: body.title,
    description: body.description,
    causes: body.causes,
    careers: body.careers,
    startLocal: localText(series.start),
    timeZone: body.timeZone,
    durationMinutes: body.durationMinutes,
    startsAt: series.startsAt,
    seriesEndsAt: series.seriesEndsAt,
    recurrenceRule: body.recurrenceRule,
    excludedDates: body.excludedDates,
    isOnline: body.isOnline,
    place: body.place,
    ...(body.isOnline ? { near: null, latitude: null, longitude: null } : {}),
    onlineUrl: body.onlineUrl,
    capacity: body.capacity,
    ceHours: body.ceHours,
  };
}

/** A new event waits for an admin's approval, unless an admin posts it. */
/** The point of an in-person event from its "ZIP or City, ST" (none for an online event or without one). */
export function placeColumns(resolve: ResolveUsPlace, body: Pick<EventBody, 'isOnline' | 'near'>) {
  if (body.isOnline || !body.near) return { near: null, latitude: null, longitude: null };
  const place = resolveNear(resolve, body.near, 'body.near');
  return { near: place.label, latitude: place.point.lat, longitude: place.point.lon };
}

export async function createEvent(ctx: EventsContext, user: SessionUser, body: EventBody): Promise<EventDetail> {
  requireOrganizer(user);
  checkPlace(body);
  const place = placeColumns(ctx.resolvePlace, body);
  const approvedNow = isAdmin(user);
  const id = await repo.insertEvent(ctx.db, {
    organizerId: user.id,
    ...seriesColumns(body),
    ...place,
    status: approvedNow ? 'approved' : 'pending',
    reviewedBy: approvedNow ? user.id : null,
    reviewedAt: approvedNow ? ctx.now : null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  });
  return getEvent(ctx.db, user, id, ctx.now);
}

/** The organizer (or an admin) edits; SEQUENCE rises so calendars replace their copy; a larger capacity frees seats. */
export async function updateEvent(
  ctx: EventsContext,
  user: SessionUser,
  id: string,
  body: EventBody,
): Promise<EventDetail> {
  checkPlace(body);
  const columns = { ...seriesColumns(body), ...placeColumns(ctx.resolvePlace, body) };
  await ctx.db.transaction(async (tx) => {
    const row = await repo.lockEvent(tx, id);
    if (!row || (row.status !== 'approved' && !canManage(row, user))) throw noEvent();
    if (!canManage(row, user))
      throw new AppError('FORBIDDEN', 'Only the organizer of this event (or an admin) can edit it.');
    // Changed dates that are no longer dates of the edited series go; the rest still apply.
    const series = seriesOfRow(columns);
    const kept: repo.OccurrenceChangeRow[] = [];
    for (const change of (await repo.occurrenceChangesOf(tx, [id])).get(id) ?? []) {
      if (series.rule && isDateOfSeries(series, change.recurrenceId)) kept.push(change);
      else await repo.deleteOccurrenceChange(tx, id, change.recurrenceId);
    }
    const seriesEndsAt = kept.length > 0 ? seriesEnd(seriesOfRow(columns, kept)) : columns.seriesEndsAt;
    await repo.updateEvent(tx, id, { ...columns, seriesEndsAt, sequence: row.sequence + 1, updatedAt: ctx.now });
    await settleSeats(tx, ctx, { ...row, capacity: body.capacity, title: body.title });
  });
  return getEvent(ctx.db, user, id, ctx.now);
}

// ---- Changed single occurrences ----

/**
 * Locks an event its organizer (or an admin) changes a date of, and finds that date: the original wall-clock start
 * must be one of the series' own dates. A 400 names the field; a 403 says who may.
 */
async function lockedOccurrence(tx: DbOrTx, user: SessionUser, id: string, occurrenceText: string) {
  const row = await repo.lockEvent(tx, id);
  if (!row || (row.status !== 'approved' && !canManage(row, user))) throw noEvent();
  if (!canManage(row, user)) {
    throw new AppError('FORBIDDEN', 'Only the organizer of this event (or an admin) can change one of its dates.');
  }
  const path = 'params.occurrence';
  if (!row.recurrenceRule) {
    const message = 'This event does not repeat: edit the event itself instead of one date.';
    throw new AppError('BAD_REQUEST', message, [{ path, message }]);
  }
  const local = checkedLocal(occurrenceText, row.timeZone, path);
  const recurrenceId = toInstant(local, row.timeZone);
  if (!isDateOfSeries(seriesOfRow(row), recurrenceId)) {
    const message = `${occurrenceText} (${row.timeZone}) is not a date of this series, or it is an excluded one.`;
    throw new AppError('BAD_REQUEST', message, [{ path, message }]);
  }
  return { row, recurrenceId };
}

/** Stores the series' end with its changed dates and raises SEQUENCE, so calendars replace their copy. */
async function touchSeries(tx: DbOrTx, row: repo.EventRow, now: Date) {
  const changes = (await repo.occurrenceChangesOf(tx, [row.id])).get(row.id) ?? [];
  await repo.updateEvent(tx, row.id, {
    seriesEndsAt: seriesEnd(seriesOfRow(row, changes)),
    sequence: row.sequence + 1,
    updatedAt: now,
  });
}

/**
 * The organizer moves, retitles or cancels one date of a recurring event (an RFC 5545 RECURRENCE-ID override). The
 * date keeps its identity (its original start); a cancelled date loses its confirmed attendance.
 */
export async function changeOccurrence(
  ctx: EventsContext,
  user: SessionUser,
  id: string,
  occurrenceText: string,
  body: OccurrenceChangeBody,
): Promise<EventDetail> {
  await ctx.db.transaction(async (tx) => {
    const { row, recurrenceId } = await lockedOccurrence(tx, user, id, occurrenceText);
    const local = body.start
      ? checkedLocal(body.start, row.timeZone, 'body.start')
      : toLocal(recurrenceId, row.timeZone);
    const startsAt = toInstant(local, row.timeZone);
    const endsAt = new Date(startsAt.getTime() + (body.durationMinutes ?? row.durationMinutes) * 60_000);
    await repo.saveOccurrenceChange(tx, {
      eventId: id,
      recurrenceId,
      startLocal: localText(local),
      startsAt,
      endsAt,
      title: body.title,
      cancelled: body.cancelled,
      updatedAt: ctx.now,
    });
    if (body.cancelled) await repo.clearOccurrenceAttendance(tx, id, recurrenceId);
    await touchSeries(tx, row, ctx.now);
  });
  return getEvent(ctx.db, user, id, ctx.now);
}

/** Undoes a change: the date is back as the series makes it. */
export async function restoreOccurrence(
  ctx: EventsContext,
  user: SessionUser,
  id: string,
  occurrenceText: string,
): Promise<EventDetail> {
  await ctx.db.transaction(async (tx) => {
    const { row, recurrenceId } = await lockedOccurrence(tx, user, id, occurrenceText);
    if (!(await repo.deleteOccurrenceChange(tx, id, recurrenceId))) {
      throw new AppError('NOT_FOUND', 'This date has no change to undo.');
    }
    await touchSeries(tx, row, ctx.now);
  });
  return getEvent(ctx.db, user, id, ctx.now);
}

export async function pendingEvents(db: Db, now: Date): Promise<EventList> {
  return { events: await summaries(db, await repo.listPending(db, now), now) };
}

export async function reviewEvent(ctx: EventsContext, admin: SessionUser, id: string, decision: 'approve' | 'reject') {
  const row = await repo.findListed(ctx.db, id, ctx.now);
  if (!row) throw noEvent();
  await repo.updateEvent(ctx.db, id, {
    status: decision === 'approve' ? 'approved' : 'rejected',
    reviewedBy: admin.id,
    reviewedAt: ctx.now,
  });
  return pendingEvents(ctx.db, ctx.now);
}

// ---- Seats ----

/**
 * Lapses stale offers and offers the free seats to the next people waiting, each by mail with a claim link of their
 * own. Runs inside the transaction that locked the event, so two cancellations never offer the same seat twice.
 */
async function settleSeats(tx: DbOrTx, ctx: EventsContext, event: Pick<repo.EventRow, 'id' | 'title' | 'capacity'>) {
  const all = await repo.registrationsOf(tx, event.id);
  const changes = nextSeatChanges(event.capacity, all.map(holderOf), ctx.now);
  for (const id of changes.lapse) {
    await repo.updateRegistration(tx, id, { state: 'lapsed', claimTokenHash: null, offerExpiresAt: null });
  }
  if (changes.lapse.length > 0) return settleSeats(tx, ctx, event);
  for (const offer of changes.offer) {
    const registration = all.find((r) => r.id === offer.id);
    const contact = registration ? await repo.contactOf(tx, registration.userId) : null;
    if (!registration || !contact) continue;
    const token = newToken();
    await repo.updateRegistration(tx, offer.id, {
      state: 'offered',
      offerExpiresAt: offer.expiresAt,
      claimTokenHash: hashToken(token),
    });
    await queueMail(tx, ctx.env, ctx.now, {
      kind: 'event-seat-offer',
      to: contact.email,
      userId: registration.userId,
      mail: seatOfferMail({
        name: contact.name,
        eventTitle: event.title,
        url: linkTo(ctx.env, `/events/claim?token=${token}`),
        expiresAt: offer.expiresAt,
      }),
    });
  }
}

export async function register(ctx: EventsContext, user: SessionUser, eventId: string): Promise<EventDetail> {
  await ctx.db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, eventId);
    if (!event) throw noEvent();
    if (event.status !== 'approved') throw noEvent();
    if (event.seriesEndsAt && event.seriesEndsAt.getTime() < ctx.now.getTime()) {
      throw new AppError('CONFLICT', 'This event is over; registration is closed.');
    }
    await settleSeats(tx, ctx, event);
    const all = await repo.registrationsOf(tx, eventId);
    const existing = all.find((r) => r.userId === user.id);
    if (existing && ['confirmed', 'waitlisted', 'offered'].includes(existing.state)) {
      throw new AppError('CONFLICT', 'You are already registered for this event.');
    }
    const state = stateForNewRegistration(event.capacity, all.map(holderOf), ctx.now);
    if (existing) {
      await repo.updateRegistration(tx, existing.id, { state, registeredAt: ctx.now, attended: false });
    } else {
      await repo.insertRegistration(tx, { eventId, userId: user.id, state, registeredAt: ctx.now });
    }
  });
  return getEvent(ctx.db, user, eventId, ctx.now);
}

/** Cancels one's own registration; a freed seat goes to the next person waiting. */
export async function cancel(ctx: EventsContext, user: SessionUser, registrationId: string): Promise<EventDetail> {
  const found = await repo.ownRegistration(ctx.db, registrationId, user.id);
  if (!found) throw noRegistration();
  await ctx.db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, found.eventId);
    if (!event) throw noRegistration();
    const registration = await repo.ownRegistration(tx, registrationId, user.id);
    if (!registration || !['confirmed', 'waitlisted', 'offered'].includes(registration.state)) {
      throw new AppError('CONFLICT', 'This registration is already cancelled.');
    }
    await repo.updateRegistration(tx, registrationId, {
      state: 'cancelled',
      claimTokenHash: null,
      offerExpiresAt: null,
    });
    await settleSeats(tx, ctx, event);
  });
  return getEvent(ctx.db, user, found.eventId, ctx.now);
}

/** Claims an offered seat through the mailed link: only by the person it was offered to, before it lapses. */
export async function claim(ctx: EventsContext, user: SessionUser, token: string): Promise<EventDetail> {
  const found = await repo.registrationByClaimHash(ctx.db, hashToken(token));
  if (!found || found.userId !== user.id) {
    throw new AppError('NOT_FOUND', 'This claim link is not valid for your account (it may have been used already).');
  }
  const outcome = await ctx.db.transaction(async (tx) => {
    const event = await repo.lockEvent(tx, found.eventId);
    const registration = await repo.ownRegistration(tx, found.id, user.id);
    if (!event || !registration) throw noRegistration();
    const verdict = canClaim(holderOf(registration), ctx.now);
    if (!verdict.ok) {
      await settleSeats(tx, ctx, event);
      return verdict.reason;
    }
    await repo.updateRegistration(tx, registration.id, {
      state: 'confirmed',
      claimTokenHash: null,
      offerExpiresAt: null,
    });
    return 'claimed';
  });
  if (outcome === 'expired') {
    throw new AppError(
      'CONFLICT',
      'This offer lapsed and the seat went to the next person. You can join the waiting list again.',
    );
  }
  if (outcome === 'not-offered') throw new AppError('CONFLICT', 'There is no open offer on this registration.');
  return getEvent(ctx.db, user, found.eventId, ctx.now);
}

// ---- Your events, calendar files, the feed ----

export async function myEvents(db: Db, user: SessionUser, now: Date): Promise<MyEvents> {
  const [registrations, organized, feed] = await Promise.all([
    repo.registrationsOfUser(db, user.id, now),
    repo.listByOrganizer(db, user.id, now),
    repo.hasFeed(db, user.id),
  ]);
  const changes = await repo.occurrenceChangesOf(db, [
    ...registrations.map((r) => r.event.id),
    ...organized.map((row) => row.id),
  ]);
  const views = [];
  for (const { event, registration } of registrations) {
    if (registration.state === 'cancelled' || registration.state === 'lapsed') continue;
    const all = registration.state === 'waitlisted' ? await repo.registrationsOf(db, event.id) : [registration];
    views.push({
      event: summary(event, now, changes.get(event.id)),
      registration: registrationView(registration, all),
    });
  }
  return {
    registrations: views,
    organized: organized.map((row) => summary(row, now, changes.get(row.id))),
    hasFeed: feed,
  };
}

function calendarEventOf(
  row: repo.EventRow,
  env: Env,
  withLink: boolean,
  changes: readonly repo.OccurrenceChangeRow[] = [],
): CalendarEvent {
  return {
    ...seriesOfRow(row, changes),
    uid: `event-${row.id}@vocare`,
    sequence: row.sequence,
    title: row.title,
    description: row.description,
    location: row.isOnline ? (withLink && row.onlineUrl ? row.onlineUrl : 'Online') : (row.place ?? undefined),
    url: linkTo(env, `/events/${row.id}`),
  };
}

export async function eventIcs(ctx: EventsContext, user: SessionUser | null, id: string): Promise<string> {
  const row = await visibleEvent(ctx.db, id, user, ctx.now);
  const changes = (await repo.occurrenceChangesOf(ctx.db, [id])).get(id);
  return buildEventCalendar([calendarEventOf(row, ctx.env, false, changes)], ctx.now, row.title);
}

/** A new feed address; the old one stops working at once. The token is shown once and stored hashed. */
export async function rotateFeed(ctx: EventsContext, user: SessionUser): Promise<FeedAddress> {
  const token = newToken();
  await repo.setFeedToken(ctx.db, user.id, hashToken(token), ctx.now);
  const path = `/api/events/feed/${token}`;
  return { url: linkTo(ctx.env, path), path };
}

/**
 * The feed: events the person holds a seat at and the ones they organize, then what other features add for them
 * (mentoring conversations, plan milestones) through the feed ports.
 */
export async function feedIcs(
  ctx: EventsContext,
  token: string,
  feedEntries: readonly FeedEntriesOf[] = [],
): Promise<string> {
  const userId = await repo.feedOwner(ctx.db, hashToken(token));
  if (!userId) throw new AppError('NOT_FOUND', 'No calendar feed at this address (it may have been replaced).');
  const [registrations, organized] = await Promise.all([
    repo.registrationsOfUser(ctx.db, userId, ctx.now),
    repo.listByOrganizer(ctx.db, userId, ctx.now),
  ]);
  const rows = new Map<string, { row: repo.EventRow; withLink: boolean }>();
  for (const { event, registration } of registrations) {
    if (event.status === 'approved' && registration.state === 'confirmed')
      rows.set(event.id, { row: event, withLink: true });
  }
  for (const row of organized) if (row.status === 'approved') rows.set(row.id, { row, withLink: true });
  const changes = await repo.occurrenceChangesOf(ctx.db, [...rows.keys()]);
  return buildEventCalendar(
    [...rows.values()].map(({ row, withLink }) => calendarEventOf(row, ctx.env, withLink, changes.get(row.id))),
    ctx.now,
    'My Vocare calendar',
    (await Promise.all(feedEntries.map((entriesOf) => entriesOf(ctx.db, ctx.env, userId, ctx.now)))).flat(),
  );
}

// ---- Attendance ----

async function managedEvent(db: DbOrTx, user: SessionUser, id: string, now: Date) {
  const row = await repo.findListed(db, id, now);
  if (!row || (row.status !== 'approved' && !canManage(row, user))) throw noEvent();
  if (!canManage(row, user))
    throw new AppError('FORBIDDEN', 'Only the organizer of this event (or an admin) sees its attendees.');
  return row;
}

/** How many past dates of a series the attendee list offers for confirming attendance. */
const ATTENDANCE_DATES = 60;

export async function attendeeList(db: Db, user: SessionUser, id: string, now: Date): Promise<AttendeeList> {
  const event = await managedEvent(db, user, id, now);
  const rows = await repo.attendees(db, id);
  const byRegistration = event.recurrenceRule ? await repo.occurrenceAttendanceOf(db, id) : new Map<string, Date[]>();
  const changes = event.recurrenceRule ? ((await repo.occurrenceChangesOf(db, [id])).get(id) ?? []) : [];
  const started = event.recurrenceRule
    ? expandOccurrences(seriesOfRow(event, changes), { to: new Date(now.getTime() + 1), limit: 100_000 })
        .slice(-ATTENDANCE_DATES)
        .map((o) => occurrenceView(o, event.timeZone))
    : [];
  return {
    attendees: rows
      .filter((r) => r.registration.state !== 'cancelled' && r.registration.state !== 'lapsed')
      .map((r) => ({
        registrationId: r.registration.id,
        name: r.name,
        state: r.registration.state as AttendeeList['attendees'][number]['state'],
        attended: r.registration.attended,
        attendedOccurrences: (byRegistration.get(r.registration.id) ?? []).map((d) =>
          occurrenceIdOf(d, event.timeZone),
        ),
      })),
    occurrences: started,
  };
}

/**
 * The organizer confirms (or takes back) that a person attended. A single event is confirmed once; a recurring one
 * date by date (`occurrence`, the date's original wall-clock start), so each attended date brings its CE hours.
 */
export async function markAttendance(
  db: Db,
  user: SessionUser,
  id: string,
  body: AttendanceBody,
  now: Date,
): Promise<AttendeeList> {
  const event = await managedEvent(db, user, id, now);
  const path = 'body.occurrence';
  if (!event.recurrenceRule && body.occurrence !== undefined) {
    const message = 'This event does not repeat: confirm attendance without naming a date.';
    throw new AppError('BAD_REQUEST', message, [{ path, message }]);
  }
  let recurrenceId: Date | null = null;
  if (event.recurrenceRule) {
    if (body.occurrence === undefined) {
      const message = 'This event repeats: name the date (occurrence) the person attended.';
      throw new AppError('BAD_REQUEST', message, [{ path, message }]);
    }
    recurrenceId = toInstant(checkedLocal(body.occurrence, event.timeZone, path), event.timeZone);
    if (!isDateOfSeries(seriesOfRow(event), recurrenceId)) {
      const message = `${body.occurrence} (${event.timeZone}) is not a date of this series.`;
      throw new AppError('BAD_REQUEST', message, [{ path, message }]);
    }
    const change = ((await repo.occurrenceChangesOf(db, [id])).get(id) ?? []).find(
      (c) => c.recurrenceId.getTime() === recurrenceId?.getTime(),
    );
    if (change?.cancelled) throw new AppError('CONFLICT', 'This date was cancelled; nobody attended it.');
    if ((change?.startsAt ?? recurrenceId).getTime() > now.getTime()) {
      throw new AppError('CONFLICT', 'This date has not started yet; confirm attendance once it has.');
    }
  }
  const all = await repo.registrationsOf(db, id);
  const registration = all.find((r) => r.id === body.registrationId);
  if (!registration) throw new AppError('NOT_FOUND', 'No such registration for this event.');
  if (registration.state !== 'confirmed') {
    throw new AppError('CONFLICT', 'Only people who held a seat can be marked as attending.');
  }
  if (recurrenceId) await repo.setOccurrenceAttendance(db, registration.id, recurrenceId, body.attended, now);
  else await repo.updateRegistration(db, registration.id, { attended: body.attended });
  return attendeeList(db, user, id, now);
}

// ---- Continuing education ----

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

/**
 * A person's CE log: the events they attended (as the organizer marked) that carry CE hours, and, when they set a
 * renewal goal, how many of those hours fall inside its cycle. An event counts on its wall-clock date in its own
 * zone. A recurring event counts once per date the organizer confirmed (a moved date on the day it moved to);
 * attendance confirmed for a whole series before migration 0021 still counts once.
 */
export async function ceLog(db: DbOrTx, userId: string): Promise<CeLog> {
  const [single, dates, goalRow] = await Promise.all([
    repo.attendedWithCe(db, userId),
    repo.attendedOccurrencesWithCe(db, userId),
    repo.ceGoalOf(db, userId),
  ]);
  const rows = [
    ...single.map((row) => ({ ...row, occurrence: null as string | null })),
    ...dates.map((row) => {
      const startsAt = row.changedStartsAt ?? row.recurrenceId;
      return {
        eventId: row.eventId,
        title: row.changedTitle ?? row.title,
        organizerName: row.organizerName,
        startsAt,
        startLocal: localText(toLocal(startsAt, row.timeZone)),
        ceHours: row.ceHours,
        occurrence: occurrenceIdOf(row.recurrenceId, row.timeZone),
      };
    }),
  ].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.eventId.localeCompare(b.eventId));
  const goal: CeRenewalGoal | null = goalRow
    ? {
        license: goalRow.license,
        cycleStartsOn: goalRow.cycleStartsOn,
        renewsOn: goalRow.renewsOn,
        hoursRequired: goalRow.hoursRequired,
      }
    : null;
  const entries = rows.map((row) => {
    const day = row.startLocal.slice(0, 10);
    return {
      eventId: row.eventId,
      title: row.title,
      organizerName: row.organizerName,
      startsAt: row.startsAt.toISOString(),
      occurrence: row.occurrence,
      ceHours: row.ceHours ?? 0,
      inCycle: !!goal && day >= goal.cycleStartsOn && day <= goal.renewsOn,
    };
  });
  const totalHours = roundHours(entries.reduce((sum, e) => sum + e.ceHours, 0));
  const hoursInCycle = goal ? roundHours(entries.filter((e) => e.inCycle).reduce((s, e) => s + e.ceHours, 0)) : null;
  return {
    entries,
    totalHours,
    goal,
    hoursInCycle,
    hoursRemaining: goal && hoursInCycle !== null ? roundHours(Math.max(0, goal.hoursRequired - hoursInCycle)) : null,
  };
}

export async function saveCeGoal(ctx: EventsContext, user: SessionUser, goal: CeRenewalGoal): Promise<CeLog> {
  await repo.saveCeGoal(ctx.db, { userId: user.id, ...goal, updatedAt: ctx.now });
  return ceLog(ctx.db, user.id);
}

/** A person's events data: their registrations and the events they organize (not the feed token, stored hashed). */
export async function personalData(db: DbOrTx, userId: string) {
  const now = new Date(0);
  const registrations = [];
  for (const { event, registration } of await repo.registrationsOfUser(db, userId, now)) {
    const dates = event.recurrenceRule ? await repo.occurrenceAttendanceOf(db, event.id) : new Map<string, Date[]>();
    registrations.push({
      eventId: event.id,
      eventTitle: event.title,
      state: registration.state,
      registeredAt: registration.registeredAt,
      attended: registration.attended,
      /** The dates of a series the organizer confirmed this person attended (original starts). */
      attendedDates: dates.get(registration.id) ?? [],
    });
  }
  return {
    registrations,
    organized: (await repo.listByOrganizer(db, userId, now)).map(({ seatsTaken: _, organizerName: __, ...row }) => row),
    hasCalendarFeed: await repo.hasFeed(db, userId),
    continuingEducation: await ceLog(db, userId),
  };
}
