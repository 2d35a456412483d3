// `npx tsx scripts/build-phone-metadata.ts`: regenerates src/detect/personal-data/phone-metadata.json from
// libphonenumber-js's metadata.max.json (MIT; data from Google libphonenumber, Apache-2.0), cut to what
// moderera's phone finder needs so the browser bundle carries ~16 KB gzip of metadata instead of ~39 KB.
// Run it again after updating libphonenumber-js: test/personal-data/phone-metadata.test.ts fails until then.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Countries whose numbers keep their type patterns (mobile, fixed line, freephone, premium…), so their
 * freephone and premium numbers are told apart and findings say "mobile" or "fixed-line": the Nordic
 * countries, the EU, the UK and Switzerland, North America, and the largest groups of people in Sweden born
 * abroad (SCB). Countries sharing a calling code with one of these (+1, +7, +44, +47, +358, +39) keep theirs
 * too, since libphonenumber tells them apart by those patterns.
 */
export const TYPED_COUNTRIES: readonly string[] = [
  // Nordic
  'SE', 'NO', 'DK', 'FI', 'IS', 'FO', 'GL',
  // EU (the Nordic members above)
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'EE', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES',
  // rest of Europe commenters write from or to
  'GB', 'CH',
  // North America
  'US', 'CA',
  // largest countries of birth of people living in Sweden
  'SY', 'IQ', 'IR', 'AF', 'SO', 'ER', 'ET', 'TR', 'TH', 'BA', 'RS', 'XK', 'MK', 'ME', 'UA', 'RU', 'LB', 'PK',
];

/** libphonenumber-js metadata v4: `countries[CC]` is a positional array (see its source/metadata.js). */
type CountryEntry = unknown[];
interface MetadataJson {
  version: number;
  country_calling_codes: Record<string, string[]>;
  countries: Record<string, CountryEntry>;
  nonGeographic?: Record<string, CountryEntry>;
}

/** Positions in a v4 country entry. */
const FORMATS = 4;
const TYPES = 11;

/**
 * Keeps every country and calling code (so any number written with its country code is still found and any
 * `defaultCountry` works) but drops formatting rules everywhere (only `format()` and the stricter leniencies
 * read them; moderera finds numbers at the default "valid" leniency and never formats) and the type patterns
 * of countries outside `typed` (their numbers are then valid by the country's general pattern and have no type,
 * as with libphonenumber-js's own "min" metadata).
 *
 * @example
 * trimMetadata(JSON.parse(readFileSync('node_modules/libphonenumber-js/metadata.max.json', 'utf8')), ['SE'])
 */
export function trimMetadata(full: MetadataJson, typed: readonly string[]): MetadataJson {
  const typedCodes = new Set(typed.map((c) => {
    const entry = full.countries[c];
    if (!entry) throw new Error(`Unknown country ${c} in libphonenumber-js metadata`);
    return entry[0] as string;
  }));
  const trim = (entry: CountryEntry, keepTypes: boolean): CountryEntry => {
    const out = entry.slice();
    if (out.length > FORMATS) out[FORMATS] = 0;
    if (!keepTypes && out.length > TYPES) out[TYPES] = 0;
    while (out.length > 0 && !out[out.length - 1]) out.pop();
    return out;
  };
  const countries: Record<string, CountryEntry> = {};
  for (const [country, entry] of Object.entries(full.countries)) countries[country] = trim(entry, typedCodes.has(entry[0] as string));
  // Freephone (+800) and shared-cost (+808) numbers are told apart by type: kept whole, it is 2 KB.
  const nonGeographic: Record<string, CountryEntry> = {};
  for (const [code, entry] of Object.entries(full.nonGeographic ?? {})) nonGeographic[code] = trim(entry, true);
  return { version: full.version, country_calling_codes: full.country_calling_codes, countries, nonGeographic };
}

/** The trimmed metadata as it is written to the repository, from the installed libphonenumber-js. */
export function phoneMetadataFile(): string {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.max.json'), 'utf8')) as MetadataJson;
  return `${JSON.stringify(trimMetadata(full, TYPED_COUNTRIES))}\n`;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const out = join(import.meta.dirname, '..', 'src', 'detect', 'personal-data', 'phone-metadata.json');
  writeFileSync(out, phoneMetadataFile());
  console.log(`wrote ${out}`);
}
