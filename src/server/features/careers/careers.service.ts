import type { CareerDetail, CareerList, CareerMap, ListCareersQuery } from '#contracts/careers.js';
import { careersOnMap } from '#domain/atlas/career-map.js';
import { searchCatalog } from '#domain/atlas/catalog-search.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as repo from './careers.repository.js';
import { getCatalogSnapshot } from './careers.snapshot.js';

/** Search, filters and ranking run on the in-memory catalog index (ADR 0030). */
export async function listCareers(db: DbOrTx, query: ListCareersQuery): Promise<CareerList> {
  const { index } = await getCatalogSnapshot(db);
  const { items, total } = searchCatalog(index, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getCareerDetail(db: DbOrTx, id: string): Promise<CareerDetail> {
  const { index } = await getCatalogSnapshot(db);
  const career = index.byId.get(id);
  if (!career) throw new AppError('NOT_FOUND', `No career with id "${id}".`);
  return { ...career, related: await repo.listCareerLinks(db, id) };
}

export async function getCareerMap(db: DbOrTx): Promise<CareerMap> {
  const { all } = await getCatalogSnapshot(db);
  return { careers: careersOnMap(all), transitions: await repo.listTransitions(db) };
}
