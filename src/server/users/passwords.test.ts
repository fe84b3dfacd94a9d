import { afterEach, describe, expect, it } from 'vitest';
import {
  hashPassword,
  PASSWORD_HASH_COST,
  type PasswordHashCost,
  setPasswordHashCostForTests,
  verifyPassword,
} from './passwords.js';

// The test setup lowers the cost for speed (tests/setup/cheap-password-hashing.ts); this file checks what the
// product itself stores.
const TEST_COST: PasswordHashCost = { memoryCost: 64, timeCost: 1, parallelism: 1 };

afterEach(() => setPasswordHashCostForTests(TEST_COST));

describe('password hashing', () => {
  it('hashes with argon2id at the OWASP baseline unless a test lowers the cost', async () => {
    expect(PASSWORD_HASH_COST).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    setPasswordHashCostForTests(PASSWORD_HASH_COST);
    const stored = await hashPassword('correct horse battery staple');
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(stored, 'correct horse battery stapler')).toBe(false);
  });

  it('verifies a hash by the cost written in it, whatever the current cost', async () => {
    setPasswordHashCostForTests(TEST_COST);
    const cheap = await hashPassword('pw-one');
    expect(cheap).toMatch(/^\$argon2id\$v=19\$m=64,t=1,p=1\$/);
    setPasswordHashCostForTests(PASSWORD_HASH_COST);
    expect(await verifyPassword(cheap, 'pw-one')).toBe(true);
    expect(await verifyPassword('not a hash', 'pw-one')).toBe(false);
  });
});
