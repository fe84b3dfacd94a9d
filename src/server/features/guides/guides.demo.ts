import type { Db } from '#server/db/client.js';
import { findUserByEmail } from '#server/users/users.repository.js';
import * as repo from './guides.repository.js';

const DEMO_GUIDE = 'licensure-and-supervised-hours';
const WAITING_GUIDE = 'aligning-your-career-with-your-values';

/**
 * A short published conversation (a trainee's question, a supervisor's reply and the trainee's
 * reply notice) and one first-time comment waiting in the moderation queue. Idempotent.
 */
export async function seedDemoGuideComments(db: Db): Promise<void> {
  const guide = await repo.findGuideBySlug(db, DEMO_GUIDE);
  const waitingGuide = await repo.findGuideBySlug(db, WAITING_GUIDE);
  const trainee = await findUserByEmail(db, 'trainee@demo.vocare.test');
  const supervisor = await findUserByEmail(db, 'supervisor@demo.vocare.test');
  if (!guide || !waitingGuide || !trainee || !supervisor) return;
  if ((await repo.countApprovedComments(db, guide.id)).total > 0) return;

  await db.transaction(async (tx) => {
    const question = await repo.insertComment(tx, {
      guideId: guide.id,
      parentId: null,
      userId: trainee.id,
      authorName: trainee.displayName,
      authorEmail: trainee.email.toLowerCase(),
      authorWebsite: null,
      body: 'I am about halfway through my hours in Texas and might move to **California** next year. Is it worth asking the new board about my hours *before* I move?',
      status: 'approved',
      isStaff: false,
      notifyOnReply: true,
    });
    const reply = await repo.insertComment(tx, {
      guideId: guide.id,
      parentId: question.id,
      userId: supervisor.id,
      authorName: supervisor.displayName,
      authorEmail: supervisor.email.toLowerCase(),
      authorWebsite: null,
      body: 'Yes. Ask early, and keep your supervisor’s sign-offs current: a board reading a clean, verified log is far quicker. Vocare’s hours log can compare your log against another state’s rules.',
      status: 'approved',
      isStaff: false,
      notifyOnReply: false,
    });
    await repo.insertReplyNotification(tx, {
      commentId: question.id,
      replyId: reply.id,
      recipientEmail: trainee.email.toLowerCase(),
      recipientUserId: trainee.id,
    });
    await repo.insertComment(tx, {
      guideId: waitingGuide.id,
      parentId: null,
      userId: null,
      authorName: 'Jordan',
      authorEmail: 'jordan@example.org',
      authorWebsite: null,
      body: 'Step 1 was harder than I expected. My stories were all about my grandmother’s care home. Does that point to nursing or to social work?',
      status: 'pending',
      isStaff: false,
      notifyOnReply: false,
    });
  });
}
