import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The dashboard imports 'moderera' as any app would; here that name points at the library's source, so the
// example runs from a fresh clone without a build and shows the library works in a browser as written.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  resolve: { alias: { moderera: fileURLToPath(new URL('../../src/index.ts', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2048 },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
