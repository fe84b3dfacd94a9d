import type { CareerDetail, CareerList, CareerMap, ListCareersQuery } from '#contracts/careers.js';
import type { DbOrTx } from '#server/db/client.js';
import { AppError } from '#server/errors.js';
import * as repo from './careers.repository.js';

export async function listCareers(db: DbOrTx, query: ListCareersQuery): Promise<CareerList> {
  const { items, total } = await repo.listCareers(db, query);
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function getCareerDetail(db: DbOrTx, id: string): Promise<CareerDetail> {
  const career = await repo.findCareer(db, id);
  if (!career) throw new AppError('NOT_FOUND', `No career with id "${id}".`);
  return { ...career, related: await repo.listCareerLinks(db, id) };
}

export async function getCareerMap(db: DbOrTx): Promise<CareerMap> {
  const curated = await repo.listAllCareers(db, { curatedOnly: true });
  return {
    careers: curated.map(({ id, title, scale, sector, causes }) => ({ id, title, scale, sector, causes })),
    transitions: await repo.listTransitions(db),
  };
}
