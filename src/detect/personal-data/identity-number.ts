import type { Candidate } from './candidate.js';
import { isRealDate, luhnValid } from './checksum.js';
import { REFERENCE_CUE } from './cues.js';

/** 6 or 8 date digits, an optional separator (`-`, `+` for people over 100, a dash or a space) and 4 digits. */
const SHAPE = /(?<![\p{L}\p{N}_.,/-])(\d{6}|\d{8})([-–+ ]?)(\d{4})(?![\p{N}]|[-–/.,]\d|\s\d{2})/gu;
/** Words right before the number that say what it is. */
const IDENTITY_CUE = /(?:person|samordnings)(?:nummer|nr)|\bpnr|\bp-?nr|\bpers\.?\s?nr|\bsamnr|\bfödd|\bssn|\bid-?nummer/iu;

/** The kind of a ten-digit identity number, or null when it is none (bad check digit or no real date). */
function classify(ten: string, centuries: readonly number[]): 'personnummer' | 'samordningsnummer' | 'organisationsnummer' | null {
  if (!luhnValid(ten)) return null;
  const yy = Number(ten.slice(0, 2));
  const month = Number(ten.slice(2, 4));
  const day = Number(ten.slice(4, 6));
  // Organisationsnummer: the "month" is 20 or more (third digit ≥ 2); recognised so nothing else claims it.
  if (month >= 20) return centuries.length === 2 || centuries[0] === 1600 ? 'organisationsnummer' : null;
  if (day >= 60) {
    // Samordningsnummer: day + 60; Skatteverket writes an unknown month or day as 00 (so day 60).
    const realDay = day - 60;
    if (month === 0 || realDay === 0) return month <= 12 && realDay <= 31 ? 'samordningsnummer' : null;
    return centuries.some((c) => isRealDate(c + yy, month, realDay)) ? 'samordningsnummer' : null;
  }
  return centuries.some((c) => isRealDate(c + yy, month, day)) ? 'personnummer' : null;
}

/**
 * Finds personnummer and samordningsnummer (10 or 12 digits, with `-`, `+` or nothing between date and
 * number) that pass the Luhn check and name a real date (day + 60 for samordningsnummer); recognises
 * organisationsnummer so they are never reported. No clock is read: a ten-digit number is valid when its
 * date is real in either century its separator allows.
 *
 * @example
 * findIdentityNumbers('Mitt personnummer är 811218-9876').map(c => c.kind) // ['personnummer']
 */
export function findIdentityNumbers(text: string): Candidate[] {
  const out: Candidate[] = [];
  SHAPE.lastIndex = 0;
  for (let m = SHAPE.exec(text); m !== null; m = SHAPE.exec(text)) {
    const [whole, date, sep, tail] = m as unknown as [string, string, string, string];
    const start = m.index;
    const before = text.slice(Math.max(0, start - 40), start);
    if (REFERENCE_CUE.test(before)) continue;
    const twelve = date.length === 8;
    // A space after 8 digits is an order or case number ("20240512 0014") far more often than an identity number.
    if (sep === ' ' && !IDENTITY_CUE.test(before)) continue;
    const ten = (twelve ? date.slice(2) : date) + tail;
    const centuries = twelve
      ? [Number(date.slice(0, 2)) * 100]
      : sep === '+'
        ? [1800, 1900]
        : [1900, 2000];
    if (twelve && date.startsWith('16')) {
      if (classify(ten, [1600]) === 'organisationsnummer') out.push({ kind: 'organisationsnummer', start, end: start + whole.length, priority: 9 });
      continue;
    }
    if (twelve && (centuries[0]! < 1800 || centuries[0]! > 2000)) continue;
    const kind = classify(ten, centuries);
    if (kind === null) continue;
    // Ten digits run together starting with 0 may be a phone number: let a valid phone win unless a cue says otherwise.
    const weak = !twelve && sep === '' && ten.startsWith('0') && !IDENTITY_CUE.test(before);
    out.push({
      kind,
      start,
      end: start + whole.length,
      priority: kind === 'organisationsnummer' ? 9 : weak ? 3 : 8,
      data: { digits: twelve ? 12 : 10 },
    });
  }
  return out;
}
