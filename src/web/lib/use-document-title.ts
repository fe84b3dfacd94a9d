import { useEffect } from 'react';

/** Screen-reader users hear the title first after a route change, so every page sets one. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Vocare` : 'Vocare';
  }, [title]);
}
