import type { Command } from 'commander';
import { OPPORTUNITY_KIND_LABELS, type OpportunityList, SearchOpportunitiesQuerySchema } from '#contracts/board.js';
import { parseLatLon } from '#domain/board/geo.js';
import * as board from '#server/features/board/opportunities.service.js';
import { CliError, fetchJson, withDbOrServer } from './cli-context.js';

interface SearchOptions {
  near?: string;
  km?: string;
  kind?: string;
  cause?: string;
  remote?: string;
  maxHours?: string;
  placement?: boolean;
  sort?: string;
  limit?: string;
  json?: boolean;
}

// Options named as the API's query parameters, so one schema checks both.
const OPTION_NAMES: Record<string, string> = { maxHours: '--max-hours', pageSize: '--limit' };

export function registerOpportunitiesCommands(program: Command): void {
  const group = program
    .command('opportunities')
    .description('The experience board: volunteering, internships, placements');

  group
    .command('search')
    .argument('[query]', 'words to search for, e.g. "counselor" (also finds counseling)')
    .description('Search open opportunities, optionally near a place')
    .option('--near <place>', 'a point "lat,lon" (e.g. "39.74,-104.99") or a city such as "Denver, CO"')
    .option('--km <n>', 'distance from --near in kilometres (default 25)')
    .option('--kind <kinds>', 'volunteer, internship, field-placement, entry-job (comma-separated)')
    .option('--cause <causes>', 'cause ids, comma-separated (e.g. mental-health,education)')
    .option('--remote <which>', 'only or exclude')
    .option('--max-hours <n>', 'at most this many hours per week')
    .option('--placement', 'only listings that can count as supervised field experience')
    .option('--sort <order>', 'relevance (default), date or distance')
    .option('--limit <n>', 'how many to show (default 20, at most 100)')
    .option('--json', 'print JSON in the same shape as GET /api/opportunities')
    .action(async (query: string | undefined, opts: SearchOptions) => {
      const raw: Record<string, string> = {};
      const set = (key: string, value: string | undefined) => {
        if (value !== undefined) raw[key] = value;
      };
      set('q', query);
      set('near', opts.near);
      set('km', opts.km);
      set('kind', opts.kind);
      set('cause', opts.cause);
      set('remote', opts.remote);
      set('maxHours', opts.maxHours);
      set('sort', opts.sort);
      set('pageSize', opts.limit);
      if (opts.placement) raw.placement = 'true';
      if (opts.km !== undefined && opts.near === undefined) throw new CliError('--km needs --near.', 2);
      const point = opts.near === undefined ? null : parseLatLon(opts.near);
      if (point && !point.ok) throw new CliError(`--near: ${point.message}`, 2);
      const parsed = SearchOpportunitiesQuerySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = String(issue?.path[0] ?? '');
        const option = OPTION_NAMES[key] ?? (key === 'q' ? 'QUERY' : `--${key}`);
        throw new CliError(`${option}: ${issue?.message ?? 'is invalid'}`, 2);
      }
      const list = await withDbOrServer<OpportunityList>(
        'vocare opportunities search',
        ({ db }) => board.searchOpportunities(db, parsed.data),
        async (baseUrl) =>
          (await fetchJson(baseUrl, `/api/opportunities?${new URLSearchParams(raw).toString()}`)) as OpportunityList,
      );
      if (opts.json) {
        console.log(JSON.stringify(list));
        return;
      }
      for (const o of list.items) {
        const where = o.isRemote ? 'remote' : (o.address ?? `${o.lat}, ${o.lon}`);
        const distance = o.distanceKm === null ? '' : ` (${o.distanceKm} km)`;
        console.log(`${o.title} — ${o.organization.name}`);
        console.log(
          `  ${OPPORTUNITY_KIND_LABELS[o.kind]} · ${o.hoursPerWeek} h/week · ${where}${distance}${o.countsAsPlacement ? ' · counts as field experience' : ''}`,
        );
        console.log(`  id ${o.id}`);
      }
      const near = list.near ? ` within ${list.near.km} km of ${list.near.label}` : '';
      console.log(`\n${list.total} open ${list.total === 1 ? 'opportunity' : 'opportunities'}${near}`);
    });
}
