import type { Candidate } from './candidate.js';
import { runStart, runStartsBefore, stickyMatches } from './anchored-scan.js';
import { isMunicipalityEmail, type MunicipalityContacts } from './municipality.js';

/** "@" or a spelled-out at sign in brackets ("anna[at]gmail.com", "anna (at) gmail.com"). */
const AT = String.raw`(?:@|\s?[[({]\s?(?:at|snabel-?a)\s?[\])}]\s?)`;
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}](?:[\p{L}\p{N}._%+-]{0,62}[\p{L}\p{N}_%+-])?)${AT}((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24})(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])`,
  // Sticky: tried only where an address may start (addressStarts).
  'iuy',
);
/** Where a spelled at sign ("[at]", "(snabel-a)") may begin, with EMAIL's flags. */
const SPELLED_AT = /[[({]\s?(?:at|snabel)/iu;
const SPELLED_ATS = new RegExp(SPELLED_AT.source, 'giu');
const SPACE = /^\s$/u;
/** A character of the local part, with EMAIL's flags (`i` also folds U+0345 into a letter). */
export const LOCAL_CHAR = /^[\p{L}\p{N}._%+-]$/iu;
const localRunStart = (text: string, end: number) => runStart(text, end, LOCAL_CHAR);

/** Where an address may start: the start of the local-part run before each at sign (and before the space ahead of a spelled one). */
function addressStarts(text: string): number[] {
  const starts = runStartsBefore(text, '@', LOCAL_CHAR);
  for (const m of text.matchAll(SPELLED_ATS)) {
    starts.push(localRunStart(text, m.index));
    if (m.index > 0 && SPACE.test(text[m.index - 1]!)) starts.push(localRunStart(text, m.index - 1));
  }
  return starts;
}

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
  if (!text.includes('@') && !SPELLED_AT.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of stickyMatches(EMAIL, text, addressStarts(text))) {
    const [whole, local, domain] = m as unknown as [string, string, string];
    if (local.includes('..')) continue;
    if (ROLE_MAILBOX.test(local)) continue;
    if (isMunicipalityEmail(contacts, `${local}@${domain}`)) continue;
    out.push({ kind: 'email', start: m.index, end: m.index + whole.length, priority: 10, data: { obfuscated: !whole.includes('@') } });
  }
  return out;
}
