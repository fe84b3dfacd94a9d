// Seats, the waiting list and time-limited offers of freed seats, the way pretix hands a freed seat to the next
// person with a voucher that lapses (ADR 0028). Pure: the server stores the states and runs these in a transaction.

export type RegistrationState = 'confirmed' | 'waitlisted' | 'offered' | 'cancelled' | 'lapsed';

export interface SeatHolder {
  id: string;
  state: RegistrationState;
  /** Order on the waiting list: earlier registrations are offered first. */
  registeredAt: Date;
  /** Arrival order, for registrations stamped with the same instant (the earlier arrival waits less). */
  arrival: number;
  /** Only for 'offered': when the claim stops working. */
  offerExpiresAt?: Date | null;
}

export const DEFAULT_CLAIM_HOURS = 24;

/** An offer holds its seat until it lapses. */
export function holdsSeat(holder: SeatHolder, now: Date): boolean {
  if (holder.state === 'confirmed') return true;
  return holder.state === 'offered' && !!holder.offerExpiresAt && holder.offerExpiresAt.getTime() > now.getTime();
}

/** Free seats now; null capacity means unlimited. */
export function freeSeats(capacity: number | null, holders: readonly SeatHolder[], now: Date): number {
  if (capacity === null) return Number.POSITIVE_INFINITY;
  return Math.max(0, capacity - holders.filter((h) => holdsSeat(h, now)).length);
}

/**
 * The state a new registration starts in: a seat when one is free and nobody is already waiting for it (people on
 * the waiting list keep their turn), else the waiting list.
 */
export function stateForNewRegistration(
  capacity: number | null,
  holders: readonly SeatHolder[],
  now: Date,
): 'confirmed' | 'waitlisted' {
  const someoneWaiting = holders.some((h) => h.state === 'waitlisted' || (h.state === 'offered' && holdsSeat(h, now)));
  return freeSeats(capacity, holders, now) > 0 && !someoneWaiting ? 'confirmed' : 'waitlisted';
}

export interface SeatChanges {
  /** Offers whose time ran out: the person leaves the list (they can register again). */
  lapse: string[];
  /** Waiting people who now get an offer, first come first served. */
  offer: { id: string; expiresAt: Date }[];
}

/** What to change after a cancellation, a capacity change or a sweep: lapse stale offers, offer the free seats. */
export function nextSeatChanges(
  capacity: number | null,
  holders: readonly SeatHolder[],
  now: Date,
  claimHours = DEFAULT_CLAIM_HOURS,
): SeatChanges {
  const lapse = holders.filter((h) => h.state === 'offered' && !holdsSeat(h, now)).map((h) => h.id);
  const waiting = holders
    .filter((h) => h.state === 'waitlisted')
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.arrival - b.arrival);
  const seats = capacity === null ? waiting.length : freeSeats(capacity, holders, now);
  const expiresAt = new Date(now.getTime() + claimHours * 3_600_000);
  return { lapse, offer: waiting.slice(0, seats).map((h) => ({ id: h.id, expiresAt })) };
}

export type ClaimResult = { ok: true } | { ok: false; reason: 'not-offered' | 'expired' };

/** Whether an offer can still be claimed. */
export function canClaim(holder: SeatHolder, now: Date): ClaimResult {
  if (holder.state !== 'offered') return { ok: false, reason: 'not-offered' };
  return holdsSeat(holder, now) ? { ok: true } : { ok: false, reason: 'expired' };
}

/** The place on the waiting list (1 = next), or null when not waiting. */
export function waitlistPosition(holderId: string, holders: readonly SeatHolder[]): number | null {
  const waiting = holders
    .filter((h) => h.state === 'waitlisted')
    .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.arrival - b.arrival);
  const index = waiting.findIndex((h) => h.id === holderId);
  return index < 0 ? null : index + 1;
}
