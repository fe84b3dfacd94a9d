import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The server-rendered HTML paints with its stylesheet alone (ADR 0032): the stylesheet is linked first, and the
 * app's scripts are fetched at low priority so they never compete with it on a slow link (hydration follows the
 * paint). A high-priority script is also what Lighthouse counts as render-blocking.
 */
function paintBeforeScripts(): Plugin {
  return {
    name: 'vocare-paint-before-scripts',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        const stylesheets = html.match(/\s*<link rel="stylesheet"[^>]*>/g) ?? [];
        let out = html;
        for (const link of stylesheets) out = out.replace(link, '');
        // The entry imports the app after the first paint (main.tsx); its chunks are preloaded here all the same.
        const preloads = new Set<string>();
        const app = Object.values(bundle ?? {}).find(
          (chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith('/src/web/app/start.tsx'),
        );
        const queue = app ? [app.fileName] : [];
        while (queue.length > 0) {
          const fileName = queue.shift() as string;
          const chunk = bundle?.[fileName];
          if (chunk?.type !== 'chunk' || preloads.has(fileName)) continue;
          preloads.add(fileName);
          queue.push(...chunk.imports);
        }
        const preloadLinks = [...preloads]
          .filter((fileName) => !out.includes(`/${fileName}"`))
          .map((fileName) => `\n    <link rel="modulepreload" crossorigin href="/${fileName}">`)
          .join('');
        out = out
          .replace(/(<script type="module" crossorigin[^>]*><\/script>)/, `$1${preloadLinks}`)
          .replace(/<script type="module" crossorigin/g, '<script type="module" fetchpriority="low" crossorigin')
          .replace(
            /<link rel="modulepreload" crossorigin/g,
            '<link rel="modulepreload" fetchpriority="low" crossorigin',
          );
        return out.replace(
          /(\s*)<script type="module"/,
          (whole, space: string) => `${stylesheets.join('')}${space}${whole.trim()}`,
        );
      },
    },
  };
}

export default defineConfig({
  root: 'src/web',
  plugins: [react(), paintBeforeScripts()],
  // One stylesheet, linked from the HTML: a server-rendered page is styled before any script runs (no shift when a
  // page's chunk arrives).
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    rolldownOptions: {
      treeshake: { manualPureFunctions: ['z'] },
      // What every page needs to hydrate, in one chunk: one file compresses better than the pieces a shared-module
      // split would make of it.
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack[\\/](query-core|react-query))[\\/]/,
            },
          ],
        },
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
