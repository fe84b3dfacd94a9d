import { resolvePlace } from '#domain/board/gazetteer.js';
import type { ResolveUsPlace } from '../events/us-place.port.js';
import { gazetteer } from './gazetteer.loader.js';

/** The events feature's place port, answered by the board's US gazetteer (loaded on first use). */
export const resolveUsPlace: ResolveUsPlace = (text) => resolvePlace(gazetteer(), text);
