import { describe, expect, it } from 'vitest';
import { findBankAccounts } from '../../src/detect/personal-data/bank-account.js';
import { isRealDate, luhnValid } from '../../src/detect/personal-data/checksum.js';
import { findIdentityNumbers } from '../../src/detect/personal-data/identity-number.js';
import { findPhones } from '../../src/detect/personal-data/phone.js';
import type { MunicipalityContacts } from '../../src/detect/personal-data/municipality.js';

const none: MunicipalityContacts = { phones: new Set(), emails: new Set(), domains: [], addresses: new Set() };
const kinds = (text: string) => findIdentityNumbers(text).map((c) => `${c.kind}:${text.slice(c.start, c.end)}`);

describe('luhn and dates', () => {
  it.each([
    ['8112189876', true],
    ['8112189875', false],
    ['5560160680', true],
    ['1234566', true],
  ])('luhnValid(%s) is %s', (digits, ok) => expect(luhnValid(digits)).toBe(ok));
  it('knows leap years', () => {
    expect(isRealDate(2000, 2, 29)).toBe(true);
    expect(isRealDate(1900, 2, 29)).toBe(false);
    expect(isRealDate(2024, 4, 31)).toBe(false);
    expect(isRealDate(2024, 13, 1)).toBe(false);
  });
});

describe('findIdentityNumbers', () => {
  it.each([
    ['Mitt pnr är 811218-9876.', 'personnummer:811218-9876'],
    ['född 19811218-9876', 'personnummer:19811218-9876'],
    ['nummer 198112189876 tack', 'personnummer:198112189876'],
    ['nummer 8112189876 tack', 'personnummer:8112189876'],
    ['farfar 030908+9811', 'personnummer:030908+9811'],
    ['samordningsnummer 500484-2398', 'samordningsnummer:500484-2398'],
    ['samordningsnummer 19150088-2392 (okänd månad)', 'samordningsnummer:19150088-2392'],
  ])('finds %s', (text, want) => expect(kinds(text)).toEqual([want]));

  it.each([
    ['811218-9875', 'wrong check digit'],
    ['19800230-1234', 'no 30 February'],
    ['Dnr 20240512-0014', 'case number after a cue'],
    ['Ordernummer 198112189876', 'order number'],
    ['KS 2024-0123', 'case number shape'],
    ['20240512-001', 'three digits after the dash'],
    ['811218-98761', 'longer number'],
    ['12-811218-9876', 'part of a longer code'],
    ['20240512 0014', 'space after 8 digits without a cue'],
  ])('ignores %s (%s)', (text) => expect(kinds(text).filter((k) => !k.startsWith('organisationsnummer'))).toEqual([]));

  it('recognises organisationsnummer without reporting them as personal data', () => {
    expect(kinds('Org.nr 556016-0680')).toEqual(['organisationsnummer:556016-0680']);
    expect(kinds('16556016-0680')).toEqual(['organisationsnummer:16556016-0680']);
  });

  it('lets a ten-digit number starting with 0 yield to a phone number unless a cue says personnummer', () => {
    const [weak] = findIdentityNumbers('ring 0309252393');
    const [strong] = findIdentityNumbers('personnummer 0309252393');
    expect(weak?.kind).toBe('personnummer');
    expect(weak!.priority).toBeLessThan(5);
    expect(strong?.priority).toBeGreaterThan(5);
  });
});

describe('findPhones', () => {
  const found = (text: string, contacts = none) => findPhones(text, 'SE', contacts).map((c) => text.slice(c.start, c.end));
  it.each([
    ['Ring 070-174 06 05!', '070-174 06 05'],
    ['mobil 0701740605', '0701740605'],
    ['+46 70 174 06 05', '+46 70 174 06 05'],
    ['0046701740605', '0046701740605'],
    ['Stockholm 08-46 500 400', '08-46 500 400'],
    ['UK +44 20 7946 0958', '+44 20 7946 0958'],
  ])('finds %s', (text, want) => expect(found(text)).toEqual([want]));

  it.each([
    ['KS 2024-0123', 'case number (libphonenumber reads it as 020-numbers without a leading zero)'],
    ['den 2024-05-12', 'date'],
    ['1 250 kr', 'price'],
    ['order 123456789', 'no leading zero'],
    ['kl. 08-17', 'opening hours'],
    ['öppet 08.00-16.30', 'times'],
    ['Ring 020-123 456', 'freephone'],
    ['Ring 0900-123 45 67', 'premium rate'],
    ['pnr 021127-2393', 'personnummer shape with a wrong check digit'],
    ['Artikelnummer 0701740605', 'article number'],
  ])('ignores %s (%s)', (text) => expect(found(text)).toEqual([]));

  it("skips the municipality's own numbers", () => {
    const contacts: MunicipalityContacts = { ...none, phones: new Set(['+4617386000']) };
    expect(found('Växeln 0173-860 00', contacts)).toEqual([]);
    expect(found('Växeln +46 173 86000', contacts)).toEqual([]);
    expect(found('Ring 0173-212 34', contacts)).toEqual(['0173-212 34']);
  });
});

describe('findBankAccounts', () => {
  const found = (text: string) => findBankAccounts(text).map((c) => `${c.data?.type}:${text.slice(c.start, c.end)}`);
  it.each([
    ['Mitt konto 6000 123456789', 'clearing:6000 123456789'],
    ['kontonummer 5000-1234560', 'clearing:5000-1234560'],
    ['IBAN SE45 5000 0000 0583 9825 7466', 'IBAN:SE45 5000 0000 0583 9825 7466'],
    ['mitt bankgiro 567-1235', 'bankgiro:567-1235'],
    ['plusgiro 123456-6', 'plusgiro:123456-6'],
  ])('finds %s', (text, want) => expect(found(text)).toEqual([want]));
  it.each([
    ['6000 123456789', 'no word saying it is an account'],
    ['Mitt konto 6000 123456788', 'check digit wrong for Handelsbanken'],
    ['IBAN SE45 5000 0000 0583 9825 7467', 'IBAN check digits wrong'],
    ['bankgiro 567-1234', 'Luhn fails'],
    ['Föreningens bankgiro 567-1235', "an organisation's giro"],
  ])('ignores %s (%s)', (text) => expect(found(text)).toEqual([]));
});
