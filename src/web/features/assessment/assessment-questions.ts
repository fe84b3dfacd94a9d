import type { LevelPreference, MotivationId, ScalePreference } from '#contracts/matching.js';
import type { EducationId, RiasecLetter, WorkValueId } from '#contracts/vocabulary.js';

// Every question here is Vocare's own wording. The RIASEC activities are written for this product and are not items
// from any published interest inventory; they only aim at the same six themes O*NET describes.

export interface AssessmentStep {
  id: string;
  title: string;
  intro: string;
}

export const STEPS: AssessmentStep[] = [
  {
    id: 'causes',
    title: 'What you care about',
    intro: 'People come to helping work because something matters to them. Start with that.',
  },
  {
    id: 'scale',
    title: 'Scale of change',
    intro:
      'The same cause can be served one person at a time, through a programme or a neighbourhood, or by changing the rules everyone lives under.',
  },
  {
    id: 'daily-work',
    title: 'Day-to-day work',
    intro: 'How the work feels from Monday to Friday matters as much as why you do it.',
  },
  {
    id: 'values',
    title: 'What you value in a job',
    intro: 'Pick what would make a job feel right to you. None of these is better than another.',
  },
  {
    id: 'interests',
    title: 'Activities you enjoy',
    intro:
      'Imagine spending part of a working day on each activity below and say how you would feel. There are no right answers. This step is optional: skip it to leave interests out of your results.',
  },
  {
    id: 'education',
    title: 'Education and study',
    intro: 'Many helping careers need a degree and a license. Tell us where you are now and how far you will go.',
  },
  {
    id: 'location',
    title: 'Where you will work',
    intro:
      'Licenses are granted state by state, so where you plan to work changes what stands in the way. This step is optional.',
  },
  {
    id: 'motivations',
    title: 'Why you want to help',
    intro: 'A moment of reflection. What you choose here is shown back with your results; it never changes a score.',
  },
];

export const CAUSE_QUESTION = {
  legend: 'Which causes would you most like your work to serve?',
  hint: 'Choose as many as you like, at least one.',
};

export const SCALE_QUESTION = {
  legend: 'Where would you most like to make a difference?',
  options: [
    {
      value: 'micro',
      label: 'One person or family at a time',
      hint: 'Direct service: counseling, nursing, teaching, casework.',
    },
    {
      value: 'mezzo',
      label: 'Groups, organizations and neighbourhoods',
      hint: 'Running programmes, organizing communities, leading a team or a school.',
    },
    {
      value: 'macro',
      label: 'Institutions, laws and policy',
      hint: 'Research, advocacy and policy work that reaches many people you may never meet.',
    },
    { value: 'any', label: 'I am open to any of these', hint: 'Scale will not count for or against a career.' },
  ] satisfies { value: ScalePreference; label: string; hint: string }[],
};

export const CONTACT_QUESTION = {
  legend: 'How much of your day would you like to spend with the people you serve?',
  options: [
    {
      value: 'high',
      label: 'Most of it',
      hint: 'Face to face with clients, patients or students for much of the day.',
    },
    { value: 'some', label: 'Some of it', hint: 'A mix of time with people and time on plans, records or meetings.' },
    { value: 'low', label: 'Little of it', hint: 'I would rather work behind the scenes.' },
    { value: 'any', label: 'No preference', hint: 'Client contact will not count for or against a career.' },
  ] satisfies { value: LevelPreference; label: string; hint: string }[],
};

export const INTENSITY_QUESTION = {
  legend: 'How much emotional weight are you ready to carry at work?',
  options: [
    { value: 'high', label: 'A lot', hint: 'I can stay steady with crisis, grief or trauma, with good support.' },
    { value: 'some', label: 'A moderate amount', hint: 'Hard moments now and then, not every day.' },
    { value: 'low', label: 'As little as possible', hint: 'I want work that stays calm most of the time.' },
    { value: 'any', label: 'Not sure yet', hint: 'Emotional intensity will not count for or against a career.' },
  ] satisfies { value: LevelPreference; label: string; hint: string }[],
};

export const VALUES_QUESTION = {
  legend: 'Which of these matter most to you in a job?',
  hint: 'Choose any number, or none. Each is compared with O*NET’s figures for the career.',
  options: {
    achievement: 'Using my abilities and seeing what my work achieves',
    'working-conditions': 'Steady work, fair pay and conditions that fit my life',
    recognition: 'Being respected for my work, with room to advance',
    relationships: 'Working with and for people, in a friendly team',
    support: 'An employer and supervisors who back me up',
    independence: 'Deciding for myself how I do my work',
  } satisfies Record<WorkValueId, string>,
};

export const RATING_MAX = 3;
export const RATING_OPTIONS = [
  { value: 0, label: 'Not for me' },
  { value: 1, label: 'Unsure' },
  { value: 2, label: 'I would like it' },
  { value: 3, label: 'I would love it' },
] as const;

export const ACTIVITY_IDS = ['R1', 'R2', 'I1', 'I2', 'A1', 'A2', 'S1', 'S2', 'E1', 'E2', 'C1', 'C2'] as const;
/** The three more activities per theme that the fuller version adds to the quick one's two. */
export const EXTRA_ACTIVITY_IDS = [
  ...(['R', 'I', 'A', 'S', 'E', 'C'] as const).flatMap((l) => [`${l}3`, `${l}4`, `${l}5`] as const),
] as const;
export type ActivityId = (typeof ACTIVITY_IDS)[number] | (typeof EXTRA_ACTIVITY_IDS)[number];

/** The quick interest section (12 activities) or the fuller one (30, five per theme); the scores use one scale. */
export const INTEREST_VERSIONS = ['quick', 'full'] as const;
export type InterestVersion = (typeof INTEREST_VERSIONS)[number];
export const INTEREST_VERSION_LABELS: Record<InterestVersion, string> = {
  quick: 'Quick: 12 activities, about 2 minutes',
  full: 'Fuller: 30 activities, about 5 minutes, a steadier picture',
};

/** Two activities per RIASEC theme, interleaved so the themes are not obvious while answering. */
export const ACTIVITIES: { id: ActivityId; letter: RiasecLetter; text: string }[] = [
  { id: 'S1', letter: 'S', text: 'Sitting with someone who is going through a hard time' },
  { id: 'R1', letter: 'R', text: 'Repairing or building something with your hands' },
  { id: 'I1', letter: 'I', text: 'Digging into research to find out why a problem keeps happening' },
  { id: 'E1', letter: 'E', text: 'Persuading a room of people to back a cause' },
  { id: 'A1', letter: 'A', text: 'Designing a poster, a story or a performance of your own' },
  { id: 'C1', letter: 'C', text: 'Keeping a budget, a schedule or a set of records in perfect order' },
  { id: 'R2', letter: 'R', text: 'Working outdoors with plants, animals or equipment' },
  { id: 'S2', letter: 'S', text: 'Teaching or coaching someone who is new to a skill' },
  { id: 'C2', letter: 'C', text: 'Following a clear procedure so every detail comes out right' },
  { id: 'I2', letter: 'I', text: 'Working through numbers or evidence to settle a question' },
  { id: 'E2', letter: 'E', text: 'Starting a new project and leading the team that runs it' },
  { id: 'A2', letter: 'A', text: 'Finding a creative new way to explain a hard idea' },
];

/** Three more activities per theme, in Vocare's own words, interleaved like the quick ones. */
const EXTRA_ACTIVITIES: { id: ActivityId; letter: RiasecLetter; text: string }[] = [
  { id: 'E3', letter: 'E', text: 'Asking local businesses to sponsor a community event' },
  { id: 'R3', letter: 'R', text: 'Setting up the tables, sound and lights for an event' },
  { id: 'C3', letter: 'C', text: 'Checking a form line by line so nothing is missing' },
  { id: 'S3', letter: 'S', text: 'Helping two friends settle an argument fairly' },
  { id: 'A3', letter: 'A', text: 'Taking photos or filming a video that tells a story' },
  { id: 'I3', letter: 'I', text: 'Reading studies to learn which kind of help actually works' },
  { id: 'R4', letter: 'R', text: 'Cooking a meal for a large group' },
  { id: 'E4', letter: 'E', text: 'Speaking up for a group at a city council meeting' },
  { id: 'I4', letter: 'I', text: 'Running a small survey and working out what the answers show' },
  { id: 'S4', letter: 'S', text: 'Looking after children or older people for an afternoon' },
  { id: 'C4', letter: 'C', text: 'Sorting donations into a tidy, labelled inventory' },
  { id: 'A4', letter: 'A', text: 'Writing a song, a poem or a short play' },
  { id: 'S5', letter: 'S', text: 'Welcoming newcomers and showing them around' },
  { id: 'I5', letter: 'I', text: 'Figuring out how a machine or a system works inside' },
  { id: 'R5', letter: 'R', text: 'Driving or delivering supplies to the people who need them' },
  { id: 'A5', letter: 'A', text: 'Decorating a room or a mural so it feels like a different place' },
  { id: 'C5', letter: 'C', text: 'Entering figures into a spreadsheet and keeping it up to date' },
  { id: 'E5', letter: 'E', text: 'Running a fundraiser and setting its goal' },
];

/** The fuller version: the quick activities first (so ratings carry over when switching), then the extra ones. */
export const FULL_ACTIVITIES = [...ACTIVITIES, ...EXTRA_ACTIVITIES];

export function activitiesFor(version: InterestVersion) {
  return version === 'full' ? FULL_ACTIVITIES : ACTIVITIES;
}

export const EDUCATION_QUESTIONS = {
  current: {
    legend: 'What is the highest level of education you have completed?',
    none: 'None of these yet',
  },
  max: {
    legend: 'How far are you willing to study?',
    hint: 'Counting what you have already completed. Careers that need more are still shown, with the gap named.',
  },
  flexible: {
    legend: 'Do you need flexible or online study, for example around work or family?',
    hint: 'Optional.',
    options: [
      { value: 'yes', label: 'Yes, I need flexible or online options' },
      { value: 'no', label: 'No, studying in person works for me' },
    ],
  },
};

/** "Up to …" wording for the study ceiling. */
export const MAX_EDUCATION_LABELS: Record<EducationId, string> = {
  'high-school': 'No further study beyond high school',
  certificate: 'Up to a certificate or some college',
  associate: "Up to an associate's degree",
  bachelor: "Up to a bachelor's degree",
  master: "Up to a master's degree",
  doctoral: 'Up to a doctoral or professional degree',
};

export const LOCATION_QUESTION = {
  label: 'Which US state or territory do you plan to work in?',
  hint: 'Optional. We use it only to say whether Vocare has the licensing rules for your state.',
  none: 'Outside the US, or I would rather not say',
};

export const US_STATES: [code: string, name: string][] = [
  ['AL', 'Alabama'],
  ['AK', 'Alaska'],
  ['AZ', 'Arizona'],
  ['AR', 'Arkansas'],
  ['CA', 'California'],
  ['CO', 'Colorado'],
  ['CT', 'Connecticut'],
  ['DE', 'Delaware'],
  ['DC', 'District of Columbia'],
  ['FL', 'Florida'],
  ['GA', 'Georgia'],
  ['HI', 'Hawaii'],
  ['ID', 'Idaho'],
  ['IL', 'Illinois'],
  ['IN', 'Indiana'],
  ['IA', 'Iowa'],
  ['KS', 'Kansas'],
  ['KY', 'Kentucky'],
  ['LA', 'Louisiana'],
  ['ME', 'Maine'],
  ['MD', 'Maryland'],
  ['MA', 'Massachusetts'],
  ['MI', 'Michigan'],
  ['MN', 'Minnesota'],
  ['MS', 'Mississippi'],
  ['MO', 'Missouri'],
  ['MT', 'Montana'],
  ['NE', 'Nebraska'],
  ['NV', 'Nevada'],
  ['NH', 'New Hampshire'],
  ['NJ', 'New Jersey'],
  ['NM', 'New Mexico'],
  ['NY', 'New York'],
  ['NC', 'North Carolina'],
  ['ND', 'North Dakota'],
  ['OH', 'Ohio'],
  ['OK', 'Oklahoma'],
  ['OR', 'Oregon'],
  ['PA', 'Pennsylvania'],
  ['PR', 'Puerto Rico'],
  ['RI', 'Rhode Island'],
  ['SC', 'South Carolina'],
  ['SD', 'South Dakota'],
  ['TN', 'Tennessee'],
  ['TX', 'Texas'],
  ['UT', 'Utah'],
  ['VT', 'Vermont'],
  ['VA', 'Virginia'],
  ['WA', 'Washington'],
  ['WV', 'West Virginia'],
  ['WI', 'Wisconsin'],
  ['WY', 'Wyoming'],
];

export const MOTIVATION_QUESTION = {
  legend: 'What draws you to helping work?',
  hint: 'Choose any that ring true. This is for you: it is shown back with your results and never changes a score.',
};

/** Shown back on the results page: a short prompt to keep the reason in view, in Vocare's own words. */
export const MOTIVATION_REFLECTIONS: Record<MotivationId, string> = {
  'making-a-difference':
    'You want your work to leave things better than you found them. Look for careers where you can see that change, or measure it.',
  empathy:
    'You feel for people who are struggling. That is a strength, and it needs boundaries and support to last a career.',
  'social-justice':
    'You care about fairness. Careers further toward the macro end change the rules themselves; micro careers meet the people the rules fail.',
  growth:
    'You want the work to change you too. Careers with supervision, mentoring and a licensing path build that in.',
  'lived-experience':
    'Your own story brought you here. It can be a source of understanding; supervision helps keep it from becoming a weight.',
  community: 'You want to give back to a place or a people. Check which careers work in settings close to home.',
  'faith-or-spirituality':
    'Your faith or spirituality calls you to serve. Many settings welcome that; some ask you to keep it in the background.',
  purpose: 'You want work that means something. Keep that reason close when the hours get long.',
};
