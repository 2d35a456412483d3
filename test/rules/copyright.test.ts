import { describe, expect, it } from 'vitest';
import { moderate } from '../../src/index.js';
import { ruleTable } from './rule-table.js';

const RULE = 'copyright/piracy';
const hitsOf = (text: string) => moderate({ id: 't', text }).findings.filter((f) => f.ruleId === RULE);
const reasonOf = (text: string) => moderate({ id: 't', text }).reasons.find((r) => r.code === 'copyright');

const ARTICLE =
  'Östhammars kommun höjer avgiften för vatten och avlopp med tolv procent från första januari. Beslutet fattades av kommunfullmäktige ' +
  'på tisdagskvällen efter en lång debatt där oppositionen krävde att höjningen skulle fördelas över flera år. Enligt kommunens ekonomichef ' +
  'beror höjningen på stora investeringar i reningsverket i Öregrund, som måste byggas om för att klara nya miljökrav. Kritiker menar att ' +
  'kommunen borde ha planerat bättre och sparat pengar under de goda åren. Villaägare i Gimo och Alunda räknar nu med att få betala flera ' +
  'tusen kronor mer per år. (TT) Publicerad 12 januari 2026. Foto: Anna Berg. © UNT 2026, alla rättigheter förbehållna.';

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text, `valid` must not fire.
const invalid: [text: string, found: string][] = [
  ['Ladda ner filmen här: www.thepiratebay.org/search/bamse', 'www.thepiratebay.org/search/bamse'],
  ['thepiratebay dot org har allt', 'thepiratebay dot org'],
  ['Den finns på 1337x, sök på titeln', '1337x'],
  ['Torrentlänk till nya Bamse-filmen i kommentarerna', 'Torrentlänk'],
  ['Billig IPTV med alla kanaler, 99 kr i månaden', 'IPTV'],
  ['Jag har laddat upp hela kursboken som pdf, länk i bio', 'Jag har laddat upp hela kursboken som pdf'],
  ['Se matchen gratis här: stream-live.xyz', 'Se matchen gratis'],
  ['Klistrar in hela artikeln från UNT för er som inte har prenumeration:', 'Klistrar in hela artikeln'],
  ['Crackad version av Office finns här', 'Crackad'],
  ['Watch the full movie for free here: 123movies.to', '123movies.to'],
  ['Free live streams of the Premier League, link in comments', 'Free live streams of the Premier League'],
  ['Pіratkopior av nya filmen', 'Pіratkopior'],
  ['t o r r e n t l ä n k finns här', 't o r r e n t l ä n k'],
];
const valid: string[] = [
  'Biblioteket lånar ut filmer gratis via Cineasterna',
  'Ladda ner appen gratis i App Store',
  'Se matchen på storbildsskärm i Folkets hus, gratis entré',
  'Matchen sänds gratis på SVT Play ikväll',
  'Läs hela artikeln här: https://www.unt.se/nyheter/123',
  'UNT skriver att "kommunen höjer taxan med fem procent"',
  'Protokollet från fullmäktige finns på www.osthammar.se',
  'Piratpartiet ställer upp i valet i år',
  'Är det lagligt att ladda ner torrents?',
  'Polisen stängde Pirate Bay för flera år sedan',
  'A torrent of complaints reached the council',
  'Kolla in IPTV-utbudet hos Telia',
  'The article is behind a paywall, can someone summarise it?',
];

describe(RULE, () => {
  ruleTable(hitsOf, invalid, valid);
  it('finds a pasted article by its newspaper furniture, and only when it is long', () => {
    expect(hitsOf(ARTICLE).map((h) => h.messageId)).toEqual(['copyright.article']);
    expect(hitsOf('Foto: Anna Berg. (TT) Kort notis om vägen.')).toEqual([]);
  });
  it('rests piracy on upphovsrättslagen and the BBS-lagen duty, a pasted article on the guideline', () => {
    expect(reasonOf('Torrentlänk till nya Bamse-filmen')).toMatchObject({ basis: 'legalDuty', source: { law: expect.stringMatching(/1960:729.*BBS-lagen/) } });
    expect(reasonOf(ARTICLE)).toMatchObject({ basis: 'policy', source: { law: expect.stringMatching(/22 §/) } });
  });
});
