/**
 * The Luhn (mod 10) check used by personnummer, samordningsnummer, organisationsnummer, bankgiro and plusgiro.
 *
 * @example
 * luhnValid('8001011235') // false
 * luhnValid('8112189876') // true
 */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 1 && sum % 10 === 0;
}

/**
 * True when `year-month-day` is a date of the Gregorian calendar (29 February only in leap years).
 *
 * @example
 * isRealDate(2000, 2, 29) // true
 * isRealDate(1900, 2, 29) // false
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
