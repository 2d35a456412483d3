import type { MessageId } from '../../locales/format.js';
import type { PersonalDataKind } from '../../schema/decision.js';
import type { Rule, RuleFinding } from '../rule.js';
import { scanPersonalData } from './scan.js';
import { SENSITIVE_TOPICS } from './sensitive.js';

const GUIDELINE = 'inga-personuppgifter';

/** The message of a name together with a sensitive topic, per topic. */
const TOPIC_MESSAGES = Object.fromEntries(SENSITIVE_TOPICS.map((t) => [t, `personalData.nameWithSensitive.${t}` as MessageId])) as Record<string, MessageId>;

function rule(id: string, kinds: readonly PersonalDataKind[], description: string, messages: readonly MessageId[], message: (data: RuleFinding['data'], kind: PersonalDataKind) => MessageId, law?: string): Rule {
  return {
    meta: { id, category: 'personal-data', docs: { description, guideline: GUIDELINE, ...(law ? { law } : {}) }, messages },
    detect(ctx) {
      const findings: RuleFinding[] = [];
      for (const c of scanPersonalData(ctx)) {
        if (c.kind === 'organisationsnummer' || !kinds.includes(c.kind)) continue;
        const kind = c.kind;
        const pd = ctx.policy.personalData.kinds[kind];
        findings.push({
          start: c.start,
          end: c.end,
          kind,
          messageId: message(c.data, kind),
          // `infringes` tells decide whether this kind deletes the post (policy.personalData.infringing).
          data: { kind, ...c.data, infringes: ctx.policy.personalData.infringing.includes(kind) },
          ...(pd?.law ? { law: pd.law } : {}),
          ...(pd?.basis ? { basis: pd.basis } : {}),
        });
      }
      return findings;
    },
  };
}

/** Personnummer and samordningsnummer: Luhn check digit and a real date (day + 60 for samordningsnummer). */
export const identityNumberRule = rule(
  'personal-data/identity-number',
  ['personnummer', 'samordningsnummer'],
  'Swedish personnummer and samordningsnummer, 10 or 12 digits, validated (check digit, real date); organisationsnummer are recognised and left alone.',
  ['personalData.personnummer', 'personalData.samordningsnummer'],
  (_d, kind) => (kind === 'samordningsnummer' ? 'personalData.samordningsnummer' : 'personalData.personnummer'),
  'Dataskyddslagen (2018:218) 3 kap. 10 §',
);

/** Phone numbers found and validated by libphonenumber-js, except the municipality's own. */
export const phoneRule = rule(
  'personal-data/phone',
  ['phone'],
  "Phone numbers (Swedish landline and mobile, +46, international) validated with libphonenumber-js; the municipality's switchboard and freephone numbers are not personal data.",
  ['personalData.phone'],
  () => 'personalData.phone',
);

/** E-mail addresses, except the municipality's own and organisations' shared mailboxes. */
export const emailRule = rule(
  'personal-data/email',
  ['email'],
  "E-mail addresses (also written with [at]); the municipality's own domains and shared mailboxes such as info@ are not personal data.",
  ['personalData.email'],
  () => 'personalData.email',
);

/** Street addresses with a house number, optionally postcode and town. */
export const addressRule = rule(
  'personal-data/address',
  ['address'],
  'Home addresses: street and number, with or without a real Swedish postcode and town; venues, roadworks and road numbers are left out.',
  ['personalData.address'],
  () => 'personalData.address',
);

/** Bank accounts: clearing and account, bankgiro, plusgiro, IBAN. */
export const bankAccountRule = rule(
  'personal-data/bank-account',
  ['bank-account'],
  'Bank accounts: Swedish clearing and account numbers (validated per bank), bankgiro and plusgiro (Luhn), IBAN (validated).',
  ['personalData.bankAccount'],
  () => 'personalData.bankAccount',
);

/** Names of people; together with a sensitive topic, name-with-sensitive. */
export const nameRule = rule(
  'personal-data/name',
  ['name', 'name-with-sensitive'],
  'Names of private persons; a name together with health, ethnicity, religion, sexual orientation, political opinion, offences or social-services matters is sensitive (GDPR art. 9–10).',
  ['personalData.name', 'personalData.nameInRole', ...Object.values(TOPIC_MESSAGES)],
  (d, kind) => (kind === 'name-with-sensitive' ? TOPIC_MESSAGES[String(d?.topic)]! : d?.inRole ? 'personalData.nameInRole' : 'personalData.name'),
);

/** Every personal-data rule, for the registry. */
export const PERSONAL_DATA_RULES: readonly Rule[] = [identityNumberRule, phoneRule, emailRule, addressRule, bankAccountRule, nameRule];
