import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/setup/bundled-ruleset.ts'],
    testTimeout: 20_000,
  },
});
