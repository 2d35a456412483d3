/** Swedish messages of the insult and hate rules. Placeholders: `{name}`. */
export const svInsultHate = {
  'insult.aimed': 'Personligt angrepp eller förolämpning: "{word}" riktat mot "{target}".',
  'insult.vocative': 'Förolämpning riktad direkt till någon: "{word}".',
  'insult.epithet': 'Nedsättande benämning på personer: "{word}".',
  'insult.accusation': 'Beskyllning för brott mot en utpekad person (möjligt förtal): "{word}" om "{target}".',
  'insult.abuse': 'Personligt angrepp: "{phrase}".',
  'hate.slur': 'Nedsättande ord om en folkgrupp eller grupp: "{word}".',
  'hate.slurObfuscated': 'Maskerat nedsättande ord om en folkgrupp eller grupp: "{word}" (läses som "{form}").',
  'hate.generalisation': 'Nedsättande generalisering om en grupp ("{group}"): "{phrase}".',
  'hate.sexist': 'Sexistiskt yttrande: "{phrase}".',
  'hate.sexualHarassment': 'Sexuella trakasserier: "{phrase}".',
} as const;
