import type { Command } from 'commander';
import { CURRENT_STAGE_LABELS, PathwayPreviewQuerySchema, type Roadmap, RoadmapSchema } from '#contracts/pathways.js';
import { todayUtc } from '#domain/calendar-date.js';
import { AppError } from '#server/errors.js';
import { readPathwayReference } from '#server/features/pathways/pathways.reference.js';
import { previewPathway } from '#server/features/pathways/pathways.service.js';
import { pathwaysPorts } from '#server/features.js';
import { CliError, withDbOrServer } from './cli-context.js';

/** API field names as the terminal knows them. */
const OPTION_NAMES: Record<string, string> = {
  careerId: '--career',
  jurisdiction: '--jurisdiction',
  license: '--license',
  ruleSetId: '--rule-set',
  stage: '--stage',
  startDate: '--start',
};

function optionName(path: string): string {
  const field = path.replace(/^(query|body)\./, '').split('.')[0] ?? '';
  return OPTION_NAMES[field] ?? field;
}

function formatLength(months: number | null): string {
  if (months === null) return 'unknown';
  if (months === 0) return 'milestone';
  if (months % 12 === 0) return `${months / 12} year${months === 12 ? '' : 's'}`;
  return `${months} months`;
}

/** The roadmap as text: one line per stage with its length and projected dates, then totals and notes. */
export function formatRoadmap(roadmap: Roadmap): string {
  const rules = roadmap.ruleSet
    ? ` — ${roadmap.ruleSet.title}, ${roadmap.ruleSet.jurisdictionName} (${roadmap.ruleSet.id} version ${roadmap.ruleSet.version}, checked ${roadmap.ruleSet.checkedDate})`
    : '';
  const lines = [
    `${roadmap.career.title}${rules}`,
    `Where you are: ${CURRENT_STAGE_LABELS[roadmap.currentStage]}; starting ${roadmap.startDate}`,
    '',
  ];
  const sequential = roadmap.stages.filter((s) => s.timing !== 'ongoing');
  sequential.forEach((s, i) => {
    const number = s.timing === 'during' ? '   ' : `${String(i + 1).padStart(2)}.`;
    const title = s.timing === 'during' ? `  during: ${s.title}` : s.title;
    const length = s.timing === 'during' ? '' : formatLength(s.durationMonths);
    const dates = `${s.projectedStart ?? '?'} → ${s.projectedEnd ?? '?'}`;
    const flags = [s.status === 'in-progress' ? 'in progress' : null, s.targetDate ? `target ${s.targetDate}` : null]
      .filter(Boolean)
      .join(', ');
    lines.push(`${number} ${title.padEnd(52)} ${length.padEnd(11)} ${dates}${flags ? `  (${flags})` : ''}`);
    if (s.durationNote && s.timing === 'sequential') lines.push(`      ${s.durationNote}`);
  });
  const ongoing = roadmap.stages.filter((s) => s.timing === 'ongoing');
  if (ongoing.length > 0) lines.push('', `All along the way: ${ongoing.map((s) => s.title).join('; ')}`);
  const { totals } = roadmap;
  lines.push(
    '',
    totals.goalDate === null
      ? `Total: unknown (${totals.unknownDurations} stage${totals.unknownDurations === 1 ? '' : 's'} with no stated length)`
      : `Total: ${totals.monthsToGoal} months, to ${totals.goalDate}`,
  );
  if (totals.supervisedHours !== null)
    lines.push(`Supervised hours required: ${totals.supervisedHours.toLocaleString('en-US')}`);
  if (roadmap.completed.length > 0) lines.push(`Behind you: ${roadmap.completed.map((c) => c.title).join('; ')}`);
  for (const note of roadmap.notes) lines.push(`Note: ${note}`);
  return lines.join('\n');
}

async function fetchPreview(baseUrl: string, query: Record<string, string>): Promise<Roadmap> {
  const response = await fetch(new URL(`/api/pathways/preview?${new URLSearchParams(query)}`, baseUrl));
  const body = (await response.json()) as { error?: { message?: string; details?: { path: string }[] } };
  if (!response.ok) {
    const option = body.error?.details?.[0] ? `${optionName(body.error.details[0].path)}: ` : '';
    throw new CliError(
      `${option}${body.error?.message ?? `${response.status} from ${baseUrl}`}`,
      response.status === 400 ? 2 : 1,
    );
  }
  return RoadmapSchema.parse(body);
}

export function registerPlanCommand(program: Command): void {
  program
    .command('plan')
    .description('Print the road from where you are to practising a career: stages, lengths and projected dates')
    .requiredOption('--career <id>', 'career id, e.g. licensed-professional-counselor')
    .option('--jurisdiction <code>', 'use the licensure rules of this jurisdiction, e.g. US-TX')
    .option('--license <code>', 'which license, when the jurisdiction has several for the career (e.g. LCPC)')
    .option('--stage <stage>', `where you are now: ${Object.keys(CURRENT_STAGE_LABELS).join(', ')}`, 'starting')
    .option('--start <date>', 'when the first remaining stage starts, YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON in the same shape as GET /api/pathways/preview')
    .action(
      async (opts: {
        career: string;
        jurisdiction?: string;
        license?: string;
        stage: string;
        start?: string;
        json?: boolean;
      }) => {
        const raw = {
          careerId: opts.career,
          jurisdiction: opts.jurisdiction,
          license: opts.license,
          stage: opts.stage,
          startDate: opts.start ?? todayUtc(new Date()),
        };
        const parsed = PathwayPreviewQuerySchema.safeParse(raw);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new CliError(`${optionName(String(issue?.path[0] ?? ''))}: ${issue?.message ?? 'invalid option'}`, 2);
        }
        const query = parsed.data;
        const roadmap = await withDbOrServer<Roadmap>(
          'vocare plan',
          async ({ db }) => {
            try {
              return await previewPathway(db, { ...readPathwayReference(), ...pathwaysPorts }, query, raw.startDate);
            } catch (err) {
              if (err instanceof AppError && err.code === 'BAD_REQUEST') {
                const option = err.details?.[0] ? `${optionName(err.details[0].path)}: ` : '';
                throw new CliError(`${option}${err.message}`, 2);
              }
              throw err;
            }
          },
          (baseUrl) =>
            fetchPreview(
              baseUrl,
              Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string')),
            ),
        );
        console.log(opts.json ? JSON.stringify(roadmap) : formatRoadmap(roadmap));
      },
    );
}
