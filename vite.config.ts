import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  // One stylesheet, linked from the HTML: a server-rendered page is styled before any script runs (no shift when a
  // page's chunk arrives).
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    cssCodeSplit: false,
    rolldownOptions: { treeshake: { manualPureFunctions: ['z'] } },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
