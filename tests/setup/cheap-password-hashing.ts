import { setPasswordHashCostForTests } from '#server/users/passwords.js';

// In-process integration tests only (the spawned CLI and the e2e servers hash at the production cost): argon2's
// smallest sensible cost, so a test file's sign-ups take milliseconds instead of seconds on a busy 2-core machine.
// src/server/users/passwords.test.ts checks the production cost separately.
setPasswordHashCostForTests({ memoryCost: 64, timeCost: 1, parallelism: 1 });
