// Rules of the experience board that need more than one field or a status: checked by the
// service on create and on every update (against the merged record), so a partial update
// cannot leave an impossible listing behind.
import type { ApplicationStatus, OpportunityStatus } from '#contracts/board.js';

export interface OpportunityShape {
  isRemote: boolean;
  lat: number | null;
  lon: number | null;
  startDate: string | null;
  endDate: string | null;
  status: OpportunityStatus;
  questions: string[];
}

export interface FieldProblem {
  /** The body field at fault, e.g. "endDate". */
  field: string;
  message: string;
}

/** Problems with an opportunity as it would be stored; `today` is YYYY-MM-DD in UTC. */
export function checkOpportunity(value: OpportunityShape, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if ((value.lat === null) !== (value.lon === null)) {
    problems.push({ field: value.lat === null ? 'lat' : 'lon', message: 'lat and lon must be given together' });
  }
  if (!value.isRemote && value.lat === null && value.lon === null) {
    problems.push({ field: 'lat', message: 'lat and lon are required unless the opportunity is remote' });
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    problems.push({ field: 'endDate', message: 'endDate must be on or after startDate' });
  }
  if (value.status === 'open' && value.endDate && value.endDate < today) {
    problems.push({ field: 'endDate', message: 'endDate is in the past; an open listing must end today or later' });
  }
  const seen = new Set<string>();
  value.questions.forEach((question, index) => {
    const key = question.trim().toLowerCase();
    if (seen.has(key)) problems.push({ field: `questions.${index}`, message: 'repeats an earlier question' });
    seen.add(key);
  });
  return problems;
}

/** The statuses an organization may move an application to from each status. */
const ORGANIZATION_MOVES: Record<ApplicationStatus, ApplicationStatus[]> = {
  new: ['reviewing', 'accepted', 'declined'],
  reviewing: ['accepted', 'declined'],
  accepted: [],
  declined: [],
  withdrawn: [],
};

/** Why an organization cannot move an application from `from` to `to`, or null when it can. */
export function organizationMoveProblem(from: ApplicationStatus, to: ApplicationStatus): string | null {
  if (ORGANIZATION_MOVES[from].includes(to)) return null;
  if (from === 'withdrawn') return 'The applicant has withdrawn this application.';
  if (from === to) return `The application is already ${to}.`;
  if (from === 'accepted' || from === 'declined') return `The application was already ${from}; decisions are final.`;
  return `An application cannot go from ${from} to ${to}.`;
}

/** Why an applicant cannot withdraw from `from`, or null when they can. */
export function withdrawProblem(from: ApplicationStatus): string | null {
  if (from === 'withdrawn') return 'You have already withdrawn this application.';
  if (from === 'declined') return 'This application was declined; there is nothing to withdraw.';
  return null;
}

/** YYYY-MM-DD of an instant in UTC. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
