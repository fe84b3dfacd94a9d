import { z } from 'zod';

/**
 * One filter of a list page as it lives in the URL: a Zod schema that reads the raw query value (a string, or
 * undefined when absent) and never fails (`.catch` gives the default), and a writer that gives the query value
 * back, or null to leave it out. Defaults are left out, so equal filters give equal, short URLs (and cache keys).
 */
export interface UrlFilter<T> {
  schema: z.ZodType<T, string | undefined>;
  // A method, so that a filter of any value type fits a list of filters (parameters of methods are bivariant).
  write(value: T): string | null;
  /** The query key, when it differs from the field's name (`includeAll` lives in `curated`). */
  key?: string;
}

/** Free text, cut to `max` characters; written trimmed. */
export function urlText(max: number): UrlFilter<string> {
  return {
    schema: z
      .string()
      .transform((s) => s.slice(0, max))
      .catch(''),
    write: (value) => value.trim() || null,
  };
}

/**
 * Any of a vocabulary, comma-separated. Unknown ids are dropped rather than sent on, so a hand-edited or outdated
 * link still shows a sensible page; the vocabulary's order is kept so equal choices give equal URLs.
 */
export function urlList<T extends string>(ids: readonly T[]): UrlFilter<T[]> {
  return {
    schema: z
      .string()
      .transform((raw) => {
        const wanted = new Set(raw.split(',').map((part) => part.trim()));
        return ids.filter((id) => wanted.has(id));
      })
      .catch([]),
    write: (value) => (value.length > 0 ? ids.filter((id) => value.includes(id)).join(',') : null),
  };
}

/** One of a vocabulary, or null. */
export function urlChoice<T extends string>(ids: readonly T[]): UrlFilter<T | null> {
  return {
    schema: z
      .string()
      .transform((raw) => ids.find((id) => id === raw) ?? null)
      .catch(null),
    write: (value) => value,
  };
}

/** One of a vocabulary, or the fallback (left out of the URL). */
export function urlChoiceOr<T extends string>(ids: readonly T[], fallback: T): UrlFilter<T> {
  return {
    // Any string or none reads as a choice, so this schema cannot fail.
    schema: z
      .string()
      .optional()
      .transform((raw): T => ids.find((id) => id === raw) ?? fallback),
    write: (value) => (value === fallback ? null : value),
  };
}

/** Text that must match a pattern (an id), or null. */
export function urlPattern(pattern: RegExp): UrlFilter<string | null> {
  return {
    schema: z
      .string()
      .transform((raw) => (pattern.test(raw) ? raw : null))
      .catch(null),
    write: (value) => value,
  };
}

/** A yes/no filter, present in the URL as `key=on` when yes. */
export function urlFlag(on = 'true', key?: string): UrlFilter<boolean> {
  return {
    schema: z
      .string()
      .transform((raw) => raw === on)
      .catch(false),
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
    schema: z
      .string()
      .transform((raw) => readPositive(raw, max) ?? fallback)
      .catch(fallback),
    write: (value) => (value === fallback ? null : String(value)),
  };
}

/** A number in (0, max], or null (no limit). */
export function urlOptionalPositive(max: number): UrlFilter<number | null> {
  return {
    schema: z
      .string()
      .transform((raw) => readPositive(raw, max))
      .catch(null),
    write: (value) => (value === null ? null : String(value)),
  };
}

/** The page of results, 1 to max. */
export function urlPage(max: number): UrlFilter<number> {
  return {
    schema: z
      .string()
      .transform((raw) => {
        const page = Number.parseInt(raw, 10);
        return Number.isFinite(page) && page >= 1 && page <= max ? page : 1;
      })
      .catch(1),
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
  /** The Zod schema of the state, read from the query's raw values. */
  schema: z.ZodType<F>;
  /** Reads the state from the URL; never fails. */
  parse: (params: URLSearchParams) => F;
  /** The canonical URL query for a state. */
  serialize: (filters: F) => URLSearchParams;
  /** The state after changing some filters: any change other than the page itself starts again at page 1. */
  change: (filters: F, patch: Partial<F>) => F;
}

/** Defines a list page's filters: one Zod schema for reading the URL, one writer, one paging rule. */
export function defineUrlFilters<C extends Record<string, UrlFilter<unknown>> & { page: UrlFilter<number> }>(
  fields: C,
  options: UrlFiltersOptions<FilterValues<C>> = {},
): UrlFilters<FilterValues<C>> {
  type F = FilterValues<C>;
  const names = Object.keys(fields) as (keyof F & string)[];
  const keyOf = (name: keyof F & string) => fields[name]?.key ?? name;
  const schema = z.object(
    Object.fromEntries(names.map((name) => [name, fields[name]?.schema])),
  ) as unknown as z.ZodType<F>;
  const normalize = options.normalize ?? ((filters: F) => filters);

  function parse(params: URLSearchParams): F {
    const raw = Object.fromEntries(names.map((name) => [name, params.get(keyOf(name)) ?? undefined]));
    return normalize(schema.parse(raw));
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

  return { schema, parse, serialize, change };
}
