import type { InstrumentDetail, InstrumentList } from '#contracts/checkin.js';
import { validateInstrument } from '#domain/checkin/instrument.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import type { SessionUser } from '#server/plugins/session.js';
import { hashContents } from '#server/reference-data.js';
import * as repo from './resilience.repository.js';
import { badRequest, problemsError } from './resilience-validation.js';

function toSummary(record: repo.InstrumentRecord): InstrumentList['items'][number] {
  const i = record.definition;
  return {
    id: i.id,
    title: i.title,
    description: i.description ?? null,
    disclaimer: i.disclaimer ?? null,
    citation: i.citation,
    license: i.license,
    itemCount: i.items.length,
    subscales: i.subscales.map((s) => ({ id: s.id, label: s.label })),
    isShipped: record.isShipped,
  };
}

export async function listInstruments(db: DbOrTx): Promise<InstrumentList> {
  return { items: (await repo.listInstruments(db)).map(toSummary) };
}

export async function getInstrument(db: DbOrTx, id: string): Promise<InstrumentDetail> {
  const record = await repo.findInstrument(db, id);
  if (!record) throw new AppError('NOT_FOUND', `No instrument with id "${id}".`);
  return { instrument: record.definition, isShipped: record.isShipped };
}

/**
 * An admin loads an instrument (a licensed scale an organization holds rights to, say) without a code
 * change. It is validated like a shipped file; a bad one is refused naming the field, and nothing is saved.
 */
export async function loadInstrument(
  db: DbOrTx,
  admin: SessionUser,
  body: unknown,
): Promise<{ detail: InstrumentDetail; isNew: boolean }> {
  const result = validateInstrument(body);
  if (!result.ok) throw problemsError('Instrument refused, nothing was saved', result.problems, 'body.');
  const instrument = result.value;
  const existing = await repo.findInstrument(db, instrument.id);
  if (existing?.isShipped) {
    throw new AppError('CONFLICT', `"${instrument.id}" is an instrument Vocare ships; load yours under another id.`, [
      { path: 'body.id', message: 'is the id of a shipped instrument' },
    ]);
  }
  await repo.upsertInstrument(db, {
    definition: instrument,
    isShipped: false,
    contentHash: hashContents([JSON.stringify(instrument)]),
    createdBy: admin.id,
  });
  return { detail: { instrument, isShipped: false }, isNew: !existing };
}

export async function requireInstrument(db: DbOrTx, id: string, path: string): Promise<repo.InstrumentRecord> {
  const record = await repo.findInstrument(db, id);
  if (!record) throw badRequest(path, `no instrument with id "${id}"`);
  return record;
}
