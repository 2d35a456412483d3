import type { svCategories } from '../sv/categories.js';

/** English messages for the DO NOT ALLOW categories. Placeholders: `{name}`. */
export const enCategories: Record<keyof typeof svCategories, string> = {
  'category.insult': 'Defamation, personal attacks or insults',
  'category.hate': 'Hate speech against a group, sexist statements or harassment',
  'category.violence': 'Unlawful depictions of violence',
  'category.pornography': 'Pornography',
  'category.crime': 'Incitement to crime or criminal activity',
  'category.copyright': 'Unauthorised use of copyrighted material',
  'category.profanity': 'Profanity or obscene words',
  'category.commercial': 'Commercial messages or advertising',
  'profanity.word': 'Profanity or obscene word: "{word}".',
  'profanity.wordObfuscated': 'Disguised profanity or obscene word: "{word}" (read as "{form}").',
};
