import { describe, expect, it } from 'vitest';
import { findAddresses, isSwedishPostcode } from '../../src/detect/personal-data/address.js';
import { findEmails } from '../../src/detect/personal-data/email.js';
import type { MunicipalityContacts } from '../../src/detect/personal-data/municipality.js';

const municipality: MunicipalityContacts = { phones: new Set(), emails: new Set(['kommun@osthammar.se']), domains: ['osthammar.se'], addresses: new Set(['stångörsgatan 10']) };

describe('findEmails', () => {
  const found = (text: string) => findEmails(text, municipality).map((c) => text.slice(c.start, c.end));
  it.each([
    ['Mejla anna.berg@example.com.', 'anna.berg@example.com'],
    ['skriv till per+kommun@gmail.com', 'per+kommun@gmail.com'],
    ['sara[at]example.com', 'sara[at]example.com'],
    ['olle (at) exempel.se', 'olle (at) exempel.se'],
    ['ÅSA@EXEMPEL.SE', 'ÅSA@EXEMPEL.SE'],
  ])('finds %s', (text, want) => expect(found(text)).toEqual([want]));
  it.each([
    ['kommun@osthammar.se', 'listed municipal address'],
    ['bygglov@osthammar.se', 'municipal domain'],
    ['x@skola.osthammar.se', 'municipal subdomain'],
    ['info@foretaget.se', 'shared mailbox'],
    ['vi ses @ biblioteket', 'at sign in text'],
    ['@kommunen', 'handle'],
    ['anna..berg@example.com', 'two dots'],
  ])('ignores %s (%s)', (text) => expect(found(text)).toEqual([]));
});

describe('postcodes', () => {
  it('knows real Swedish postcodes (../shared/data, CC0)', () => {
    expect(isSwedishPostcode('74232')).toBe(true);
    expect(isSwedishPostcode('74740')).toBe(true);
    expect(isSwedishPostcode('00000')).toBe(false);
    expect(isSwedishPostcode('7423')).toBe(false);
  });
});

describe('findAddresses', () => {
  const found = (text: string) => findAddresses(text, municipality).map((c) => text.slice(c.start, c.end));
  it.each([
    ['Han bor på Storgatan 12B, 742 32 Östhammar', 'Storgatan 12B, 742 32 Östhammar'],
    ['hon bor på storgatan 18', 'storgatan 18'],
    ['Grannen på Ekstigen 14 eldar', 'Ekstigen 14'],
    ['Kyrkogatan 22 lgh 1102', 'Kyrkogatan 22 lgh 1102'],
    ['Olof Palmes gata 3', 'Olof Palmes gata 3'],
    ['Hamngatan 6 A', 'Hamngatan 6 A'],
  ])('finds %s', (text, want) => expect(found(text)).toEqual([want]));
  it('keeps street and number when the postcode does not exist', () => {
    expect(found('Han bor på Storgatan 12, 999 99 Ingenstans')).toEqual(['Storgatan 12']);
  });
  it.each([
    ['Riksväg 76 är farlig', 'road number'],
    ['Länsväg 288', 'road number'],
    ['Det är 5 km till vägen 5 km bort', 'quantity'],
    ['Storgatan 12-20 är avstängd', 'range: roadwork'],
    ['Nya pizzerian på Storgatan 12 öppnar', 'venue'],
    ['Loppis på Rådhustorget 1, välkomna!', 'event'],
    ['Besök oss på Stångörsgatan 10', "the municipality's own address"],
    ['Storgatan behöver sopkorgar', 'no number'],
    ['På hemvägen 2 gånger', 'a way home'],
    ['Storgatan 1234', 'four digits'],
  ])('ignores %s (%s)', (text) => expect(found(text)).toEqual([]));
  it('reports a venue address when the sentence says someone lives there', () => {
    expect(found('Han bor ovanför butiken på Storgatan 12')).toEqual(['Storgatan 12']);
  });
});
