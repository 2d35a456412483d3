import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// `npm test` builds first; these check what a consumer of the package gets.
describe('built package', () => {
  it('has dist files', () => {
    for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) expect(existsSync(join(ROOT, f)), f).toBe(true);
  });
  it('works with require()', () => {
    const out = execFileSync(process.execPath, ['-e', "const m=require('./dist/index.cjs');console.log(typeof m.moderate, m.moderate({id:'1',text:'Du är en jävla idiot'}).action)"], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toBe('function delete-after-screenshot');
  });
  it('works with import', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "import {moderate} from './dist/index.js';console.log(moderate({id:'1',text:'Tack!'}).action)"], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toBe('weed');
  });
  it('prints nothing on import (no natural index, no dotenv)', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', "await import('./dist/index.js')"], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toBe('');
  });
});
