import type { PathwaysPorts } from '../pathways/pathways-ports.port.js';
import { getCareerDetail } from './careers.service.js';

/** The careers feature's side of the planner's career port. */
export const careerDetailOf: PathwaysPorts['careerDetailOf'] = getCareerDetail;
