import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm is a const enum, which isolated modules cannot read: 2 is its Argon2id member.
const ARGON2ID = 2 as Algorithm;

export interface PasswordHashCost {
  /** KiB of memory per hash. */
  memoryCost: number;
  /** Passes over that memory. */
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): what every hash the product stores is made with. */
export const PASSWORD_HASH_COST: PasswordHashCost = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let cost = PASSWORD_HASH_COST;

/**
 * Test runs only (tests/setup/cheap-password-hashing.ts): hundreds of test sign-ups at the production cost spend
 * minutes of a 2-core machine in argon2 and test nothing about the app. The production code never calls this, and
 * verification reads the cost from each stored hash, so hashes of either cost verify as before.
 */
export function setPasswordHashCostForTests(testCost: PasswordHashCost): void {
  cost = testCost;
  dummyHash = null;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, ...cost });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps sign-in timing the same for both cases.
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('vocare-timing-equaliser');
  return dummyHash;
}
