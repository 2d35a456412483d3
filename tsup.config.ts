import { defineConfig } from 'tsup';
import { francKeep, francLanguagesPlugin } from './scripts/franc-languages-plugin.js';

// Every runtime dependency is bundled (tree-shaken) into each build: resolving and loading ~60 files of
// zod, libphonenumber-js, date-fns and the rest from node_modules was most of the package's import time.
// franc goes in with its trigram data cut to the languages moderera names (118 → 17 KB gzip). zod stays a
// dependency for the types (dist/index.d.ts imports it); zod 4 keeps its registry on globalThis, so its
// bundled copy and a consumer's work together. Their licences: dist/THIRD-PARTY-LICENSES.txt.
const bundled = [/.*/];
const esbuildPlugins = [francLanguagesPlugin(francKeep(import.meta.dirname))];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundled,
    esbuildPlugins,
    treeshake: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    noExternal: bundled,
    esbuildPlugins,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    noExternal: bundled,
    esbuildPlugins,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
