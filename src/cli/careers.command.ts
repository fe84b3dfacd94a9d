import type { Command } from 'commander';
import { type CareerDetail, type CareerList, ListCareersQuerySchema } from '#contracts/careers.js';
import { SCALE_LABELS } from '#contracts/vocabulary.js';
import * as careers from '#server/features/careers/careers.service.js';
import { CliError, fetchJson, withDbOrServer } from './cli-context.js';

const PAGE_SIZE = 100;

function formatMoney(value: number | null): string {
  return value === null ? 'not available' : `$${value.toLocaleString('en-US')}`;
}

export function registerCareersCommands(program: Command): void {
  const group = program.command('careers').description('Browse the career atlas');

  group
    .command('list')
    .description('List curated helping careers (or every occupation with --all)')
    .option('--all', 'include every O*NET occupation, not only curated careers')
    .option('-q, --query <text>', 'full-text search')
    .option('--json', 'print JSON in the same shape as GET /api/careers')
    .action(async (opts: { all?: boolean; query?: string; json?: boolean }) => {
      const parsed = ListCareersQuerySchema.safeParse({ q: opts.query, curated: opts.all ? 'all' : 'true' });
      if (!parsed.success) throw new CliError(parsed.error.issues[0]?.message ?? 'invalid options', 2);
      const query = parsed.data;
      const list = await withDbOrServer<CareerList>(
        'vocare careers list',
        async ({ db }) => {
          const first = await careers.listCareers(db, { ...query, pageSize: PAGE_SIZE, page: 1 });
          const items = [...first.items];
          for (let page = 2; items.length < first.total; page++) {
            items.push(...(await careers.listCareers(db, { ...query, pageSize: PAGE_SIZE, page })).items);
          }
          return { items, total: first.total, page: 1, pageSize: items.length };
        },
        async (baseUrl) => {
          const items: CareerList['items'] = [];
          let total = 0;
          for (let page = 1; page === 1 || items.length < total; page++) {
            const params = new URLSearchParams({
              curated: query.curated,
              page: String(page),
              pageSize: String(PAGE_SIZE),
            });
            if (query.q) params.set('q', query.q);
            const body = (await fetchJson(baseUrl, `/api/careers?${params}`)) as CareerList;
            total = body.total;
            items.push(...body.items);
            if (body.items.length === 0) break;
          }
          return { items, total, page: 1, pageSize: items.length };
        },
      );
      if (opts.json) {
        console.log(JSON.stringify(list));
        return;
      }
      for (const c of list.items) {
        console.log(`${c.id.padEnd(40)} ${c.title.padEnd(60)} ${c.scale ?? '-'}`);
      }
      console.log(`\n${list.total} careers`);
    });

  group
    .command('show')
    .argument('<id>', 'career id, e.g. licensed-professional-counselor or onet-21-1014.00')
    .description('Show one career with its sourced figures')
    .option('--json', 'print JSON in the same shape as GET /api/careers/:id')
    .action(async (id: string, opts: { json?: boolean }) => {
      const career = await withDbOrServer<CareerDetail>(
        'vocare careers show',
        ({ db }) => careers.getCareerDetail(db, id),
        async (baseUrl) => (await fetchJson(baseUrl, `/api/careers/${encodeURIComponent(id)}`)) as CareerDetail,
      );
      if (opts.json) {
        console.log(JSON.stringify(career));
        return;
      }
      const figure = (label: string, f: CareerDetail['medianPay'], format: (v: number) => string) =>
        `${label}: ${f.value === null ? 'not available' : format(f.value)}${f.source ? ` (${f.source}, ${f.year})` : ''}`;
      console.log(
        [
          `${career.title}${career.curated ? '' : ' (O*NET occupation, not curated)'}`,
          `O*NET-SOC: ${career.socCode ?? 'none'}${career.socMatch === 'closest' ? ' (closest match)' : ''}`,
          `Scale: ${career.scale ? SCALE_LABELS[career.scale] : 'not classified'}`,
          career.summary ?? '',
          figure('Median pay', career.medianPay, formatMoney),
          figure('Growth', career.growthPct, (v) => `${v}%`),
          figure('Employment', career.employment, (v) => v.toLocaleString('en-US')),
          `Interest code: ${career.interestCode ?? 'not available'}; job zone: ${career.jobZone ?? 'not available'}${career.onetSource ? ` (${career.onetSource})` : ''}`,
        ]
          .filter(Boolean)
          .join('\n'),
      );
    });
}
