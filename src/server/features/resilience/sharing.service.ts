import type { CreatedShare, CreateShareBody, ShareSnapshot } from '#contracts/checkin.js';
import { latestOfEachDay } from '#domain/checkin/daily.js';
import { scoreRange } from '#domain/checkin/instrument.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import { hashToken, newToken, type SessionUser } from '#server/plugins/session.js';
import { requireInstrument } from './instruments.service.js';
import * as repo from './resilience.repository.js';
import { assertNotFuture, problemsError } from './resilience-validation.js';
import { getSettings } from './settings.service.js';

export async function createShare(
  db: DbOrTx,
  user: SessionUser,
  body: CreateShareBody,
  now: Date,
): Promise<CreatedShare> {
  assertNotFuture(body.from, 'body.from', now);
  const settings = await getSettings(db, user.id);
  const instrument = await requireInstrument(db, settings.instrumentId, 'settings.instrumentId');
  const known = new Map(instrument.definition.subscales.map((s) => [s.id, s]));
  const problems = body.subscales.flatMap((id, i) =>
    known.has(id)
      ? []
      : [
          {
            path: `subscales.${i}`,
            message: `no subscale "${id}" in ${instrument.definition.title}; choose from ${[...known.keys()].join(', ')}`,
          },
        ],
  );
  if (problems.length > 0) throw problemsError('Summary not shared', problems, 'body.');
  const subscales = [...new Set(body.subscales)];
  // One point per day, the latest check-in of it (ADR 0020), as on the person's own trends.
  const checkins = latestOfEachDay(await repo.listCheckinScores(db, user.id, { from: body.from, to: body.to })).filter(
    (c) => c.instrumentId === instrument.id,
  );
  const snapshot: ShareSnapshot = {
    sharedBy: user.displayName,
    createdAt: now.toISOString(),
    from: body.from,
    to: body.to,
    note: body.note ?? null,
    instrument: {
      id: instrument.id,
      title: instrument.definition.title,
      disclaimer: instrument.definition.disclaimer ?? null,
    },
    subscales: subscales.flatMap((id) => {
      const subscale = known.get(id);
      if (!subscale) return [];
      return [
        {
          id,
          label: subscale.label,
          bands: subscale.bands,
          range: scoreRange(instrument.definition, subscale),
          points: checkins.flatMap((c) => {
            const s = c.scores.find((x) => x.id === id);
            return s ? [{ date: c.date, score: s.score, band: s.band }] : [];
          }),
        },
      ];
    }),
    selfCareWeeks: body.includeSelfCare ? await repo.summarizeSelfCareWeeks(db, user.id, body.from, body.to) : null,
  };
  const token = newToken();
  const share = await repo.insertShare(db, {
    userId: user.id,
    tokenHash: hashToken(token),
    from: body.from,
    to: body.to,
    subscales,
    includeSelfCare: body.includeSelfCare,
    note: body.note ?? null,
    snapshot,
  });
  return { share, token, path: `/resilience/shared/${token}` };
}

export async function listShares(db: DbOrTx, userId: string): Promise<{ items: repo.ShareRecord[] }> {
  return { items: await repo.listShares(db, userId) };
}

export async function revokeShare(db: DbOrTx, userId: string, id: string): Promise<void> {
  if (!(await repo.deleteShare(db, userId, id))) {
    throw new AppError('NOT_FOUND', 'No shared summary with that id in your records.');
  }
}

export async function getSharedSnapshot(db: DbOrTx, token: string): Promise<ShareSnapshot> {
  const snapshot = await repo.findSnapshotByTokenHash(db, hashToken(token));
  if (!snapshot) throw new AppError('NOT_FOUND', 'This shared summary does not exist or was withdrawn.');
  return snapshot;
}
