import type { RoadmapStageKind } from '#contracts/pathways.js';
import { item, type Step } from './pathway-steps.js';

function ongoing(
  id: string,
  kind: RoadmapStageKind,
  title: string,
  description: string,
  texts: [string, string][],
): Step {
  return {
    id,
    kind,
    title,
    description,
    timing: 'ongoing',
    during: null,
    duration: null,
    durationNote: 'All along the road.',
    facts: [],
    requirements: [],
    checklist: texts.map(([key, text]) => item(id, key, text)),
  };
}

/** Volunteering, relationships and self-care run all along the road. */
export function buildOngoingSteps(): Step[] {
  return [
    ongoing(
      'volunteering',
      'volunteering',
      'Volunteer close to the work',
      'Giving time to people or causes near this career shows you what the work feels like, builds skills, and often leads to placements and references.',
      [
        ['find-role', 'Find a volunteer role close to the work you want'],
        ['commit', 'Commit to a regular schedule for a few months'],
        ['reflect', 'Write down what you learn about the work and about yourself'],
      ],
    ),
    ongoing(
      'relationships',
      'relationships',
      'Build professional relationships',
      'People already in the field can tell you what no program page will, and many placements and first jobs come through them.',
      [
        ['conversation', 'Ask someone in the field for a short conversation about their work'],
        ['association', 'Join a professional association as a student or associate member'],
        ['mentor', 'Find a mentor'],
        ['keep-in-touch', 'Keep in touch with supervisors, classmates and colleagues'],
      ],
    ),
    ongoing(
      'self-care',
      'self-care',
      'Look after yourself',
      'Helping work asks a lot. Habits you set up now, and people you can talk to, protect you from burnout and compassion fatigue later.',
      [
        ['basics', 'Decide what you will protect each week: sleep, movement, time off'],
        ['support', 'Set up regular supervision or peer support'],
        ['check-in', 'Check in on your own wellbeing every month'],
      ],
    ),
  ];
}
