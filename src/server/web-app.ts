import { AsyncLocalStorage } from 'node:async_hooks';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Env } from './env.js';
import { errorBody } from './errors.js';
import { REVALIDATE_CACHE, setStaticCacheHeaders } from './plugins/http-policy.js';
import { SESSION_COOKIE } from './plugins/session.js';

/** The server-rendering bundle's interface (src/web/entry-server.tsx, built to dist/web-ssr). */
interface PageHead {
  title: string;
  description?: string;
  jsonLd?: Record<string, unknown>;
  ogType?: 'website' | 'article';
}
type RenderResult =
  | { kind: 'page'; status: number; html: string; head: PageHead; state: unknown }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'shell' };
interface Renderer {
  renderPage(url: string): Promise<RenderResult>;
  setApiTransport(transport: (path: string, init: RequestInit) => Promise<Response>): void;
}

const DEFAULT_DESCRIPTION =
  'Vocare: explore helping careers from one-to-one care to policy, compare them with sourced pay and outlook figures, and plan the road to a licensed, sustainable working life.';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON inside a <script> element: nothing in it may close the element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function publicOrigin(env: Env, request: FastifyRequest): string {
  if (env.VOCARE_PUBLIC_URL) return env.VOCARE_PUBLIC_URL.replace(/\/$/, '');
  return `${request.protocol}://${request.host}`;
}

/** The built index.html with a rendered page in it: its markup, head and the data it was rendered with. */
export function fillTemplate(template: string, page: Extract<RenderResult, { kind: 'page' }>, url: string): string {
  const { head } = page;
  const description = head.description ?? DEFAULT_DESCRIPTION;
  const canonical = page.status === 200 ? `<link rel="canonical" href="${escapeHtml(url)}" />` : '';
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    canonical,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:type" content="${head.ogType ?? 'website'}" />`,
    `<meta property="og:url" content="${escapeHtml(url)}" />`,
    '<meta property="og:site_name" content="Vocare" />',
    head.jsonLd ? `<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>` : '',
  ]
    .filter(Boolean)
    .join('\n    ');
  return template
    .replace(
      /<meta name="description" content="[^"]*" \/>/,
      `<meta name="description" content="${escapeHtml(description)}" />`,
    )
    .replace(/<title>[^<]*<\/title>/, tags)
    .replace(/<noscript>[\s\S]*?<\/noscript>/, '')
    .replace(
      '<div id="root"></div>',
      `<div id="root">${page.html}</div>\n    <script type="application/json" id="ssr-state">${scriptJson(page.state)}</script>`,
    );
}

async function loadRenderer(webDir: string): Promise<Renderer | null> {
  const entry = path.join(webDir, '..', 'web-ssr', 'entry-server.js');
  if (!fs.existsSync(entry)) return null;
  return (await import(pathToFileURL(entry).href)) as Renderer;
}

/**
 * Serves the built web app: public pages rendered to HTML on the server (ADR 0030), other pages as the shell the
 * browser renders, hashed assets as files; `robots.txt` and `sitemap.xml` for search engines.
 */
export async function serveWebApp(app: FastifyInstance, env: Env): Promise<void> {
  const webDir = path.resolve(env.VOCARE_WEB_DIR);
  const indexFile = path.join(webDir, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    index: false,
    cacheControl: false,
    // The build writes best-quality .br and .gz beside each hashed asset (scripts/precompress.mjs): sent as they
    // are, with no compression work per request.
    preCompressed: true,
    setHeaders: setStaticCacheHeaders(webDir),
  });
  const indexHtml = fs.readFileSync(indexFile, 'utf8');
  const renderer = await loadRenderer(webDir);
  // A page's API calls go through the app in process, with the visitor's cookie, so a signed-in person's page
  // renders as theirs.
  const cookies = new AsyncLocalStorage<string | undefined>();
  renderer?.setApiTransport(async (url, init) => {
    const headers = { ...(init.headers as Record<string, string>) };
    const cookie = cookies.getStore();
    if (cookie) headers.cookie = cookie;
    const response = await app.inject({
      method: (init.method ?? 'GET') as 'GET',
      url,
      headers,
      payload: typeof init.body === 'string' ? init.body : undefined,
    });
    return new Response(response.statusCode === 204 || response.statusCode === 304 ? null : response.body, {
      status: response.statusCode,
      headers: { 'content-type': String(response.headers['content-type'] ?? 'application/json') },
    });
  });

  // An operator's own robots.txt in the web folder wins (the static files above already serve it).
  if (!fs.existsSync(path.join(webDir, 'robots.txt'))) {
    app.get('/robots.txt', { schema: { hide: true } }, async (request, reply) => {
      const origin = publicOrigin(env, request);
      return reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', REVALIDATE_CACHE)
        .send(`User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${origin}/sitemap.xml\n`);
    });
  }

  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    const origin = publicOrigin(env, request);
    const paths = ['/', '/atlas', '/map', '/compare', '/guides'];
    for (let page = 1; ; page++) {
      const response = await app.inject({ url: `/api/careers?curated=all&pageSize=100&page=${page}` });
      const body = response.json() as { items: { id: string }[]; total: number };
      paths.push(...body.items.map((c) => `/careers/${c.id}`));
      if (page * 100 >= body.total || body.items.length === 0) break;
    }
    for (let page = 1; ; page++) {
      const response = await app.inject({ url: `/api/guides?pageSize=50&page=${page}` });
      if (response.statusCode !== 200) break;
      const body = response.json() as { items: { slug: string }[]; total: number };
      paths.push(...body.items.map((g) => `/guides/${g.slug}`));
      if (page * 50 >= body.total || body.items.length === 0) break;
    }
    const urls = paths.map((p) => `  <url><loc>${escapeHtml(origin + p)}</loc></url>`).join('\n');
    return reply
      .type('application/xml; charset=utf-8')
      .header('cache-control', REVALIDATE_CACHE)
      .send(
        `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
      );
  });

  // Files are registered one by one (wildcard: false); every other GET is a page of the app.
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    if (request.url.startsWith('/api/')) {
      return reply.status(404).send(errorBody('NOT_FOUND', `No route for GET ${request.url.split('?')[0]}`));
    }
    const result = renderer
      ? await cookies.run(request.headers.cookie, () =>
          renderer.renderPage(`${publicOrigin(env, request)}${request.url}`),
        )
      : ({ kind: 'shell' } as const);
    if (result.kind === 'redirect') return reply.redirect(result.location, result.status);
    // A page rendered with a visitor's session holds their data (name, saved items): no cache may keep it, as with
    // every API answer for a signed-in person (http-policy). Other cookies (a CSRF token) only vary the answer.
    const cacheControl = request.cookies[SESSION_COOKIE]
      ? 'no-store'
      : request.headers.cookie
        ? 'private, no-cache'
        : REVALIDATE_CACHE;
    const html =
      result.kind === 'page'
        ? fillTemplate(indexHtml, result, `${publicOrigin(env, request)}${request.url}`)
        : indexHtml;
    return reply
      .status(result.kind === 'page' ? result.status : 200)
      .type('text/html; charset=utf-8')
      .header('cache-control', cacheControl)
      .send(html);
  });
}
