import { addDays, todayUtc } from '#domain/calendar-date.js';
import type { FieldProblem } from '#domain/checkin/instrument.js';
import { AppError } from '#server/errors.js';

export function badRequest(path: string, message: string, summary?: string): AppError {
  return new AppError('BAD_REQUEST', summary ?? `Invalid ${path}: ${message}`, [{ path, message }]);
}

export function problemsError(summary: string, problems: FieldProblem[], prefix: string): AppError {
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  return new AppError(
    'BAD_REQUEST',
    first ? `${summary}: ${first.path} ${first.message}${more}` : summary,
    problems.map((p) => ({ path: `${prefix}${p.path}`, message: p.message })),
  );
}

/** A day in the future is a typo; one day of slack covers a person whose date is ahead of UTC. */
export function assertNotFuture(date: string, path: string, now: Date): void {
  if (date > addDays(todayUtc(now), 1)) throw badRequest(path, 'must not be in the future');
}
