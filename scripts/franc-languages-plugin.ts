// Build-time trim of franc's trigram data: franc/data.js holds 163 language models (~118 KB gzip with franc) and
// franc indexes all of them on import; moderera only ever asks franc about a short `only` list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { LANGUAGE_CODES } from '../src/language/languages.js';

/**
 * The ISO 639-3 codes franc keeps: every language moderera names (`LANGUAGE_CODES`), plus every language
 * the bundled policy, or a version of it, asks franc about (`settings.languages`).
 *
 * @example
 * francKeep().includes('swe') // true
 */
export function francKeep(root = join(import.meta.dirname, '..')): string[] {
  const file = JSON.parse(readFileSync(join(root, 'rules', 'osthammar', 'ruleset.json'), 'utf8')) as {
    policy: { settings?: { languages?: string[] } };
    versions?: { changes?: { settings?: { languages?: string[] } } }[];
  };
  const codes = new Set(Object.keys(LANGUAGE_CODES));
  for (const c of file.policy.settings?.languages ?? []) codes.add(c);
  for (const v of file.versions ?? []) for (const c of v.changes?.settings?.languages ?? []) codes.add(c);
  return [...codes].sort();
}

/**
 * An esbuild plugin that rewrites `franc/data.js` to keep only `languages` (ISO 639-3). Every script key
 * stays, empty when none of its languages is kept, so franc answers `und` there exactly as it does for a
 * script whose languages an `only` list excludes.
 *
 * @example
 * await esbuild.build({ entryPoints: ['src/index.ts'], bundle: true, plugins: [francLanguagesPlugin(['swe', 'eng'])] });
 */
export function francLanguagesPlugin(languages: Iterable<string>): Plugin {
  const keep = new Set(languages);
  return {
    name: 'franc-languages',
    setup(build) {
      build.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
        const { data } = (await import(pathToFileURL(args.path).href)) as { data: Record<string, Record<string, string>> };
        const trimmed: Record<string, Record<string, string>> = {};
        for (const [script, models] of Object.entries(data)) {
          trimmed[script] = Object.fromEntries(Object.entries(models).filter(([code]) => keep.has(code)));
        }
        return { contents: `export const data = ${JSON.stringify(trimmed)};\n`, loader: 'js' };
      });
    },
  };
}
