import { CAUSE_IDS, EDUCATION_IDS, SCALE_IDS, SECTOR_IDS } from '#contracts/vocabulary.js';
import { defineUrlFilters, urlChoice, urlFlag, urlList, urlPage, urlText } from '#web/lib/url-filters.js';

export const ATLAS_PAGE_SIZE = 20;
export const LICENSE_FILTERS = ['required', 'not-required'] as const;
export type LicenseFilter = (typeof LICENSE_FILTERS)[number];

/**
 * The atlas's whole state. It lives in the URL, so back/forward and shared links reproduce it. Unknown values
 * are dropped rather than sent on, so a hand-edited or outdated link still shows a sensible page.
 */
export const atlasFilters = defineUrlFilters({
  q: urlText(200),
  sector: urlList(SECTOR_IDS),
  scale: urlList(SCALE_IDS),
  cause: urlList(CAUSE_IDS),
  education: urlChoice(EDUCATION_IDS),
  license: urlChoice(LICENSE_FILTERS),
  includeAll: urlFlag('all', 'curated'),
  page: urlPage(10_000),
});
export type AtlasFilters = ReturnType<typeof atlasFilters.parse>;

export const parseAtlasFilters = atlasFilters.parse;
/** The canonical URL query for a state: defaults left out, so links stay short. */
export const toAtlasSearchParams = atlasFilters.serialize;

export function countActiveFilters(filters: AtlasFilters): number {
  return (
    filters.sector.length +
    filters.scale.length +
    filters.cause.length +
    (filters.education ? 1 : 0) +
    (filters.license ? 1 : 0) +
    (filters.includeAll ? 1 : 0)
  );
}
