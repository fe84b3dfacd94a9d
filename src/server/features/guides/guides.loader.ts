import fs from 'node:fs';
import path from 'node:path';
import { GuideFileError, type ParsedGuideFile, parseGuideFile } from '#domain/guides/front-matter.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { DATA_DIR, hashContents, reloadWhenChanged } from '#server/reference-data.js';
import * as repo from './guides.repository.js';

export const GUIDES_DIR = path.join(DATA_DIR, 'guides');
const GUIDES_VERSION_KEY = 'guides-version';

export interface GuideSourceFile {
  name: string;
  text: string;
}

export interface GuideLoadResult {
  loaded: boolean;
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Shipped files whose slug an admin-written guide holds: the admin's guide wins and stays as it is. */
  keptAdmin: string[];
  /** Shipped guides whose file is gone: unpublished, so their comments are kept. */
  withdrawn: string[];
}

/** The shipped guide files (every .md in data/guides but its README), sorted by name. */
export function readGuideFiles(dir = GUIDES_DIR): GuideSourceFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.md') && name !== 'README.md')
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
}

/** Parses every file and checks that the careers it names exist; a bad file stops the load naming file and field. */
export async function parseGuideFiles(
  db: DbOrTx,
  files: GuideSourceFile[],
): Promise<(ParsedGuideFile & GuideSourceFile)[]> {
  const parsed = files.map((file) => ({ ...file, ...parseGuideFile(`data/guides/${file.name}`, file.text) }));
  const named = [...new Set(parsed.flatMap((p) => p.frontMatter.careers))];
  const existing = await repo.listExistingCareerIds(db, named);
  for (const guide of parsed) {
    const missing = guide.frontMatter.careers.find((id) => !existing.has(id));
    if (missing) {
      throw new GuideFileError(`data/guides/${guide.name}`, 'careers', `"${missing}" is not a career in the atlas`);
    }
  }
  return parsed;
}

/**
 * Loads the shipped guides when the files changed since the last start (cheap when they did
 * not). Only guides the loader itself wrote (origin "repository") are ever updated: once an admin
 * edits a guide in the app it becomes theirs (origin "admin") and the files no longer touch it.
 */
export async function ensureGuidesLoaded(
  db: Db,
  files: GuideSourceFile[] = readGuideFiles(),
): Promise<GuideLoadResult> {
  const result: GuideLoadResult = {
    loaded: false,
    added: [],
    updated: [],
    unchanged: [],
    keptAdmin: [],
    withdrawn: [],
  };
  const contents = files.flatMap((f) => [f.name, f.text]);
  const outcome = await reloadWhenChanged(db, GUIDES_VERSION_KEY, contents, async (tx) => {
    const parsed = await parseGuideFiles(tx, files);
    const rows = new Map((await repo.listGuidesForLoader(tx)).map((r) => [r.slug, r]));
    for (const guide of parsed) {
      const contentHash = hashContents([guide.text]);
      const { order, date, careers, ...fields } = guide.frontMatter;
      const values: repo.GuideValues = {
        ...fields,
        date,
        careerIds: careers,
        slug: guide.slug,
        body: guide.body,
        status: 'published',
        origin: 'repository',
        sortOrder: order ?? null,
        sourceFile: guide.name,
        contentHash,
      };
      const row = rows.get(guide.slug);
      if (!row) {
        await repo.insertGuide(tx, values, null);
        result.added.push(guide.slug);
      } else if (row.origin !== 'repository') {
        result.keptAdmin.push(guide.slug);
      } else if (row.contentHash === contentHash && row.status === 'published') {
        result.unchanged.push(guide.slug);
      } else {
        await repo.updateGuide(tx, row.id, values, null);
        result.updated.push(guide.slug);
      }
    }
    const shipped = new Set(parsed.map((p) => p.slug));
    for (const row of rows.values()) {
      if (row.origin === 'repository' && row.status === 'published' && !shipped.has(row.slug)) {
        await repo.setGuideStatus(tx, row.id, 'draft');
        result.withdrawn.push(row.slug);
      }
    }
  });
  result.loaded = outcome.loaded;
  return result;
}
