import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findContacts, findLinks, findPhones, findPrices, TOP_LEVEL_DOMAINS } from '../../src/detect/rules/web-signals.js';
import { literalAlternation } from '../../src/lexicon/literal-trie.js';
import { moderate } from '../../src/index.js';
import { ruleTable } from './rule-table.js';

const RULE = 'commercial/advert';
const hitsOf = (text: string) => moderate({ id: 't', text }).findings.filter((f) => f.ruleId === RULE);

// Table-driven, ESLint style: `invalid` must fire on exactly the quoted text, `valid` must not fire.
const invalid: [text: string, found: string][] = [
  ['Säljes barnvagn 500 kr, skicka pm', 'Säljes'],
  ['Tjäna pengar hemifrån! Skriv till mig på WhatsApp +46 70 123 45 67', 'Tjäna pengar hemifrån'],
  ['Använd koden SOMMAR20 för 20 % rabatt på www.minbutik.se', 'Använd koden SOMMAR20'],
  ['Vi erbjuder billig takläggning, ring 070-987 65 43', 'Vi erbjuder'],
  ['Kolla in min webbshop för smycken: www.smyckenbyanna.se', 'min webbshop'],
  ['Köp följare billigt på www.followers-sverige.se', 'Köp följare'],
  ['Skriv till mig på telegram @cryptoking om bitcoin', 'bitcoin'],
  ['Behöver du hjälp med trädgården? Ring mig på 072-345 67 89', 'Behöver du hjälp med'],
  ['Make money from home! DM me for details', 'Make money from home'],
  ['Use code SAVE20 for 20% off at www.shopnow.com', 'Use code SAVE20'],
  ['Tj4na pengar hemifrån, skriv till mig', 'Tj4na pengar hemifrån'],
  ['W h a t s A p p +44 7700 900123 för att tjäna snabba pengar', 'snabba pengar'],
];
const valid: string[] = [
  'Tips: Pizzeria Roma i Gimo har supergod pizza!',
  'Ring kommunen på 0173-860 00 om du har frågor',
  'Taxan höjs till 500 kr per år från januari',
  'Busskortet kostar 30 kr, köp det i UL-appen',
  'Loppis i Alunda församlingshem på lördag, fika 20 kr',
  'Akta er för bedragare som lovar att man kan tjäna pengar hemifrån',
  'Kommunen säljer tomter i Östhammar, se www.osthammar.se/tomter',
  'Biljetter till julkonserten kostar 100 kr, köp här: www.osthammar.se/kultur',
  'Polisen varnar för falska investeringar i bitcoin',
  'Föräldragruppen har en WhatsApp-grupp, fråga på förskolan',
  'Kommunens pensionsfond har haft god avkastning i år',
  'Vi har 20 % fler elever i år',
  'Beware of scammers asking you to invest in crypto',
];

describe(RULE, () => {
  ruleTable(hitsOf, invalid, valid);
  it('leaves an offer of drugs, pirate TV or porn to its own category', () => {
    expect(moderate({ id: 't', text: 'Säljer hasch, hör av dig på snap' }).categories).toEqual(['crime']);
    expect(moderate({ id: 't', text: 'Billig IPTV, 10 000 kanaler för 99 kr/mån, WhatsApp 070-123 45 67' }).categories).toEqual(['copyright']);
  });
  it('rests advertising on the guideline alone', () => {
    const reason = moderate({ id: 't', text: 'Säljes barnvagn 500 kr, skicka pm' }).reasons.find((r) => r.code === 'commercial');
    expect(reason).toMatchObject({ basis: 'policy', source: { guideline: expect.stringMatching(/kommersiella budskap/) } });
  });
});

describe('web signals (read from the original text)', () => {
  it('finds links with and without a scheme, and spelled out', () => {
    expect(findLinks('Se www.Example.com/x! och osthammar.se, eller pornhub dot com').map((l) => l.host)).toEqual(['example.com', 'osthammar.se', 'pornhub.com']);
    expect(findLinks('t.ex. bl.a. o.s.v. kl. 10.00')).toEqual([]);
  });
  it('finds the same domains with the top-level domains written flat or as a trie, and the repeat kept a loop', () => {
    // The oracle is the flat list in its own order, as the domain expressions were written before.
    const flat = `(?:${TOP_LEVEL_DOMAINS.join('|')})`;
    const trie = literalAlternation([...TOP_LEVEL_DOMAINS].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)));
    // The new bare-domain expression also keeps its {1,4} a loop with an empty capture: compared by match, not by group.
    const bare = (tlds: string, loop = '') => new RegExp(`(?<![\\p{L}\\p{N}@._/-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.${loop}){1,4}${tlds}(?![\\p{L}\\p{N}-])`, 'giu');
    const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);
    const spelled = (tlds: string) => new RegExp(`(?<![\\p{L}\\p{N}])([a-z0-9-]{2,63})\\s?(?: dot | punkt |\\[\\.\\])\\s?(${tlds})(?![\\p{L}\\p{N}])`, 'giu');
    const all = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, ...m]);
    const parts = fc.constantFrom('a', 'ab', 'x1', 'co', 'com', 'Com', 'se', 'movie', 'movies', 'uk', 'st', 'store', 'K', '\u212a', 'ſ', '-', '.', ' dot ', ' punkt ', '[.]', ' ', 'å', '/p');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 14 }), (ps) => {
        const text = ps.join('');
        expect(matches(bare(trie, '()'), text)).toEqual(matches(bare(flat), text));
        expect(all(spelled(trie), text)).toEqual(all(spelled(flat), text));
      }),
      { numRuns: 3000 },
    );
  });
  it('finds prices, phone numbers and @handles as the expressions did before their first character was tested first', () => {
    // Oracles: the expressions as they were, each behind its look-behind.
    const PRICE = /(?<![\p{L}\p{N}])(?:\d{1,3}(?:[  .]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(?:kr|kronor|:-|sek|€|eur|euro|euros|\$|usd|dollar|dollars|spänn|pix)(?![\p{L}])|(?:[$€£])\s?\d+(?:[.,]\d+)?(?:k)?(?![\p{L}])|(?<![\p{L}])(?:sek|usd|eur)\s?\d+/giu;
    const PHONE = /(?<![\p{L}\p{N}+])(?:(?:\+|00)\s?\d{1,3}|0)[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{1,4}){1,5}(?![\p{N}])/gu;
    const HANDLE = /(?<![\p{L}\p{N}])@[a-z0-9_.]{3,30}(?![\p{L}\p{N}@])/giu;
    const spans = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
    const phones = (text: string) =>
      spans(PHONE, text)
        .map((p) => ({ ...p, text: p.text.trimEnd(), end: p.start + p.text.trimEnd().length }))
        .filter((p) => p.text.replace(/\D/gu, '').length >= 8 && p.text.replace(/\D/gu, '').length <= 15);
    const money = fc.constantFrom('1', '12', '500', '0', '+46', '00', ' ', ' ', '.', ',', '-', ':-', 'kr', 'KR', 'sek', 'SEK', 'ſek', 'usd', 'eur', 'euro', '$', '€', '£', 'k', 'a', 'ö', '(', ')', '7');
    const handles = fc.constantFrom('@', '@@', 'a', 'B', 'K', '1', '_', ' ', 'é', 'å', '-', 'x', 'abc', '\u212a');
    fc.assert(
      fc.property(fc.array(money, { maxLength: 16 }), fc.array(handles, { maxLength: 12 }), (m, h) => {
        const text = m.join('');
        expect(findPrices(text)).toEqual(/[0-9]/.test(text) ? spans(PRICE, text) : []);
        expect(findPhones(text)).toEqual(phones(text));
        const contacts = h.join('');
        expect(findContacts(contacts)).toEqual(spans(HANDLE, contacts));
      }),
      { numRuns: 4000 },
    );
  });
  it('finds prices, phone numbers and contacts', () => {
    expect(findPrices('Bara 99:- eller 1 500 kr, $20').map((p) => p.text)).toEqual(['99:-', '1 500 kr', '$20']);
    expect(findPhones('Ring 070-123 45 67 eller +44 7700 900123, inte 2026-01-12').map((p) => p.text)).toEqual(['070-123 45 67', '+44 7700 900123']);
    expect(findContacts('mejla anna@example.com eller @gimoplug').map((c) => c.text)).toEqual(['anna@example.com', '@gimoplug']);
  });
});
