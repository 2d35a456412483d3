/** å and ä read as a, ö as o: how Swedish is written without its letters. */
export const SWEDISH_FOLD: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o' };
const SWEDISH_LETTERS = /[åäö]/g;

/**
 * The word written without å, ä, ö ("jävla" → "javla").
 *
 * @example
 * stripSwedishDiacritics('jävla') // 'javla'
 */
export function stripSwedishDiacritics(word: string): string {
  // Most words have none of the three: a look at each unit is cheaper than a replace that finds nothing.
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 0xe5 || c === 0xe4 || c === 0xf6) return word.replace(SWEDISH_LETTERS, (l) => SWEDISH_FOLD[l]!);
  }
  return word;
}

/** What most words give: one shared empty list, not one per word. */
const UNSTRETCHED: readonly string[] = Object.freeze([]);

/** A code unit equal to the one two further on: what a run of three equal code points needs (most words have none). */
function repeatsAfterOne(word: string): boolean {
  for (let i = 2; i < word.length; i++) if (word.charCodeAt(i) === word.charCodeAt(i - 2)) return true;
  return false;
}

/**
 * Ways a stretched word may have been meant: runs of three or more equal letters cut to one and to two
 * ("jääääävla" → "jävla", "fittttta" → "fita", "fitta"). Returns nothing when no run is that long.
 *
 * @example
 * unstretch('jääävla') // ['jävla', 'jäävla']
 */
export function unstretch(word: string): readonly string[] {
  if (!repeatsAfterOne(word) || !/(.)\1\1/u.test(word)) return UNSTRETCHED;
  return [word.replace(/(.)\1{2,}/gu, '$1'), word.replace(/(.)\1{2,}/gu, '$1$1')];
}
