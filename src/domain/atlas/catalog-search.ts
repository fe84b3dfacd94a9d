import type { Career, ListCareersQuery } from '#contracts/careers.js';
import { EDUCATION_IDS, type EducationId, educationRank } from '#contracts/vocabulary.js';

/**
 * The atlas's search over an in-memory catalog (ADR 0030): words are folded to one spelling (British and American),
 * cut to a stem ("counselling", "counsellor" and "counselor" meet at "counsel"; "therapy" and "therapist" at
 * "therap"), matched as prefixes like the database's search did ("counsel" finds "counselor"), and, when a word
 * matches nothing, matched to stems one typing slip away. A few near words people type widen a query ("kids" also
 * finds "child"). Every word must match; a match in the title weighs most, then the O*NET title, then the rest.
 * Curated helping careers rank above O*NET rows that match the same words.
 */

const FIELD_WEIGHTS = { title: 1, onetTitle: 0.4, text: 0.2 } as const;
/** Curated careers are what Vocare is about: for the same words, they come first. */
const CURATED_BOOST = 1.5;
const PREFIX_FACTOR = 0.9;
const NEAR_WORD_FACTOR = 0.8;
const TYPO_FACTOR = 0.6;

// The stop words of PostgreSQL's English configuration that people put in searches.
const STOP_WORDS = new Set(
  'a an and are as at be but by for from had has have he her his i if in into is it its me my no nor not of on or our she so than that the their them then there these they this to too was we were what when which who will with you your'.split(
    ' ',
  ),
);

/** Spellings that differ by country or are irregular, to the one form every other rule sees. */
const SPELLING_RULES: readonly [RegExp, string][] = [
  [/ll(or|ors|ing|ed)$/, 'l$1'], // counsellor, counselling, travelled
  [/our$|our(s|ed|al)$/, 'or$1'], // behaviour, behavioural, labour
  [/is(e|es|ed|ing|ation|ations)$/, 'iz$1'], // organise, specialised
  [/^paed|^ped/, 'ped'],
  [/^haem/, 'hem'],
  [/^anaes/, 'anes'],
  [/tre$/, 'ter'], // centre
  [/ogue$/, 'og'], // catalogue
];

/** Words whose stem would collide with an unrelated word ("policy" and "police"), kept whole. */
const KEEP_WHOLE = new Map([
  ['policy', 'policy'],
  ['policies', 'policy'],
  ['police', 'police'],
  ['children', 'child'],
  ['elderly', 'elder'],
  ['older', 'elder'],
]);

const SUFFIXES = ['ists', 'ist', 'ies', 'ings', 'ing', 'ers', 'ors', 'ed', 'er', 'or', 'es', 's', 'y', 'e'];

/** Near words: a query stem that also finds these stems (people say "kids", catalogs say "child"). */
const NEAR_WORDS: Record<string, readonly string[]> = {
  kid: ['child', 'youth'],
  teen: ['youth', 'adolescent'],
  elder: ['geront', 'aging'],
  aging: ['geront', 'elder'],
  addict: ['substance'],
  drug: ['substance'],
  alcohol: ['substance'],
  shrink: ['psychiatr', 'psycholog'],
  lawyer: ['law'],
  doctor: ['physician'],
  therap: ['psychotherap'],
};

export function foldWord(word: string): string {
  let w = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const whole = KEEP_WHOLE.get(w);
  if (whole) return whole;
  for (const [pattern, replacement] of SPELLING_RULES) w = w.replace(pattern, replacement);
  return w;
}

/** A light English stemmer: one suffix off, never below four letters. */
export function stemWord(word: string): string {
  const w = foldWord(word);
  if (KEEP_WHOLE.has(word.toLowerCase()) || w.length <= 4) return w;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Query words as stems, stop words left out; null when nothing searchable is left of a non-empty query. */
export function queryStems(q: string): string[] | null {
  const all = words(q);
  if (all.length === 0) return null;
  return all
    .slice(0, 12)
    .filter((w) => !STOP_WORDS.has(w.toLowerCase()))
    .map(stemWord);
}

interface Posting {
  career: number;
  weight: number;
}

export interface CatalogIndex {
  /** In the database's order (title, then id): the order of a list without a query. */
  careers: readonly Career[];
  postings: ReadonlyMap<string, readonly Posting[]>;
  stems: readonly string[];
  byId: ReadonlyMap<string, Career>;
}

export function buildCatalogIndex(careers: readonly Career[]): CatalogIndex {
  const best = new Map<string, Map<number, number>>();
  careers.forEach((career, i) => {
    const fields: [string, number][] = [
      [career.title, FIELD_WEIGHTS.title],
      [career.onetTitle ?? '', FIELD_WEIGHTS.onetTitle],
      [
        [
          career.summary ?? '',
          ...career.licenses,
          ...career.exams,
          ...career.settings,
          career.typicalEducation ?? '',
        ].join(' '),
        FIELD_WEIGHTS.text,
      ],
    ];
    for (const [text, weight] of fields) {
      for (const word of words(text)) {
        const stem = stemWord(word);
        let byCareer = best.get(stem);
        if (!byCareer) {
          byCareer = new Map();
          best.set(stem, byCareer);
        }
        byCareer.set(i, Math.max(byCareer.get(i) ?? 0, weight));
      }
    }
  });
  const postings = new Map<string, Posting[]>();
  for (const [stem, byCareer] of best)
    postings.set(
      stem,
      [...byCareer].map(([career, weight]) => ({ career, weight })),
    );
  return {
    careers,
    postings,
    stems: [...postings.keys()].sort(),
    byId: new Map(careers.map((c) => [c.id, c])),
  };
}

/** At most one letter added, dropped, changed, or two neighbours swapped. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (i >= a.length - 1) return true;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(i + 1) === shorter.slice(i);
}

/** The stems a query stem stands for, each with how much a match through it counts. */
function expandStem(index: CatalogIndex, stem: string): Map<string, number> {
  const matches = new Map<string, number>();
  const addPrefix = (prefix: string, factor: number) => {
    // Stems are sorted: the ones starting with the prefix sit together from its insertion point.
    let lo = 0;
    let hi = index.stems.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((index.stems[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < index.stems.length && (index.stems[i] as string).startsWith(prefix); i++) {
      const s = index.stems[i] as string;
      const f = s === prefix ? factor : factor * PREFIX_FACTOR;
      matches.set(s, Math.max(matches.get(s) ?? 0, f));
    }
  };
  addPrefix(stem, 1);
  for (const near of NEAR_WORDS[stem] ?? []) addPrefix(near, NEAR_WORD_FACTOR);
  if (matches.size === 0 && stem.length >= 5) {
    for (const s of index.stems) {
      if (withinOneEdit(stem, s) || (s.length > stem.length && withinOneEdit(stem, s.slice(0, stem.length))))
        matches.set(s, TYPO_FACTOR);
    }
  }
  return matches;
}

function matchesFilters(career: Career, query: ListCareersQuery, allowedEducation: ReadonlySet<EducationId> | null) {
  if (query.curated === 'true' && !career.curated) return false;
  if (query.curated === 'false' && career.curated) return false;
  if (query.sector?.length && (career.sector === null || !query.sector.includes(career.sector))) return false;
  if (query.scale?.length && (career.scale === null || !query.scale.includes(career.scale))) return false;
  if (query.cause?.length && !career.causes.some((c) => query.cause?.includes(c))) return false;
  if (allowedEducation && (career.minEducation === null || !allowedEducation.has(career.minEducation))) return false;
  if (query.license === 'required' && career.licenseRequired !== true) return false;
  if (query.license === 'not-required' && career.licenseRequired !== false) return false;
  return true;
}

/** One page of the atlas for a query: filters, text match, ranking and paging, as `GET /api/careers` answers. */
export function searchCatalog(index: CatalogIndex, query: ListCareersQuery): { items: Career[]; total: number } {
  const allowedEducation = query.education
    ? new Set(EDUCATION_IDS.filter((e) => educationRank(e) <= educationRank(query.education ?? 'doctoral')))
    : null;
  const stems = query.q ? queryStems(query.q) : [];
  if (stems === null) return { items: [], total: 0 };

  let scores: Map<number, number> | null = null;
  for (const stem of stems) {
    const tokenScores = new Map<number, number>();
    for (const [s, factor] of expandStem(index, stem)) {
      for (const { career, weight } of index.postings.get(s) ?? []) {
        const score = weight * factor;
        if (score > (tokenScores.get(career) ?? 0)) tokenScores.set(career, score);
      }
    }
    if (scores === null) scores = tokenScores;
    else {
      const combined = new Map<number, number>();
      for (const [career, score] of scores) {
        const more = tokenScores.get(career);
        if (more !== undefined) combined.set(career, score + more);
      }
      scores = combined;
    }
  }

  const hits: { i: number; score: number }[] = [];
  if (scores === null) {
    index.careers.forEach((career, i) => {
      if (matchesFilters(career, query, allowedEducation)) hits.push({ i, score: 0 });
    });
  } else {
    for (const [i, score] of scores) {
      const career = index.careers[i] as Career;
      if (matchesFilters(career, query, allowedEducation))
        hits.push({ i, score: career.curated ? score * CURATED_BOOST : score });
    }
  }
  // Index order is title then id (the database's collation), so it breaks every remaining tie.
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      Number((index.careers[b.i] as Career).curated) - Number((index.careers[a.i] as Career).curated) ||
      a.i - b.i,
  );
  const start = (query.page - 1) * query.pageSize;
  return {
    items: hits.slice(start, start + query.pageSize).map((h) => index.careers[h.i] as Career),
    total: hits.length,
  };
}
