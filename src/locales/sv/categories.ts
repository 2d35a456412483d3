/** Swedish messages for the TILLÅT INTE categories. Placeholders: `{name}`. */
export const svCategories = {
  'category.insult': 'Förtal, personliga angrepp eller förolämpningar',
  'category.hate': 'Hets mot folkgrupp, sexistiska yttranden eller trakasserier',
  'category.violence': 'Olovliga våldsskildringar',
  'category.pornography': 'Pornografi',
  'category.crime': 'Uppmaning till brott eller brottslig verksamhet',
  'category.copyright': 'Olovligt bruk av upphovsrättsligt skyddat material',
  'category.profanity': 'Svordomar eller obscena ord',
  'category.commercial': 'Kommersiella budskap eller reklam',
  'profanity.word': 'Svordom eller obscent ord: "{word}".',
  'profanity.wordObfuscated': 'Maskerad svordom eller obscent ord: "{word}" (läses som "{form}").',
} as const;
