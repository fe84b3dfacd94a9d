import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { opportunityBody, organizationWithMember, publishOpportunity } from '#tests/factories/board.js';
import { signedInClient } from '#tests/factories/users.js';
import { createTestApp, type TestApp, TestClient } from '#tests/setup/test-app.js';

let t: TestApp;
let org: Awaited<ReturnType<typeof organizationWithMember>>;
let anonymous: TestClient;
// A word no other test's listing uses, so searches here see only this file's rows.
const TAG = 'zephyrine';

beforeAll(async () => {
  t = await createTestApp();
  org = await organizationWithMember(t.app, t.db.db, { name: 'Front Range Wellness Alliance' });
  anonymous = new TestClient(t.app);
});
afterAll(async () => {
  await t.close();
});

function titles(body: { items: { title: string }[] }): string[] {
  return body.items.map((i) => i.title);
}

describe('publishing opportunities', () => {
  it('publishes with every field and shows it to anyone', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, {
      title: 'Crisis line counseling intern',
      kind: 'internship',
      causes: ['mental-health'],
      careerIds: ['licensed-professional-counselor'],
      startDate: '2030-01-06',
      endDate: '2030-06-30',
      countsAsPlacement: true,
      placementLicense: 'LPC (Colorado)',
      hasLicensedSupervisor: true,
      questions: ['Which shifts can you cover?', 'Tell us about a time you listened well.'],
    });
    const detail = (await anonymous.get(`/api/opportunities/${id}`)).json();
    expect(detail).toMatchObject({
      title: 'Crisis line counseling intern',
      kind: 'internship',
      status: 'open',
      organization: { id: org.organizationId, name: 'Front Range Wellness Alliance' },
      careers: [{ id: 'licensed-professional-counselor', title: expect.any(String) }],
      startDate: '2030-01-06',
      endDate: '2030-06-30',
      isOngoing: false,
      countsAsPlacement: true,
      placementLicense: 'LPC (Colorado)',
      hasLicensedSupervisor: true,
      questions: ['Which shifts can you cover?', 'Tell us about a time you listened well.'],
      viewer: { isSignedIn: false, isMember: false, isSaved: false, application: null },
    });
    expect(detail.publishedAt).toEqual(expect.any(String));
    expect(detail.description).toBe(opportunityBody().description);
    expect(detail).not.toHaveProperty('descriptionHtml');
  });

  it('keeps drafts to the organization until published', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, { status: 'draft', title: 'Draft role' });
    expect((await anonymous.get(`/api/opportunities/${id}`)).statusCode).toBe(404);
    expect((await org.client.get(`/api/opportunities/${id}`)).json().viewer.isMember).toBe(true);
    const published = await org.client.patch(`/api/opportunities/${id}`, { status: 'open' });
    expect(published.statusCode).toBe(200);
    expect(published.json().publishedAt).toEqual(expect.any(String));
    expect((await anonymous.get(`/api/opportunities/${id}`)).statusCode).toBe(200);
  });

  it('only members of the organization edit, publish or close its opportunities', async () => {
    const id = await publishOpportunity(org.client, org.organizationId);
    const outsider = await organizationWithMember(t.app, t.db.db);
    const seeker = await signedInClient(t.app, t.db.db, ['explorer']);
    for (const client of [outsider.client, seeker.client]) {
      expect((await client.patch(`/api/opportunities/${id}`, { title: 'Taken over' })).statusCode).toBe(403);
      expect((await client.patch(`/api/opportunities/${id}`, { status: 'closed' })).statusCode).toBe(403);
      const created = await client.post(`/api/organizations/${org.organizationId}/opportunities`, opportunityBody());
      expect(created.statusCode).toBe(403);
    }
    expect((await anonymous.patch(`/api/opportunities/${id}`, { title: 'Taken over' })).statusCode).toBe(401);
    const detail = (await anonymous.get(`/api/opportunities/${id}`)).json();
    expect(detail.title).toBe('After-school reading buddy');
    expect(detail.status).toBe('open');
  });

  it('closes manually and reopens; a listing past its end date cannot reopen', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, { endDate: '2031-01-01' });
    const closed = (await org.client.patch(`/api/opportunities/${id}`, { status: 'closed' })).json();
    expect(closed).toMatchObject({ status: 'closed', closedReason: 'manual' });
    const reopened = (await org.client.patch(`/api/opportunities/${id}`, { status: 'open' })).json();
    expect(reopened).toMatchObject({ status: 'open', closedReason: null });

    await t.db.db.execute(
      sql`update opportunities set status = 'closed', closed_reason = 'ended', end_date = '2020-01-01' where id = ${id}`,
    );
    const refused = await org.client.patch(`/api/opportunities/${id}`, { status: 'open' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0].path).toBe('body.endDate');
  });
});

describe('bad input: a clear 400 naming the field, and nothing saved', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['end before start', { startDate: '2030-05-01', endDate: '2030-04-30' }, 'body.endDate'],
    ['impossible calendar date', { startDate: '2030-02-30' }, 'body.startDate'],
    ['negative hours', { hoursPerWeek: -4 }, 'body.hoursPerWeek'],
    ['zero hours', { hoursPerWeek: 0 }, 'body.hoursPerWeek'],
    ['unknown cause', { causes: ['education', 'space-travel'] }, 'body.causes.1'],
    ['latitude out of range', { lat: 91 }, 'body.lat'],
    ['longitude out of range', { lon: -181 }, 'body.lon'],
    ['latitude without longitude', { lon: null }, 'body.lon'],
    ['on-site without a place', { lat: null, lon: null, isRemote: false }, 'body.lat'],
    ['unknown career', { careerIds: ['astronaut'] }, 'body.careerIds.0'],
    ['six questions', { questions: ['q1?', 'q2?', 'q3?', 'q4?', 'q5?', 'q6?'] }, 'body.questions'],
    ['unknown kind', { kind: 'gig' }, 'body.kind'],
    ['open with an end date already past', { endDate: '2001-01-01' }, 'body.endDate'],
    // Stored as typed, so the one character PostgreSQL text cannot hold is a 400, never a 500.
    [
      'a description with a NUL character',
      { description: 'Long enough, with a \u0000 inside it.' },
      'body.description',
    ],
  ];
  for (const [label, override, path] of cases) {
    it(label, async () => {
      const title = `Bad input ${TAG} ${label}`;
      const response = await org.client.post(
        `/api/organizations/${org.organizationId}/opportunities`,
        opportunityBody({ ...override, title }),
      );
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().error.code).toBe('BAD_REQUEST');
      expect(response.json().error.details.map((d: { path: string }) => d.path)).toContain(path);
      const listing = (await org.client.get(`/api/organizations/${org.organizationId}`)).json();
      expect(titles({ items: listing.opportunities })).not.toContain(title);
    });
  }

  it('an update that would make dates impossible is refused and changes nothing', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, {
      startDate: '2030-03-01',
      endDate: '2030-09-01',
    });
    const refused = await org.client.patch(`/api/opportunities/${id}`, { endDate: '2030-02-01', title: 'Renamed' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details[0]).toEqual({
      path: 'body.endDate',
      message: expect.stringContaining('startDate'),
    });
    const detail = (await org.client.get(`/api/opportunities/${id}`)).json();
    expect(detail).toMatchObject({ endDate: '2030-09-01', title: 'After-school reading buddy' });
  });
});

describe('Markdown descriptions', () => {
  const typed =
    '## What you will do\n\nPress <Enter> to submit the intake form; questions go to email <jane@example.org>.\n\n' +
    '<script>alert("xss")</script> <img src=x onerror="alert(1)"> [bad](javascript:alert(1)) & "quotes" < 3';

  it('stores a description exactly as typed and gives it back unchanged', async () => {
    const id = await publishOpportunity(org.client, org.organizationId, {
      title: 'Angle bracket listing quillwort',
      description: typed,
    });
    const detail = (await anonymous.get(`/api/opportunities/${id}`)).json();
    expect(detail.description).toBe(typed);
    expect(detail).not.toHaveProperty('descriptionHtml');

    // The search excerpt is the plain text of the Markdown: markup gone, typed angle brackets kept.
    const search = (await anonymous.get('/api/opportunities?q=quillwort')).json();
    const found = search.items.find((item: { id: string }) => item.id === id);
    expect(found.excerpt).toMatch(
      /^What you will do Press <Enter> to submit the intake form; questions go to email <jane@example\.org>\./,
    );

    // An edit is stored as typed too.
    const edited = 'Press <Enter> to submit, then email <jane@example.org> with <any> questions.';
    const patched = await org.client.patch(`/api/opportunities/${id}`, { description: edited });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().description).toBe(edited);
    expect((await anonymous.get(`/api/opportunities/${id}`)).json().description).toBe(edited);
  });
});

describe('search', () => {
  beforeAll(async () => {
    const denver = { lat: 39.7392, lon: -104.9903 };
    await publishOpportunity(org.client, org.organizationId, {
      title: `Peer counseling volunteer ${TAG}`,
      description: 'Offer peer counseling to students at the campus wellness center, with weekly supervision.',
      causes: ['mental-health'],
      careerIds: ['licensed-professional-counselor'],
      ...denver,
      hoursPerWeek: 4,
    });
    await publishOpportunity(org.client, org.organizationId, {
      title: `Family therapy practicum ${TAG}`,
      kind: 'field-placement',
      description: 'A supervised practicum seeing couples and families at our Boulder clinic.',
      causes: ['mental-health', 'children-families'],
      careerIds: ['marriage-and-family-therapist'],
      lat: 40.015,
      lon: -105.2705,
      hoursPerWeek: 20,
      countsAsPlacement: true,
      hasLicensedSupervisor: true,
    });
    await publishOpportunity(org.client, org.organizationId, {
      title: `Remote tutoring coordinator ${TAG}`,
      kind: 'entry-job',
      description: 'Coordinate online tutors for adult learners preparing for their high school equivalency exam.',
      causes: ['adult-learning'],
      careerIds: [],
      isRemote: true,
      lat: null,
      lon: null,
      address: null,
      hoursPerWeek: 30,
    });
    await publishOpportunity(org.client, org.organizationId, {
      title: `Trail restoration crew ${TAG}`,
      description: 'Rebuild eroded trail sections in the foothills west of Golden.',
      causes: ['environment'],
      careerIds: ['conservation-scientist'],
      lat: 39.7555,
      lon: -105.2211,
      hoursPerWeek: 6,
    });
  });

  it('finds "counseling" when asked for "counselor", ranked by relevance', async () => {
    const body = (await anonymous.get(`/api/opportunities?q=${TAG}+counselor`)).json();
    expect(titles(body)[0]).toBe(`Peer counseling volunteer ${TAG}`);
    const therapist = (await anonymous.get(`/api/opportunities?q=${TAG}+therapist`)).json();
    expect(titles(therapist)).toEqual([`Family therapy practicum ${TAG}`]);
  });

  it('filters by kind, cause, career, remote, hours and placement', async () => {
    const get = async (query: string) => titles((await anonymous.get(`/api/opportunities?q=${TAG}&${query}`)).json());
    expect(await get('kind=field-placement,entry-job')).toEqual(
      expect.arrayContaining([`Family therapy practicum ${TAG}`, `Remote tutoring coordinator ${TAG}`]),
    );
    expect(await get('kind=field-placement,entry-job')).toHaveLength(2);
    expect(await get('cause=environment')).toEqual([`Trail restoration crew ${TAG}`]);
    expect(await get('career=marriage-and-family-therapist')).toEqual([`Family therapy practicum ${TAG}`]);
    expect(await get('remote=only')).toEqual([`Remote tutoring coordinator ${TAG}`]);
    expect(await get('remote=exclude')).toHaveLength(3);
    expect(await get('maxHours=5')).toEqual([`Peer counseling volunteer ${TAG}`]);
    expect(await get('placement=true')).toEqual([`Family therapy practicum ${TAG}`]);
  });

  it('finds listings within a distance of a point or a city, nearest first', async () => {
    const denver = (
      await anonymous.get(`/api/opportunities?q=${TAG}&near=39.7392,-104.9903&km=25&sort=distance`)
    ).json();
    expect(titles(denver)).toEqual([`Peer counseling volunteer ${TAG}`, `Trail restoration crew ${TAG}`]);
    expect(denver.items[0].distanceKm).toBe(0);
    expect(denver.items[1].distanceKm).toBeGreaterThan(15);
    expect(denver.items[1].distanceKm).toBeLessThan(25);
    expect(denver.near).toMatchObject({ lat: 39.7392, lon: -104.9903, km: 25, unit: 'km' });

    const wider = (await anonymous.get(`/api/opportunities?q=${TAG}&near=Denver,%20CO&km=50&sort=distance`)).json();
    expect(titles(wider)).toEqual([
      `Peer counseling volunteer ${TAG}`,
      `Trail restoration crew ${TAG}`,
      `Family therapy practicum ${TAG}`,
    ]);
    expect(wider.near.label).toBe('Denver, CO');
    expect(wider.near.unit).toBe('mi');
    const byName = (await anonymous.get(`/api/opportunities?q=${TAG}&near=denver&km=5`)).json();
    expect(titles(byName)).toEqual([`Peer counseling volunteer ${TAG}`]);
  });

  it('reads a US ZIP code and any "City, ST" from the shipped gazetteer, with miles', async () => {
    // 80202 is downtown Denver's ZIP code; 31 miles is about 50 km.
    const byZip = (await anonymous.get(`/api/opportunities?q=${TAG}&near=80202&mi=31&sort=distance`)).json();
    expect(byZip.near).toMatchObject({ label: '80202 (Denver, CO)', unit: 'mi' });
    expect(byZip.near.km).toBeCloseTo(31 * 1.609344);
    expect(titles(byZip)).toContain(`Peer counseling volunteer ${TAG}`);
    for (const near of ['19107', 'Springfield,%20IL', 'springfield,%20illinois', 'Boulder,%20CO']) {
      const response = await anonymous.get(`/api/opportunities?near=${near}`);
      expect(response.statusCode, near).toBe(200);
    }
    const springfield = (await anonymous.get('/api/opportunities?near=Springfield,%20IL')).json();
    expect(springfield.near.label).toBe('Springfield, IL');
  });

  it('says in plain words why a place was not understood', async () => {
    for (const near of ['Atlantis', '00000', 'Springfield', 'Springfield,%20ZZ', '91,10']) {
      const response = await anonymous.get(`/api/opportunities?near=${near}`);
      expect(response.statusCode, near).toBe(400);
      const { error } = response.json();
      expect(error.message, near).not.toMatch(/lat,lon|\/api\/|query\.near|must be/);
      expect(error.details[0].message, near).toBe(error.message);
    }
    const ambiguous = (await anonymous.get('/api/opportunities?near=Springfield')).json();
    expect(ambiguous.error.message).toMatch(/^\d+ states have a place called Springfield: add the state/);
  });

  it('suggests places and ZIP codes as a person types', async () => {
    const places = (await anonymous.get('/api/places/suggestions?q=Springf')).json();
    expect(places.suggestions[0]).toBe('Springfield, IL');
    expect(places.suggestions).toHaveLength(8);
    expect(places.source).toMatch(/Census Bureau/);
    const zips = (await anonymous.get('/api/places/suggestions?q=1910')).json();
    expect(zips.suggestions).toContain('19107 (Philadelphia, PA)');
  });

  it('sorts by date, newest first', async () => {
    const body = (await anonymous.get(`/api/opportunities?q=${TAG}&sort=date`)).json();
    expect(titles(body)[0]).toBe(`Trail restoration crew ${TAG}`);
    expect(body.total).toBe(4);
  });

  it('refuses unusable places and sort options, naming the parameter', async () => {
    const cases: [string, string][] = [
      ['near=91,10', 'query.near'],
      ['near=10,181', 'query.near'],
      ['near=Atlantis', 'query.near'],
      ['near=Portland', 'query.near'],
      ['sort=distance', 'query.sort'],
      ['km=-3&near=Denver', 'query.km'],
      ['maxHours=-1', 'query.maxHours'],
      ['cause=unknown', 'query.cause.0'],
      ['kind=gig', 'query.kind.0'],
    ];
    for (const [query, path] of cases) {
      const response = await anonymous.get(`/api/opportunities?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.details[0].path, query).toBe(path);
    }
    const portland = await anonymous.get('/api/opportunities?near=Portland,%20OR');
    expect(portland.statusCode).toBe(200);
  });

  it('treats a stop-word-only query as no text filter and punctuation as no match', async () => {
    const stop = await anonymous.get(`/api/opportunities?q=the&cause=environment`);
    expect(stop.statusCode).toBe(200);
    expect(titles(stop.json())).toContain(`Trail restoration crew ${TAG}`);
    const punctuation = await anonymous.get('/api/opportunities?q=%21%21%21');
    expect(punctuation.json()).toMatchObject({ items: [], total: 0 });
  });

  it('is described in the OpenAPI document with every filter', async () => {
    const doc = (await anonymous.get('/api/openapi.json')).json();
    const names = doc.paths['/api/opportunities'].get.parameters.map((p: { name: string }) => p.name);
    expect(names).toEqual(
      expect.arrayContaining(['q', 'kind', 'cause', 'career', 'remote', 'maxHours', 'placement', 'near', 'km', 'sort']),
    );
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/organizations',
        '/api/applications/{id}',
        '/api/me/experience',
        '/api/volunteer-hours/{id}',
      ]),
    );
  });

  it('lists the shipped places with their source', async () => {
    const body = (await anonymous.get('/api/places')).json();
    expect(body.places).toEqual(expect.arrayContaining([expect.objectContaining({ label: 'Denver, CO' })]));
    expect(body.source).toMatch(/approximate/i);
  });
});

describe('saving', () => {
  it('saves and forgets; drafts cannot be saved', async () => {
    const seeker = await signedInClient(t.app, t.db.db, ['explorer']);
    const id = await publishOpportunity(org.client, org.organizationId, { title: 'Saveable role' });
    expect((await seeker.client.put(`/api/me/saved-opportunities/${id}`)).statusCode).toBe(204);
    expect((await seeker.client.put(`/api/me/saved-opportunities/${id}`)).statusCode).toBe(204);
    expect(titles((await seeker.client.get('/api/me/saved-opportunities')).json())).toEqual(['Saveable role']);
    expect((await seeker.client.get(`/api/opportunities/${id}`)).json().viewer.isSaved).toBe(true);
    expect((await seeker.client.delete(`/api/me/saved-opportunities/${id}`)).statusCode).toBe(204);
    expect((await seeker.client.get('/api/me/saved-opportunities')).json().items).toEqual([]);
    const draft = await publishOpportunity(org.client, org.organizationId, { status: 'draft' });
    expect((await seeker.client.put(`/api/me/saved-opportunities/${draft}`)).statusCode).toBe(404);
  });

  it('recommends open listings from the causes of saved ones, leaving out what was saved', async () => {
    const seeker = await signedInClient(t.app, t.db.db, ['explorer']);
    const saved = await publishOpportunity(org.client, org.organizationId, {
      title: 'Saved legal clinic helper',
      causes: ['legal-aid'],
      careerIds: [],
    });
    await publishOpportunity(org.client, org.organizationId, {
      title: 'Tenant rights hotline',
      causes: ['legal-aid', 'basic-needs'],
      careerIds: [],
    });
    const before = (await seeker.client.get('/api/me/recommendations')).json();
    expect(before.basis).toBe('none');
    await seeker.client.put(`/api/me/saved-opportunities/${saved}`);
    const after = (await seeker.client.get('/api/me/recommendations')).json();
    expect(after.basis).toBe('saved');
    expect(after.causes).toContain('legal-aid');
    expect(titles(after)[0]).toBe('Tenant rights hotline');
    expect(titles(after)).not.toContain('Saved legal clinic helper');
  });

  it('recommends from the causes and matched careers of the latest saved assessment', async () => {
    const seeker = await signedInClient(t.app, t.db.db, ['explorer']);
    await publishOpportunity(org.client, org.organizationId, {
      title: 'Watershed survey volunteer',
      causes: ['environment'],
      careerIds: ['conservation-scientist'],
    });
    const match = await seeker.client.post('/api/match', {
      causes: ['environment'],
      scale: 'micro',
      clientContact: 'low',
      maxEducation: 'master',
    });
    expect(match.statusCode, match.body).toBe(200);
    const body = (await seeker.client.get('/api/me/recommendations')).json();
    expect(body.basis).toBe('assessment');
    expect(body.causes).toEqual(['environment']);
    expect(titles(body)[0]).toBe('Watershed survey volunteer');
  });
});
