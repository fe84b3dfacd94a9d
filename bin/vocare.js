#!/usr/bin/env node
// The `vocare` command runs the compiled CLI (dist/node). In a checkout whose sources changed since the last
// build, it compiles first (esbuild, about a second), so the command never runs stale code.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const compiled = path.join(root, 'dist', 'node', 'cli', 'main.js');
if (fs.existsSync(path.join(root, 'src', 'cli'))) {
  const { buildAll, isBuildCurrent } = await import('../scripts/build.mjs');
  if (!fs.existsSync(compiled) || !isBuildCurrent(root, 'node')) await buildAll(root, { only: 'node', quiet: true });
}
await import(compiled);
