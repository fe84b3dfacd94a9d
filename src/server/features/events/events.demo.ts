import { and, eq } from 'drizzle-orm';
import type { EventBody } from '#contracts/events.js';
import type { Db } from '#server/db/client.js';
import { events } from '#server/db/schema/events.js';
import { findUserByEmail } from '#server/users/users.repository.js';
import { placeColumns, seriesColumns } from './events.service.js';
import type { ResolveUsPlace } from './us-place.port.js';

type DemoEvent = Omit<EventBody, 'start'> & { organizerEmail: string; daysFromNow: number; time: string };

/** Fictional events so the events pages show something on a fresh start; times are relative to the first seed. */
const DEMO_EVENTS: DemoEvent[] = [
  {
    organizerEmail: 'org@demo.vocare.test',
    kind: 'community',
    title: 'Community pantry volunteer evening',
    description:
      'Sort donations and meet people who run **neighbourhood food programmes**. No experience needed; we pair newcomers with a regular volunteer.',
    causes: ['basic-needs'],
    careers: ['community-organizer'],
    daysFromNow: 10,
    time: '18:00',
    timeZone: 'America/Chicago',
    durationMinutes: 150,
    recurrenceRule: null,
    excludedDates: [],
    isOnline: false,
    place: 'Riverside Community Center, Austin TX',
    near: 'Austin, TX',
    onlineUrl: null,
    capacity: 12,
    ceHours: null,
  },
  {
    organizerEmail: 'org@demo.vocare.test',
    kind: 'training',
    title: 'Trauma-informed care: an introduction',
    description:
      'A half-day training for people starting in helping roles: what trauma-informed practice means day to day, and how to look after yourself while doing it.',
    causes: ['mental-health'],
    careers: ['licensed-professional-counselor', 'clinical-social-worker'],
    daysFromNow: 21,
    time: '09:00',
    timeZone: 'America/New_York',
    durationMinutes: 240,
    recurrenceRule: null,
    excludedDates: [],
    isOnline: true,
    place: null,
    near: null,
    onlineUrl: 'https://meet.example.org/trauma-informed-intro',
    capacity: 2,
    ceHours: 4,
  },
  {
    organizerEmail: 'mentor.organizer@demo.vocare.test',
    kind: 'online-meetup',
    title: 'Starting a community project: monthly circle',
    description:
      'An open online circle for people starting an initiative. Bring a question; leave with a next step. Meets on the first Saturday of the month.',
    causes: ['community-development'],
    careers: ['community-organizer', 'nonprofit-program-manager'],
    daysFromNow: 3,
    time: '10:00',
    timeZone: 'Europe/Berlin',
    durationMinutes: 90,
    recurrenceRule: 'FREQ=MONTHLY;BYDAY=1SA;COUNT=6',
    excludedDates: [],
    isOnline: true,
    place: null,
    near: null,
    onlineUrl: 'https://meet.example.org/community-circle',
    capacity: null,
    ceHours: null,
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Idempotent: an event is added only when its organizer has none with that title; all are approved. */
export async function seedEventsDemo(db: Db, resolvePlace: ResolveUsPlace, now: Date = new Date()): Promise<void> {
  for (const demo of DEMO_EVENTS) {
    const organizer = await findUserByEmail(db, demo.organizerEmail);
    if (!organizer) continue;
    const exists = await db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.organizerId, organizer.id), eq(events.title, demo.title)))
      .limit(1);
    if (exists.length > 0) continue;
    const day = new Date(now.getTime() + demo.daysFromNow * 86_400_000);
    const start = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}T${demo.time}`;
    const { organizerEmail: _, daysFromNow: __, time: ___, ...body } = demo;
    await db.insert(events).values({
      organizerId: organizer.id,
      ...seriesColumns({ ...body, start }),
      ...placeColumns(resolvePlace, body),
      status: 'approved',
      reviewedAt: now,
      createdAt: now,
      updatedAt: now,
    });
  }
}
