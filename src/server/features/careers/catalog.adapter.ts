import type { CatalogSnapshotOf } from '../matching/catalog.port.js';
import { getCatalogSnapshot } from './careers.snapshot.js';

/** The careers feature's side of matching's catalog port. */
export const catalogSnapshotOf: CatalogSnapshotOf = getCatalogSnapshot;
