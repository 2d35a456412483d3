/** Swedish messages for the decision as a whole. Placeholders: `{name}`. */
export const svCore = {
  'reason.category': '{category}: {count} träff(ar) – {words}.',
  'evidence.title': 'Bevis inför radering',
} as const;
