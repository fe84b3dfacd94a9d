import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Career } from '#contracts/careers.js';
import {
  EDUCATION_FILE,
  INTERESTS_FILE,
  JOB_ZONES_FILE,
  OCCUPATION_DATA_FILE,
  type OnetFile,
  type OnetOccupation,
  parseOnetFiles,
  WORK_VALUES_FILE,
} from '#domain/onet/parse-onet.js';
import type { Db, DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as repo from './careers.repository.js';
import { bumpCatalogRevision } from './careers.snapshot.js';

const IMPORTABLE_FILES = [OCCUPATION_DATA_FILE, INTERESTS_FILE, JOB_ZONES_FILE, WORK_VALUES_FILE, EDUCATION_FILE];

export interface OnetImportResult {
  source: string;
  files: string[];
  added: number;
  updated: number;
  unchanged: number;
}

/** Reads the O*NET text files present in a folder; Occupation Data is required, the others are optional. */
export function readOnetDirectory(dir: string): { files: OnetFile[]; readMe: string | null } {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new AppError('BAD_REQUEST', `${dir} is not a folder.`);
  }
  const files = IMPORTABLE_FILES.filter((name) => fs.existsSync(path.join(dir, name))).map((name) => ({
    name,
    content: fs.readFileSync(path.join(dir, name), 'utf8'),
  }));
  if (!files.some((f) => f.name === OCCUPATION_DATA_FILE)) {
    throw new AppError('BAD_REQUEST', `${dir} has no "${OCCUPATION_DATA_FILE}": it is not an O*NET database folder.`);
  }
  const readMePath = path.join(dir, 'Read Me.txt');
  return { files, readMe: fs.existsSync(readMePath) ? fs.readFileSync(readMePath, 'utf8') : null };
}

/** "O*NET 29.3 Database (May 2025), USDOL/ETA, CC BY 4.0" from the release's Read Me, as the shipped data says it. */
export function describeOnetRelease(readMe: string | null): string {
  const version = readMe?.match(/O\*NET\s+([\d.]+)\s+Database/)?.[1];
  const released = readMe?.match(/^\s*([A-Z][a-z]+ \d{4}) Release/m)?.[1];
  if (!version) return 'O*NET Database (release not stated), USDOL/ETA, CC BY 4.0';
  return `O*NET ${version} Database${released ? ` (${released})` : ''}, USDOL/ETA, CC BY 4.0`;
}

type OnetFields = Pick<Career, 'onetTitle' | 'riasec' | 'interestCode' | 'jobZone' | 'workValues' | 'onetSource'> & {
  title?: string;
  minEducation?: Career['minEducation'];
};

/** The fields an import may change, limited to what the given files hold; curated text is never touched. */
function importedFields(
  occupation: OnetOccupation,
  present: Set<string>,
  source: string,
  isCurated: boolean,
  current?: Career,
): OnetFields {
  const fields: OnetFields = {
    onetTitle: occupation.title,
    riasec: present.has(INTERESTS_FILE) ? occupation.riasec : (current?.riasec ?? null),
    interestCode: present.has(INTERESTS_FILE) ? occupation.interestCode : (current?.interestCode ?? null),
    jobZone: present.has(JOB_ZONES_FILE) ? occupation.jobZone : (current?.jobZone ?? null),
    workValues: present.has(WORK_VALUES_FILE) ? occupation.workValues : (current?.workValues ?? null),
    onetSource: source,
  };
  if (!isCurated) {
    fields.title = occupation.title;
    if (present.has(EDUCATION_FILE) && occupation.requiredEducation) fields.minEducation = occupation.requiredEducation;
  }
  return fields;
}

const EMPTY_FIGURE = { value: null, source: null, year: null };

function newOccupationCareer(occupation: OnetOccupation, fields: OnetFields): Career {
  return {
    id: `onet-${occupation.socCode}`,
    title: occupation.title,
    socCode: occupation.socCode,
    socMatch: 'exact',
    curated: false,
    summary: null,
    sector: null,
    scale: null,
    causes: [],
    settings: [],
    clientContact: null,
    emotionalDemand: null,
    minEducation: fields.minEducation ?? null,
    typicalEducation: null,
    flexibleStudy: null,
    licenseRequired: null,
    licenses: [],
    exams: [],
    qualities: [],
    medianPay: EMPTY_FIGURE,
    growthPct: EMPTY_FIGURE,
    employment: EMPTY_FIGURE,
    blsEducation: null,
    outlookPeriod: null,
    ...fields,
  };
}

/**
 * Adds or updates occupations from O*NET files in one transaction: curated careers keep their own
 * fields and take only O*NET's figures; a malformed file changes nothing. Running it twice changes nothing.
 */
export async function importOnet(
  db: Db,
  input: { files: OnetFile[]; source: string },
  onProgress?: (done: number, total: number) => void,
): Promise<OnetImportResult> {
  const occupations = parseOnetFiles(input.files);
  const present = new Set(input.files.map((f) => path.basename(f.name)));
  const result: OnetImportResult = {
    source: input.source,
    files: [...present].sort(),
    added: 0,
    updated: 0,
    unchanged: 0,
  };
  await db.transaction(async (tx) => {
    const existing = await repo.findCareersBySoc(
      tx,
      occupations.map((o) => o.socCode),
    );
    const bySoc = new Map<string, Career[]>();
    for (const c of existing) {
      if (c.socMatch !== 'exact' || !c.socCode) continue;
      bySoc.set(c.socCode, [...(bySoc.get(c.socCode) ?? []), c]);
    }
    const inserts: Career[] = [];
    let done = 0;
    for (const occupation of occupations) {
      const matches = bySoc.get(occupation.socCode) ?? [];
      if (matches.length === 0) {
        inserts.push(newOccupationCareer(occupation, importedFields(occupation, present, input.source, false)));
        result.added++;
      }
      for (const career of matches) {
        const fields = importedFields(occupation, present, input.source, career.curated, career);
        const changed = Object.entries(fields).filter(
          ([key, value]) => !isDeepStrictEqual(career[key as keyof Career], value),
        );
        if (changed.length === 0) {
          result.unchanged++;
          continue;
        }
        await repo.updateCareer(tx, career.id, Object.fromEntries(changed));
        result.updated++;
      }
      done++;
      if (onProgress && (done % 50 === 0 || done === occupations.length)) onProgress(done, occupations.length);
    }
    await upsertNew(tx, inserts);
    if (result.added > 0 || result.updated > 0) await bumpCatalogRevision(tx);
  });
  return result;
}

async function upsertNew(tx: DbOrTx, careers: Career[]): Promise<void> {
  if (careers.length) await repo.upsertCareers(tx, careers.map(repo.toCareerInsert));
}
