// Writes dist/THIRD-PARTY-LICENSES.txt: the packages tsup bundles into dist/ (tsup.config.ts bundles every
// runtime dependency) with their licence texts, as their licences (MIT) ask of copies of their code.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { francKeep, francLanguagesPlugin } from './franc-languages-plugin.js';

const ROOT = join(import.meta.dirname, '..');

/** One bundled package: name, version, declared licence and the text of its licence file. */
export interface BundledPackage {
  readonly name: string;
  readonly version: string;
  readonly license: string;
  readonly text: string;
}

/**
 * The packages the builds of src/index.ts and src/cli/cli.ts take code from, by name.
 *
 * @example
 * (await bundledPackages()).map(p => p.name) // ['@date-fns/tz', …, 'zod']
 */
export async function bundledPackages(): Promise<BundledPackage[]> {
  const names = new Set<string>();
  for (const entry of ['src/index.ts', 'src/cli/cli.ts']) {
    const result = await build({
      entryPoints: [join(ROOT, entry)],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      outfile: 'out.js',
      plugins: [francLanguagesPlugin(francKeep(ROOT))],
      logLevel: 'error',
    });
    for (const output of Object.values(result.metafile.outputs)) {
      for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
        const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
        if (name && bytesInOutput > 0) names.add(name);
      }
    }
  }
  return [...names].sort().map((name) => {
    const dir = join(ROOT, 'node_modules', name);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license?: string; author?: string | { name: string } };
    const files = readdirSync(dir);
    // The MIT text itself: LICENSE, or LICENSE.MIT beside a LICENSE that only names the choice (ibantools).
    const file = files.find((f) => /^licen[cs]e\.mit$/i.test(f)) ?? files.find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f));
    const license = pkg.license ?? 'UNKNOWN';
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name;
    // A package without a licence file (franc) states MIT and its author in package.json and readme.
    const text = file ? readFileSync(join(dir, file), 'utf8').trim() : /^MIT$/i.test(license) && author ? mitText(author) : `${license} (no licence file in the package)`;
    return { name, version: pkg.version, license, text };
  });
}

/** The MIT licence text for a package that states MIT but ships no licence file. */
function mitText(author: string): string {
  return `MIT License

Copyright (c) ${author}

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const packages = await bundledPackages();
  const out = join(ROOT, 'dist', 'THIRD-PARTY-LICENSES.txt');
  if (!existsSync(join(ROOT, 'dist'))) throw new Error('dist/ is missing: run tsup first');
  const header = 'moderera bundles code from these packages into dist/. Their licences follow.\n';
  writeFileSync(out, [header, ...packages.map((p) => `${'='.repeat(72)}\n${p.name}@${p.version} (${p.license})\n${'='.repeat(72)}\n\n${p.text}\n`)].join('\n'));
  console.error(`dist/THIRD-PARTY-LICENSES.txt: ${packages.map((p) => p.name).join(', ')}`);
}
