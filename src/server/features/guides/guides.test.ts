import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser } from '#server/users/users.service.js';
import { anonymousClient, createTestGuide } from '#tests/factories/guides.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, type TestClient } from '#tests/setup/test-app.js';
import { seedDemoGuideComments } from './guides.demo.js';
import { ensureGuidesLoaded, readGuideFiles } from './guides.loader.js';

let t: TestApp;
let admin: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await signedInClient(t.app, t.db.db, ['admin'])).client;
});
afterAll(async () => t.close());

const SHIPPED = readGuideFiles().map((f) => f.name.replace(/\.md$/, ''));

function newGuide(overrides: Record<string, unknown> = {}) {
  return {
    slug: `admin-guide-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Finding a supervisor',
    summary: 'What to ask before you start.',
    tags: ['supervision'],
    careers: ['licensed-professional-counselor'],
    causes: ['mental-health'],
    author: 'Alex Admin',
    date: '2026-11-21',
    body: '## Ask early\n\nAsk about their license.',
    status: 'published',
    ...overrides,
  };
}

describe('shipped guides', () => {
  it('are loaded on start: at least nine, published, in their reading order', async () => {
    expect(SHIPPED.length).toBeGreaterThanOrEqual(9);
    const response = await anonymousClient(t.app).get('/api/guides?pageSize=50');
    expect(response.statusCode).toBe(200);
    const list = response.json();
    const slugs = list.items.map((g: { slug: string }) => g.slug);
    expect(slugs).toEqual(expect.arrayContaining(SHIPPED));
    expect(slugs[0]).toBe('aligning-your-career-with-your-values');
    expect(list.tags).toEqual(expect.arrayContaining([expect.objectContaining({ tag: 'getting-started' })]));
    expect(list.items[0]).toMatchObject({ status: 'published', origin: 'repository', author: 'Vocare editorial team' });
  });

  it('each links to its careers, the assessment, and the guides next to it', async () => {
    const visitor = anonymousClient(t.app);
    for (const slug of SHIPPED) {
      const response = await visitor.get(`/api/guides/${slug}`);
      expect(response.statusCode, slug).toBe(200);
      const guide = response.json();
      expect(guide.careers.length, slug).toBeGreaterThan(0);
      expect(guide.careers.map((c: { id: string }) => c.id)).toEqual(guide.careerIds);
      expect(guide.body, slug).toContain('](/assessment)');
      for (const career of guide.careers)
        expect(guide.body, `${slug} -> ${career.id}`).toContain(`/careers/${career.id}`);
      expect(guide.previous !== null || guide.next !== null).toBe(true);
    }
    const first = (await visitor.get('/api/guides/aligning-your-career-with-your-values')).json();
    expect(first.previous).toBeNull();
    expect(first.next).toEqual({
      slug: 'education-routes-into-helping-careers',
      title: 'Education routes: degrees, certificates and studying flexibly',
    });
    const second = (await visitor.get('/api/guides/education-routes-into-helping-careers')).json();
    expect(second.previous?.slug).toBe('aligning-your-career-with-your-values');
  });
});

describe('index search and tags', () => {
  it('finds guides by words in title, summary, tags and body, prefix-matched', async () => {
    const visitor = anonymousClient(t.app);
    const search = async (q: string) =>
      (await visitor.get(`/api/guides?q=${encodeURIComponent(q)}`)).json().items.map((g: { slug: string }) => g.slug);
    expect((await search('volunt'))[0]).toBe('gaining-experience-by-volunteering-and-interning');
    expect(await search('compassion fatigue')).toContain('burnout-compassion-fatigue-and-looking-after-yourself');
    expect(await search('supervised hours')).toContain('licensure-and-supervised-hours');
    expect(await search('zzzqqq')).toEqual([]);
    expect(await search('!!!')).toEqual([]);
    // A query of stop words only filters nothing rather than everything.
    expect((await search('the')).length).toBeGreaterThanOrEqual(9);
  });

  it('filters by tag and pages', async () => {
    const visitor = anonymousClient(t.app);
    const tagged = (await visitor.get('/api/guides?tag=licensure')).json();
    expect(tagged.items.map((g: { slug: string }) => g.slug)).toEqual(['licensure-and-supervised-hours']);
    const page = (await visitor.get('/api/guides?pageSize=3&page=2')).json();
    expect(page).toMatchObject({ page: 2, pageSize: 3 });
    expect(page.items).toHaveLength(3);
    const bad = await visitor.get('/api/guides?tag=Not%20A%20Tag');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].path).toBe('query.tag');
  });

  it('hides drafts from readers but not from admins', async () => {
    const draft = await createTestGuide(t.db.db, { status: 'draft' });
    const visitor = anonymousClient(t.app);
    expect((await visitor.get(`/api/guides/${draft.slug}`)).statusCode).toBe(404);
    expect(
      (await visitor.get('/api/guides?pageSize=50')).json().items.map((g: { slug: string }) => g.slug),
    ).not.toContain(draft.slug);
    const seen = await admin.get(`/api/guides/${draft.slug}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ status: 'draft', previous: null, next: null });
    expect((await admin.get('/api/admin/guides')).json().items[0].status).toBe('draft');
    expect((await visitor.get('/api/guides/no-such-guide')).statusCode).toBe(404);
  });
});

describe('admin editing', () => {
  it('lets only admins write guides', async () => {
    const { client: explorer } = await signedInClient(t.app, t.db.db, ['explorer']);
    expect((await anonymousClient(t.app).post('/api/admin/guides', newGuide())).statusCode).toBe(401);
    expect((await explorer.post('/api/admin/guides', newGuide())).statusCode).toBe(403);
    expect((await explorer.get('/api/admin/guides')).statusCode).toBe(403);
    expect((await explorer.put(`/api/admin/guides/${SHIPPED[0]}`, newGuide())).statusCode).toBe(403);
  });

  it('creates a draft, previews it, publishes it', async () => {
    const body = newGuide({ status: 'draft' });
    const created = await admin.post('/api/admin/guides', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      slug: body.slug,
      status: 'draft',
      origin: 'admin',
      careers: [{ id: 'licensed-professional-counselor', title: 'Licensed professional counselor', scale: 'micro' }],
    });
    expect((await anonymousClient(t.app).get(`/api/guides/${body.slug}`)).statusCode).toBe(404);
    const published = await admin.put(`/api/admin/guides/${body.slug}`, { ...body, status: 'published' });
    expect(published.statusCode).toBe(200);
    expect((await anonymousClient(t.app).get(`/api/guides/${body.slug}`)).json().title).toBe('Finding a supervisor');
  });

  it('refuses bad input naming the field', async () => {
    const cases: [Record<string, unknown>, string, number][] = [
      [{ slug: 'Bad Slug' }, 'body.slug', 400],
      [{ slug: 'moderation' }, 'body.slug', 400],
      [{ title: '' }, 'body.title', 400],
      [{ tags: [] }, 'body.tags', 400],
      [{ causes: ['kindness'] }, 'body.causes.0', 400],
      [{ date: '2026-13-01' }, 'body.date', 400],
      [{ body: '   ' }, 'body.body', 400],
      [{ status: 'live' }, 'body.status', 400],
      [{ careers: ['no-such-career'] }, 'body.careers', 400],
      [{ slug: SHIPPED[0] }, 'body.slug', 409],
    ];
    for (const [override, path, status] of cases) {
      const response = await admin.post('/api/admin/guides', newGuide(override));
      expect(response.statusCode, path).toBe(status);
      expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    expect((await admin.put('/api/admin/guides/no-such-guide', newGuide())).statusCode).toBe(404);
  });

  it('renames a guide and refuses to take another guide’s slug', async () => {
    const body = newGuide();
    await admin.post('/api/admin/guides', body);
    const renamed = await admin.put(`/api/admin/guides/${body.slug}`, { ...body, slug: `${body.slug}-v2` });
    expect(renamed.statusCode).toBe(200);
    expect((await anonymousClient(t.app).get(`/api/guides/${body.slug}`)).statusCode).toBe(404);
    const clash = await admin.put(`/api/admin/guides/${body.slug}-v2`, { ...body, slug: SHIPPED[1] });
    expect(clash.statusCode).toBe(409);
  });

  it('an edited shipped guide becomes admin-owned and the loader leaves it alone', async () => {
    const slug = 'starting-your-own-initiative';
    const original = (await admin.get(`/api/guides/${slug}`)).json();
    const edited = await admin.put(`/api/admin/guides/${slug}`, {
      slug,
      title: 'Starting your own initiative (edited)',
      summary: original.summary,
      tags: original.tags,
      careers: original.careerIds,
      causes: original.causes,
      author: 'Alex Admin',
      date: original.date,
      body: `${original.body}\n\nAn admin's addition.`,
      status: 'published',
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().origin).toBe('admin');

    // The shipped file changes; the admin's version stays.
    const files = readGuideFiles().map((f) =>
      f.name === `${slug}.md` ? { ...f, text: f.text.replace('Starting your own initiative', 'A new file title') } : f,
    );
    const result = await ensureGuidesLoaded(t.db.db, files);
    expect(result.keptAdmin).toEqual([slug]);
    expect((await anonymousClient(t.app).get(`/api/guides/${slug}`)).json().title).toBe(
      'Starting your own initiative (edited)',
    );
  });
});

describe('demo data', () => {
  it('seeds one published conversation and one waiting comment, once', async () => {
    for (const email of ['trainee@demo.vocare.test', 'supervisor@demo.vocare.test']) {
      await ensureUser(t.db.db, {
        email,
        password: 'demo-password-1',
        displayName: email.split('@')[0] ?? email,
        roles: ['explorer'],
      });
    }
    await seedDemoGuideComments(t.db.db);
    await seedDemoGuideComments(t.db.db);
    const threads = (await anonymousClient(t.app).get('/api/guides/licensure-and-supervised-hours/comments')).json();
    expect(threads).toMatchObject({ total: 2, threads: 1 });
    expect(threads.items[0].replies).toHaveLength(1);
    const queue = (await admin.get('/api/admin/comments')).json();
    expect(queue.items.filter((i: { authorName: string }) => i.authorName === 'Jordan')).toHaveLength(1);
  });
});
