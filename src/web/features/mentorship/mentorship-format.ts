import type { MentorshipRequest } from '#contracts/mentorship.js';

export const REQUEST_STATUS_LABELS: Record<MentorshipRequest['status'], string> = {
  pending: 'waiting for an answer',
  accepted: 'accepted',
  declined: 'declined',
  expired: 'expired without an answer',
  withdrawn: 'withdrawn',
};
