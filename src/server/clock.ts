/**
 * The app's clock: every feature that asks what day or time it is gets this from `buildApp({ now })` instead of
 * calling `new Date()`, so tests (and e2e runs, through VOCARE_TEST_NOW) fix the time. See ADR 0012.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock that reads `start` now and runs at normal speed from there (VOCARE_TEST_NOW, test only). */
export function clockStartingAt(start: Date, elapsedMs: () => number = () => performance.now()): Clock {
  const origin = elapsedMs();
  return () => new Date(start.getTime() + (elapsedMs() - origin));
}

/** The app's clock for this environment: the real one, unless a test fixed where it starts. */
export function clockFromEnv(env: { VOCARE_TEST_NOW?: string | undefined }): Clock {
  return env.VOCARE_TEST_NOW === undefined ? systemClock : clockStartingAt(new Date(env.VOCARE_TEST_NOW));
}
