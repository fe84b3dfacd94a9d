import type { LogSource } from './log-cache.js';
import type { RuleSetCatalog } from './rule-sets.port.js';

/** What the hours services read besides their own rows: the (cached) log, and rule sets through licensure's port. */
export interface HoursReaders {
  logs: LogSource;
  ruleSets: RuleSetCatalog;
}
