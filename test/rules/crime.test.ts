import { describe, expect, it } from 'vitest';
import { foldTolerant } from '../../src/detect/rules/phrase-hits.js';
import { moderate } from '../../src/index.js';
import { ruleTable } from './rule-table.js';

const RULE = 'crime/phrase';
const hitsOf = (text: string) => moderate({ id: 't', text }).findings.filter((f) => f.ruleId === RULE);
const reasonOf = (text: string) => moderate({ id: 't', text }).reasons.find((r) => r.code === 'crime');

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text, `valid` must not fire.
const invalid: [text: string, found: string][] = [
  ['Jag ska döda dig', 'Jag ska döda dig'],
  ['jag vet var du bor', 'jag vet var du bor'],
  ['Vi vet vilken förskola dina barn går på', 'Vi vet vilken förskola dina barn går'],
  ['Du kommer få se!', 'Du kommer få se'],
  ['Dina dagar är räknade', 'Dina dagar är räknade'],
  ['Annars ska jag skjuta dig', 'ska jag skjuta dig'],
  ['Nästa gång så slår jag ihjäl dig', 'så slår jag ihjäl dig'],
  ['Det finns en bomb i kommunhuset', 'Det finns en bomb'],
  ['Någon borde bränna ner kommunhuset', 'Någon borde bränna ner kommunhuset'],
  ['Politikerna borde hängas', 'Politikerna borde hängas'],
  ['Bränn ner kommunhuset!', 'Bränn ner kommunhuset'],
  ['Häng alla sossar', 'Häng alla sossar'],
  ['Jag betalar 10 000 kr till den som misshandlar honom', 'Jag betalar 10 000 kr till den som misshandlar'],
  ['Säljer hasch, hör av dig', 'Säljer hasch'],
  ['Hasch 120 kr/g, snap: gimoplug', 'Hasch'],
  ['Fixar falska körkort', 'Fixar falska körkort'],
  ['Köp körkort utan uppkörning', 'Köp körkort utan'],
  ['Säljer pistol, inga frågor', 'Säljer pistol'],
  ['Låna ut ditt bankid och tjäna pengar', 'Låna ut ditt bankid'],
  ['I will kill you', 'I will kill you'],
  ['I know where you live', 'I know where you live'],
  ['Someone should burn down the town hall', 'Someone should burn down the town hall'],
  ['Selling weed and coke, dm me', 'Selling weed'],
  ['J4g sk4 d0da dig', 'J4g sk4 d0da dig'],
  ['jag ska d ö d a dig', 'jag ska d ö d a dig'],
  ['jag ska doda dig', 'jag ska doda dig'],
  ['Jag ska dööööda dig', 'Jag ska dööööda dig'],
  ['Jag  ska  döda  dig', 'Jag  ska  döda  dig'],
  ['Jag ska dö\u200Bda dig', 'Jag ska dö\u200Bda dig'],
];
const valid: string[] = [
  'Vi borde skjuta upp beslutet till nästa möte',
  'Vi ska bränna löv i trädgården i helgen',
  'Jag tänker slå ett rekord i Gimoloppet',
  'Knarkproblemen i Gimo måste tas på allvar',
  'Någon säljer hasch vid skolan, gör något!',
  'Polisen beslagtog kokain i Östhammar igår',
  'Du kommer få se förändringar på torget i vår',
  'Döda alla mördarsniglar i trädgården',
  'Skjut vildsvinen, de förstör åkrarna',
  'Jag ska döda den här myten en gång för alla',
  'Han skrev "jag ska döda dig" till mig, jag har polisanmält det',
  'Vi ska spöa er i derbyt på lördag',
  'Vi kommer att hänga upp julbelysningen på torget',
  'Jag ska hitta dig en bättre tid hos tandläkaren',
  'Knivsta är en fin kommun',
  'We should shoot for a decision next week',
  "You're dead right about the budget",
  'The police shot down a drone',
];

describe(RULE, () => {
  ruleTable(hitsOf, invalid, valid);
  it('cites olaga hot for threats and uppvigling for incitement, both with the BBS-lagen duty', () => {
    expect(reasonOf('Jag ska döda dig')).toMatchObject({ basis: 'legalDuty', source: { law: expect.stringMatching(/4 kap\. 5 §.*BBS-lagen \(1998:112\) 5 §/) } });
    expect(reasonOf('Någon borde bränna ner kommunhuset')).toMatchObject({ basis: 'legalDuty', source: { law: expect.stringMatching(/16 kap\. 5 §/) } });
  });
  it('files drug and forgery offers under their own laws on the guideline basis', () => {
    expect(reasonOf('Säljer hasch, hör av dig')).toMatchObject({ basis: 'policy', source: { law: expect.stringMatching(/Narkotikastrafflagen/) } });
    expect(reasonOf('Fixar falska körkort')).toMatchObject({ basis: 'policy', source: { law: expect.stringMatching(/14 kap\. 1 §/) } });
  });
  it('reports a threat once even when it is also a call to violence', () => {
    expect(hitsOf('Vi ska döda honom').map((h) => h.messageId)).toEqual(['crime.threat']);
  });
  it('makes a pattern tolerant of text written without å, ä, ö', () => {
    expect(foldTolerant('döda [åä]')).toBe('d[öo]da [åaäa]');
    expect(foldTolerant('\\p{L}ö')).toBe('\\p{L}[öo]');
  });
});
