import { z } from 'zod';
import { type Career, CareerSchema } from '#contracts/careers.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { readDataFile, reloadWhenChanged } from '#server/reference-data.js';
import * as repo from './careers.repository.js';
import { bumpCatalogRevision } from './careers.snapshot.js';

/** Bump when the way files become rows changes, so existing databases reload the same files. */
const CATALOG_LOADER_VERSION = 2;

const CATALOG_FILES = {
  occupations: 'onet/occupations.json',
  related: 'onet/related.json',
  curated: 'careers/curated.json',
  transitions: 'careers/transitions.json',
} as const;

// O*NET's relatedness tiers, closest first; stored as a number so links sort by closeness.
const TIER_ORDER = { 'Primary-Short': 1, 'Primary-Long': 2, Supplemental: 3 } as const;
const RelatedSchema = z.array(
  z.object({ from: z.string(), to: z.string(), tier: z.enum(['Primary-Short', 'Primary-Long', 'Supplemental']) }),
);
const TransitionsSchema = z.array(z.object({ from: z.string(), to: z.string() }));

export interface CatalogData {
  occupations: Career[];
  curated: Career[];
  related: z.infer<typeof RelatedSchema>;
  transitions: z.infer<typeof TransitionsSchema>;
}

export function readCatalogFiles(): { data: CatalogData; contents: string[] } {
  const raw = Object.fromEntries(
    Object.entries(CATALOG_FILES).map(([key, file]) => [key, readDataFile(file)]),
  ) as Record<keyof typeof CATALOG_FILES, string>;
  return {
    contents: [`loader-${CATALOG_LOADER_VERSION}`, ...Object.values(raw)],
    data: {
      occupations: z.array(CareerSchema).parse(JSON.parse(raw.occupations)),
      curated: z.array(CareerSchema).parse(JSON.parse(raw.curated)),
      related: RelatedSchema.parse(JSON.parse(raw.related)),
      transitions: TransitionsSchema.parse(JSON.parse(raw.transitions)),
    },
  };
}

/**
 * Maps an O*NET code to the career that stands for it: a curated career that IS that occupation
 * wins over the plain O*NET row, so one occupation never shows twice.
 */
export function careerIdBySoc(careers: Career[]): Map<string, string> {
  const bySoc = new Map<string, string>();
  for (const c of careers) {
    if (!c.socCode || c.socMatch !== 'exact') continue;
    const current = bySoc.get(c.socCode);
    if (!current || (c.curated && current.startsWith('onet-'))) bySoc.set(c.socCode, c.id);
  }
  return bySoc;
}

export async function writeCatalog(db: DbOrTx, data: CatalogData): Promise<void> {
  const claimed = new Set(data.curated.filter((c) => c.socMatch === 'exact' && c.socCode).map((c) => c.socCode));
  const occupations = data.occupations.filter((o) => !claimed.has(o.socCode));
  const all = [...occupations, ...data.curated];
  await repo.upsertCareers(db, all.map(repo.toCareerInsert));
  const bySoc = careerIdBySoc(all);
  // A curated career that only stands in for an O*NET code still inherits that code's related occupations.
  const sourcesBySoc = new Map<string, string[]>();
  for (const [soc, id] of bySoc) sourcesBySoc.set(soc, [id]);
  for (const c of data.curated) {
    if (c.socMatch === 'closest' && c.socCode)
      sourcesBySoc.set(c.socCode, [...(sourcesBySoc.get(c.socCode) ?? []), c.id]);
  }
  const related = data.related.flatMap((r) => {
    const toId = bySoc.get(r.to);
    if (!toId) return [];
    return (sourcesBySoc.get(r.from) ?? [])
      .filter((fromId) => fromId !== toId)
      .map((fromId) => ({ fromId, toId, tier: TIER_ORDER[r.tier] }));
  });
  await repo.replaceLinks(db, 'onet-related', related);
  await repo.replaceLinks(
    db,
    'scale-transition',
    data.transitions.map((t) => ({ fromId: t.from, toId: t.to, tier: null })),
  );
  await bumpCatalogRevision(db);
}

const CATALOG_VERSION_KEY = 'catalog-version';

/** Loads the shipped catalog when it changed since the last start; cheap when it did not. */
export async function ensureCatalogLoaded(db: Db): Promise<{ loaded: boolean; careers: number }> {
  const { data, contents } = readCatalogFiles();
  const outcome = await reloadWhenChanged(db, CATALOG_VERSION_KEY, contents, (tx) => writeCatalog(tx, data));
  return { loaded: outcome.loaded, careers: outcome.loaded ? data.curated.length + data.occupations.length : 0 };
}
