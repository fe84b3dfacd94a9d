import { afterEach, beforeEach, vi } from 'vitest';

// A console.error during a test is a bug we did not assert on: fail the test that produced it.
let errors: unknown[][] = [];
const original = console.error;

beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args);
    original(...args);
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) {
    throw new Error(
      `console.error was called during the test: ${errors.map((e) => e.map(String).join(' ')).join('\n')}`,
    );
  }
});
