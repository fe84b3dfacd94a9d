import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PostCommentInput } from '#contracts/guides.js';
import type { Db } from '#server/db/client.js';
import { loadFormSecret, signFormToken } from '#server/features/guides/comment-form-token.js';
import { insertGuide } from '#server/features/guides/guides.repository.js';
import { TestClient } from '../setup/test-app.js';

/** A published guide of its own, so a test's comments never meet another test's. */
export async function createTestGuide(
  db: Db,
  overrides: Partial<{ slug: string; title: string; status: 'draft' | 'published'; careerIds: string[] }> = {},
): Promise<{ slug: string; title: string }> {
  const slug = overrides.slug ?? `test-guide-${randomBytes(4).toString('hex')}`;
  const title = overrides.title ?? `Test guide ${slug}`;
  await insertGuide(
    db,
    {
      slug,
      title,
      summary: 'A guide made by a test.',
      body: '## Section\n\nSome words about helping.',
      tags: ['testing'],
      careerIds: overrides.careerIds ?? ['registered-nurse'],
      causes: ['health'],
      author: 'Test author',
      date: '2026-01-01',
      status: overrides.status ?? 'published',
      origin: 'admin',
      sortOrder: null,
      sourceFile: null,
      contentHash: null,
    },
    null,
  );
  return { slug, title };
}

/** A genuine form token issued `ageSeconds` ago (the real form waits; tests travel back in time instead). */
export async function formTokenAged(db: Db, ageSeconds = 30): Promise<string> {
  return signFormToken(await loadFormSecret(db), Date.now() - ageSeconds * 1000);
}

export function uniqueCommenterEmail(prefix = 'reader'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@commenter.test`;
}

export async function commentBody(db: Db, overrides: Partial<PostCommentInput> = {}): Promise<PostCommentInput> {
  return {
    name: 'Robin Reader',
    email: uniqueCommenterEmail(),
    website: '',
    comment: 'This guide helped me think about my next step.',
    notifyOnReply: false,
    formToken: await formTokenAged(db),
    topic: '',
    ...overrides,
  };
}

export async function postComment(client: TestClient, slug: string, body: PostCommentInput) {
  return client.post(`/api/guides/${slug}/comments`, body);
}

/** A visitor who is not signed in, from an address of their own (rate limits count per address). */
export function anonymousClient(app: FastifyInstance): TestClient {
  const [a, b, c] = randomBytes(3);
  return new TestClient(app, `10.${a}.${b}.${c}`);
}
