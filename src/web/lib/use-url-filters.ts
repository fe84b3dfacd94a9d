import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { UrlFilters } from './url-filters.js';

/**
 * A list page's filter state, kept in the URL query so back/forward and shared links reproduce it. Changing a
 * filter goes back to page 1; `hrefFor` gives the link for a state (pages, "include all", topic links).
 */
export function useUrlFilters<F extends { page: number }>(definition: UrlFilters<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const urlKey = searchParams.toString();
  // The router commits a URL change a moment later; until then the controls show the person's choice, so a
  // ticked box does not blink back to unticked. Once the URL has moved on (or back returns), it is the truth.
  const [pending, setPending] = useState<{ fromKey: string; filters: F } | null>(null);
  if (pending && pending.fromKey !== urlKey) setPending(null);
  // Parsed once per URL: the same object on every render until the URL changes, so pages may follow it in effects
  // (a new object per render would reset a form's typed text on each keystroke).
  // biome-ignore lint/correctness/useExhaustiveDependencies: urlKey is searchParams, as a stable string
  const fromUrl = useMemo(() => definition.parse(searchParams), [urlKey, definition]);
  const filters = pending && pending.fromKey === urlKey ? pending.filters : fromUrl;

  function setFilters(patch: Partial<F>): void {
    const next = definition.change(filters, patch);
    setPending({ fromKey: urlKey, filters: next });
    setSearchParams(definition.serialize(next));
  }

  function hrefFor(patch: Partial<F>): string {
    return `?${definition.serialize(definition.change(filters, patch)).toString()}`;
  }

  return { filters, setFilters, hrefFor };
}
