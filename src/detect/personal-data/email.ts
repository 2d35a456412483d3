import type { Candidate } from './candidate.js';
import { isMunicipalityEmail, type MunicipalityContacts } from './municipality.js';

/** "@" or a spelled-out at sign in brackets ("anna[at]gmail.com", "anna (at) gmail.com"). */
const AT = String.raw`(?:@|\s?[[({]\s?(?:at|snabel-?a)\s?[\])}]\s?)`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?)${AT}((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`,
  'giu',
);
/** Mailboxes of an organisation, not of a person: info@, kontakt@, kundtjanst@ … */
const ROLE_MAILBOX =
  /^(?:info|information|kontakt|contact|support|help|hjalp|kundtjanst|kundservice|service|order|bokning|booking|bokningar|noreply|no-reply|donotreply|press|media|webmaster|admin|registrator|reception|kansli|kansliet|expedition|office|hello|hej|sales|salj|faktura|fakturor|ekonomi|post|styrelsen|ordforande|nyheter|newsletter|marketing|jobb|jobs|career|rekrytering|butik|shop|felanmalan|tips|redaktion|redaktionen)$/iu;

/**
 * Finds e-mail addresses (also with "[at]" or "(at)" for @), leaving out the municipality's own addresses
 * and domains and organisations' shared mailboxes (info@, kontakt@), which are not personal data.
 *
 * @example
 * findEmails('Mejla anna.berg@gmail.com', contacts).map(c => c.kind) // ['email']
 */
export function findEmails(text: string, contacts: MunicipalityContacts): Candidate[] {
  if (!text.includes('@') && !/[[({]\s?(?:at|snabel)/iu.test(text)) return [];
  const out: Candidate[] = [];
  EMAIL.lastIndex = 0;
  for (let m = EMAIL.exec(text); m !== null; m = EMAIL.exec(text)) {
    const [whole, local, domain] = m as unknown as [string, string, string];
    if (local.includes('..')) continue;
    if (ROLE_MAILBOX.test(local)) continue;
    if (isMunicipalityEmail(contacts, `${local}@${domain}`)) continue;
    out.push({ kind: 'email', start: m.index, end: m.index + whole.length, priority: 10, data: { obfuscated: !whole.includes('@') } });
  }
  return out;
}
