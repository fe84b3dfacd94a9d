// Demo content for the experience board: organizations across all thirteen cause areas with
// listings in real US cities, plus a few applications and hours so every screen has something
// to show. All text is Vocare's own. The whole set is written in one transaction and skipped
// when it is already there (the seed runs on every demo start).
import type { CauseId } from '#contracts/vocabulary.js';
import type { Db } from '#server/db/client.js';
import { findUserByEmail } from '#server/users/users.repository.js';
import * as applicationRepo from './applications.repository.js';
import * as repo from './opportunities.repository.js';
import { buildSearchText } from './opportunity-views.js';
import * as orgRepo from './organizations.repository.js';

const DAY = 24 * 3600 * 1000;

interface DemoListing {
  key: string;
  title: string;
  kind: 'volunteer' | 'internship' | 'field-placement' | 'entry-job';
  description: string;
  causes: CauseId[];
  careerIds?: string[];
  place: [string, number, number] | 'remote';
  hoursPerWeek: number;
  /** Days from today; null = no date (start any time / ongoing). */
  startInDays?: number | null;
  endInDays?: number | null;
  placement?: { license: string | null; hasSupervisor: boolean };
  skills?: string[];
  questions?: string[];
  status?: 'draft' | 'open' | 'closed';
  /** How long ago it was published and last updated. */
  ageDays: number;
}

interface DemoOrganization {
  key: string;
  name: string;
  mission: string;
  causes: CauseId[];
  location: string;
  website: string | null;
  listings: DemoListing[];
}

/** Fixed ids, so links in docs and tests stay valid between demo databases. */
function demoId(group: number, n: number): string {
  return `d3e0b0a0-0000-4000-8000-${String(group).padStart(4, '0')}${String(n).padStart(8, '0')}`;
}

const ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'riverside',
    name: 'Riverside Community Services',
    mission: 'We bring food, housing help and after-school programs for Riverside families under one roof.',
    causes: ['community-development', 'basic-needs', 'children-families'],
    location: 'Denver, CO',
    website: 'https://riverside.example.org',
    listings: [
      {
        key: 'pantry',
        title: 'Food pantry shift lead',
        kind: 'volunteer',
        description:
          'Run a Saturday shift at our client-choice pantry: set up the shelves, welcome shoppers, and keep the line moving with a smile.\n\n## What you will do\n- Brief the other volunteers at the start of the shift\n- Help shoppers who need a hand or a translator\n- Record what went out so we can reorder\n\nNo experience needed; we train every lead on their first two shifts.',
        causes: ['basic-needs', 'community-development'],
        careerIds: ['social-and-human-service-assistant', 'nonprofit-program-manager'],
        place: ['2400 W 32nd Ave, Denver, CO', 39.7621, -105.0159],
        hoursPerWeek: 4,
        skills: ['organizing', 'Spanish (helpful)', 'lifting up to 20 lb'],
        questions: ['Which Saturdays can you usually make?'],
        ageDays: 12,
      },
      {
        key: 'homework',
        title: 'After-school homework club mentor',
        kind: 'volunteer',
        description:
          'Sit with a small table of 4th-6th graders twice a week and help them get through their homework. Mostly it is about being a steady, patient adult who shows up.\n\nA background check is required and paid for by us.',
        causes: ['children-families', 'education'],
        careerIds: ['k-12-teacher', 'academic-and-career-counselor'],
        place: ['2400 W 32nd Ave, Denver, CO', 39.7621, -105.0159],
        hoursPerWeek: 3,
        startInDays: 10,
        endInDays: 190,
        skills: ['patience', 'math through grade 6'],
        questions: ['Which afternoons (Mon-Thu, 3:30-5:30) suit you?', 'Have you worked with children before?'],
        ageDays: 20,
      },
      {
        key: 'msw',
        title: 'Social work field placement (BSW/MSW)',
        kind: 'field-placement',
        description:
          'A year-long placement on our family services team. You will carry a small caseload under an LCSW, join intake interviews, and connect families with housing, benefits and counseling.\n\n**Weekly one-hour individual supervision** is part of the placement, and we work with your school on learning agreements.',
        causes: ['basic-needs', 'children-families'],
        careerIds: ['clinical-social-worker', 'human-services-case-worker', 'child-and-family-social-worker'],
        place: ['2400 W 32nd Ave, Denver, CO', 39.7621, -105.0159],
        hoursPerWeek: 16,
        startInDays: -60,
        endInDays: 240,
        placement: { license: 'LCSW (Colorado)', hasSupervisor: true },
        skills: ['case notes', 'motivational interviewing'],
        questions: ['Which program are you enrolled in, and how many hours does it require?'],
        ageDays: 30,
      },
      {
        key: 'outreach',
        title: 'Community outreach coordinator',
        kind: 'entry-job',
        description:
          'A paid, full-time first job for someone who loves talking to neighbours. You will plan block events, keep our partner list current, and make sure families hear about services before they are in crisis.',
        causes: ['community-development'],
        careerIds: ['community-organizer', 'community-health-worker'],
        place: ['2400 W 32nd Ave, Denver, CO', 39.7621, -105.0159],
        hoursPerWeek: 40,
        skills: ['event planning', 'bilingual English/Spanish'],
        questions: ['Tell us about a time you brought people together around a shared problem.'],
        ageDays: 5,
      },
      {
        key: 'draft',
        title: 'Winter coat drive volunteer',
        kind: 'volunteer',
        description: 'Sort and hand out donated coats in November and December. Details to come.',
        causes: ['basic-needs'],
        place: ['2400 W 32nd Ave, Denver, CO', 39.7621, -105.0159],
        hoursPerWeek: 3,
        status: 'draft',
        ageDays: 1,
      },
    ],
  },
  {
    key: 'harborlight',
    name: 'Harborlight Mental Health Collective',
    mission: 'We make it easier to ask for help by answering every call, text and knock at our door.',
    causes: ['mental-health'],
    location: 'Seattle, WA',
    website: 'https://harborlight.example.org',
    listings: [
      {
        key: 'textline',
        title: 'Crisis text line volunteer',
        kind: 'volunteer',
        description:
          'Answer texts from people in distress from wherever you are. After 30 hours of online training you take one four-hour shift a week, with a clinical supervisor on every shift.\n\nThis work is meaningful and heavy; we build in debriefs and peer support.',
        causes: ['mental-health'],
        careerIds: ['licensed-professional-counselor', 'psychologist'],
        place: 'remote',
        hoursPerWeek: 4,
        skills: ['active listening', 'calm under pressure'],
        questions: ['What draws you to crisis support?', 'How do you look after yourself after a hard conversation?'],
        ageDays: 8,
      },
      {
        key: 'practicum',
        title: 'Clinical mental health counseling practicum',
        kind: 'field-placement',
        description:
          'For master’s students in counseling: see adult clients for individual counseling at our Capitol Hill clinic, co-lead one group, and take part in weekly case consultation.\n\nHours here can count toward your program’s practicum and internship requirements.',
        causes: ['mental-health'],
        careerIds: ['licensed-professional-counselor', 'marriage-and-family-therapist'],
        place: ['1520 E Pine St, Seattle, WA', 47.6152, -122.3125],
        hoursPerWeek: 20,
        startInDays: 30,
        endInDays: 300,
        placement: { license: 'LMHC (Washington)', hasSupervisor: true },
        skills: ['CBT basics', 'documentation'],
        questions: ['Which program are you in, and when does your practicum start?'],
        ageDays: 14,
      },
    ],
  },
  {
    key: 'summit',
    name: 'Summit Physical Recovery Clinic',
    mission: 'We help people move again after injury, surgery or stroke, whatever their insurance says.',
    causes: ['rehabilitation', 'health'],
    location: 'Salt Lake City, UT',
    website: null,
    listings: [
      {
        key: 'aide',
        title: 'Rehabilitation aide volunteer',
        kind: 'volunteer',
        description:
          'Set up equipment, clean between sessions, and walk alongside patients as they practise. A good fit if you are thinking about physical or occupational therapy and want to see the work up close.',
        causes: ['rehabilitation'],
        careerIds: ['physical-therapist', 'occupational-therapist'],
        place: ['450 S 900 E, Salt Lake City, UT', 40.7587, -111.8651],
        hoursPerWeek: 5,
        skills: ['reliability', 'comfortable with patients'],
        ageDays: 25,
      },
      {
        key: 'observation',
        title: 'PT and OT observation hours',
        kind: 'internship',
        description:
          'Physical and occupational therapy programs ask applicants for observation hours. Shadow our therapists across outpatient orthopedics and neuro rehab and get your hours signed.',
        causes: ['rehabilitation', 'health'],
        careerIds: ['physical-therapist', 'occupational-therapist'],
        place: ['450 S 900 E, Salt Lake City, UT', 40.7587, -111.8651],
        hoursPerWeek: 8,
        endInDays: 120,
        questions: ['Which programs are you applying to, and how many hours do they ask for?'],
        ageDays: 10,
      },
    ],
  },
  {
    key: 'newdawn',
    name: 'New Dawn Recovery Center',
    mission: 'We walk beside people in recovery from addiction for as long as it takes.',
    causes: ['addiction-recovery', 'mental-health'],
    location: 'Phoenix, AZ',
    website: 'https://newdawn.example.org',
    listings: [
      {
        key: 'peer',
        title: 'Peer recovery support volunteer',
        kind: 'volunteer',
        description:
          'If you have lived experience of recovery, your story helps. Meet new residents, share what worked for you, and go with them to their first community meetings. We ask for at least a year in recovery.',
        causes: ['addiction-recovery'],
        careerIds: ['addiction-counselor'],
        place: ['2200 N Central Ave, Phoenix, AZ', 33.4716, -112.0738],
        hoursPerWeek: 4,
        skills: ['lived experience', 'boundaries'],
        questions: ['How long have you been in recovery, and what supports you today?'],
        ageDays: 18,
      },
      {
        key: 'cac',
        title: 'Addiction counseling internship',
        kind: 'field-placement',
        description:
          'Co-facilitate relapse-prevention groups, complete assessments with a licensed counselor, and learn how residential treatment runs day to day. Supervised hours count toward Arizona’s addiction counseling licensure.',
        causes: ['addiction-recovery', 'mental-health'],
        careerIds: ['addiction-counselor', 'clinical-social-worker'],
        place: ['2200 N Central Ave, Phoenix, AZ', 33.4716, -112.0738],
        hoursPerWeek: 24,
        startInDays: 14,
        endInDays: 200,
        placement: { license: 'LAC (Arizona)', hasSupervisor: true },
        ageDays: 9,
      },
    ],
  },
  {
    key: 'openpages',
    name: 'Open Pages Literacy Network',
    mission: 'We pair adults who want to read, write or speak English better with a patient tutor.',
    causes: ['adult-learning', 'education'],
    location: 'Chicago, IL',
    website: 'https://openpages.example.org',
    listings: [
      {
        key: 'tutor',
        title: 'Adult reading tutor',
        kind: 'volunteer',
        description:
          'Meet one adult learner at a neighbourhood library each week and work through our reading curriculum together. Many of our learners are parents who want to read to their kids.',
        causes: ['adult-learning'],
        careerIds: ['adult-literacy-instructor'],
        place: ['400 S State St, Chicago, IL', 41.8763, -87.6277],
        hoursPerWeek: 2,
        skills: ['patience', 'clear explanations'],
        ageDays: 40,
      },
      {
        key: 'esl',
        title: 'English conversation partner (online)',
        kind: 'volunteer',
        description:
          'Have a relaxed video conversation once a week with a newcomer practising English. We send topics and simple activities; you bring curiosity.',
        causes: ['adult-learning', 'community-development'],
        careerIds: ['adult-literacy-instructor'],
        place: 'remote',
        hoursPerWeek: 1.5,
        ageDays: 3,
      },
    ],
  },
  {
    key: 'brightside',
    name: 'Brightside Elementary Partnership',
    mission: 'We put more caring adults into Atlanta’s public elementary classrooms.',
    causes: ['education', 'children-families'],
    location: 'Atlanta, GA',
    website: null,
    listings: [
      {
        key: 'aide',
        title: 'Classroom reading aide',
        kind: 'volunteer',
        description:
          'Spend two mornings a week in a 1st or 2nd grade classroom reading with small groups while the teacher works with others.',
        causes: ['education', 'children-families'],
        careerIds: ['k-12-teacher', 'special-education-teacher'],
        place: ['100 Auburn Ave NE, Atlanta, GA', 33.7555, -84.3836],
        hoursPerWeek: 4,
        startInDays: 5,
        endInDays: 150,
        ageDays: 15,
      },
      {
        key: 'student-teaching',
        title: 'Student teaching placement, grades 3-5',
        kind: 'field-placement',
        description:
          'A semester of student teaching with a mentor teacher in a partner school. You plan and teach lessons, join data meetings, and take over the class for the final weeks.',
        causes: ['education'],
        careerIds: ['k-12-teacher'],
        place: ['100 Auburn Ave NE, Atlanta, GA', 33.7555, -84.3836],
        hoursPerWeek: 35,
        startInDays: 45,
        endInDays: 165,
        placement: { license: 'Georgia educator certificate', hasSupervisor: true },
        questions: ['Which educator preparation program are you in?'],
        ageDays: 22,
      },
    ],
  },
  {
    key: 'valley',
    name: 'Valley Clinic for the Uninsured',
    mission: 'We offer free primary care to people in the Central Valley who have nowhere else to go.',
    causes: ['health', 'basic-needs'],
    location: 'Fresno, CA',
    website: 'https://valleyclinic.example.org',
    listings: [
      {
        key: 'navigator',
        title: 'Patient navigator volunteer',
        kind: 'volunteer',
        description:
          'Help patients through check-in, explain next steps after their visit, and connect them with insurance enrollment, food and transport programs. Spanish or Hmong speakers are especially welcome.',
        causes: ['health', 'basic-needs'],
        careerIds: ['community-health-worker', 'registered-nurse', 'healthcare-social-worker'],
        place: ['1330 E Shaw Ave, Fresno, CA', 36.8082, -119.7712],
        hoursPerWeek: 4,
        skills: ['Spanish or Hmong', 'warmth'],
        ageDays: 11,
      },
      {
        key: 'health-ed',
        title: 'Health education intern',
        kind: 'internship',
        description:
          'Design and lead short workshops on diabetes and blood pressure in our waiting room and at two churches. Good preparation for public health and nursing programs.',
        causes: ['health'],
        careerIds: ['health-education-specialist', 'registered-nurse'],
        place: ['1330 E Shaw Ave, Fresno, CA', 36.8082, -119.7712],
        hoursPerWeek: 12,
        endInDays: 100,
        ageDays: 6,
      },
    ],
  },
  {
    key: 'bridges',
    name: 'Family Bridges',
    mission: 'We help families stay together through hard seasons, one home visit at a time.',
    causes: ['children-families', 'mental-health'],
    location: 'Minneapolis, MN',
    website: 'https://familybridges.example.org',
    listings: [
      {
        key: 'visit-coach',
        title: 'Family visit coach',
        kind: 'volunteer',
        description:
          'Supervise and gently coach weekly visits between children in foster care and their parents, in a warm visit room at our office.',
        causes: ['children-families'],
        careerIds: ['child-and-family-social-worker', 'marriage-and-family-therapist'],
        place: ['1000 E Franklin Ave, Minneapolis, MN', 44.9627, -93.2593],
        hoursPerWeek: 3,
        questions: ['Have you been around young children in a caring role?'],
        ageDays: 28,
      },
      {
        key: 'mft',
        title: 'Marriage and family therapy practicum',
        kind: 'field-placement',
        description:
          'See couples and families in our outpatient program with live supervision from an LMFT. Suited to second-year MFT students.',
        causes: ['children-families', 'mental-health'],
        careerIds: ['marriage-and-family-therapist'],
        place: ['1000 E Franklin Ave, Minneapolis, MN', 44.9627, -93.2593],
        hoursPerWeek: 20,
        startInDays: 60,
        endInDays: 330,
        placement: { license: 'LMFT (Minnesota)', hasSupervisor: true },
        ageDays: 12,
      },
    ],
  },
  {
    key: 'commontable',
    name: 'Common Table Housing Alliance',
    mission: 'We believe everyone deserves a safe place to sleep tonight and a home of their own soon.',
    causes: ['basic-needs', 'community-development'],
    location: 'Portland, OR',
    website: null,
    listings: [
      {
        key: 'overnight',
        title: 'Overnight shelter host',
        kind: 'volunteer',
        description:
          'Stay overnight at our winter shelter with a staff member: welcome guests, serve a late snack, and be a calm presence. Cots are provided for hosts.',
        causes: ['basic-needs'],
        careerIds: ['homeless-services-program-manager', 'social-and-human-service-assistant'],
        place: ['1435 NW Flanders St, Portland, OR', 45.5255, -122.6862],
        hoursPerWeek: 10,
        endInDays: 140,
        ageDays: 4,
      },
      {
        key: 'navigator',
        title: 'Housing navigator',
        kind: 'entry-job',
        description:
          'Work one-to-one with people leaving the shelter: search for units, fill in applications, and stay in touch during the first months in a new home.',
        causes: ['basic-needs'],
        careerIds: ['human-services-case-worker', 'homeless-services-program-manager'],
        place: ['1435 NW Flanders St, Portland, OR', 45.5255, -122.6862],
        hoursPerWeek: 40,
        ageDays: 16,
      },
    ],
  },
  {
    key: 'equalvoice',
    name: 'Equal Voice Civil Rights Project',
    mission: 'We defend the right of every person to vote, speak and be treated equally under the law.',
    causes: ['social-justice', 'public-policy'],
    location: 'Washington, DC',
    website: 'https://equalvoice.example.org',
    listings: [
      {
        key: 'voters',
        title: 'Voter registration volunteer',
        kind: 'volunteer',
        description:
          'Staff tables at community colleges and naturalization ceremonies, help people register, and answer questions about how and where to vote.',
        causes: ['social-justice'],
        careerIds: ['community-organizer'],
        place: ['1100 13th St NW, Washington, DC', 38.9045, -77.0297],
        hoursPerWeek: 3,
        ageDays: 7,
      },
      {
        key: 'policy-intern',
        title: 'Civil rights policy research intern',
        kind: 'internship',
        description:
          'Track state bills on voting access, summarise testimony, and help draft our plain-language policy briefs. Remote, with a weekly video check-in.',
        causes: ['social-justice', 'public-policy'],
        careerIds: ['policy-analyst', 'legislative-advocate'],
        place: 'remote',
        hoursPerWeek: 15,
        endInDays: 110,
        skills: ['research', 'clear writing'],
        questions: ['Please link or paste a short writing sample.'],
        ageDays: 13,
      },
    ],
  },
  {
    key: 'legalclinic',
    name: 'Neighborhood Legal Clinic',
    mission: 'We give free legal help to tenants, workers and survivors who cannot afford a lawyer.',
    causes: ['legal-aid', 'social-justice'],
    location: 'Philadelphia, PA',
    website: 'https://nlc.example.org',
    listings: [
      {
        key: 'court-navigator',
        title: 'Housing court navigator',
        kind: 'volunteer',
        description:
          'Meet tenants at housing court on hearing days, explain what will happen, and connect them with our attorneys before their case is called.',
        causes: ['legal-aid', 'basic-needs'],
        careerIds: ['public-interest-lawyer', 'victim-advocate'],
        place: ['1339 Chestnut St, Philadelphia, PA', 39.9508, -75.1628],
        hoursPerWeek: 4,
        ageDays: 19,
      },
      {
        key: 'law-intern',
        title: 'Summer law clerk',
        kind: 'internship',
        description:
          'For law students after their first or second year: interview clients, research eviction and wage-theft defences, and draft filings under attorney supervision.',
        causes: ['legal-aid'],
        careerIds: ['public-interest-lawyer'],
        place: ['1339 Chestnut St, Philadelphia, PA', 39.9508, -75.1628],
        hoursPerWeek: 35,
        startInDays: 150,
        endInDays: 230,
        questions: ['Which law school do you attend, and what year are you in?'],
        ageDays: 2,
      },
    ],
  },
  {
    key: 'civicfutures',
    name: 'Civic Futures Institute',
    mission: 'We turn research about what works into state budget and education policy people can use.',
    causes: ['public-policy', 'education'],
    location: 'Sacramento, CA',
    website: null,
    listings: [
      {
        key: 'fellow',
        title: 'Education policy fellow',
        kind: 'entry-job',
        description:
          'A one-year paid fellowship analysing school funding data, meeting legislative staff, and co-writing our annual report on education equity.',
        causes: ['public-policy', 'education'],
        careerIds: ['education-policy-analyst', 'policy-analyst'],
        place: ['1215 K St, Sacramento, CA', 38.5781, -121.4905],
        hoursPerWeek: 40,
        startInDays: 90,
        endInDays: 455,
        skills: ['spreadsheets', 'statistics'],
        ageDays: 17,
      },
      {
        key: 'comments',
        title: 'Public comment tracker',
        kind: 'volunteer',
        description:
          'Watch state agency meetings online and log what the public asked for, so community groups know when to speak up.',
        causes: ['public-policy'],
        careerIds: ['legislative-advocate'],
        place: 'remote',
        hoursPerWeek: 2,
        ageDays: 26,
      },
    ],
  },
  {
    key: 'greencorridor',
    name: 'Green Corridor Conservancy',
    mission: 'We restore creeks and green spaces so people and wildlife share healthier neighbourhoods.',
    causes: ['environment', 'community-development'],
    location: 'Austin, TX',
    website: 'https://greencorridor.example.org',
    listings: [
      {
        key: 'creek',
        title: 'Creek restoration crew leader',
        kind: 'volunteer',
        description:
          'Lead a small team on Saturday mornings: pull invasive plants, plant natives, and record what we find for our water-quality partners.',
        causes: ['environment'],
        careerIds: ['conservation-scientist', 'environmental-engineer'],
        place: ['Shoal Creek Trail, Austin, TX', 30.2747, -97.7507],
        hoursPerWeek: 3,
        skills: ['outdoor work', 'leading a group'],
        ageDays: 21,
      },
      {
        key: 'educator',
        title: 'Environmental education intern',
        kind: 'internship',
        description:
          'Teach field lessons about watersheds to visiting school groups and help build a new curriculum for middle schoolers.',
        causes: ['environment', 'education'],
        careerIds: ['environmental-educator'],
        place: ['Shoal Creek Trail, Austin, TX', 30.2747, -97.7507],
        hoursPerWeek: 15,
        endInDays: 130,
        ageDays: 8,
      },
      {
        key: 'climate',
        title: 'Climate policy research volunteer',
        kind: 'volunteer',
        description:
          'Compare city climate action plans across Texas and summarise which commitments are on track. Remote and flexible.',
        causes: ['environment', 'public-policy'],
        careerIds: ['climate-policy-analyst'],
        place: 'remote',
        hoursPerWeek: 3,
        ageDays: 35,
      },
    ],
  },
];

/** Seeds the board's demo organizations, listings, applications and hours (once). */
export async function seedBoardDemo(db: Db): Promise<void> {
  const firstId = demoId(1, 0);
  if (await orgRepo.findOrganization(db, firstId)) return;
  const orgUser = await findUserByEmail(db, 'org@demo.vocare.test');
  const explorer = await findUserByEmail(db, 'explorer@demo.vocare.test');
  const trainee = await findUserByEmail(db, 'trainee@demo.vocare.test');
  const admin = await findUserByEmail(db, 'admin@demo.vocare.test');
  if (!orgUser || !explorer || !trainee || !admin) return;
  const now = Date.now();
  const ago = (days: number) => new Date(now - days * DAY);
  const dateIn = (days: number | null | undefined) =>
    days === null || days === undefined ? null : new Date(now + days * DAY).toISOString().slice(0, 10);
  const careerIds = [...new Set(ORGANIZATIONS.flatMap((o) => o.listings.flatMap((l) => l.careerIds ?? [])))];

  await db.transaction(async (tx) => {
    const careerTitles = new Map((await repo.findCuratedCareers(tx, careerIds)).map((c) => [c.id, c.title]));
    const listingIds = new Map<string, string>();
    for (const [orgIndex, organization] of ORGANIZATIONS.entries()) {
      const organizationId = demoId(1, orgIndex);
      await orgRepo.insertOrganization(tx, {
        id: organizationId,
        name: organization.name,
        mission: organization.mission,
        causes: organization.causes,
        location: organization.location,
        website: organization.website,
        createdBy: orgUser.id,
        createdAt: ago(120),
        updatedAt: ago(30),
      });
      // The demo organization account manages Riverside and Harborlight; the rest have no member yet.
      if (organization.key === 'riverside' || organization.key === 'harborlight') {
        await orgRepo.addMember(tx, organizationId, orgUser.id);
      }
      for (const [listingIndex, listing] of organization.listings.entries()) {
        const id = demoId(2, orgIndex * 100 + listingIndex);
        listingIds.set(`${organization.key}/${listing.key}`, id);
        const isRemote = listing.place === 'remote';
        const values = {
          title: listing.title,
          description: listing.description,
          kind: listing.kind,
          causes: listing.causes,
          careerIds: (listing.careerIds ?? []).filter((c) => careerTitles.has(c)),
          skills: listing.skills ?? [],
          address: isRemote ? null : (listing.place as [string, number, number])[0],
          placementLicense: listing.placement?.license ?? null,
        };
        const status = listing.status ?? 'open';
        await repo.insertOpportunity(tx, {
          id,
          organizationId,
          ...values,
          isRemote,
          lat: isRemote ? null : (listing.place as [string, number, number])[1],
          lon: isRemote ? null : (listing.place as [string, number, number])[2],
          hoursPerWeek: listing.hoursPerWeek,
          startDate: dateIn(listing.startInDays),
          endDate: dateIn(listing.endInDays),
          countsAsPlacement: listing.placement !== undefined,
          hasLicensedSupervisor: listing.placement?.hasSupervisor ?? false,
          questions: listing.questions ?? [],
          status,
          publishedAt: status === 'draft' ? null : ago(listing.ageDays),
          searchText: buildSearchText(values, organization.name, careerTitles),
          createdAt: ago(listing.ageDays),
          updatedAt: ago(listing.ageDays),
        });
      }
    }

    const applyAs = async (
      userId: string,
      key: string,
      daysAgo: number,
      answer: string | string[],
      response?: { afterHours: number; status: 'reviewing' | 'accepted' | 'declined'; message?: string },
    ) => {
      const opportunityId = listingIds.get(key);
      const listing = ORGANIZATIONS.flatMap((o) => o.listings.map((l) => ({ ...l, full: `${o.key}/${l.key}` }))).find(
        (l) => l.full === key,
      );
      if (!opportunityId || !listing) return null;
      const createdAt = ago(daysAgo);
      const id = await applicationRepo.insertApplication(tx, {
        opportunityId,
        applicantId: userId,
        answers: (listing.questions ?? []).map((question, i) => ({
          question,
          answer: Array.isArray(answer) ? (answer[i] ?? '') : answer,
        })),
        note: 'Happy to talk by phone any weekday after 5.',
        createdAt,
        updatedAt: createdAt,
      });
      if (id && response) {
        const at = new Date(createdAt.getTime() + response.afterHours * 3600 * 1000);
        if (response.status !== 'reviewing') {
          await applicationRepo.moveApplication(tx, id, 'new', 'reviewing', { byOrganization: true, now: at });
          await applicationRepo.moveApplication(tx, id, 'reviewing', response.status, {
            byOrganization: true,
            decisionMessage: response.message ?? null,
            now: new Date(at.getTime() + 24 * 3600 * 1000),
          });
        } else {
          await applicationRepo.moveApplication(tx, id, 'new', 'reviewing', { byOrganization: true, now: at });
        }
      }
      return id;
    };

    // Tomás's social work placement: accepted, with hours confirmed and one entry waiting.
    const placement = await applyAs(trainee.id, 'riverside/msw', 75, 'MSW, first year; 480 field hours required.', {
      afterHours: 20,
      status: 'accepted',
      message: 'Welcome to the family services team! Orientation is on the first Monday of the month.',
    });
    if (placement) {
      const entries: [number, number, string, 'confirmed' | 'pending'][] = [
        [40, 6, 'Intake interviews with two families', 'confirmed'],
        [33, 8, 'Home visits and case notes', 'confirmed'],
        [26, 7.5, 'Benefits paperwork clinic', 'confirmed'],
        [5, 6, 'Team meeting and supervision', 'pending'],
      ];
      for (const [daysAgo, hours, description, status] of entries) {
        const entry = await applicationRepo.insertHours(tx, {
          applicationId: placement,
          workDate: dateIn(-daysAgo) ?? '',
          hours,
          description,
        });
        if (status === 'confirmed') {
          await applicationRepo.reviewHours(tx, entry.id, {
            status: 'confirmed',
            reviewNote: null,
            reviewedBy: orgUser.id,
            now: ago(daysAgo - 2),
          });
        }
      }
    }
    // Ada's applications: one waiting over a week (the organization gets a reminder), one in review.
    await applyAs(explorer.id, 'riverside/homework', 9, [
      'Tuesdays and Thursdays.',
      'I coached a youth soccer team for two seasons.',
    ]);
    await applyAs(explorer.id, 'harborlight/textline', 6, 'I want to be the person I needed at 19.', {
      afterHours: 30,
      status: 'reviewing',
    });
    // Answered applications elsewhere, so listings show typical response times.
    await applyAs(admin.id, 'riverside/pantry', 20, 'Most Saturdays.', { afterHours: 12, status: 'accepted' });
    await applyAs(trainee.id, 'harborlight/practicum', 15, 'Seattle University, starting in the fall.', {
      afterHours: 50,
      status: 'declined',
      message: 'Our practicum slots for this year are full; please apply again in spring.',
    });
    await applyAs(explorer.id, 'openpages/tutor', 30, '', { afterHours: 6, status: 'accepted' });
    await applyAs(explorer.id, 'greencorridor/creek', 25, '', { afterHours: 72, status: 'reviewing' });
    await applyAs(admin.id, 'equalvoice/voters', 12, '', { afterHours: 4, status: 'accepted' });
  });
}
