import type { PersonalDataSection } from '#server/personal-data.js';
import * as repo from './mentorship.repository.js';

/** A person's mentorship data: their profiles, requests, mentorships and their own notes (never the other side's). */
export const mentorshipPersonalData: PersonalDataSection = {
  name: 'mentorship',
  collect: async (db, userId) => {
    const mentorships = await repo.listMentorshipsFor(db, userId);
    return {
      mentorProfile: await repo.findMentorProfile(db, userId),
      menteeProfile: await repo.findMenteeProfile(db, userId),
      requests: await repo.listRequestsFor(db, userId),
      mentorships: await Promise.all(
        mentorships.map(async (m) => ({
          ...m,
          menteeReflection: m.menteeId === userId ? m.menteeReflection : null,
          mentorReflection: m.mentorId === userId ? m.mentorReflection : null,
          conversations: await repo.listConversations(db, m.id),
          myNotes: await repo.listOwnNotes(db, m.id, userId),
        })),
      ),
    };
  },
};
