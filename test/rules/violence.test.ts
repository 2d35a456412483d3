import { describe, expect, it } from 'vitest';
import { moderate } from '../../src/index.js';
import { ruleTable } from './rule-table.js';

const RULE = 'violence/depiction';
const hitsOf = (text: string) => moderate({ id: 't', text }).findings.filter((f) => f.ruleId === RULE);
const reasonOf = (text: string) => moderate({ id: 't', text }).reasons.find((r) => r.code === 'violence');

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text, `valid` must not fire.
const invalid: [text: string, found: string][] = [
  ['Kolla videon där killen blir knivhuggen', 'videon där killen blir knivhuggen'],
  ['Här är filmen när de halshögg fångarna', 'filmen när de halshögg'],
  ['Delar en gorevideo från olyckan', 'gorevideo'],
  ['Länk till avrättningsfilmen finns i min profil', 'Länk till avrättningsfilmen'],
  ['Go to bestgore.com for the full clip', 'bestgore.com'],
  ['De torterade honom och filmade det', 'torterade honom och filmade det'],
  ['Hoppas att någon slår ihjäl honom', 'Hoppas att någon slår ihjäl honom'],
  ['Han förtjänade att bli ihjälsparkad', 'Han förtjänade att bli ihjälsparkad'],
  ['Skönt att pedofilen blev nedknivad', 'Skönt att pedofilen blev nedknivad'],
  ['Han borde få en kniv i magen', 'Han borde få en kniv i magen'],
  ['De skar halsen av honom', 'skar halsen av honom'],
  ['Han knivhögg honom och blodet sprutade', 'blodet sprutade'],
  ['I hope someone shoots him', 'I hope someone shoots him'],
  ['He deserved to be beaten to death', 'He deserved to be beaten to death'],
  ['Watch the video of the guy getting stabbed', 'video of the guy getting stabbed'],
  ['Kolla g0revideon', 'g0revideon'],
  ['Hoppas du blir k n i v h u g g e n', 'Hoppas du blir k n i v h u g g e n'],
  ['hoppas han blir ihjalslagen', 'hoppas han blir ihjalslagen'],
  ['Hoppas han blir ihjääälslagen', 'Hoppas han blir ihjääälslagen'],
];
const valid: string[] = [
  'Polisen utreder en misshandel i Östhammar i natt',
  'En man knivhöggs i Gimo i går kväll enligt polisen',
  'Vi borde skjuta upp beslutet om skolan',
  'Se upp för döda vinkeln när lastbilarna backar',
  'Vi sköt en älg under jakten i helgen',
  'Hoppas han blir vald till ordförande',
  'Blodet rann när jag halkade på isen vid torget',
  'Al Gore pratade om klimatet',
  'Inälvsmat serverades på hembygdsgården',
  'Sprid inte videon där killen blir misshandlad, anmäl den',
  'Hoppas vargen blir skjuten innan den tar fler får',
  'Hoppas förslaget blir skjutet på framtiden',
  'The movie had a lot of gore, not for kids',
  'That proposal was shot down at the meeting',
  'Glad he got elected, congratulations',
  'Videon där barnen sjunger på luciafirandet var fin',
];

describe(RULE, () => {
  ruleTable(hitsOf, invalid, valid);
  it('rests a shared recording on olaga våldsskildring and the BBS-lagen duty', () => {
    expect(reasonOf('Kolla videon där killen blir knivhuggen')).toMatchObject({
      basis: 'legalDuty',
      source: { guideline: expect.stringMatching(/olovliga våldsskildringar/), law: expect.stringMatching(/16 kap\. 10 c §.*BBS-lagen/) },
    });
  });
  it('rests a wish for violence on the guideline alone', () => {
    const reason = reasonOf('Hoppas att någon slår ihjäl honom');
    expect(reason?.basis).toBe('policy');
    expect(reason?.source.law).toBeUndefined();
  });
  it('uses the English lists on English comments only', () => {
    expect(hitsOf('Check out this gore clip from the crash').map((h) => h.text)).toEqual(['gore clip']);
    expect(hitsOf('Hon sa att gore clip var ordet, och sedan gick vi hem till oss')).toEqual([]);
  });
});
