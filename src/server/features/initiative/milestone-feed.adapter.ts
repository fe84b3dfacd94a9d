import { linkTo } from '#server/mail/mail-config.js';
import type { FeedEntriesOf } from '../events/feed-entries.port.js';
import * as repo from './initiative.repository.js';

/**
 * The events feed's port, filled with the dated milestones of the plans a person owns or accepted a place in, as
 * whole days. The UID is the one the plan's .ics export uses; SEQUENCE is the plan's version, which rises on every
 * save, so an edited milestone replaces its old copy (an unrelated edit raises it too, which calendars accept).
 */
export const milestoneFeedEntries: FeedEntriesOf = async (db, env, userId) => {
  const entries = [];
  for (const plan of await repo.listPlansFor(db, userId)) {
    for (const milestone of plan.document.milestones) {
      if (milestone.dueDate === null) continue;
      entries.push({
        uid: `${plan.id}.${milestone.id}@vocare-initiative`,
        sequence: plan.version,
        date: milestone.dueDate,
        summary: `${plan.title}: ${milestone.title}${milestone.status === 'done' ? ' (done)' : ''}`,
        url: linkTo(env, `/initiatives/${plan.id}`),
      });
    }
  }
  return entries;
};
