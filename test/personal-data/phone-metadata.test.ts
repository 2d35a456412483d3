import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phoneMetadataFile } from '../../scripts/build-phone-metadata.js';
import type { MunicipalityContacts } from '../../src/detect/personal-data/municipality.js';
import { findPhones } from '../../src/detect/personal-data/phone.js';

const none: MunicipalityContacts = { phones: new Set(), emails: new Set(), domains: [], addresses: new Set() };
const found = (text: string, defaultCountry = 'SE') =>
  findPhones(text, defaultCountry, none).map((c) => ({ text: text.slice(c.start, c.end), ...c.data }));

describe('trimmed phone metadata', () => {
  it('is what scripts/build-phone-metadata.ts makes from the installed libphonenumber-js (rerun it after an update)', () => {
    const committed = readFileSync(join(import.meta.dirname, '../../src/detect/personal-data/phone-metadata.json'), 'utf8');
    expect(committed === phoneMetadataFile()).toBe(true);
  });

  it.each([
    ['Ring +49 1512 3456789', '+49 1512 3456789', 'DE', 'mobile'],
    ['Ring +963 944 567 890', '+963 944 567 890', 'SY', 'mobile'],
    ['Ring 0047 412 34 567', '0047 412 34 567', 'NO', 'mobile'],
    ['Ring +1 613 555 0123', '+1 613 555 0123', 'CA', 'fixed-line-or-mobile'],
  ])('keeps number types for the listed countries: %s', (text, number, country, type) =>
    expect(found(text)).toEqual([{ text: number, country, type }]));

  it('still finds numbers of countries without type patterns, with no type', () => {
    expect(found('Ring +91 98765 43210')).toEqual([{ text: '+91 98765 43210', country: 'IN', type: 'unknown' }]);
    expect(found('Ring +54 9 11 2345-6789')).toEqual([{ text: '+54 9 11 2345-6789', country: 'AR', type: 'unknown' }]);
  });

  it('still tells freephone numbers apart for the listed countries and +800', () => {
    expect(found('Ring 020-123 456')).toEqual([]);
    expect(found('Call +44 800 123 4567')).toEqual([]);
    expect(found('Call +800 1234 5678')).toEqual([]);
  });

  it('parses national numbers for any default country', () => {
    expect(found('Ring 0412 345 678', 'AU')).toEqual([{ text: '0412 345 678', country: 'AU', type: 'unknown' }]);
  });
});
