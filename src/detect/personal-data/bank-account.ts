import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { valid as validKontonummer } from 'kontonummer';
import type { Candidate } from './candidate.js';
import { luhnValid } from './checksum.js';

const IBAN = /(?<![\p{L}\p{N}])([A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?)(?![\p{L}\p{N}])/gu;
const BANKGIRO = /\b(?:bankgiro(?:nummer|nr)?|bg)[\s.:-]*(?:nr|nummer)?[\s.:]*(\d{3,4}-\d{4})(?![\p{N}]|-\d)/giu;
const PLUSGIRO = /\b(?:plusgiro(?:nummer|nr)?|postgiro(?:nummer|nr)?|pg)[\s.:-]*(?:nr|nummer)?[\s.:]*(\d{1,2}(?:\s?\d{2}){0,3}-\d)(?![\p{N}]|-\d)/giu;
/** A clearing number (four digits, Swedbank's with a fifth after a dash) and an account number of 7–10 digits. */
const CLEARING_ACCOUNT = /(?<![\p{L}\p{N}.,:/-])(\d{4}(?:-\d)?)(?:\s?[,-]\s?|\s)(\d{1,4}(?:[\s-]?\d{1,4}){1,4})(?![\p{N}]|[-.,/]\d)/gu;
/** Words before a clearing and account number that say it is a bank account. */
const ACCOUNT_CUE =
  /\b(?:konto\w*|kontonr|clearing\w*|clnr|bank\w*|swedbank|nordea|seb|handelsbanken|sparbank\w*|danske|länsförsäkringar|skandiabanken|avanza|nordnet|sätt\w* in|insättning|betala\w* till|överför\w*|account|iban)\b/iu;
/** An organisation collecting money: its giro number is not personal data. */
const ORGANISATION_CUE = /\b(?:förening\w*|insamling\w*|stiftelse\w*|församling\w*|klubb\w*|kyrkan|ab|hb|kb|företag\w*|organisation\w*|kommun\w*|region\w*|if|ik|ff|sk|bk|gif|fk)\b/iu;

function near(text: string, start: number, width = 60): string {
  return text.slice(Math.max(0, start - width), start);
}

/**
 * Finds bank accounts: IBAN (any country, checked with ibantools), Swedish clearing and account numbers
 * after a word that says so (checked per bank with kontonummer), and bankgiro and plusgiro numbers after
 * their names (Luhn), except an organisation's giro numbers.
 *
 * @example
 * findBankAccounts('Sätt in på mitt konto 6000 123456789').map(c => c.data?.type) // ['clearing']
 */
export function findBankAccounts(text: string): Candidate[] {
  if (!/\d{4}/u.test(text)) return [];
  const out: Candidate[] = [];
  IBAN.lastIndex = 0;
  for (let m = IBAN.exec(text); m !== null; m = IBAN.exec(text)) {
    const iban = electronicFormatIBAN(m[1]!);
    if (iban && isValidIBAN(iban)) out.push({ kind: 'bank-account', start: m.index, end: m.index + m[1]!.length, priority: 9, data: { type: 'IBAN' } });
  }
  for (const [re, type] of [
    [BANKGIRO, 'bankgiro'],
    [PLUSGIRO, 'plusgiro'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const number = m[1]!;
      const start = m.index + m[0].length - number.length;
      if (!luhnValid(number.replace(/\D/gu, ''))) continue;
      if (ORGANISATION_CUE.test(near(text, m.index, 80)) || ORGANISATION_CUE.test(text.slice(start, start + 60))) continue;
      out.push({ kind: 'bank-account', start, end: start + number.length, priority: 9, data: { type } });
    }
  }
  CLEARING_ACCOUNT.lastIndex = 0;
  for (let m = CLEARING_ACCOUNT.exec(text); m !== null; m = CLEARING_ACCOUNT.exec(text)) {
    const [whole, clearing, account] = m as unknown as [string, string, string];
    const digits = account.replace(/\D/gu, '');
    if (digits.length < 7 || digits.length > 10) continue;
    if (!ACCOUNT_CUE.test(near(text, m.index))) continue;
    let ok = false;
    try {
      ok = validKontonummer(clearing.replace('-', ''), digits) || validKontonummer(`${clearing.slice(0, 4)}`, digits);
    } catch {
      ok = false;
    }
    // Above identity numbers: a Nordea personkonto (clearing 3300) is the owner's personnummer, and the whole account is the span.
    if (ok) out.push({ kind: 'bank-account', start: m.index, end: m.index + whole.length, priority: 9, data: { type: 'clearing' } });
  }
  return out;
}
