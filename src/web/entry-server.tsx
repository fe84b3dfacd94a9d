// Server rendering of the public pages (ADR 0030): built by Vite as its own bundle (dist/web-ssr), loaded by the
// server. The pages render exactly as in the browser; their API calls are answered in process.
import { dehydrate, type Query } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProvider, createQueryClient } from './app/provider.js';
import { ReadyMark } from './app/ready-mark.js';
import { appRoutes, NOT_FOUND_PATH } from './app/router.js';
import { ApiError } from './lib/api-client.js';
import { collectPageHead, type PageHead } from './lib/use-document-title.js';
import { isPublicHandle } from './lib/web-feature.js';

export { setApiTransport } from './lib/api-client.js';
export type { PageHead } from './lib/use-document-title.js';

export type RenderResult =
  | { kind: 'page'; status: number; html: string; head: PageHead; state: unknown }
  | { kind: 'redirect'; status: number; location: string }
  /** Not a public page: the browser renders it from the plain shell. */
  | { kind: 'shell' };

/** Render passes at most: each pass may reveal queries that need the data of the one before. */
const MAX_PASSES = 4;

function isEnabled(query: Query): boolean {
  const enabled = (query.options as { enabled?: unknown }).enabled;
  return typeof enabled === 'function' ? Boolean(enabled(query)) : enabled !== false;
}

export async function renderPage(url: string): Promise<RenderResult> {
  const handler = createStaticHandler(appRoutes());
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('location') ?? '/' };
  }
  const page = context.matches[context.matches.length - 1];
  if (!page || !isPublicHandle(page.route.handle)) return { kind: 'shell' };
  const router = createStaticRouter(handler.dataRoutes, context);
  const queryClient = createQueryClient();
  // In process, a failure is not a network blip: render what happened at once.
  queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } });
  const fetched = new Set<Query>();
  let html = '';
  let head: PageHead = { title: 'Vocare' };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    collectPageHead();
    html = renderToString(
      <StrictMode>
        <AppProvider client={queryClient}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
          <ReadyMark />
        </AppProvider>
      </StrictMode>,
    );
    head = collectPageHead();
    const waiting = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status === 'pending' && !fetched.has(q) && isEnabled(q));
    if (waiting.length === 0) break;
    await Promise.all(
      waiting.map((q) => {
        fetched.add(q);
        return q.fetch().catch(() => undefined);
      }),
    );
  }
  const queries = queryClient.getQueryCache().getAll();
  const isNotFound =
    context.matches.some((m) => m.route.path === NOT_FOUND_PATH) ||
    queries.some((q) => q.state.error instanceof ApiError && q.state.error.status === 404);
  const status = context.statusCode !== 200 ? context.statusCode : isNotFound ? 404 : 200;
  return { kind: 'page', status, html, head, state: dehydrate(queryClient) };
}
