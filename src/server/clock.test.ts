import { describe, expect, it } from 'vitest';
import { clockFromEnv, clockStartingAt, systemClock } from './clock.js';
import { parseEnv } from './env.js';

describe('the app clock', () => {
  it('starts a test clock at the given instant and runs it at normal speed', () => {
    let elapsed = 1000;
    const now = clockStartingAt(new Date('2026-03-10T23:59:59Z'), () => elapsed);
    expect(now().toISOString()).toBe('2026-03-10T23:59:59.000Z');
    elapsed += 2500;
    expect(now().toISOString()).toBe('2026-03-11T00:00:01.500Z');
  });

  it('uses the real clock unless VOCARE_TEST_NOW is set', () => {
    expect(clockFromEnv({})).toBe(systemClock);
    expect(clockFromEnv({ VOCARE_TEST_NOW: '2026-03-10T12:00:00Z' })().toISOString().slice(0, 13)).toBe(
      '2026-03-10T12',
    );
  });

  it('accepts VOCARE_TEST_NOW only in local test mode, and only as an ISO instant', () => {
    expect(parseEnv({ VOCARE_TEST_NOW: '2026-03-10T12:00:00Z' }).VOCARE_TEST_NOW).toBe('2026-03-10T12:00:00Z');
    expect(() => parseEnv({ VOCARE_TEST_NOW: '2026-03-10T12:00:00Z', HOST: '0.0.0.0' })).toThrow(
      /VOCARE_TEST_NOW: is for tests only/,
    );
    expect(() => parseEnv({ VOCARE_TEST_NOW: '2026-03-10T12:00:00Z', VOCARE_SECURE_COOKIES: '1' })).toThrow(
      /VOCARE_TEST_NOW: is for tests only/,
    );
    expect(() => parseEnv({ VOCARE_TEST_NOW: 'tomorrow' })).toThrow(/VOCARE_TEST_NOW must be an ISO instant/);
    expect(parseEnv({ VOCARE_TEST_NOW: '' }).VOCARE_TEST_NOW).toBeUndefined();
  });
});
