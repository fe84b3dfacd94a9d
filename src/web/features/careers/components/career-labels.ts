import type { Career } from '#contracts/careers.js';
import { SCALE_LABELS, type ScaleId, SECTOR_LABELS } from '#contracts/vocabulary.js';
import { NOT_AVAILABLE } from '#web/lib/format.js';

/** "Micro" from "Micro: one-to-one direct service": the short name for cards and table cells. */
export function scaleName(scale: ScaleId): string {
  return SCALE_LABELS[scale].split(':')[0] ?? scale;
}

/** The part after the colon: what the scale means. */
export function scaleMeaning(scale: ScaleId): string {
  return SCALE_LABELS[scale].split(':')[1]?.trim() ?? '';
}

export function describeScale(scale: Career['scale']): string {
  return scale ? scaleName(scale) : NOT_AVAILABLE;
}

export function describeSector(sector: Career['sector']): string {
  return sector ? SECTOR_LABELS[sector] : NOT_AVAILABLE;
}

export function onetOnlineUrl(socCode: string): string {
  return `https://www.onetonline.org/link/summary/${encodeURIComponent(socCode)}`;
}
