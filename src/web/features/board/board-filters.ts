import { OPPORTUNITY_KINDS, SEARCH_SORTS } from '#contracts/board.js';
import { CAUSE_IDS } from '#contracts/vocabulary.js';
import {
  defineUrlFilters,
  urlChoice,
  urlChoiceOr,
  urlFlag,
  urlList,
  urlOptionalPositive,
  urlPage,
  urlPattern,
  urlPositive,
  urlText,
} from '#web/lib/url-filters.js';

export const BOARD_PAGE_SIZE = 20;
export const DISTANCE_CHOICES = [5, 10, 25, 50, 100] as const;
export const REMOTE_CHOICES = ['only', 'exclude'] as const;
export type RemoteChoice = (typeof REMOTE_CHOICES)[number];
export type SortChoice = (typeof SEARCH_SORTS)[number];

/**
 * The board search's whole state, in the API's own parameter names. It lives in the URL, so back/forward and
 * shared links reproduce it; a place the server cannot read is reported by it.
 */
export const boardFilters = defineUrlFilters(
  {
    q: urlText(200),
    kind: urlList(OPPORTUNITY_KINDS),
    cause: urlList(CAUSE_IDS),
    career: urlPattern(/^[a-z0-9.-]{1,100}$/),
    remote: urlChoice(REMOTE_CHOICES),
    maxHours: urlOptionalPositive(80),
    isPlacement: urlFlag('true', 'placement'),
    near: urlText(100),
    km: urlPositive(500, 25),
    /** Miles instead of km, for a US place or ZIP code. */
    mi: urlOptionalPositive(300),
    sort: urlChoiceOr(SEARCH_SORTS, 'relevance'),
    page: urlPage(1000),
  },
  {
    // Distance order needs a place; without one the server would refuse it.
    normalize: (filters) => ({
      ...filters,
      sort: filters.sort === 'distance' && !filters.near.trim() ? 'relevance' : filters.sort,
    }),
    // The distance goes with a place, always, and never without one.
    include: (field, filters) => (field === 'km' || field === 'mi' ? filters.near.trim() !== '' : undefined),
  },
);
export type BoardFilters = ReturnType<typeof boardFilters.parse>;

export const parseBoardFilters = boardFilters.parse;
/** The canonical URL query for a state; defaults left out. */
export const toBoardSearchParams = boardFilters.serialize;

export function countActiveFilters(filters: BoardFilters): number {
  return (
    filters.kind.length +
    filters.cause.length +
    (filters.career ? 1 : 0) +
    (filters.remote ? 1 : 0) +
    (filters.maxHours !== null ? 1 : 0) +
    (filters.isPlacement ? 1 : 0) +
    (filters.near.trim() ? 1 : 0)
  );
}
