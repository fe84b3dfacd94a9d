import { linkTo, mailDomain } from '#server/mail/mail-config.js';
import type { FeedEntriesOf } from '../events/feed-entries.port.js';
import * as repo from './mentorship.repository.js';

/**
 * The events feed's port, filled with the person's mentoring conversations, on either side of a mentorship. UID and
 * SEQUENCE are those of the conversation's own calendar file (mentorship.service.ts `conversationIcs`).
 */
export const conversationFeedEntries: FeedEntriesOf = async (db, env, userId) => {
  const entries = [];
  for (const m of await repo.listMentorshipsFor(db, userId)) {
    const other = m.menteeId === userId ? m.mentorName : m.menteeName;
    for (const c of await repo.listConversations(db, m.id)) {
      entries.push({
        uid: `conversation-${c.id}@${mailDomain(env)}`,
        sequence: c.sequence,
        start: c.startsAt,
        end: new Date(c.startsAt.getTime() + c.minutes * 60_000),
        summary: `Mentoring conversation with ${other}: ${c.topic}`,
        ...(c.where ? { location: c.where } : {}),
        url: linkTo(env, `/mentorship/m/${m.id}`),
      });
    }
  }
  return entries;
};
