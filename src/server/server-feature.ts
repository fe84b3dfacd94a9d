import type { FastifyInstance } from 'fastify';
import type { Clock } from './clock.js';
import type { Db } from './db/client.js';
import type { Env } from './env.js';
import type { PersonalDataSection } from './personal-data.js';

/** What every feature's routes may use; built once by `buildApp`. */
export interface FeatureContext {
  db: Db;
  env: Env;
  /** The app's clock (tests fix it); features ask it what day and time it is, never `new Date()`. */
  now: Clock;
  /** Every feature's part of a person's data export, in manifest order (the account feature serves them). */
  personalDataSections: readonly PersonalDataSection[];
  /** Set by the server on the embedded database: guards the loopback backup route `vocare db backup` uses. */
  adminToken?: string | undefined;
}

/**
 * One feature as the rest of the server sees it. Features are listed once, in `features.ts`; the app, the database
 * preparation and the demo seeding iterate that list, so adding a feature touches its own folder and one line there.
 */
export interface ServerFeature {
  name: string;
  /** Registers the feature's routes (usually one `app.register` of its route plugin). */
  registerRoutes?: (app: FastifyInstance, context: FeatureContext) => Promise<void>;
  /** Its section of a person's data export. Deletion needs none: personal rows cascade from users(id). */
  personalData?: PersonalDataSection;
  /** Loads the data the feature ships in data/; must skip unchanged data. Runs in manifest order on every start. */
  loadReferenceData?: (db: Db) => Promise<void>;
  /** Adds the feature's demo rows for the demo accounts; must be idempotent. */
  seedDemo?: (db: Db) => Promise<void>;
}
