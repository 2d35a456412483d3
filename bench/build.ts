// Builds what the benchmark measures, from src/ as it is now, without touching dist/ (other work reads it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { francKeep, francLanguagesPlugin } from '../scripts/franc-languages-plugin.js';

export const ROOT = join(import.meta.dirname, '..');
/** Build output lives under node_modules/.cache, with a package.json saying it is ESM (else Node reads it as CommonJS first). */
export const OUT = join(ROOT, 'node_modules', '.cache', 'moderera-bench');

/** How the bench's Node build is made. */
export interface NodeBundleOptions {
  /** Trim franc's data as the package build does; `false` gives franc whole, as before the build plugin. */
  readonly trimFranc?: boolean;
}

/**
 * The package's ESM entry as a consumer in Node gets it: like tsup.config.ts, every dependency bundled and
 * tree-shaken, franc's data trimmed; written under node_modules/.cache/moderera-bench/ (dist/ is left alone).
 *
 * @example
 * const file = await buildNodeBundle(); const { moderate } = await import(pathToFileURL(file).href);
 */
export async function buildNodeBundle({ trimFranc = true }: NodeBundleOptions = {}): Promise<string> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'package.json'), '{ "type": "module" }\n');
  const outfile = join(OUT, `index${trimFranc ? '' : '-full-franc'}.js`);
  await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: trimFranc ? [francLanguagesPlugin(francKeep())] : [],
    logLevel: 'error',
  });
  return outfile;
}

/** Minified and gzipped size of a browser build, and which packages take the room. */
export interface BundleSize {
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Minified bytes per package (`(moderera)` for src/ and rules/), largest first. */
  readonly byPackage: readonly { name: string; bytes: number }[];
}

/** The modules of the browser bundle that are data, not code: rule data, phone metadata, postcodes, intent cue tables. */
export const DATA_MODULES: readonly string[] = ['*osthammar-data.js', '*phone-metadata.json', '*postcodes.se.json', '*cue-sources-data.js'];

/**
 * A browser build of src/index.ts (everything bundled but `external`, minified, ES2022) and its gzip -9 size.
 *
 * @example
 * (await browserBundleSize()).gzipBytes < 150 * 1024
 */
export async function browserBundleSize({ trimFranc = true, external = [] }: { trimFranc?: boolean; external?: readonly string[] } = {}): Promise<BundleSize> {
  const result = await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    outfile: 'moderera.browser.js',
    plugins: trimFranc ? [francLanguagesPlugin(francKeep())] : [],
    external: [...external],
    logLevel: 'error',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'))!.contents;
  const output = Object.values(result.metafile.outputs)[0]!;
  const byPackage = new Map<string, number>();
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = m ? m[1]! : '(moderera)';
    byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
  }
  return {
    minifiedBytes: js.length,
    gzipBytes: gzipSync(js, { level: 9 }).length,
    byPackage: [...byPackage].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
  };
}
