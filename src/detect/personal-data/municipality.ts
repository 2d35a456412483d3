import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/core';
import type { Policy } from '../../ruleset/schema.js';
import { phoneMetadata } from './phone-metadata.js';

/** The municipality's own contact details in the form the finders compare with. */
export interface MunicipalityContacts {
  /** E.164 numbers ("+4617386000"). */
  readonly phones: ReadonlySet<string>;
  /** Lower-case whole addresses. */
  readonly emails: ReadonlySet<string>;
  /** Lower-case domains; subdomains count too. */
  readonly domains: readonly string[];
  /** Street addresses as "streetname number", lower-case, single spaces. */
  readonly addresses: ReadonlySet<string>;
}

const cache = new WeakMap<Policy['personalData'], MunicipalityContacts>();

/** Lower-case, single spaces, no space between number and letter: "Stångörsgatan  10 B" → "stångörsgatan 10b". */
export function addressKey(address: string): string {
  return address.toLowerCase().replace(/\s+/gu, ' ').replace(/(\d) (\p{L})\b/u, '$1$2').trim();
}

/**
 * The municipality's contact details from the policy, parsed once per policy.
 *
 * @example
 * municipalityContacts(osthammar.policy).phones.has('+4617386000') // true
 */
export function municipalityContacts(policy: Policy): MunicipalityContacts {
  const pd = policy.personalData;
  const cached = cache.get(pd);
  if (cached) return cached;
  // Parsed on first use: libphonenumber's first parse is ~4 ms of a cold start, and most comments hold no number.
  let phones: Set<string> | undefined;
  const contacts: MunicipalityContacts = {
    get phones() {
      return (phones ??= parsePhones(pd));
    },
    emails: new Set(pd.municipality.emails.map((e) => e.toLowerCase())),
    domains: pd.municipality.domains.map((d) => d.toLowerCase()),
    addresses: new Set(pd.municipality.addresses.map(addressKey)),
  };
  cache.set(pd, contacts);
  return contacts;
}

function parsePhones(pd: Policy['personalData']): Set<string> {
  const phones = new Set<string>();
  for (const raw of pd.municipality.phones) {
    const parsed = parsePhoneNumberFromString(raw, pd.defaultCountry as CountryCode, phoneMetadata);
    if (parsed) phones.add(parsed.number);
  }
  return phones;
}

/**
 * True when an e-mail address is one of the municipality's own (listed, or at one of its domains).
 *
 * @example
 * isMunicipalityEmail(municipalityContacts(osthammar.policy), 'bygglov@osthammar.se') // true
 */
export function isMunicipalityEmail(contacts: MunicipalityContacts, email: string): boolean {
  const lower = email.toLowerCase();
  if (contacts.emails.has(lower)) return true;
  const domain = lower.slice(lower.lastIndexOf('@') + 1);
  return contacts.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
}
