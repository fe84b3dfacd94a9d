import { useEffect } from 'react';

/** What a page says about itself in the document head: set while rendering, read by server rendering (ADR 0030). */
export interface PageHead {
  title: string;
  description?: string;
  /** schema.org data for search engines (Occupation, Article), written as JSON-LD. */
  jsonLd?: Record<string, unknown>;
  ogType?: 'website' | 'article';
}

// Server rendering is synchronous (renderToString), so the page being rendered is the only writer between
// `collectPageHead` calls; in the browser nothing reads it.
let collected: PageHead = { title: 'Vocare' };

/** The head of the page rendered since the last call, and a fresh start for the next one. */
export function collectPageHead(): PageHead {
  const head = collected;
  collected = { title: 'Vocare' };
  return head;
}

const fullTitle = (title: string) => (title ? `${title} · Vocare` : 'Vocare');

/** Screen-reader users hear the title first after a route change, so every page sets one. */
export function useDocumentTitle(title: string, meta: Omit<PageHead, 'title'> = {}): void {
  if (typeof document === 'undefined') collected = { ...meta, title: fullTitle(title) };
  useEffect(() => {
    document.title = fullTitle(title);
  }, [title]);
}
