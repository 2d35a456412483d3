/** Swedish messages for the decision as a whole. Placeholders: `{name}`. */
export const svCore = {
  'reason.keep': 'Behålls: inget i kommentaren strider mot riktlinjernas TILLÅT INTE eller förbudet mot personuppgifter, och den är en synpunkt eller fråga som ska bevaras som allmän handling.',
  'reason.weed': 'Gallras vid inaktualitet: handling av ringa eller tillfällig betydelse ({kind}).',
  'reason.category': '{category}: {count} träff(ar) – {words}.',
  'evidence.title': 'Bevis inför radering',
} as const;
