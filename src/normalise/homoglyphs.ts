/**
 * Letters from other scripts that look like Latin ones, folded so "іdіоt" (Cyrillic і, о) reads "idiot".
 * Lower-case only: the normaliser lower-cases before folding.
 */
export const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ү: 'y', ɡ: 'g',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ς: 's',
  // Latin look-alikes and IPA
  ı: 'i', ł: 'l', ø: 'ö', đ: 'd', ɑ: 'a', ɩ: 'i', ʀ: 'r', ɪ: 'i', ʏ: 'y', ᴀ: 'a', ᴇ: 'e', ᴏ: 'o', ꜱ: 's',
};
