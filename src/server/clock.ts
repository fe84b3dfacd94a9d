/**
 * The app's clock: every feature that asks what day or time it is gets this from `buildApp({ now })` instead of
 * calling `new Date()`, so tests (and e2e runs, through VOCARE_TEST_NOW) fix the time. See ADR 0012.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
