import { defineConfig } from 'tsup';

// ESM-only dependencies are bundled into the CommonJS build so `require('moderera')` works on every Node it supports.
const esmOnly = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space', /^@noble\/hashes/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    target: 'es2022',
    platform: 'node',
    noExternal: esmOnly,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/cli.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
