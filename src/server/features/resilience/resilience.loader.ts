import fs from 'node:fs';
import path from 'node:path';
import type { Instrument } from '#contracts/checkin.js';
import { validateInstrument } from '#domain/checkin/instrument.js';
import type { Db } from '#server/db/client.js';
import { DATA_DIR, hashContents, reloadWhenChanged } from '#server/reference-data.js';
import * as repo from './resilience.repository.js';

export const INSTRUMENTS_DIR = path.join(DATA_DIR, 'instruments');
const INSTRUMENTS_VERSION_KEY = 'instruments-version';

/** A shipped instrument file that does not validate: start-up stops naming the file and the field. */
export class InstrumentFileError extends Error {
  constructor(file: string, problems: { path: string; message: string }[]) {
    super(`${file}: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
    this.name = 'InstrumentFileError';
  }
}

/** Reads and validates every shipped instrument (data/instruments/*.json). */
export function readInstrumentFiles(dir = INSTRUMENTS_DIR): { instruments: Instrument[]; contents: string[] } {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.json'))
        .sort()
    : [];
  const texts = names.map((name) => fs.readFileSync(path.join(dir, name), 'utf8'));
  const instruments = names.map((name, i) => {
    const file = `data/instruments/${name}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(texts[i] ?? '');
    } catch (err) {
      throw new InstrumentFileError(file, [{ path: '(file)', message: `is not JSON: ${(err as Error).message}` }]);
    }
    const result = validateInstrument(parsed);
    if (!result.ok) throw new InstrumentFileError(file, result.problems);
    return result.value;
  });
  return { instruments, contents: names.flatMap((n, i) => [n, texts[i] ?? '']) };
}

/** Loads the shipped instruments when the files changed since the last start; cheap when they did not. */
export async function ensureInstrumentsLoaded(db: Db): Promise<{ loaded: boolean }> {
  const { instruments, contents } = readInstrumentFiles();
  const outcome = await reloadWhenChanged(db, INSTRUMENTS_VERSION_KEY, contents, async (tx) => {
    for (const instrument of instruments) {
      await repo.upsertInstrument(tx, {
        definition: instrument,
        isShipped: true,
        contentHash: hashContents([JSON.stringify(instrument)]),
        createdBy: null,
      });
    }
  });
  return { loaded: outcome.loaded };
}
