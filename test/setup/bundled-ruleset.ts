// Rebuilds src/ruleset/osthammar-data.ts before the tests when a file it is made from changed (rule data, src/),
// so a test never runs the bundled ruleset as it was before an edit. `npm test` builds it anyway.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build-bundled-ruleset.ts'), '--if-changed'], { cwd: root, stdio: 'inherit' });
  } catch {
    // Rule data that does not build fails the tests that read it (test/bundled-ruleset.test.ts), not every test.
    console.warn('scripts/build-bundled-ruleset.ts failed: the tests run on src/ruleset/osthammar-data.ts as it was.');
  }
}
