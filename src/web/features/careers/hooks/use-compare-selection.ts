import { useCallback, useSyncExternalStore } from 'react';

export const MAX_COMPARE = 4;
const STORAGE_KEY = 'vocare.compare';

export interface CompareItem {
  id: string;
  title: string;
}

// The selection outlives a page (people pick careers across several searches), so it is
// kept in localStorage; this module is the one reader and writer, and tells subscribers.
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cachedItems: CompareItem[] = [];

function readItems(): CompareItem[] {
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    raw = null; // storage can be blocked (privacy settings); the selection then lasts for the page only
  }
  if (raw === cachedRaw) return cachedItems;
  cachedRaw = raw;
  cachedItems = parseItems(raw);
  return cachedItems;
}

function parseItems(raw: string | null): CompareItem[] {
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    if (!Array.isArray(value)) return [];
    return value
      .filter(
        (item): item is CompareItem =>
          typeof item === 'object' &&
          item !== null &&
          typeof (item as Record<string, unknown>).id === 'string' &&
          typeof (item as Record<string, unknown>).title === 'string',
      )
      .slice(0, MAX_COMPARE);
  } catch {
    return [];
  }
}

function writeItems(items: CompareItem[]): void {
  const raw = JSON.stringify(items.slice(0, MAX_COMPARE));
  try {
    window.localStorage.setItem(STORAGE_KEY, raw);
  } catch {
    // Blocked storage: fall through to the in-memory copy below.
  }
  cachedRaw = raw;
  cachedItems = parseItems(raw);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function compareHref(ids: readonly string[]): string {
  return ids.length > 0 ? `/compare?ids=${ids.map(encodeURIComponent).join(',')}` : '/compare';
}

export function useCompareSelection() {
  const items = useSyncExternalStore(subscribe, readItems, () => cachedItems);

  const add = useCallback((item: CompareItem) => {
    const current = readItems();
    if (current.some((c) => c.id === item.id) || current.length >= MAX_COMPARE) return;
    writeItems([...current, item]);
  }, []);

  const remove = useCallback((id: string) => {
    writeItems(readItems().filter((c) => c.id !== id));
  }, []);

  const replace = useCallback((next: CompareItem[]) => writeItems(next), []);

  return {
    items,
    isFull: items.length >= MAX_COMPARE,
    has: (id: string) => items.some((c) => c.id === id),
    add,
    remove,
    replace,
  };
}
