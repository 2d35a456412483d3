import { type CountryCode, findPhoneNumbersInText } from 'libphonenumber-js/core';
import type { Candidate } from './candidate.js';
import { REFERENCE_CUE } from './cues.js';
import type { MunicipalityContacts } from './municipality.js';
import { phoneMetadata } from './phone-metadata.js';

/** Seven or more digits in a run of digits and separators, starting with 0, + or (: worth asking libphonenumber. */
const PRECHECK = /[+(0]\s?\d[\d\s().\-–/]{5,}\d/u;
/** Numbers no private person answers: freephone, premium rate, shared cost, voicemail access. */
const NOT_PRIVATE = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL']);
/** Clock times and times of day ("08.00-16.30", "kl. 08-17") are written with dots, colons or after "kl". */
const TIME_LIKE = /^\d{1,2}[.:]\d{2}\b|\b\d{1,2}[.:]\d{2}$/u;
/** Written like a personnummer (6 or 8 digits, dash, 4 digits): never a phone number, even when the check digit is wrong. */
const IDENTITY_SHAPE = /^\d{6}(?:\d{2})?[-–+]\d{4}$/u;

/**
 * Finds phone numbers with libphonenumber-js (validated against each country's numbering plan, so a number
 * must be one that can exist: Swedish landline and mobile numbers, +46, and international numbers; see
 * phone-metadata.ts for which countries' numbers also get a type), only when a digit run could be one.
 * A number must be written as people write phone numbers: starting with 0, + or "(", so dates, prices and
 * case numbers ("2024-0123") are never read as numbers without their leading zero. Freephone and
 * premium numbers and the municipality's own numbers are not personal data.
 *
 * @example
 * findPhones('Ring mig på 070-123 45 67', 'SE', contacts).map(c => c.kind) // ['phone']
 */
export function findPhones(text: string, defaultCountry: string, contacts: MunicipalityContacts): Candidate[] {
  if (!PRECHECK.test(text)) return [];
  const out: Candidate[] = [];
  for (const found of findPhoneNumbersInText(text, { defaultCountry: defaultCountry as CountryCode }, phoneMetadata)) {
    const raw = text.slice(found.startsAt, found.endsAt);
    if (!/^[+(0]/u.test(raw) || TIME_LIKE.test(raw) || IDENTITY_SHAPE.test(raw)) continue;
    const before = text.slice(Math.max(0, found.startsAt - 40), found.startsAt);
    if (/\bkl\.?\s*$/iu.test(before) || REFERENCE_CUE.test(before)) continue;
    const type = found.number.getType();
    if (type !== undefined && NOT_PRIVATE.has(type)) continue;
    if (contacts.phones.has(found.number.number)) continue;
    out.push({
      kind: 'phone',
      start: found.startsAt,
      end: found.endsAt,
      priority: 5,
      data: { country: found.number.country ?? found.number.countryCallingCode, type: (type ?? 'unknown').toLowerCase().replaceAll('_', '-') },
    });
  }
  return out;
}
