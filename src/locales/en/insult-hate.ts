import type { svInsultHate } from '../sv/insult-hate.js';

/** English messages of the insult and hate rules, the same ids as Swedish. */
export const enInsultHate: Record<keyof typeof svInsultHate, string> = {
  'insult.aimed': 'Personal attack or insult: "{word}" aimed at "{target}".',
  'insult.vocative': 'Insult addressed directly to someone: "{word}".',
  'insult.epithet': 'Derogatory name for people: "{word}".',
  'insult.accusation': 'Accusation of a crime against an identifiable person (possible defamation): "{word}" about "{target}".',
  'insult.abuse': 'Personal attack: "{phrase}".',
  'hate.slur': 'Slur against an ethnic or other group: "{word}".',
  'hate.slurObfuscated': 'Disguised slur against an ethnic or other group: "{word}" (reads as "{form}").',
  'hate.generalisation': 'Degrading generalisation about a group ("{group}"): "{phrase}".',
  'hate.sexist': 'Sexist statement: "{phrase}".',
  'hate.sexualHarassment': 'Sexual harassment: "{phrase}".',
};
