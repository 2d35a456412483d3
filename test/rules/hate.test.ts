import { describe, expect, it } from 'vitest';
import { defineRuleset, moderate, osthammar } from '../../src/index.js';

const RULES = ['hate/slur', 'hate/generalisation', 'hate/sexual-harassment'];
const hitsOf = (text: string, options = {}) => moderate({ id: 't', text }, options).findings.filter((f) => RULES.includes(f.ruleId));
const hateReasons = (text: string) => moderate({ id: 't', text }).reasons.filter((r) => r.code === 'hate');

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text with that rule, `valid` must not fire.
const invalid: [text: string, found: string, rule: string][] = [
  // slurs, also disguised
  ['Jävla blattar förstör allt', 'blattar', 'hate/slur'],
  ['Din jävla blatte', 'blatte', 'hate/slur'],
  ['bl4tte', 'bl4tte', 'hate/slur'],
  ['s v a r t s k a l l e', 's v a r t s k a l l e', 'hate/slur'],
  ['n e g e r', 'n e g e r', 'hate/slur'],
  ['fuck off n1gg3r', 'n1gg3r', 'hate/slur'],
  ['Negrer är djur', 'Negrer', 'hate/slur'],
  ['Din jävla bög', 'bög', 'hate/slur'],
  ['faggot', 'faggot', 'hate/slur'],
  // generalisations with and without slurs
  ['Alla invandrare är kriminella.', 'Alla invandrare är kriminella', 'hate/generalisation'],
  ['Alla somalier ar kriminella', 'Alla somalier ar kriminella', 'hate/generalisation'],
  ['Muslimer är ett hot mot Sverige', 'Muslimer är ett hot', 'hate/generalisation'],
  ['Invandrarna borde utvisas allihop', 'Invandrarna borde utvisas', 'hate/generalisation'],
  ['Ut med alla invandrare!', 'Ut med alla invandrare', 'hate/generalisation'],
  ['Skicka hem alla invandrare', 'Skicka hem alla invandrare', 'hate/generalisation'],
  ['Judar styr världen', 'Judar styr världen', 'hate/generalisation'],
  ['Bögar är äckliga', 'Bögar är äckliga', 'hate/generalisation'],
  ['Äckliga muslimer', 'Äckliga muslimer', 'hate/generalisation'],
  ['Muslimsvin', 'Muslimsvin', 'hate/generalisation'],
  ['Zigenarpack', 'Zigenarpack', 'hate/generalisation'],
  ['Blatteungar överallt', 'Blatteungar', 'hate/generalisation'],
  ['Typiskt invandrare att klaga', 'Typiskt invandrare', 'hate/generalisation'],
  ['All immigrants are criminals', 'All immigrants are criminals', 'hate/generalisation'],
  ['Muslims should be deported', 'Muslims should be deported', 'hate/generalisation'],
  ['Immigrants go home!', 'Immigrants go home', 'hate/generalisation'],
  // sexist statements
  ['Kvinnor ska inte få rösta', 'Kvinnor ska inte få rösta', 'hate/generalisation'],
  ['Kvinnor hör hemma i köket', 'Kvinnor hör hemma i köket', 'hate/generalisation'],
  ['Tillbaka till köket, kärring!', 'Tillbaka till köket', 'hate/generalisation'],
  ['Kvinnor kan inte köra bil', 'Kvinnor kan inte köra bil', 'hate/generalisation'],
  ['Hon fick jobbet bara för att hon är kvinna', 'fick jobbet bara för att hon är kvinna', 'hate/generalisation'],
  ['Alla män är svin', 'Alla män är svin', 'hate/generalisation'],
  ['Women belong in the kitchen', 'Women belong in the kitchen', 'hate/generalisation'],
  ["Women can't drive", "Women can't drive", 'hate/generalisation'],
  // sexual harassment
  ['Visa tuttarna!', 'Visa tuttarna', 'hate/sexual-harassment'],
  ['Hoppas du blir våldtagen', 'Hoppas du blir våldtagen', 'hate/sexual-harassment'],
  ['Du behöver bli ordentligt knullad', 'Du behöver bli ordentligt knullad', 'hate/sexual-harassment'],
  ['Jag vill knulla dig', 'vill knulla dig', 'hate/sexual-harassment'],
  ['Show us your tits', 'Show us your tits', 'hate/sexual-harassment'],
];

const valid: string[] = [
  // negated, condemned, quoted to condemn
  'Det är fel att säga att alla invandrare är kriminella.', 'Inte alla invandrare är kriminella.',
  'Invandrare är inte kriminella oftare än andra.', 'Myten att invandrare är kriminella stämmer inte.',
  'Någon skrev "alla invandrare är kriminella" – sådant hat hör inte hemma här.', 'Det är rasistiskt att säga att somalier är lata.',
  'Sluta påstå att kvinnor inte kan köra bil.', 'Bara för att en invandrare begått ett brott betyder det inte att alla invandrare är kriminella.',
  'Ta bort den rasistiska kommentaren om att invandrare är kriminella', 'Not all immigrants are criminals.',
  "It's wrong to say that all Muslims are terrorists.", 'It is a myth that immigrants take our jobs',
  // mentioned, reported by a victim
  'Säg inte neger, det är rasistiskt.', 'Han kallade min son för blatte på bussen, jag har anmält det.', 'Ordet "zigenare" används inte längre.',
  'Neger är ett förbjudet ord numera',
  // neutral uses of group words and words some use neutrally
  'Alla invandrare är välkomna till språkcaféet.', 'Jag är bög och bor i Gimo.', 'Bögar och lesbiska är välkomna på träffen.',
  'Homo sapiens-utställningen är öppen.', 'Homo- och bisexuella är välkomna att söka', 'Romerna kom till Sverige på 1500-talet.',
  'Negerbollar hette det förr.', 'Zigenarfamiljen bodde här förr.', 'Muslimer firar eid den här veckan.', 'Han är jude och bor i Öregrund.',
  'Svarta bilar blir varma i solen.', 'Vita huset ligger i Washington.', 'Typiskt svenskt väder!', 'Typiskt kvinnor att ta ansvar!',
  'De där äckliga finnarna i ansiktet', 'Vi välkomnar alla, oavsett om du är muslim, jude eller kristen', 'Lappland är vackert', "I'm gay and proud.", 'Refugees are welcome here.',
  // restricted groups, conditions, protective statements, facts
  'Kriminella invandrare ska utvisas enligt lagen.', 'Vissa invandrare är kriminella, precis som vissa svenskar.',
  'Flyktingarna ska få åka hem när kriget är slut.', 'Kvinnor ska inte behöva vara rädda.', 'Kvinnor får inte rösta i vissa länder, det är fel.',
  'Kvinnor är sämre betalda än män.', 'Kvinnor är underrepresenterade i kommunstyrelsen.', 'Kvinnor ska ha samma rätt att bestämma',
  // kitchens, clothes and pictures
  'Maten skickades tillbaka till köket.', 'Ta på dig reflexväst.', 'Sätt på dig hjälmen.', 'Visa gärna era bilder från Öregrund',
  'Skicka inte nakenbilder till någon du inte känner.', "Don't send nudes to strangers, kids!", 'Jag hoppas att du blir frisk snart!',
  'Send the kids home early on Friday.', 'The kitchen at the school is being renovated.',
];

describe('hate rules', () => {
  it.each(invalid)('fires on %s (%s, %s)', (text, found, rule) => {
    const hits = hitsOf(text);
    expect(hits.filter((h) => h.ruleId === rule).map((h) => h.text)).toContain(found);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
  it.each(valid)('does not fire on %s', (text) => {
    expect(hitsOf(text)).toEqual([]);
  });

  it('cites hets mot folkgrupp as a legal duty to remove, for protected grounds', () => {
    for (const text of ['Alla invandrare är kriminella', 'Jävla blattar', 'Bögar är äckliga', 'Muslims should be deported']) {
      expect(hateReasons(text), text).toEqual([
        expect.objectContaining({ basis: 'legalDuty', source: expect.objectContaining({ law: 'BrB 16 kap. 8 § (hets mot folkgrupp); BBS-lagen (1998:112) 5 §' }) }),
      ]);
    }
  });

  it('files sexist statements under the guideline only: gender is no ground of 16:8', () => {
    const [reason] = hateReasons('Kvinnor ska inte få rösta');
    expect(reason?.basis).toBe('policy');
    expect(reason?.source.law).toBeUndefined();
    expect(reason?.source.guideline).toMatch(/sexistiska yttranden/);
    expect(hitsOf('Kvinnor ska inte få rösta')[0]?.messageId).toBe('hate.sexist');
    expect(hateReasons('Tillbaka till köket, kärring!')[0]?.source.law).toBe('BrB 4 kap. 7 § (ofredande)');
  });

  it('cites sexuellt ofredande for sexual harassment, and förolämpning for a slur at one person', () => {
    expect(hateReasons('Visa tuttarna!')[0]).toMatchObject({ basis: 'policy', source: { law: 'BrB 6 kap. 10 § (sexuellt ofredande)' } });
    expect(hateReasons('Din jävla blatte')[0]).toMatchObject({ basis: 'policy', source: { law: 'BrB 5 kap. 3 § (förolämpning)' } });
  });

  it('says which group and ground a generalisation is about', () => {
    expect(hitsOf('Alla muslimer är terrorister')[0]?.data).toMatchObject({ group: 'muslimer', ground: 'religion' });
    expect(hitsOf('bl4tte')[0]).toMatchObject({ messageId: 'hate.slurObfuscated', data: { form: 'blatte' } });
  });

  it('reads a ruleset that adds its own slurs', () => {
    const text = 'Jävla skvättar';
    expect(hitsOf(text)).toEqual([]);
    const extended = defineRuleset(
      {
        id: 'annan-kommun',
        name: 'Annan kommun',
        lexicons: [{ id: 'sv.hate.lokal', category: 'hate', language: 'sv', provenance: { source: 'test', licence: 'MIT' }, entries: [{ id: 'lokal.skvatt', term: 'skvätt', forms: ['skvättar'], tags: ['slur', 'ground:ethnicity'] }] }],
      },
      { extends: osthammar },
    );
    expect(hitsOf(text, { ruleset: extended }).map((h) => h.text)).toEqual(['skvättar']);
  });
});
