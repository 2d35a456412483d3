// The bare module specifiers src/ imports from its runtime dependencies, read from the source itself so the
// list follows whatever other work adds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/**
 * Every `import … from 'x'` in src/ (outside src/cli) whose package is a runtime dependency, by package.
 * The first specifier seen per package is kept (e.g. `libphonenumber-js/max`).
 *
 * @example
 * dependencyImports('/work/main').zod // 'zod/mini'
 */
export function dependencyImports(root: string): Record<string, string> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
  const deps = new Set(Object.keys(pkg.dependencies ?? {}));
  const out: Record<string, string> = {};
  for (const file of walk(join(root, 'src')).sort()) {
    if (file.includes(`${join('src', 'cli')}`)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^'"]*from\s+'([^'.][^']*)'/gm)) {
      const specifier = m[1]!;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
      if (deps.has(name) && out[name] === undefined) out[name] = specifier;
    }
  }
  return out;
}
