/** Digits and symbols read as letters when they stand inside a word ("j4vla", "h0ra", "$kit"). */
export const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};

/** Symbols (not digits) only count as letters when a letter follows: "hej!" stays "hej!". */
export const LEET_NEEDS_LETTER_AFTER: ReadonlySet<string> = new Set(['@', '$', '!', '|', '€']);
