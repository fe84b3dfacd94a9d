/**
 * One filter of a list page as it lives in the URL: a reader that takes the raw query value (a string, or
 * undefined when absent) and never fails (anything unreadable gives the default), and a writer that gives the
 * query value back, or null to leave it out. Defaults are left out, so equal filters give equal, short URLs (and
 * cache keys). Plain functions rather than Zod schemas: the atlas and the guides index read their filters on a
 * first visit, which downloads no Zod (ADR 0032).
 */
export interface UrlFilter<T> {
  // Methods, so that a filter of any value type fits a list of filters (parameters of methods are bivariant).
  read(raw: string | undefined): T;
  write(value: T): string | null;
  /** The query key, when it differs from the field's name (`includeAll` lives in `curated`). */
  key?: string;
}

/** Free text, cut to `max` characters; written trimmed. */
export function urlText(max: number): UrlFilter<string> {
  return {
    read: (raw) => (raw === undefined ? '' : raw.slice(0, max)),
    write: (value) => value.trim() || null,
  };
}

/**
 * Any of a vocabulary, comma-separated. Unknown ids are dropped rather than sent on, so a hand-edited or outdated
 * link still shows a sensible page; the vocabulary's order is kept so equal choices give equal URLs.
 */
export function urlList<T extends string>(ids: readonly T[]): UrlFilter<T[]> {
  return {
    read: (raw) => {
      if (raw === undefined) return [];
      const wanted = new Set(raw.split(',').map((part) => part.trim()));
      return ids.filter((id) => wanted.has(id));
    },
    write: (value) => (value.length > 0 ? ids.filter((id) => value.includes(id)).join(',') : null),
  };
}

/** One of a vocabulary, or null. */
export function urlChoice<T extends string>(ids: readonly T[]): UrlFilter<T | null> {
  return {
    read: (raw) => ids.find((id) => id === raw) ?? null,
    write: (value) => value,
  };
}

/** One of a vocabulary, or the fallback (left out of the URL). */
export function urlChoiceOr<T extends string>(ids: readonly T[], fallback: T): UrlFilter<T> {
  return {
    read: (raw) => ids.find((id) => id === raw) ?? fallback,
    write: (value) => (value === fallback ? null : value),
  };
}

/** Text that must match a pattern (an id), or null. */
export function urlPattern(pattern: RegExp): UrlFilter<string | null> {
  return {
    read: (raw) => (raw !== undefined && pattern.test(raw) ? raw : null),
    write: (value) => value,
  };
}

/** A yes/no filter, present in the URL as `key=on` when yes. */
export function urlFlag(on = 'true', key?: string): UrlFilter<boolean> {
  return {
    read: (raw) => raw === on,
    write: (value) => (value ? on : null),
    ...(key ? { key } : {}),
  };
}

function readPositive(raw: string, max: number): number | null {
  const value = Number(raw);
  return Number.isFinite(value) && value > 0 && value <= max ? value : null;
}

/** A number in (0, max], or the fallback (left out of the URL). */
export function urlPositive(max: number, fallback: number): UrlFilter<number> {
  return {
    read: (raw) => (raw === undefined ? fallback : (readPositive(raw, max) ?? fallback)),
    write: (value) => (value === fallback ? null : String(value)),
  };
}

/** A number in (0, max], or null (no limit). */
export function urlOptionalPositive(max: number): UrlFilter<number | null> {
  return {
    read: (raw) => (raw === undefined ? null : readPositive(raw, max)),
    write: (value) => (value === null ? null : String(value)),
  };
}

/** The page of results, 1 to max. */
export function urlPage(max: number): UrlFilter<number> {
  return {
    read: (raw) => {
      if (raw === undefined) return 1;
      const page = Number.parseInt(raw, 10);
      return Number.isFinite(page) && page >= 1 && page <= max ? page : 1;
    },
    write: (value) => (value > 1 ? String(value) : null),
  };
}

type FilterValues<C extends Record<string, UrlFilter<unknown>>> = {
  [K in keyof C]: C[K] extends UrlFilter<infer T> ? T : never;
} & { page: number };

interface UrlFiltersOptions<F> {
  /** Makes a state consistent (e.g. no distance order without a place); applied on read and on write. */
  normalize?: (filters: F) => F;
  /** Overrides the default "leave defaults out" for a field: true writes it, false leaves it out. */
  include?: (field: keyof F & string, filters: F) => boolean | undefined;
}

export interface UrlFilters<F extends { page: number }> {
  /** Reads the state from the URL; never fails. */
  parse: (params: URLSearchParams) => F;
  /** The canonical URL query for a state. */
  serialize: (filters: F) => URLSearchParams;
  /** The state after changing some filters: any change other than the page itself starts again at page 1. */
  change: (filters: F, patch: Partial<F>) => F;
}

/** Defines a list page's filters: one reader of the URL, one writer, one paging rule. */
export function defineUrlFilters<C extends Record<string, UrlFilter<unknown>> & { page: UrlFilter<number> }>(
  fields: C,
  options: UrlFiltersOptions<FilterValues<C>> = {},
): UrlFilters<FilterValues<C>> {
  type F = FilterValues<C>;
  const names = Object.keys(fields) as (keyof F & string)[];
  const keyOf = (name: keyof F & string) => fields[name]?.key ?? name;
  const normalize = options.normalize ?? ((filters: F) => filters);

  function parse(params: URLSearchParams): F {
    // Each field's reader gives the value its writer takes.
    const read = Object.fromEntries(
      names.map((name) => [name, (fields[name] as UrlFilter<unknown>).read(params.get(keyOf(name)) ?? undefined)]),
    ) as F;
    return normalize(read);
  }

  function serialize(input: F): URLSearchParams {
    const filters = normalize(input);
    const params = new URLSearchParams();
    for (const name of names) {
      const value: unknown = filters[name];
      // Each field's writer takes the value its own schema produced.
      const field = fields[name] as UrlFilter<unknown>;
      const written = field.write(value);
      const forced = options.include?.(name, filters);
      if (forced === false) continue;
      if (written !== null) params.set(keyOf(name), written);
      else if (forced === true) params.set(keyOf(name), String(value));
    }
    return params;
  }

  function change(filters: F, patch: Partial<F>): F {
    return { ...filters, ...patch, page: patch.page ?? 1 };
  }

  return { parse, serialize, change };
}
