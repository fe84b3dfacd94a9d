import type { ConfirmedPlacementsOf } from '../hours/placement-hours.port.js';
import { listConfirmedPlacementHours } from './volunteer-hours.service.js';

/** The board's side of the hours log's placement port. */
export const confirmedPlacementsOf: ConfirmedPlacementsOf = listConfirmedPlacementHours;
