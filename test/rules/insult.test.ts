import { describe, expect, it } from 'vitest';
import { compileLexicons } from '../../src/lexicon/compile.js';
import { matchTokens } from '../../src/lexicon/match.js';
import { normalise } from '../../src/normalise/normalise.js';
import { tokenize } from '../../src/normalise/tokens.js';
import { defineRuleset, moderate, osthammar } from '../../src/index.js';
import { insultHateLexicons } from '../../src/detect/rules/insult-hate-data.js';

const RULES = ['insult/aimed-word', 'insult/accusation', 'insult/abuse-phrase'];
const hitsOf = (text: string, options = {}) => moderate({ id: 't', text }, options).findings.filter((f) => RULES.includes(f.ruleId));

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text with that rule, `valid` must not fire.
const invalid: [text: string, found: string, rule: string][] = [
  // aimed at du/ni, with a copula, an address, an exclamation
  ['Du är en idiot', 'idiot', 'insult/aimed-word'],
  ['Du är en jävla idiot som skrev det här', 'idiot', 'insult/aimed-word'],
  ['Din idiot!', 'idiot', 'insult/aimed-word'],
  ['Ni är ena riktiga puckon', 'puckon', 'insult/aimed-word'],
  ['Är du dum i huvudet?', 'dum i huvudet', 'insult/aimed-word'],
  ['Vad är du för ett pucko?', 'pucko', 'insult/aimed-word'],
  ['Vilka clowner som styr kommunen', 'clowner', 'insult/aimed-word'],
  ['Vilken nolla du är', 'nolla', 'insult/aimed-word'],
  ['Ditt äckliga svin', 'svin', 'insult/aimed-word'],
  ['Jag kallar dig idiot', 'idiot', 'insult/aimed-word'],
  ['Du beter dig som en idiot', 'idiot', 'insult/aimed-word'],
  ['Hur kan man vara så korkad som du?', 'korkad', 'insult/aimed-word'],
  ['Ni är ett gäng idioter', 'idioter', 'insult/aimed-word'],
  // aimed at officials and named people
  ['Kommunalrådet är en lögnare', 'lögnare', 'insult/aimed-word'],
  ['Anders Svensson är en idiot', 'idiot', 'insult/aimed-word'],
  ['Handläggaren är helt inkompetent', 'inkompetent', 'insult/aimed-word'],
  ['Hen är så korkad', 'korkad', 'insult/aimed-word'],
  ['Du som jobbar på växeln är dum i huvudet', 'dum i huvudet', 'insult/aimed-word'],
  ['Den som tog beslutet är en idiot', 'idiot', 'insult/aimed-word'],
  ['Korkade politiker', 'Korkade', 'insult/aimed-word'],
  ['Den där idioten på bygglovsenheten', 'idioten', 'insult/aimed-word'],
  ['Idioterna på tekniska har grävt upp gatan', 'Idioterna', 'insult/aimed-word'],
  ['Rövhål till politiker', 'Rövhål', 'insult/aimed-word'],
  ['Idiot!', 'Idiot', 'insult/aimed-word'],
  ['Tillbaka till jobbet, idiot!', 'idiot', 'insult/aimed-word'],
  // compounds and curses before people
  ['Idiotpolitiker', 'Idiotpolitiker', 'insult/aimed-word'],
  ['Byråkratidioterna på kommunhuset', 'Byråkratidioterna', 'insult/aimed-word'],
  ['Skitgubben i receptionen', 'Skitgubben', 'insult/aimed-word'],
  ['Satans byråkrater', 'Satans byråkrater', 'insult/aimed-word'],
  // disguised
  ['Du är en i d i o t', 'i d i o t', 'insult/aimed-word'],
  ['Du är en 1di0t', '1di0t', 'insult/aimed-word'],
  ['Du är en idiooooot', 'idiooooot', 'insult/aimed-word'],
  ['Du är en іdіоt', 'іdіоt', 'insult/aimed-word'],
  ['Du är ett puc\u200Bko', 'puc\u200Bko', 'insult/aimed-word'],
  ['Du ar en javla idiot', 'idiot', 'insult/aimed-word'],
  ['Kommunalradet ar en lognare', 'lognare', 'insult/aimed-word'],
  // English
  ['You are an idiot', 'idiot', 'insult/aimed-word'],
  ["You're such a moron", 'moron', 'insult/aimed-word'],
  ['The mayor is a clown', 'clown', 'insult/aimed-word'],
  ['What an idiot', 'idiot', 'insult/aimed-word'],
  ['Stupid politicians ruin everything', 'Stupid', 'insult/aimed-word'],
  // förtal: crimes said of someone
  ['Rektorn är pedofil', 'pedofil', 'insult/accusation'],
  ['Anders på tekniska är en tjuv', 'tjuv', 'insult/accusation'],
  ['Lars på byggnadsnämnden är korrupt', 'korrupt', 'insult/accusation'],
  ['Eva på socialtjänsten tar mutor', 'tar mutor', 'insult/accusation'],
  ['Kommunchefen har förskingrat pengar', 'har förskingrat', 'insult/accusation'],
  ['Byggnadsinspektören tar emot mutor', 'tar emot mutor', 'insult/accusation'],
  ['Ni är ett gäng tjuvar', 'tjuvar', 'insult/accusation'],
  ['The councillor takes bribes', 'takes bribes', 'insult/accusation'],
  ['The mayor is corrupt', 'corrupt', 'insult/accusation'],
  // abuse phrases
  ['Håll käften', 'Håll käften', 'insult/abuse-phrase'],
  ['Ni kan dra åt helvete', 'dra åt helvete', 'insult/abuse-phrase'],
  ['Dra åt h3lvete', 'Dra åt h3lvete', 'insult/abuse-phrase'],
  ['Fan ta dig', 'Fan ta dig', 'insult/abuse-phrase'],
  ['Knulla dig själv', 'Knulla dig själv', 'insult/abuse-phrase'],
  ['Gå och dö', 'Gå och dö', 'insult/abuse-phrase'],
  ['Fuck you', 'Fuck you', 'insult/abuse-phrase'],
  ['Shut the fuck up', 'Shut the fuck up', 'insult/abuse-phrase'],
];

const valid: string[] = [
  // criticism of decisions, plans, the municipality
  'Beslutet är idiotiskt.', 'Politikerna borde avgå.', 'Det här förslaget är helt korkat.', 'Vilket idiotiskt beslut.',
  'Kommunen är värdelös på snöröjning.', 'Kommunen är korrupt', 'Kommunen stjäl våra skattepengar med avgifterna.',
  'Ni är inkompetenta allihop', 'Vilken dum idé att stänga vägen', 'Fuck kommunen', 'Vilken skitkommun', 'This council is a joke.',
  'The plan is stupid.', 'This decision is idiotic.', 'Är det bara jag som tycker att detaljplanen är korkad?',
  // self-criticism, generic, negated, quoted
  'Jag är en idiot som glömde anmäla mig.', 'Jag kände mig som en idiot på mötet.', 'Jag var en sån idiot som missade bussen.',
  'Vilken idiot som helst kan se det.', 'Vilken idiot jag är', 'Kossan Mu är populär bland barnen', 'Svinhufvud var Finlands president', 'Du är ingen idiot.', 'Jag har aldrig sagt att du är dum.', 'Hon är inte dum.',
  'Jag tycker inte du är dum', 'Du är inte värdelös.', 'You are not an idiot for asking.', 'Any idiot could see it.',
  'I feel like an idiot.', "Någon skrev 'du är en idiot' till min dotter – sådant hör inte hemma här.",
  'Sluta kalla folk för idioter.', 'Han tar mutor? Nej, det tror jag inte på.',
  // literal words and look-alikes
  'Clownen på barnkalaset var jättebra!', 'Han är clown på cirkusen.', 'Vi har grisar och kossor på gården.',
  'Råttor i källaren på skolan.', 'Idioten av Dostojevskij finns på biblioteket.', 'Systemet är idiotsäkert.',
  'Vildsvinen förstör gräsmattorna.', 'Marsvinet rymde.', 'Nollan i telefonnumret saknas.', 'Stackars kräk, katten var blöt',
  'Korka igen flaskorna.', 'Jag blev störd av bullret.', 'Dumma frågor finns inte!', 'Hittade ett as i diket',
  'Vi åkte över Svinesundsbron.', 'Trafiken vid Grisslehamn var tung.', 'Fittja är en fin stadsdel', 'Vi åkte till Hell i Norge',
  'The clown at the fair was great.', 'We saw pigs at the farm.', 'Shut up and take my money, this festival looks great!',
  // real thieves and crimes in the news, not accusations
  'Tjuven som stal min cykel greps.', 'Det var en tjuv som bröt sig in.', 'Mördaren i Gimo-fallet har fått livstid',
  'De mördade hade fått slag mot huvudet.', 'Barnen lekte tjuv och polis.',
  // dra, håll, dö, ta livet av in ordinary senses
  'Ni kan dra nytta av bidraget.', 'Det gick åt skogen med planeringen.', 'Håll avståndet till plogbilen.',
  'Dra inte åt handbromsen i backen.', 'Min mormor fick dö hemma.', 'Har du tankar på att ta livet av dig? Ring Mind.',
];

describe('insult rules', () => {
  it.each(invalid)('fires on %s (%s, %s)', (text, found, rule) => {
    const hits = hitsOf(text);
    expect(hits.filter((h) => h.ruleId === rule).map((h) => h.text)).toContain(found);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
  it.each(valid)('does not fire on %s', (text) => {
    expect(hitsOf(text)).toEqual([]);
  });

  it('cites förolämpning for names, förtal for crimes and grovt förtal for grave ones, all as policy', () => {
    const reason = (text: string) => moderate({ id: 't', text }).reasons.find((r) => r.code === 'insult');
    expect(reason('Du är en idiot')).toMatchObject({ basis: 'policy', source: { law: 'BrB 5 kap. 3 § (förolämpning)' } });
    expect(reason('Anders på tekniska är en tjuv')?.source.law).toBe('BrB 5 kap. 1 § (förtal)');
    expect(reason('Rektorn är pedofil')?.source.law).toMatch(/5 kap\. 2 § \(grovt förtal\)/);
    expect(reason('Rektorn är pedofil')?.basis).toBe('policy');
    expect(reason('Du är en idiot')?.source.guideline).toMatch(/förtal, personliga angrepp eller förolämpningar/);
  });

  it('says whom an insult is aimed at, in the words of the comment', () => {
    const [f] = hitsOf('Kommunalrådet är en lögnare');
    expect(f).toMatchObject({ messageId: 'insult.aimed', data: { word: 'lögnare', target: 'Kommunalrådet', how: 'predicate' } });
    expect(hitsOf('Idiot!')[0]?.messageId).toBe('insult.vocative');
    expect(hitsOf('Du är en 1di0t')[0]?.data).toMatchObject({ word: '1di0t', form: 'idiot', disguised: true });
  });

  it('reads a ruleset that adds its own officials to the targets', () => {
    const text = 'Hamnkaptenen är korkad';
    expect(hitsOf(text)).toEqual([]);
    const harbour = defineRuleset(
      {
        id: 'hamnstad',
        name: 'Hamnstads kommun',
        lexicons: [{ id: 'context.targets.hamn', category: 'context', language: 'sv', provenance: { source: 'test', licence: 'MIT' }, entries: [{ id: 'hamn.kapten', term: 'hamnkapten', forms: ['hamnkaptenen'], tags: ['title'] }] }],
      },
      { extends: osthammar },
    );
    expect(hitsOf(text, { ruleset: harbour }).map((h) => h.text)).toEqual(['korkad']);
  });

  it('hides no hit of another lexicon, and no other lexicon hides its words', () => {
    const mine = new Set(insultHateLexicons.map((l) => l.id));
    for (const english of [false, true]) {
      const family = osthammar.lexicons.filter((l) => (english ? l.language !== 'sv' : l.language !== 'en'));
      const all = compileLexicons(family);
      const others = compileLexicons(family.filter((l) => !mine.has(l.id)));
      const own = compileLexicons(family.filter((l) => mine.has(l.id)));
      for (const l of family) {
        for (const e of l.entries) {
          for (const form of [e.term, ...e.forms]) {
            const tokens = tokenize(normalise(`x ${form} y`));
            const found = new Set(matchTokens(all, tokens).map((h) => h.entry.entry.id));
            const alone = matchTokens(mine.has(l.id) ? own : others, tokens).map((h) => h.entry.entry.id);
            expect(alone.filter((id) => !found.has(id)), `${l.id}: ${form}`).toEqual([]);
          }
        }
      }
    }
  });
});
