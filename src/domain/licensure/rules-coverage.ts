import type { RuleSet, SourceKind } from '#contracts/licensure.js';
import { LICENSE_FAMILIES, SOURCE_KINDS } from '#contracts/licensure.js';
import type { CoverageRow, RulesCoverage } from '#contracts/licensure-api.js';

const FAMILY_ORDER = new Map<string, number>(LICENSE_FAMILIES.map((f, i) => [f, i]));

/**
 * Coverage of a set of rule sets: per rule set how many requirements there are, how many a source verifies, and
 * how many rest on official text; totals over all of them. Rows are in jurisdiction-name, then family order.
 */
export function summarizeCoverage(ruleSets: readonly RuleSet[]): RulesCoverage {
  const bySourceKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  const rows: CoverageRow[] = ruleSets.map((rs) => {
    let verified = 0;
    let official = 0;
    for (const req of rs.requirements) {
      if (req.verified) verified++;
      const kinds = new Set((req.sources ?? []).map((s) => s.kind));
      for (const kind of kinds) bySourceKind[kind]++;
      if ([...kinds].some((k) => k !== 'third-party')) official++;
    }
    return {
      ruleSetId: rs.id,
      jurisdiction: rs.jurisdiction,
      jurisdictionName: rs.jurisdictionName,
      family: rs.family ?? null,
      license: rs.license,
      title: rs.title,
      version: rs.version,
      requirements: rs.requirements.length,
      verified,
      notVerified: rs.requirements.length - verified,
      officialSources: official,
    };
  });
  rows.sort(
    (a, b) =>
      a.jurisdictionName.localeCompare(b.jurisdictionName, 'en') ||
      (FAMILY_ORDER.get(a.family ?? '') ?? 9) - (FAMILY_ORDER.get(b.family ?? '') ?? 9) ||
      a.ruleSetId.localeCompare(b.ruleSetId, 'en'),
  );
  const sum = (pick: (r: CoverageRow) => number) => rows.reduce((total, r) => total + pick(r), 0);
  return {
    ruleSets: rows.length,
    jurisdictions: new Set(rows.map((r) => r.jurisdiction)).size,
    requirements: sum((r) => r.requirements),
    verified: sum((r) => r.verified),
    officialSources: sum((r) => r.officialSources),
    bySourceKind,
    rows,
  };
}
