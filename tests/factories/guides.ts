import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { PostCommentInput } from '#contracts/guides.js';
import type { Db } from '#server/db/client.js';
import { loadFormSecret, signFormToken } from '#server/features/guides/comment-form-token.js';
import { insertGuide } from '#server/features/guides/guides.repository.js';
import { type TestApp, TestClient } from '../setup/test-app.js';

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

/** Where a form token comes from: the test's database (the signing key) and the app's clock (the server ages by it). */
type FormIssuer = Pick<TestApp, 'db' | 'now'>;

/**
 * A genuine form token issued `ageSeconds` before the app's "now" (the real form waits; tests travel back in time
 * instead). Measured on the app's clock, never the wall clock, so a test that fixes the clock gets a valid token.
 */
export async function formTokenAged(t: FormIssuer, ageSeconds = 30): Promise<string> {
  return signFormToken(await loadFormSecret(t.db.db), t.now().getTime() - ageSeconds * 1000);
}

export function uniqueCommenterEmail(prefix = 'reader'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@commenter.test`;
}

export async function commentBody(t: FormIssuer, overrides: Partial<PostCommentInput> = {}): Promise<PostCommentInput> {
  return {
    name: 'Robin Reader',
    email: uniqueCommenterEmail(),
    website: '',
    comment: 'This guide helped me think about my next step.',
    notifyOnReply: false,
    formToken: await formTokenAged(t),
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
