import { describe, expect, it } from 'vitest';
import { moderate } from '../../src/index.js';
import { ruleTable } from './rule-table.js';

const RULE = 'pornography/content';
const hitsOf = (text: string) => moderate({ id: 't', text }).findings.filter((f) => f.ruleId === RULE);
const reasonsOf = (text: string) => moderate({ id: 't', text }).reasons.filter((r) => r.code === 'pornography');

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text, `valid` must not fire.
const invalid: [text: string, found: string][] = [
  ['Gratis porr här: www.pornhub.com/view', 'www.pornhub.com/view'],
  ['Gratis porr här', 'Gratis porr'],
  ['Kolla min onlyfans, länk i bio', 'onlyfans'],
  ['Heta singlar i ditt område väntar', 'Heta singlar i ditt område'],
  ['Vill du se mina nakenbilder? Skriv till mig', 'Vill du se mina nakenbilder'],
  ['Har nakenbilder på min ex, vem vill ha?', 'nakenbilder på min ex'],
  ['Jag ska lägga ut hennes nakenbilder här', 'Jag ska lägga ut hennes nakenbilder'],
  ['Barnporr finns att köpa', 'Barnporr'],
  ['Byter nakenbilder på 13-åringar', 'nakenbilder på 13-åringar'],
  ['Porrfilm med svenska tjejer', 'Porrfilm'],
  ['Escorttjejer i Uppsala, ring 070-123 45 67', 'Escorttjejer'],
  ['Söker tjej för sex ikväll, skriv privat', 'Söker tjej för sex'],
  ['Free porn videos at xvideos.com', 'xvideos.com'],
  ['I have nudes of my ex, dm me', 'nudes of my ex'],
  ['Selling child porn, message me', 'child porn'],
  ['Gratis p0rr här', 'Gratis p0rr'],
  ['p o r r f i l m e r gratis', 'p o r r f i l m e r'],
  ['Porrrrrfilm här', 'Porrrrrfilm'],
];
const valid: string[] = [
  'Sex personer var på mötet om detaljplanen',
  'Sexton elever i klassen',
  'Sexualundervisningen i skolan behöver bli bättre',
  'Vill du ha sex nya böcker? Biblioteket har bokrea',
  'Söker sex personer till styrelsen',
  'Kåtan på samiska veckan var fin',
  'Kommunen borde blockera porrsidor på bibliotekets datorer',
  'Porrberoende är ett växande problem bland unga',
  'Enligt riktlinjerna tillåts inte pornografi på sidan',
  'Polisen har gripit en man för barnpornografibrott',
  'Dela inte nakenbilder på andra, det är olagligt',
  'Nakenbadet vid Sandviken är stängt',
  'Porslinsfabriken i Gustavsberg',
  'Är det okej med nakna barn på stranden?',
  'Kan vi få fler bilder på barnen från luciatåget?',
  'Säljer Ford Escort -98, 5000 kr',
  'The escort vehicle for the parade leaves at ten',
  'Six people attended the meeting',
  'Min kusin pratade om onlyfans på fikat',
];

describe(RULE, () => {
  ruleTable(hitsOf, invalid, valid);
  it('rests child sexual material on barnpornografibrott and intimate images on olaga integritetsintrång', () => {
    expect(reasonsOf('Barnporr finns att köpa')).toMatchObject([{ basis: 'legalDuty', source: { law: expect.stringMatching(/16 kap\. 10 a §.*BBS-lagen/) } }]);
    expect(reasonsOf('Har nakenbilder på min ex, vem vill ha?')).toMatchObject([{ basis: 'legalDuty', source: { law: expect.stringMatching(/4 kap\. 6 c §/) } }]);
  });
  it('rests ordinary porn on the guideline alone', () => {
    expect(reasonsOf('Gratis porr här')).toMatchObject([{ basis: 'policy' }]);
    expect(reasonsOf('Gratis porr här')[0]?.source.law).toBeUndefined();
  });
  it('needs someone pointing to it before a topic word counts', () => {
    expect(hitsOf('Porr är ett ämne som föräldrar borde prata om')).toEqual([]);
    expect(hitsOf('Porr gratis, klicka på länken').length).toBeGreaterThan(0);
  });
});
