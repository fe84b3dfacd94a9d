import type { Command } from 'commander';
import { expandOccurrences, parseRecurrenceRule } from '#domain/events/recurrence.js';
import { isKnownTimeZone, type LocalDateTime, toLocal } from '#domain/events/time-zones.js';
import { CliError } from './cli-context.js';

function readLocalStart(text: string): LocalDateTime {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(text);
  if (!match) throw new CliError(`--start "${text}" must be a wall-clock time such as 2026-03-03T18:00.`, 2);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day || hour > 23 || minute > 59) {
    throw new CliError(`--start "${text}" is not a real date and time.`, 2);
  }
  return { year, month, day, hour, minute, second: 0 };
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `vocare events dates --rule RRULE --start 2026-03-03T18:00 --tz America/Chicago [--limit N] [--json]`: the
 * occurrences a recurrence rule gives, on the zone's wall clock (the same domain code the server uses). No database.
 */
export function registerEventsCommands(program: Command): void {
  const group = program.command('events').description('Community events');
  group
    .command('dates')
    .description('List the dates a recurrence rule (RFC 5545 subset) gives in a time zone')
    .requiredOption('--rule <rrule>', 'e.g. FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6')
    .requiredOption('--start <local>', 'first occurrence on the wall clock, e.g. 2026-03-03T18:00')
    .requiredOption('--tz <zone>', 'IANA time zone, e.g. America/Chicago')
    .option('--limit <n>', 'at most this many (default 50)', '50')
    .option('--json', 'print {"occurrences":[{"local","utc"}]}')
    .action((opts: { rule: string; start: string; tz: string; limit: string; json?: boolean }) => {
      const parsed = parseRecurrenceRule(opts.rule);
      if (!parsed.ok) throw new CliError(`--rule: ${parsed.error}`, 2);
      if (!isKnownTimeZone(opts.tz)) throw new CliError(`--tz "${opts.tz}" is not an IANA time zone name.`, 2);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new CliError('--limit must be from 1 to 1000.', 2);
      const start = readLocalStart(opts.start);
      const occurrences = expandOccurrences(
        { start, durationMinutes: 0, zone: opts.tz, rule: parsed.rule },
        { limit },
      ).map((o) => {
        const wall = toLocal(o.start, opts.tz);
        const local = `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
        return { local, utc: o.start.toISOString() };
      });
      if (opts.json) {
        console.log(JSON.stringify({ occurrences }));
        return;
      }
      for (const o of occurrences) console.log(`${o.local}  ${opts.tz}  (${o.utc})`);
    });
}
