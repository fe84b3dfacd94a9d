/**
 * Builds the atlas data shipped in data/ from the reference files in ../shared/data (dev tooling only: the
 * product reads the committed JSON, never ../shared). Run: npx tsx scripts/build-data.ts [--source <dir>]
 *
 * Writes, deterministically:
 *   data/onet/occupations.json  every O*NET 29.3 occupation as a Career (figures from O*NET and BLS EP)
 *   data/onet/related.json      O*NET related-occupation links
 *   data/careers/curated.json   Vocare's hand-written helping careers, figures from occupations.csv
 *   data/careers/transitions.json  curated micro -> mezzo -> macro paths
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Career, CareerSchema, type Figure } from '#contracts/careers.js';
import {
  BLS_PROJECTIONS_FILE,
  type BlsProjection,
  findBlsProjection,
  mapBlsEducation,
  parseBlsProjections,
  toBlsSocCode,
} from '#domain/onet/bls.js';
import {
  type OnetOccupation,
  parseOnetFiles,
  parseRelatedOccupations,
  RELATED_OCCUPATIONS_FILE,
} from '#domain/onet/parse-onet.js';
import { readCsv } from '#server/lib/csv.js';

const ONET_SOURCE = 'O*NET 29.3 Database (May 2025), USDOL/ETA, CC BY 4.0';
const BLS_SOURCE = 'BLS Employment Projections 2024-34';
const BLS_YEAR = 2024;
const OUTLOOK_PERIOD = '2024-34';

type CuratedFields = Pick<
  Career,
  | 'id'
  | 'title'
  | 'socCode'
  | 'socMatch'
  | 'summary'
  | 'sector'
  | 'scale'
  | 'causes'
  | 'settings'
  | 'clientContact'
  | 'emotionalDemand'
  | 'minEducation'
  | 'typicalEducation'
  | 'flexibleStudy'
  | 'licenseRequired'
  | 'licenses'
  | 'exams'
  | 'qualities'
>;

/** A curated career as written by hand; `matchNote` explains a stand-in code and is carried into figure notes. */
interface CuratedSpec extends CuratedFields {
  matchNote?: string;
}

// Text below is Vocare's own. Facts such as exam and credential names are common knowledge or appear in
// ../shared/data/pathways.csv; none of the figures are written here (they come from the source files).
const CURATED: CuratedSpec[] = [
  {
    id: 'registered-nurse',
    title: 'Registered nurse',
    socCode: '29-1141.00',
    socMatch: 'exact',
    summary:
      'Plans and delivers hands-on care for patients, keeps watch on how they are doing, and teaches them and their families how to manage a condition at home. Nurses are often the person a patient sees most during treatment.',
    sector: 'health-wellness',
    scale: 'micro',
    causes: ['health'],
    settings: ['Hospitals', 'Clinics and physician offices', 'Home health care', 'Long-term care', 'Schools'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'associate',
    typicalEducation: 'BSN (an associate degree in nursing also leads to the RN license)',
    flexibleStudy: false,
    licenseRequired: true,
    licenses: ['RN'],
    exams: ['NCLEX-RN'],
    qualities: ['empathy', 'resilience', 'communication', 'boundary-setting', 'patience'],
  },
  {
    id: 'primary-care-physician',
    title: 'Primary care (family medicine) physician',
    socCode: '29-1215.00',
    socMatch: 'exact',
    summary:
      "Is a patient's first stop for health care across the whole lifespan: diagnoses and treats common illnesses, manages long-term conditions and focuses on prevention and early detection.",
    sector: 'health-wellness',
    scale: 'micro',
    causes: ['health'],
    settings: ['Family practices', 'Community health centers', 'Hospitals', 'Rural clinics'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'doctoral',
    typicalEducation: 'MD or DO, then a family medicine residency',
    flexibleStudy: false,
    licenseRequired: true,
    licenses: ['Physician (MD or DO)'],
    exams: ['USMLE', 'COMLEX-USA'],
    qualities: ['empathy', 'analytical-thinking', 'communication', 'resilience', 'cultural-humility'],
  },
  {
    id: 'physical-therapist',
    title: 'Physical therapist',
    socCode: '29-1123.00',
    socMatch: 'exact',
    summary:
      'Helps people move better and hurt less after an injury, surgery or illness, through exercise programs, hands-on techniques and coaching that they carry on at home.',
    sector: 'rehabilitation',
    scale: 'micro',
    causes: ['rehabilitation', 'health'],
    settings: ['Outpatient clinics', 'Hospitals', 'Rehabilitation centers', 'Home health care', 'Schools'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'doctoral',
    typicalEducation: 'DPT',
    flexibleStudy: false,
    licenseRequired: true,
    licenses: ['PT'],
    exams: ['NPTE-PT'],
    qualities: ['patience', 'communication', 'empathy', 'analytical-thinking'],
  },
  {
    id: 'licensed-professional-counselor',
    title: 'Licensed professional counselor',
    socCode: '21-1014.00',
    socMatch: 'exact',
    summary:
      "Offers talk therapy to individuals and groups facing anxiety, depression, grief, trauma or life transitions, and helps them build skills to cope. Licensure follows a master's degree and a long stretch of supervised practice.",
    sector: 'mental-health',
    scale: 'micro',
    causes: ['mental-health'],
    settings: ['Community mental health centers', 'Private practice', 'Hospitals', 'Colleges', 'Telehealth'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'master',
    typicalEducation: "Master's in counseling",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['LPC', 'LPCC', 'LMHC'],
    exams: ['NCE', 'NCMHCE'],
    qualities: ['empathy', 'self-awareness', 'boundary-setting', 'resilience', 'cultural-humility'],
  },
  {
    id: 'marriage-and-family-therapist',
    title: 'Marriage and family therapist',
    socCode: '21-1013.00',
    socMatch: 'exact',
    summary:
      'Works with couples and families as a whole, looking at how relationships and family patterns shape the problems each person brings, and helps them change those patterns together.',
    sector: 'mental-health',
    scale: 'micro',
    causes: ['mental-health', 'children-families'],
    settings: ['Private practice', 'Family service agencies', 'Community mental health centers', 'Telehealth'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'master',
    typicalEducation: "Master's in marriage and family therapy",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['LMFT'],
    exams: ['AMFTRB national MFT exam', 'State law and ethics exam (some states)'],
    qualities: ['empathy', 'communication', 'boundary-setting', 'self-awareness', 'cultural-humility'],
  },
  {
    id: 'clinical-social-worker',
    title: 'Clinical social worker',
    socCode: '21-1023.00',
    socMatch: 'closest',
    matchNote:
      'No separate O*NET or BLS code for licensed clinical social workers; figures are for mental health and substance abuse social workers (21-1023)',
    summary:
      "Diagnoses and treats mental, emotional and behavioral problems while keeping the person's whole situation in view, linking clients to housing, benefits and community services and speaking up for what they need.",
    sector: 'mental-health',
    scale: 'micro',
    causes: ['mental-health', 'addiction-recovery'],
    settings: ['Community mental health centers', 'Hospitals', 'Private practice', 'Substance use programs', 'Schools'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'master',
    typicalEducation: 'MSW',
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['LCSW'],
    exams: ['ASWB Clinical exam'],
    qualities: ['empathy', 'advocacy', 'boundary-setting', 'resilience', 'cultural-humility'],
  },
  {
    id: 'psychologist',
    title: 'Psychologist (clinical or counseling)',
    socCode: '19-3033.00',
    socMatch: 'exact',
    summary:
      'Assesses and treats psychological distress using psychological testing and evidence-based therapy, and often teaches, supervises or does research as well.',
    sector: 'mental-health',
    scale: 'micro',
    causes: ['mental-health'],
    settings: [
      'Private practice',
      'Hospitals',
      'Veterans services',
      'University counseling centers',
      'Research settings',
    ],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'doctoral',
    typicalEducation: 'PhD or PsyD',
    flexibleStudy: false,
    licenseRequired: true,
    licenses: ['Psychologist'],
    exams: ['EPPP', 'State jurisprudence or law exam (varies by state)'],
    qualities: ['analytical-thinking', 'empathy', 'self-awareness', 'boundary-setting'],
  },
  {
    id: 'occupational-therapist',
    title: 'Occupational therapist',
    socCode: '29-1122.00',
    socMatch: 'exact',
    summary:
      'Helps people take part in everyday life — dressing, cooking, working, learning — by building skills and adapting tasks, tools or surroundings after illness, injury or with a disability.',
    sector: 'rehabilitation',
    scale: 'micro',
    causes: ['rehabilitation', 'health'],
    settings: ['Hospitals', 'Schools', 'Rehabilitation centers', 'Nursing homes', 'Home health care'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'master',
    typicalEducation: "Master's or doctorate in occupational therapy (MOT or OTD)",
    flexibleStudy: false,
    licenseRequired: true,
    licenses: ['OT', 'OTR (NBCOT certification)'],
    exams: ['NBCOT OTR exam'],
    qualities: ['patience', 'empathy', 'communication', 'analytical-thinking'],
  },
  {
    id: 'speech-language-pathologist',
    title: 'Speech-language pathologist',
    socCode: '29-1127.00',
    socMatch: 'exact',
    summary:
      'Assesses and treats difficulties with speech, language, voice, fluency and swallowing, for children and adults alike, so people can communicate and eat safely.',
    sector: 'rehabilitation',
    scale: 'micro',
    causes: ['rehabilitation', 'children-families'],
    settings: ['Schools', 'Hospitals', 'Private practice', 'Rehabilitation centers', 'Early intervention programs'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'master',
    typicalEducation: "Master's in speech-language pathology",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['SLP', 'CCC-SLP (ASHA certification)'],
    exams: ['Praxis Speech-Language Pathology'],
    qualities: ['patience', 'communication', 'analytical-thinking', 'empathy'],
  },
  {
    id: 'addiction-counselor',
    title: 'Addiction counselor',
    socCode: '21-1011.00',
    socMatch: 'exact',
    summary:
      'Supports people recovering from alcohol, drug or behavioral addictions through individual and group sessions, relapse-prevention planning and links to ongoing help. Entry-level credentials are within reach without a degree in many states.',
    sector: 'mental-health',
    scale: 'micro',
    causes: ['addiction-recovery', 'mental-health'],
    settings: ['Outpatient treatment programs', 'Residential treatment centers', 'Prisons and courts', 'Hospitals'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'high-school',
    typicalEducation: "Certificate or bachelor's for entry credentials; master's for independent practice",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['CADC', 'LADC', 'NCAC I'],
    exams: ['IC&RC ADC exam', 'NCAC Level I exam'],
    qualities: ['empathy', 'boundary-setting', 'resilience', 'patience', 'self-awareness'],
  },
  {
    id: 'k-12-teacher',
    title: 'K-12 teacher',
    socCode: '25-2021.00',
    socMatch: 'closest',
    matchNote:
      'K-12 teaching spans several codes; figures are for elementary school teachers (25-2021). Middle (25-2022) and secondary (25-2031) school teachers are counted separately',
    summary:
      "Plans lessons and teaches a class of children or teenagers, building the reading, math and thinking skills everything later rests on, and keeps in touch with families about each student's progress.",
    sector: 'education-development',
    scale: 'micro',
    causes: ['education', 'children-families'],
    settings: ['Public schools', 'Charter schools', 'Private schools'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's degree plus a teacher preparation program with student teaching",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['State teaching certificate'],
    exams: ['Praxis Core and Subject Assessments (in many states)'],
    qualities: ['patience', 'communication', 'resilience', 'leadership', 'cultural-humility'],
  },
  {
    id: 'special-education-teacher',
    title: 'Special education teacher',
    socCode: '25-2056.00',
    socMatch: 'closest',
    matchNote:
      'Figures are for special education teachers in elementary school (O*NET 25-2056); middle (25-2057) and secondary (25-2058) school special education teachers are counted separately',
    summary:
      'Adapts teaching and materials for students with learning, physical, emotional or developmental disabilities, writes and follows individualized education programs (IEPs), and works closely with parents and specialists.',
    sector: 'education-development',
    scale: 'micro',
    causes: ['education', 'rehabilitation', 'children-families'],
    settings: ['Public schools', 'Resource rooms', 'Specialized schools', 'Early intervention programs'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's in special education",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['State special education teaching certificate'],
    exams: ['Praxis Special Education tests (in many states)'],
    qualities: ['patience', 'empathy', 'advocacy', 'resilience', 'communication'],
  },
  {
    id: 'academic-and-career-counselor',
    title: 'Academic and career counselor (school counselor)',
    socCode: '21-1012.00',
    socMatch: 'exact',
    summary:
      "Helps students set goals, choose courses and plan for college or work, and runs school-wide programs on study skills, wellbeing and careers. Also a first contact when a student's troubles get in the way of learning.",
    sector: 'education-development',
    scale: 'mezzo',
    causes: ['education', 'children-families', 'mental-health'],
    settings: ['Elementary, middle and high schools', 'Colleges', 'Career centers'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'master',
    typicalEducation: "Master's in school counseling",
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['State school counselor certificate'],
    exams: ['State school counselor exam (often a Praxis test)'],
    qualities: ['communication', 'empathy', 'advocacy', 'cultural-humility'],
  },
  {
    id: 'adult-literacy-instructor',
    title: 'Adult literacy instructor',
    socCode: '25-3011.00',
    socMatch: 'exact',
    summary:
      'Teaches adults the reading, writing, math, digital or English-language skills they missed or need now, often toward a high school equivalency, a better job or citizenship.',
    sector: 'education-development',
    scale: 'micro',
    causes: ['adult-learning'],
    settings: ['Community colleges', 'Libraries', 'Community organizations', 'Workplaces', 'Correctional facilities'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's degree; a TESOL or adult education certificate helps",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['patience', 'cultural-humility', 'communication', 'empathy'],
  },
  {
    id: 'community-organizer',
    title: 'Community organizer',
    socCode: '21-1099.00',
    socMatch: 'closest',
    summary:
      'Brings neighbors together to name shared problems and act on them: holds meetings, builds coalitions, trains local leaders and runs campaigns that press institutions for change.',
    sector: 'nonprofit-community',
    scale: 'mezzo',
    causes: ['community-development', 'social-justice'],
    settings: ['Community organizations', 'Faith-based groups', 'Labor unions', 'Tenant and neighborhood associations'],
    clientContact: 'some',
    emotionalDemand: 'some',
    minEducation: 'high-school',
    typicalEducation: "No set degree; a bachelor's in a social science is common",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['leadership', 'communication', 'advocacy', 'cultural-humility', 'resilience'],
  },
  {
    id: 'nonprofit-program-manager',
    title: 'Non-profit program manager',
    socCode: '11-9151.00',
    socMatch: 'exact',
    summary:
      'Designs and runs a service program — a shelter, a food network, a counseling or youth program — managing staff, volunteers, budgets and funders, and measuring whether the program actually helps.',
    sector: 'nonprofit-community',
    scale: 'mezzo',
    causes: ['community-development', 'basic-needs', 'children-families', 'mental-health'],
    settings: ['Non-profit organizations', 'Community service agencies', 'Government social service departments'],
    clientContact: 'some',
    emotionalDemand: 'some',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's; many hold an MSW, MPA or non-profit management master's",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['leadership', 'communication', 'analytical-thinking', 'resilience'],
  },
  {
    id: 'public-interest-lawyer',
    title: 'Public interest lawyer',
    socCode: '23-1011.00',
    socMatch: 'closest',
    summary:
      'Represents people and groups who could not otherwise afford a lawyer — in housing, civil rights, immigration or environmental cases — and uses lawsuits and advocacy to change unfair laws and practices.',
    sector: 'social-justice-advocacy',
    scale: 'macro',
    causes: ['legal-aid', 'social-justice'],
    settings: [
      'Legal aid organizations',
      'Public defender offices',
      'Civil rights organizations',
      'Government agencies',
    ],
    clientContact: 'some',
    emotionalDemand: 'high',
    minEducation: 'doctoral',
    typicalEducation: 'JD',
    flexibleStudy: false,
    licenseRequired: true,
    licenses: ['Bar admission'],
    exams: ['Bar exam', 'MPRE'],
    qualities: ['advocacy', 'analytical-thinking', 'communication', 'resilience'],
  },
  {
    id: 'policy-analyst',
    title: 'Policy analyst',
    socCode: '19-3094.00',
    socMatch: 'closest',
    summary:
      'Studies social problems and the programs meant to solve them, weighs what works, and turns evidence into recommendations that lawmakers and agencies can act on.',
    sector: 'social-justice-advocacy',
    scale: 'macro',
    causes: ['public-policy', 'social-justice', 'basic-needs'],
    settings: ['Think tanks', 'Government agencies', 'Legislative offices', 'Advocacy organizations'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Master's in public policy (MPP) or public administration (MPA)",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'communication', 'advocacy'],
  },
  {
    id: 'conservation-scientist',
    title: 'Conservation scientist',
    socCode: '19-1031.00',
    socMatch: 'exact',
    summary:
      'Looks after the health of forests, rangelands, parks and other natural land, working with landowners and governments on plans that protect soil, water and wildlife while the land stays in use.',
    sector: 'environment-conservation',
    scale: 'mezzo',
    causes: ['environment'],
    settings: ['Government land agencies', 'Conservation organizations', 'Consulting firms', 'Outdoors in the field'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's in forestry, ecology or natural resource management",
    flexibleStudy: false,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'communication', 'patience'],
  },
  {
    id: 'environmental-engineer',
    title: 'Environmental engineer',
    socCode: '17-2081.00',
    socMatch: 'exact',
    summary:
      'Designs the systems that keep air, water and soil clean — water treatment, waste handling, pollution control, site cleanup — so that communities, especially those most exposed, stay healthy.',
    sector: 'environment-conservation',
    scale: 'mezzo',
    causes: ['environment', 'health'],
    settings: ['Engineering firms', 'Government agencies', 'Utilities', 'Industrial sites'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's in environmental or civil engineering",
    flexibleStudy: false,
    licenseRequired: false,
    licenses: ['PE (for roles that sign off on designs)'],
    exams: ['FE', 'PE'],
    qualities: ['analytical-thinking', 'communication', 'leadership'],
  },
  {
    id: 'human-services-case-worker',
    title: 'Human services case worker (case manager)',
    socCode: '21-1021.00',
    socMatch: 'closest',
    matchNote:
      'No separate code for human services case workers; O*NET lists Case Worker and Case Manager among the reported titles of Child, Family, and School Social Workers (21-1021), whose figures are shown',
    summary:
      'Assesses what a person or family needs — housing, food, income, health care, child care — builds a plan with them, connects them to services and follows up until things are on track.',
    sector: 'human-services',
    scale: 'micro',
    causes: ['basic-needs', 'children-families'],
    settings: ['Government social service agencies', 'Non-profit organizations', 'Shelters', 'Hospitals'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's in social work (BSW), psychology or a related field",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['empathy', 'advocacy', 'boundary-setting', 'resilience', 'communication'],
  },
  {
    id: 'social-and-human-service-assistant',
    title: 'Social and human service assistant',
    socCode: '21-1093.00',
    socMatch: 'exact',
    summary:
      'Works alongside social workers and case managers to help clients apply for benefits, find services and get through day-to-day hurdles. A common first job in human services.',
    sector: 'human-services',
    scale: 'micro',
    causes: ['basic-needs', 'community-development'],
    settings: ['Non-profit organizations', 'Government agencies', 'Group homes', 'Shelters'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'high-school',
    typicalEducation: 'High school diploma; a human services certificate or associate degree helps',
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['empathy', 'patience', 'communication', 'cultural-humility'],
  },
  {
    id: 'community-health-worker',
    title: 'Community health worker',
    socCode: '21-1094.00',
    socMatch: 'exact',
    summary:
      'A trusted member of the community who helps neighbors navigate health care, understand their conditions and reach services, and tells providers what the community needs.',
    sector: 'health-wellness',
    scale: 'micro',
    causes: ['health', 'community-development'],
    settings: ['Community health centers', 'Public health departments', 'Non-profit organizations', 'Home visits'],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'high-school',
    typicalEducation: 'High school diploma plus community health worker training',
    flexibleStudy: true,
    licenseRequired: false,
    licenses: ['State CHW certification (some states)'],
    exams: [],
    qualities: ['cultural-humility', 'communication', 'empathy', 'advocacy'],
  },
  {
    id: 'rehabilitation-counselor',
    title: 'Rehabilitation counselor',
    socCode: '21-1015.00',
    socMatch: 'exact',
    summary:
      'Helps people with physical, mental or developmental disabilities live and work as independently as they wish, through counseling, job planning and arranging the supports they need.',
    sector: 'rehabilitation',
    scale: 'micro',
    causes: ['rehabilitation'],
    settings: [
      'State vocational rehabilitation agencies',
      'Independent living centers',
      'Veterans services',
      'Non-profit organizations',
    ],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'master',
    typicalEducation: "Master's in rehabilitation counseling",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: ['CRC (certification, often preferred)'],
    exams: ['CRC exam'],
    qualities: ['empathy', 'advocacy', 'patience', 'communication'],
  },
  {
    id: 'health-education-specialist',
    title: 'Health education specialist',
    socCode: '21-1091.00',
    socMatch: 'exact',
    summary:
      'Designs and runs programs that help whole groups live healthier lives — on nutrition, chronic disease, sexual health or substance use — and checks whether those programs work.',
    sector: 'health-wellness',
    scale: 'mezzo',
    causes: ['health', 'community-development'],
    settings: ['Public health departments', 'Hospitals', 'Non-profit organizations', 'Colleges', 'Workplaces'],
    clientContact: 'some',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's in health education or public health",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: ['CHES (certification)'],
    exams: ['CHES exam'],
    qualities: ['communication', 'cultural-humility', 'analytical-thinking', 'leadership'],
  },
  {
    id: 'child-and-family-social-worker',
    title: 'Child and family social worker',
    socCode: '21-1021.00',
    socMatch: 'exact',
    summary:
      'Protects children and supports families under strain: investigates concerns about safety, arranges foster care or adoption, and helps parents get the help they need to keep their families together.',
    sector: 'human-services',
    scale: 'micro',
    causes: ['children-families'],
    settings: ['Child welfare agencies', 'Schools', 'Family service organizations', 'Courts'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'bachelor',
    typicalEducation: 'BSW; an MSW for school and clinical roles',
    flexibleStudy: true,
    licenseRequired: null,
    licenses: ['LBSW or LMSW (required in some states and roles)'],
    exams: ['ASWB Bachelors exam', 'ASWB Masters exam'],
    qualities: ['resilience', 'boundary-setting', 'empathy', 'advocacy', 'cultural-humility'],
  },
  {
    id: 'healthcare-social-worker',
    title: 'Healthcare social worker',
    socCode: '21-1022.00',
    socMatch: 'exact',
    summary:
      'Helps patients and families cope with a diagnosis or hospital stay and plan what comes next — home care, insurance, support services — so that treatment does not end at the hospital door.',
    sector: 'health-wellness',
    scale: 'micro',
    causes: ['health', 'basic-needs'],
    settings: ['Hospitals', 'Hospices', 'Nursing homes', 'Home health agencies'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'master',
    typicalEducation: 'MSW',
    flexibleStudy: true,
    licenseRequired: true,
    licenses: ['LMSW', 'LCSW'],
    exams: ['ASWB Masters exam', 'ASWB Clinical exam'],
    qualities: ['empathy', 'resilience', 'communication', 'boundary-setting'],
  },
  {
    id: 'homeless-services-program-manager',
    title: 'Housing and homeless services program manager',
    socCode: '11-9151.00',
    socMatch: 'closest',
    matchNote:
      'No separate code for housing and homeless services managers; figures are for all social and community service managers (11-9151)',
    summary:
      'Runs a shelter, a supportive housing program or an outreach team: keeps it staffed and funded, works with landlords and partner agencies, and tracks how many people move into stable homes.',
    sector: 'human-services',
    scale: 'mezzo',
    causes: ['basic-needs'],
    settings: ['Shelters', 'Supportive housing providers', 'Non-profit organizations', 'City and county agencies'],
    clientContact: 'some',
    emotionalDemand: 'high',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's; an MSW or MPA is common for senior roles",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['leadership', 'resilience', 'advocacy', 'boundary-setting'],
  },
  {
    id: 'victim-advocate',
    title: 'Victim advocate',
    socCode: '21-1093.00',
    socMatch: 'closest',
    matchNote:
      'No separate code for victim advocates; O*NET lists Advocate among the reported titles of Social and Human Service Assistants (21-1093), whose figures are shown',
    summary:
      'Stands beside survivors of crime, domestic violence or sexual assault: offers crisis support, safety planning and information on their rights, and accompanies them through hospitals, police and courts.',
    sector: 'social-justice-advocacy',
    scale: 'micro',
    causes: ['legal-aid', 'social-justice'],
    settings: ['Domestic violence programs', 'Prosecutor offices', 'Hospitals', 'Crisis hotlines'],
    clientContact: 'high',
    emotionalDemand: 'high',
    minEducation: 'high-school',
    typicalEducation: "Advocate training; a bachelor's in social work, psychology or criminal justice is common",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['empathy', 'advocacy', 'boundary-setting', 'resilience', 'cultural-humility'],
  },
  {
    id: 'legislative-advocate',
    title: 'Legislative and policy advocate',
    socCode: '27-3031.00',
    socMatch: 'closest',
    matchNote:
      "No separate code for legislative advocates; BLS EP lists 'Lobbyist' as an illustrative title under public relations specialists (27-3031), whose figures are shown",
    summary:
      'Works to get laws and budgets changed for a cause: meets lawmakers and their staff, drafts testimony and bill language, and rallies coalitions and constituents behind a proposal.',
    sector: 'social-justice-advocacy',
    scale: 'macro',
    causes: ['public-policy', 'social-justice'],
    settings: ['Advocacy organizations', 'Non-profit coalitions', 'Unions and associations', 'State capitols'],
    clientContact: 'low',
    emotionalDemand: 'some',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's; law, public policy or political science are common",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['advocacy', 'communication', 'leadership', 'resilience'],
  },
  {
    id: 'environmental-educator',
    title: 'Environmental educator',
    socCode: '19-1031.03',
    socMatch: 'closest',
    matchNote:
      'No separate code for environmental educators; O*NET lists Environmental Educator among the reported titles of Park Naturalists (19-1031.03)',
    summary:
      'Leads programs that help children and adults understand and care for the natural world — guided walks, school visits, workshops — often at parks, nature centers and watersheds.',
    sector: 'environment-conservation',
    scale: 'mezzo',
    causes: ['environment', 'education'],
    settings: ['Parks', 'Nature centers', 'Schools', 'Conservation organizations'],
    clientContact: 'some',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's in environmental science, biology or education",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['communication', 'patience', 'leadership'],
  },
  {
    id: 'climate-policy-analyst',
    title: 'Climate change policy analyst',
    socCode: '19-2041.01',
    socMatch: 'exact',
    summary:
      'Researches climate science and policy options and recommends actions — laws, regulations, programs, campaigns — to cut emissions and help communities adapt.',
    sector: 'environment-conservation',
    scale: 'macro',
    causes: ['environment', 'public-policy'],
    settings: ['Government agencies', 'Think tanks', 'Environmental organizations', 'Consulting firms'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Master's in environmental or public policy",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'communication', 'advocacy'],
  },
  {
    id: 'education-policy-analyst',
    title: 'Education policy analyst',
    socCode: '19-3094.00',
    socMatch: 'closest',
    matchNote: 'No separate code for education policy analysts',
    summary:
      'Examines how school funding, standards, testing and programs affect students, and advises school districts, states and legislators on changes that would serve learners better.',
    sector: 'education-development',
    scale: 'macro',
    causes: ['education', 'public-policy'],
    settings: ['State education departments', 'Think tanks', 'Legislative offices', 'Education advocacy groups'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Master's in education policy or public policy",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'communication', 'advocacy'],
  },
  // Careers added so that every cell of the micro-to-macro map holds a curated career (issue 18, item 6;
  // ADR 0031). Codes: the O*NET occupation that names the work, or the nearest one with the reason in matchNote.
  {
    id: 'financial-and-housing-counselor',
    title: 'Financial and housing counselor',
    socCode: '13-2071.00',
    socMatch: 'exact',
    summary:
      'Meets people one at a time to untangle money trouble: builds a budget with them, works out a plan for debts, and guides first-time buyers or families facing eviction or foreclosure through their options. Much of this work is done by non-profit counseling agencies.',
    sector: 'nonprofit-community',
    scale: 'micro',
    causes: ['basic-needs', 'community-development'],
    settings: [
      'Non-profit credit counseling agencies',
      'Housing counseling agencies',
      'Community development organizations',
      'Credit unions',
    ],
    clientContact: 'high',
    emotionalDemand: 'some',
    minEducation: 'high-school',
    typicalEducation:
      "Agency training; a bachelor's in finance or social services is common, and employers often ask for a counselor certification",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['empathy', 'patience', 'communication', 'analytical-thinking'],
  },
  {
    id: 'home-energy-advisor',
    title: 'Home energy advisor',
    socCode: '47-4011.01',
    socMatch: 'exact',
    summary:
      'Visits one home at a time, finds where it loses heat and wastes power, and explains to the household which repairs would cut its bills and emissions most. Many work in weatherization programs for families on low incomes.',
    sector: 'environment-conservation',
    scale: 'micro',
    causes: ['environment', 'basic-needs'],
    settings: ['Weatherization programs', 'Utility efficiency programs', 'Community action agencies', 'Contractors'],
    clientContact: 'high',
    emotionalDemand: 'low',
    minEducation: 'high-school',
    typicalEducation:
      'High school plus building-science training; a home energy auditor certification is often asked for',
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['communication', 'analytical-thinking', 'patience'],
  },
  {
    id: 'vocational-rehabilitation-manager',
    title: 'Vocational rehabilitation program manager',
    socCode: '11-9151.00',
    socMatch: 'closest',
    matchNote:
      'No separate code for rehabilitation program managers; O*NET lists Vocational Rehabilitation Administrator among the reported titles of Social and Community Service Managers (11-9151), whose figures are shown',
    summary:
      'Leads an office or program that helps people with disabilities into work: supervises the counselors, builds partnerships with employers and colleges, manages the budget, and tracks how many people find and keep jobs.',
    sector: 'rehabilitation',
    scale: 'mezzo',
    causes: ['rehabilitation', 'community-development'],
    settings: [
      'State vocational rehabilitation agencies',
      'Non-profit disability services',
      'Independent living centers',
      'Veterans services',
    ],
    clientContact: 'some',
    emotionalDemand: 'some',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's; a master's in rehabilitation counseling and years as a counselor are common",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['leadership', 'advocacy', 'communication', 'analytical-thinking'],
  },
  {
    id: 'disability-policy-analyst',
    title: 'Disability policy analyst',
    socCode: '19-3094.00',
    socMatch: 'closest',
    matchNote: 'No separate code for disability policy analysts',
    summary:
      'Studies how laws, benefits and public services work for disabled people — access to buildings and transport, support at home, the right to work — and recommends changes to agencies and lawmakers.',
    sector: 'rehabilitation',
    scale: 'macro',
    causes: ['rehabilitation', 'public-policy'],
    settings: ['Disability rights organizations', 'State disability councils', 'Government agencies', 'Think tanks'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Master's in public policy, disability studies or rehabilitation",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'advocacy', 'communication'],
  },
  {
    id: 'mental-health-epidemiologist',
    title: 'Mental health epidemiologist',
    socCode: '19-1041.00',
    socMatch: 'closest',
    matchNote: 'No separate code for mental health epidemiologists; figures are for all epidemiologists (19-1041)',
    summary:
      'Measures how common mental illness and addiction are across a population, who gets care and who goes without, and which programs help; health departments and lawmakers use the findings to decide where services go.',
    sector: 'mental-health',
    scale: 'macro',
    causes: ['mental-health', 'addiction-recovery', 'public-policy'],
    settings: ['Public health departments', 'Universities', 'Research institutes', 'Federal agencies'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'master',
    typicalEducation: "Master's in public health (MPH) or epidemiology; a doctorate for research roles",
    flexibleStudy: false,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'communication', 'advocacy'],
  },
  {
    id: 'equal-opportunity-officer',
    title: 'Equal opportunity officer',
    socCode: '13-1041.03',
    socMatch: 'exact',
    summary:
      'Makes sure an employer, school or agency treats people fairly whatever their race, sex, age, religion or disability: looks into complaints of discrimination, reviews hiring and pay practices, and trains staff on their duties.',
    sector: 'social-justice-advocacy',
    scale: 'mezzo',
    causes: ['social-justice', 'legal-aid'],
    settings: ['Government agencies', 'Universities', 'Large employers', 'Civil rights offices'],
    clientContact: 'some',
    emotionalDemand: 'some',
    minEducation: 'bachelor',
    typicalEducation: "Bachelor's; law, human resources or public administration are common backgrounds",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['advocacy', 'analytical-thinking', 'communication', 'cultural-humility'],
  },
  {
    id: 'social-welfare-policy-analyst',
    title: 'Social welfare policy analyst',
    socCode: '19-3094.00',
    socMatch: 'closest',
    matchNote: 'No separate code for social welfare policy analysts',
    summary:
      'Looks at how food aid, housing help, child care support and cash benefits reach the people they are meant for, where they fall short, and what would fix them, and puts the evidence before agencies and legislatures.',
    sector: 'human-services',
    scale: 'macro',
    causes: ['basic-needs', 'children-families', 'public-policy'],
    settings: ['State human services departments', 'Think tanks', 'Legislative offices', 'Anti-poverty organizations'],
    clientContact: 'low',
    emotionalDemand: 'low',
    minEducation: 'bachelor',
    typicalEducation: "Master's in social work (MSW), public policy or economics",
    flexibleStudy: true,
    licenseRequired: false,
    licenses: [],
    exams: [],
    qualities: ['analytical-thinking', 'advocacy', 'communication'],
  },
];

/** Curated paths from one scale to another within a shared cause; the build checks both rules. */
const TRANSITIONS: { from: string; to: string }[] = [
  { from: 'human-services-case-worker', to: 'nonprofit-program-manager' },
  { from: 'human-services-case-worker', to: 'homeless-services-program-manager' },
  { from: 'social-and-human-service-assistant', to: 'homeless-services-program-manager' },
  { from: 'homeless-services-program-manager', to: 'policy-analyst' },
  { from: 'nonprofit-program-manager', to: 'policy-analyst' },
  { from: 'clinical-social-worker', to: 'nonprofit-program-manager' },
  { from: 'licensed-professional-counselor', to: 'nonprofit-program-manager' },
  { from: 'marriage-and-family-therapist', to: 'nonprofit-program-manager' },
  { from: 'addiction-counselor', to: 'nonprofit-program-manager' },
  { from: 'child-and-family-social-worker', to: 'nonprofit-program-manager' },
  { from: 'k-12-teacher', to: 'academic-and-career-counselor' },
  { from: 'academic-and-career-counselor', to: 'education-policy-analyst' },
  { from: 'k-12-teacher', to: 'education-policy-analyst' },
  { from: 'special-education-teacher', to: 'education-policy-analyst' },
  { from: 'registered-nurse', to: 'health-education-specialist' },
  { from: 'community-health-worker', to: 'health-education-specialist' },
  { from: 'community-health-worker', to: 'community-organizer' },
  { from: 'community-organizer', to: 'legislative-advocate' },
  { from: 'community-organizer', to: 'policy-analyst' },
  { from: 'victim-advocate', to: 'community-organizer' },
  { from: 'victim-advocate', to: 'public-interest-lawyer' },
  { from: 'environmental-educator', to: 'climate-policy-analyst' },
  { from: 'conservation-scientist', to: 'climate-policy-analyst' },
  { from: 'environmental-engineer', to: 'climate-policy-analyst' },
  // Paths through the careers added to fill the map (ADR 0031).
  { from: 'financial-and-housing-counselor', to: 'nonprofit-program-manager' },
  { from: 'financial-and-housing-counselor', to: 'homeless-services-program-manager' },
  { from: 'home-energy-advisor', to: 'climate-policy-analyst' },
  { from: 'rehabilitation-counselor', to: 'vocational-rehabilitation-manager' },
  { from: 'vocational-rehabilitation-manager', to: 'disability-policy-analyst' },
  { from: 'occupational-therapist', to: 'disability-policy-analyst' },
  { from: 'special-education-teacher', to: 'disability-policy-analyst' },
  { from: 'licensed-professional-counselor', to: 'mental-health-epidemiologist' },
  { from: 'addiction-counselor', to: 'mental-health-epidemiologist' },
  { from: 'psychologist', to: 'mental-health-epidemiologist' },
  { from: 'victim-advocate', to: 'equal-opportunity-officer' },
  { from: 'equal-opportunity-officer', to: 'public-interest-lawyer' },
  { from: 'equal-opportunity-officer', to: 'legislative-advocate' },
  { from: 'homeless-services-program-manager', to: 'social-welfare-policy-analyst' },
  { from: 'nonprofit-program-manager', to: 'social-welfare-policy-analyst' },
];

// ---------------------------------------------------------------------------------------------------------

const NO_FIGURE: Figure = { value: null, source: null, year: null, note: null };

/** Notes as sentences, so caveats from different places read as one paragraph. */
function joinNotes(notes: readonly string[]): string | null {
  if (notes.length === 0) return null;
  return notes.map((note) => (note.endsWith('.') ? note : `${note}.`)).join(' ');
}

function figure(value: number | null, source: string, notes: readonly string[]): Figure {
  if (value === null) return { ...NO_FIGURE, note: joinNotes(notes) };
  return { value, source, year: BLS_YEAR, note: joinNotes(notes) };
}

/** BLS figures for an O*NET code, with notes on partial matches and top-coded wages. */
function blsFigures(
  onetCode: string,
  bls: BlsProjection | undefined,
  extraNotes: readonly string[],
): Pick<Career, 'medianPay' | 'growthPct' | 'employment' | 'blsEducation' | 'outlookPeriod'> {
  const soc = toBlsSocCode(onetCode);
  if (bls === undefined) {
    const missing = figure(null, '', [`No BLS Employment Projections row for SOC ${soc}`, ...extraNotes]);
    return { medianPay: missing, growthPct: missing, employment: missing, blsEducation: null, outlookPeriod: null };
  }
  const source = `${BLS_SOURCE} (SOC ${soc})`;
  const notes = [...extraNotes];
  if (!onetCode.endsWith('.00')) {
    notes.push(`BLS figures cover all of SOC ${soc} (${bls.title}), of which this O*NET occupation is a part`);
  }
  const wageNotes = [...notes];
  if (bls.isMedianWageTopCoded && bls.medianWage !== null) {
    wageNotes.push(`BLS reports this median only as at least $${bls.medianWage.toLocaleString('en-US')}`);
  }
  if (bls.medianWage === null) wageNotes.push(`BLS gives no median wage for SOC ${soc}`);
  return {
    medianPay: figure(bls.medianWage, source, wageNotes),
    growthPct: figure(bls.growthPct, source, notes),
    employment: figure(bls.employment2024, source, notes),
    blsEducation: bls.entryEducation,
    outlookPeriod: OUTLOOK_PERIOD,
  };
}

function onetCareer(occupation: OnetOccupation, bls: BlsProjection | undefined): Career {
  return CareerSchema.parse({
    id: `onet-${occupation.socCode}`,
    title: occupation.title,
    socCode: occupation.socCode,
    socMatch: 'exact',
    onetTitle: occupation.title,
    curated: false,
    summary: null,
    sector: null,
    scale: null,
    causes: [],
    settings: [],
    clientContact: null,
    emotionalDemand: null,
    minEducation: mapBlsEducation(bls?.entryEducation ?? null) ?? occupation.requiredEducation,
    typicalEducation: null,
    flexibleStudy: null,
    licenseRequired: null,
    licenses: [],
    exams: [],
    qualities: [],
    riasec: occupation.riasec,
    interestCode: occupation.interestCode,
    jobZone: occupation.jobZone,
    workValues: occupation.workValues,
    onetSource: ONET_SOURCE,
    ...blsFigures(occupation.socCode, bls, []),
  });
}

/** One row of ../shared/data/occupations.csv, keyed by column name. */
type CsvRow = Record<string, string>;

function readOccupationsCsv(file: string): Map<string, CsvRow> {
  const [header, ...records] = readCsv(readFileSync(file, 'utf8'), { source: path.basename(file) });
  if (header === undefined) throw new Error(`${file} is empty`);
  const rows = new Map<string, CsvRow>();
  for (const record of records) {
    if (record.cells.length !== header.cells.length) {
      throw new Error(`${file} line ${record.line}: ${record.cells.length} cells, header has ${header.cells.length}`);
    }
    const row: CsvRow = Object.fromEntries(header.cells.map((name, i) => [name, record.cells[i] ?? '']));
    rows.set(row.soc_code ?? '', row);
  }
  return rows;
}

function csvNumber(row: CsvRow, column: string): number | null {
  const raw = row[column];
  if (raw === undefined) throw new Error(`occupations.csv has no column ${column}`);
  if (raw.trim() === '') return null;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`occupations.csv ${row.soc_code} ${column}: "${raw}" is not a number`);
  return value;
}

/** All-or-nothing: a profile with a missing score would mislead matching. */
function csvProfile<K extends string>(row: CsvRow, columns: Record<K, string>): Record<K, number> | null {
  const entries = Object.entries<string>(columns).map(([key, column]) => [key, csvNumber(row, column)] as const);
  if (entries.every(([, value]) => value === null)) return null;
  if (entries.some(([, value]) => value === null)) throw new Error(`occupations.csv ${row.soc_code}: partial profile`);
  return Object.fromEntries(entries) as Record<K, number>;
}

/** Splits occupations.csv `source_notes` into the BLS code it cites and the caveats worth showing. */
function readSourceNotes(row: CsvRow): { blsSoc: string; caveats: string[] } {
  const parts = (row.source_notes ?? '').split('; ').map((part) => part.trim());
  const blsPart = parts.map((part) => /^BLS EP (\d{2}-\d{4}) /.exec(part)).find((match) => match !== null);
  if (blsPart?.[1] === undefined) throw new Error(`occupations.csv ${row.soc_code}: source_notes cites no BLS EP code`);
  const caveats = parts.filter((part) => part !== '' && !/^O\*NET 29\.3 \(/.test(part) && !/^BLS EP \d/.test(part));
  return { blsSoc: blsPart[1], caveats };
}

function curatedCareer(
  spec: CuratedSpec,
  onet: ReadonlyMap<string, OnetOccupation>,
  bls: ReadonlyMap<string, BlsProjection>,
  csv: ReadonlyMap<string, CsvRow>,
): Career {
  const { matchNote, ...fields } = spec;
  const code = spec.socCode;
  const occupation = code === null ? undefined : onet.get(code);
  if (code !== null && occupation === undefined) throw new Error(`${spec.id}: ${code} is not an O*NET 29.3 code`);
  const matchNotes = matchNote === undefined ? [] : [matchNote];
  const row = code === null ? undefined : csv.get(code);

  let figures: Pick<
    Career,
    | 'riasec'
    | 'interestCode'
    | 'jobZone'
    | 'workValues'
    | 'medianPay'
    | 'growthPct'
    | 'employment'
    | 'blsEducation'
    | 'outlookPeriod'
  >;
  if (row !== undefined) {
    // The hand-checked file wins for the careers it covers; its caveats travel with every BLS figure.
    const { blsSoc, caveats } = readSourceNotes(row);
    const notes = [...caveats, ...matchNotes];
    const source = `${BLS_SOURCE} (SOC ${blsSoc})`;
    const note = joinNotes(notes);
    const sourced = (value: number | null, year: number | null): Figure =>
      value === null ? { ...NO_FIGURE, note } : { value, source, year, note };
    figures = {
      riasec: csvProfile(row, { R: 'R', I: 'I', A: 'A', S: 'S', E: 'E', C: 'C' }),
      interestCode: row.interest_code || null,
      jobZone: csvNumber(row, 'job_zone'),
      workValues: csvProfile(row, {
        achievement: 'wv_achievement',
        'working-conditions': 'wv_working_conditions',
        recognition: 'wv_recognition',
        relationships: 'wv_relationships',
        support: 'wv_support',
        independence: 'wv_independence',
      }),
      medianPay: sourced(csvNumber(row, 'bls_median_pay_usd'), csvNumber(row, 'bls_pay_year')),
      // The file states growth over 2024-34 and employment in 2024, both with 2024 as their base year.
      growthPct: sourced(csvNumber(row, 'bls_growth_pct'), BLS_YEAR),
      employment: sourced(csvNumber(row, 'bls_jobs'), BLS_YEAR),
      blsEducation: row.bls_entry_education || null,
      outlookPeriod: row.bls_growth_period || null,
    };
    if (occupation !== undefined) checkAgainstOnet(spec.id, figures, occupation);
  } else if (code !== null && occupation !== undefined) {
    figures = {
      riasec: occupation.riasec,
      interestCode: occupation.interestCode,
      jobZone: occupation.jobZone,
      workValues: occupation.workValues,
      ...blsFigures(code, findBlsProjection(bls, code), matchNotes),
    };
  } else {
    figures = {
      riasec: null,
      interestCode: null,
      jobZone: null,
      workValues: null,
      medianPay: NO_FIGURE,
      growthPct: NO_FIGURE,
      employment: NO_FIGURE,
      blsEducation: null,
      outlookPeriod: null,
    };
  }

  return CareerSchema.parse({
    ...fields,
    onetTitle: occupation?.title ?? null,
    curated: true,
    onetSource: occupation === undefined ? null : ONET_SOURCE,
    ...figures,
  });
}

/** The hand-checked file and the O*NET release should agree; a difference means one of them is stale. */
function checkAgainstOnet(
  id: string,
  figures: Pick<Career, 'riasec' | 'interestCode' | 'jobZone' | 'workValues'>,
  occupation: OnetOccupation,
): void {
  const fromCsv = JSON.stringify([figures.riasec, figures.interestCode, figures.jobZone, figures.workValues]);
  const fromOnet = JSON.stringify([
    occupation.riasec,
    occupation.interestCode,
    occupation.jobZone,
    occupation.workValues,
  ]);
  if (fromCsv !== fromOnet)
    throw new Error(`${id}: occupations.csv disagrees with O*NET 29.3 (${fromCsv} vs ${fromOnet})`);
}

function checkCurated(careers: readonly Career[]): void {
  const ids = new Set<string>();
  for (const career of careers) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(career.id)) throw new Error(`curated id ${career.id} is not kebab-case`);
    if (ids.has(career.id)) throw new Error(`curated id ${career.id} is used twice`);
    ids.add(career.id);
  }
  const byId = new Map(careers.map((career) => [career.id, career]));
  const seen = new Set<string>();
  for (const { from, to } of TRANSITIONS) {
    const a = byId.get(from);
    const b = byId.get(to);
    if (a === undefined || b === undefined) throw new Error(`transition ${from} -> ${to} names an unknown career`);
    if (a.scale === b.scale) throw new Error(`transition ${from} -> ${to} stays at one scale`);
    if (!a.causes.some((cause) => b.causes.includes(cause)))
      throw new Error(`transition ${from} -> ${to} shares no cause`);
    if (seen.has(`${from}>${to}`)) throw new Error(`transition ${from} -> ${to} is listed twice`);
    seen.add(`${from}>${to}`);
  }
}

/** Pretty JSON with a stable layout; long flat lists get one item a line to keep files and diffs small. */
function writeJson(file: string, value: unknown, oneItemPerLine = false): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const text =
    oneItemPerLine && Array.isArray(value)
      ? `[\n${value.map((item) => `  ${JSON.stringify(item)}`).join(',\n')}\n]\n`
      : `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(file, text);
}

function main(): void {
  const repoRoot = fileURLToPath(new URL('..', import.meta.url));
  const sourceFlag = process.argv.indexOf('--source');
  const sourceDir = path.resolve(
    sourceFlag === -1 ? path.join(repoRoot, '../shared/data') : (process.argv[sourceFlag + 1] ?? ''),
  );
  const onetDir = path.join(sourceDir, 'onet-29.3');

  const onetFiles = readdirSync(onetDir).map((name) => ({
    name,
    content: readFileSync(path.join(onetDir, name), 'utf8'),
  }));
  const occupations = parseOnetFiles(onetFiles);
  const related = parseRelatedOccupations(readFileSync(path.join(onetDir, RELATED_OCCUPATIONS_FILE), 'utf8'));
  const blsText = readFileSync(path.join(sourceDir, 'bls-ep-2024-34', BLS_PROJECTIONS_FILE), 'utf8');
  const bls = parseBlsProjections(readCsv(blsText, { source: BLS_PROJECTIONS_FILE }));
  const csv = readOccupationsCsv(path.join(sourceDir, 'occupations.csv'));

  const onetCareers = occupations.map((occupation) =>
    onetCareer(occupation, findBlsProjection(bls, occupation.socCode)),
  );
  const onetByCode = new Map(occupations.map((occupation) => [occupation.socCode, occupation]));
  const curated = CURATED.map((spec) => curatedCareer(spec, onetByCode, bls, csv));
  checkCurated(curated);

  const dataDir = path.join(repoRoot, 'data');
  writeJson(path.join(dataDir, 'onet/occupations.json'), onetCareers);
  writeJson(path.join(dataDir, 'onet/related.json'), related, true);
  writeJson(path.join(dataDir, 'careers/curated.json'), curated);
  writeJson(path.join(dataDir, 'careers/transitions.json'), TRANSITIONS, true);

  const withoutBls = onetCareers.filter((career) => career.medianPay.source === null && career.outlookPeriod === null);
  process.stdout.write(
    `wrote ${onetCareers.length} O*NET occupations (${withoutBls.length} without a BLS row), ${related.length} related links, ` +
      `${curated.length} curated careers, ${TRANSITIONS.length} transitions\n`,
  );
}

main();
