import type { GuideDetail, GuideList, GuideSummary, ListGuidesQuery, SaveGuideBody } from '#contracts/guides.js';
import { toGuideTsquery } from '#domain/guides/search-query.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { SessionUser } from '#server/plugins/session.js';
import * as repo from './guides.repository.js';

export function isModerator(user: SessionUser | null): boolean {
  return Boolean(user?.roles.includes('admin'));
}

export async function listGuides(db: Db, query: ListGuidesQuery): Promise<GuideList> {
  const tsquery = query.q ? toGuideTsquery(query.q) : null;
  const [page, tags] = await Promise.all([
    query.q && !tsquery
      ? Promise.resolve({ items: [], total: 0 })
      : repo.listPublishedGuides(db, {
          tsquery,
          tag: query.tag,
          limit: query.pageSize,
          offset: (query.page - 1) * query.pageSize,
        }),
    repo.listPublishedTags(db),
  ]);
  return { ...page, page: query.page, pageSize: query.pageSize, tags };
}

export async function listAllGuides(db: Db): Promise<{ items: GuideSummary[] }> {
  return { items: await repo.listAllGuides(db) };
}

function notFound(slug: string): AppError {
  return new AppError('NOT_FOUND', `There is no guide at /guides/${slug}.`);
}

/** A guide that readers may see: published ones to everyone, drafts to moderators only. */
export async function findReadableGuide(db: DbOrTx, slug: string, user: SessionUser | null): Promise<repo.GuideRecord> {
  const guide = await repo.findGuideBySlug(db, slug);
  if (!guide || (guide.status !== 'published' && !isModerator(user))) throw notFound(slug);
  return guide;
}

export async function getGuide(db: DbOrTx, slug: string, user: SessionUser | null): Promise<GuideDetail> {
  const guide = await repo.findGuidePage(db, slug);
  if (!guide || (guide.status !== 'published' && !isModerator(user))) throw notFound(slug);
  return {
    slug: guide.slug,
    title: guide.title,
    summary: guide.summary,
    tags: guide.tags,
    causes: guide.causes,
    author: guide.author,
    date: guide.date,
    status: guide.status,
    origin: guide.origin,
    body: guide.body,
    careerIds: guide.careerIds,
    careers: guide.careers,
    previous: guide.previous,
    next: guide.next,
    updatedAt: guide.updatedAt.toISOString(),
  };
}

async function checkCareers(db: DbOrTx, ids: string[]): Promise<void> {
  const existing = await repo.listExistingCareerIds(db, ids);
  const missing = ids.filter((id) => !existing.has(id));
  if (missing.length > 0) {
    throw new AppError('BAD_REQUEST', `Unknown career: ${missing.join(', ')}.`, [
      { path: 'body.careers', message: `names careers that are not in the atlas: ${missing.join(', ')}` },
    ]);
  }
}

function slugTaken(slug: string): AppError {
  return new AppError('CONFLICT', `A guide already lives at /guides/${slug}; choose another slug.`, [
    { path: 'body.slug', message: 'is already taken by another guide' },
  ]);
}

/** Two admins saving the same new slug at once: the database's unique index decides, and the loser hears why. */
function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

async function guardSlug<T>(slug: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (isUniqueViolation(err)) throw slugTaken(slug);
    throw err;
  }
}

function toValues(body: SaveGuideBody, sortOrder: number | null, sourceFile: string | null): repo.GuideValues {
  return {
    slug: body.slug,
    title: body.title,
    summary: body.summary,
    body: body.body,
    tags: [...new Set(body.tags)],
    careerIds: [...new Set(body.careers)],
    causes: [...new Set(body.causes)],
    author: body.author,
    date: body.date,
    status: body.status,
    // Written in the app from now on: the loader never overwrites it.
    origin: 'admin',
    sortOrder,
    sourceFile,
    contentHash: null,
  };
}

export async function createGuide(db: Db, body: SaveGuideBody, user: SessionUser): Promise<GuideDetail> {
  await guardSlug(body.slug, () =>
    db.transaction(async (tx) => {
      await checkCareers(tx, body.careers);
      if (await repo.findGuideBySlug(tx, body.slug)) throw slugTaken(body.slug);
      await repo.insertGuide(tx, toValues(body, null, null), user.id);
    }),
  );
  return getGuide(db, body.slug, user);
}

/** Saves an edit; a shipped guide edited here becomes the admin's own and the files stop updating it. */
export async function updateGuide(db: Db, slug: string, body: SaveGuideBody, user: SessionUser): Promise<GuideDetail> {
  await guardSlug(body.slug, () =>
    db.transaction(async (tx) => {
      const guide = await repo.findGuideBySlug(tx, slug);
      if (!guide) throw notFound(slug);
      await checkCareers(tx, body.careers);
      if (body.slug !== slug && (await repo.findGuideBySlug(tx, body.slug))) throw slugTaken(body.slug);
      await repo.updateGuide(tx, guide.id, toValues(body, guide.sortOrder, null), user.id);
    }),
  );
  return getGuide(db, body.slug, user);
}
