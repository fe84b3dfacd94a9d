import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Career } from '#contracts/careers.js';
import { DATA_DIR, readDataJson } from '#server/reference-data.js';

const RULES_FILE = 'licensure/rules.json';

// Only the three fields matching needs; the licensure feature owns the full rule-set schema.
const CoverageSchema = z.array(
  z.object({ jurisdiction: z.string(), license: z.string(), careers: z.array(z.string()).default([]) }),
);
export type LicensureCoverage = z.infer<typeof CoverageSchema>;

/**
 * Which licenses Vocare has rules for, read from the shipped licensure rules. Null when the file is missing or
 * unreadable: matching then states the license gap without claiming anything about which rules exist.
 */
export function readLicensureCoverage(): LicensureCoverage | null {
  if (!fs.existsSync(path.join(DATA_DIR, RULES_FILE))) return null;
  try {
    const parsed = CoverageSchema.safeParse(readDataJson(RULES_FILE));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * The matcher's `licensedJurisdictions`: license code -> jurisdictions with rules. A rule set counts for its own
 * license code and for every license of the careers it names, so "Clinical-Psychologist" rules in US-IL cover the
 * psychologist career whose license is listed as "Psychologist".
 */
export function toLicensedJurisdictions(
  coverage: LicensureCoverage | null,
  catalog: readonly Career[],
): Record<string, string[]> | undefined {
  if (coverage === null) return undefined;
  // Rules name a handful of careers; look only those up rather than indexing the whole catalog per ranking.
  const named = new Set(coverage.flatMap((rule) => rule.careers));
  const byId = new Map<string, Career>();
  for (const career of catalog) if (named.has(career.id)) byId.set(career.id, career);
  const map = new Map<string, Set<string>>();
  const add = (license: string, jurisdiction: string) => {
    const set = map.get(license) ?? new Set<string>();
    set.add(jurisdiction);
    map.set(license, set);
  };
  for (const rule of coverage) {
    add(rule.license, rule.jurisdiction);
    for (const careerId of rule.careers) {
      for (const license of byId.get(careerId)?.licenses ?? []) add(license, rule.jurisdiction);
    }
  }
  return Object.fromEntries([...map].map(([license, set]) => [license, [...set].sort()]));
}
