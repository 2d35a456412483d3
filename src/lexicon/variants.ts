const STRIP: Readonly<Record<string, string>> = { å: 'a', ä: 'a', ö: 'o' };

/**
 * The word written without å, ä, ö ("jävla" → "javla").
 *
 * @example
 * stripSwedishDiacritics('jävla') // 'javla'
 */
export function stripSwedishDiacritics(word: string): string {
  return word.replace(/[åäö]/g, (c) => STRIP[c]!);
}

/**
 * Ways a stretched word may have been meant: runs of three or more equal letters cut to one and to two
 * ("jääääävla" → "jävla", "fittttta" → "fita", "fitta"). Returns nothing when no run is that long.
 *
 * @example
 * unstretch('jääävla') // ['jävla', 'jäävla']
 */
export function unstretch(word: string): string[] {
  if (!/(.)\1\1/u.test(word)) return [];
  return [word.replace(/(.)\1{2,}/gu, '$1'), word.replace(/(.)\1{2,}/gu, '$1$1')];
}
