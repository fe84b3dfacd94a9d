import { afterEach, describe, expect, it, vi } from 'vitest';
import { runProgram } from './program.js';

// `vocare events dates` is pure (no database): run in-process, reading what it prints.
function capture() {
  const printed: string[] = [];
  const errors: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((text: string) => printed.push(text));
  return {
    printed,
    errors,
    output: { writeOut: (t: string) => printed.push(t), writeErr: (t: string) => errors.push(t) },
  };
}

afterEach(() => vi.restoreAllMocks());

describe('vocare events dates', () => {
  it('keeps 18:00 across the change to daylight time and prints UTC beside it', async () => {
    const { printed, output } = capture();
    const args = ['events', 'dates', '--rule', 'FREQ=WEEKLY;BYDAY=TU;COUNT=3', '--start', '2026-03-03T18:00'];
    const code = await runProgram([...args, '--tz', 'America/Chicago', '--json'], { output });
    expect(code).toBe(0);
    expect(JSON.parse(printed.join(''))).toEqual({
      occurrences: [
        { local: '2026-03-03T18:00', utc: '2026-03-04T00:00:00.000Z' },
        { local: '2026-03-10T18:00', utc: '2026-03-10T23:00:00.000Z' },
        { local: '2026-03-17T18:00', utc: '2026-03-17T23:00:00.000Z' },
      ],
    });
  });

  it('refuses an unsupported rule, an unknown zone and an impossible date with exit code 2', async () => {
    for (const [rule, start, tz, message] of [
      ['FREQ=YEARLY', '2026-03-03T18:00', 'UTC', '--rule: FREQ must be DAILY, WEEKLY or MONTHLY.'],
      ['FREQ=DAILY', '2026-03-03T18:00', 'Mars/Base', '--tz "Mars/Base" is not an IANA time zone name.'],
      ['FREQ=DAILY', '2026-02-30T18:00', 'UTC', '--start "2026-02-30T18:00" is not a real date and time.'],
    ] as const) {
      const { errors, output } = capture();
      const code = await runProgram(['events', 'dates', '--rule', rule, '--start', start, '--tz', tz], { output });
      expect(code).toBe(2);
      expect(errors.join('')).toContain(message);
    }
  });
});
