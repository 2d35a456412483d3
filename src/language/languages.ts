/**
 * The languages moderera can name: franc's ISO 639-3 code → the ISO 639-1 code lexicons and decisions use.
 * The browser and package builds keep franc's trigram models for these (and the policy's) languages only.
 */
export const LANGUAGE_CODES: Readonly<Record<string, string>> = {
  swe: 'sv', eng: 'en', dan: 'da', nob: 'no', nno: 'no', fin: 'fi', deu: 'de', fra: 'fr', spa: 'es',
  arb: 'ar', ara: 'ar', som: 'so', pol: 'pl', rus: 'ru', ukr: 'uk', tur: 'tr', pes: 'fa', prs: 'fa', fas: 'fa',
};
